package dev.samovar.runner.internal;

import com.dylibso.chicory.compiler.Cache;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Chicory's compiler {@link Cache} on a directory: one file per module digest ({@code sha256:...}),
 * published atomically so concurrent processes never read half a file. (Chicory's own directory
 * cache is not published on Maven Central.)
 */
final class DiskCache implements Cache {
  private final Path dir;

  DiskCache(Path dir) {
    this.dir = dir;
  }

  @Override
  public byte[] get(String key) throws IOException {
    try {
      return Files.readAllBytes(file(key));
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  @Override
  public void putIfAbsent(String key, byte[] data) throws IOException {
    Path target = file(key);
    if (Files.exists(target)) {
      return;
    }
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".partial-", ".tmp");
    try {
      Files.write(tmp, data);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target);
      }
    } catch (FileAlreadyExistsException e) {
      // Another process published the same module first: same content.
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private Path file(String key) {
    return dir.resolve(key.replaceAll("[^A-Za-z0-9._-]", "_") + ".bin");
  }
}
