package dev.samovar.core.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * File access with one-line error messages that do not depend on the host: the common failures get
 * fixed wording (the JVM's and WASI's own exception texts differ), anything else its message.
 */
final class Files2 {
  private Files2() {}

  static byte[] read(String path) {
    try {
      Path p = Path.of(path);
      if (Files.isDirectory(p)) {
        throw new FileException("cannot read " + path + ": is a directory");
      }
      return Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      throw new FileException("cannot read " + path + ": no such file");
    } catch (IOException | InvalidPathException | SecurityException e) {
      throw new FileException("cannot read " + path + ": " + reason(e));
    }
  }

  static String readText(String path) {
    return new String(read(path), StandardCharsets.UTF_8);
  }

  static void writeText(String path, String text) {
    try {
      Path p = Path.of(path);
      if (Files.isDirectory(p)) {
        throw new FileException("cannot write " + path + ": is a directory");
      }
      Path parent = p.getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new FileException("cannot write " + path + ": no such directory");
      }
      Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new FileException("cannot write " + path + ": no such directory");
    } catch (IOException | InvalidPathException | SecurityException e) {
      throw new FileException("cannot write " + path + ": " + reason(e));
    }
  }

  private static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof InvalidPathException) {
      return "invalid path";
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
