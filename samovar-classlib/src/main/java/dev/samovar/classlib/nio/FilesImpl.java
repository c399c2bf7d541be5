package dev.samovar.classlib.nio;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;

/**
 * {@code java.nio.file.Files} methods TeaVM gets wrong. Its {@code createDirectories} builds the
 * parents with {@code subpath}, which drops the root of an absolute path ({@code /data/a/b} becomes
 * {@code data/a}), so it fails on every absolute path.
 */
public final class FilesImpl {
  private FilesImpl() {}

  public static Path createDirectories(Path dir, FileAttribute<?>... attrs) throws IOException {
    if (Files.isDirectory(dir)) {
      return dir;
    }
    Path parent = dir.getParent();
    if (parent != null && !Files.exists(parent)) {
      createDirectories(parent, attrs);
    }
    try {
      Files.createDirectory(dir, attrs);
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(dir)) {
        throw e;
      }
    }
    return dir;
  }
}
