package dev.samovar.runner.internal.wasi;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Locale;

/** Host I/O failures as WASI errnos; the JDK names most of them only in the message text. */
final class HostErrors {
  private HostErrors() {}

  static WasiError of(IOException e) {
    return new WasiError(errno(e));
  }

  static WasiError of(RuntimeException e) {
    if (e instanceof WasiError) {
      return (WasiError) e;
    }
    if (e instanceof NonReadableChannelException || e instanceof NonWritableChannelException) {
      return new WasiError(Errno.BADF);
    }
    if (e instanceof java.nio.file.InvalidPathException) {
      return new WasiError(Errno.ILSEQ);
    }
    if (e instanceof IllegalArgumentException) {
      return new WasiError(Errno.INVAL);
    }
    return new WasiError(Errno.IO);
  }

  static int errno(IOException e) {
    if (e instanceof NoSuchFileException) {
      return Errno.NOENT;
    }
    if (e instanceof FileAlreadyExistsException) {
      return Errno.EXIST;
    }
    if (e instanceof DirectoryNotEmptyException) {
      return Errno.NOTEMPTY;
    }
    if (e instanceof NotDirectoryException) {
      return Errno.NOTDIR;
    }
    if (e instanceof AccessDeniedException) {
      return Errno.ACCES;
    }
    if (e instanceof NotLinkException) {
      return Errno.INVAL;
    }
    if (e instanceof AtomicMoveNotSupportedException) {
      return Errno.XDEV;
    }
    if (e instanceof FileSystemLoopException) {
      return Errno.LOOP;
    }
    if (e instanceof ClosedChannelException) {
      return Errno.BADF;
    }
    String reason =
        e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
    return fromReason(reason == null ? "" : reason.toLowerCase(Locale.ROOT));
  }

  private static int fromReason(String r) {
    if (r.contains("not a directory")) {
      return Errno.NOTDIR;
    }
    if (r.contains("is a directory")) {
      return Errno.ISDIR;
    }
    if (r.contains("symbolic links")) {
      return Errno.LOOP;
    }
    if (r.contains("name too long")) {
      return Errno.NAMETOOLONG;
    }
    if (r.contains("not empty")) {
      return Errno.NOTEMPTY;
    }
    if (r.contains("file exists")) {
      return Errno.EXIST;
    }
    if (r.contains("invalid argument")) {
      return Errno.INVAL;
    }
    if (r.contains("read-only file system")) {
      return Errno.ROFS;
    }
    if (r.contains("no space left")) {
      return Errno.NOSPC;
    }
    if (r.contains("operation not permitted")) {
      return Errno.PERM;
    }
    if (r.contains("permission denied")) {
      return Errno.ACCES;
    }
    if (r.contains("cross-device")) {
      return Errno.XDEV;
    }
    if (r.contains("too many links")) {
      return Errno.MLINK;
    }
    if (r.contains("busy")) {
      return Errno.BUSY;
    }
    if (r.contains("too large")) {
      return Errno.FBIG;
    }
    if (r.contains("no such file")) {
      return Errno.NOENT;
    }
    return Errno.IO;
  }
}
