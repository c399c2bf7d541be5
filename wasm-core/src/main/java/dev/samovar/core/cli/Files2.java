package dev.samovar.core.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** File access with one-line, host-independent error messages. */
final class Files2 {
  private Files2() {}

  static byte[] read(String path) {
    try {
      return Files.readAllBytes(Path.of(path));
    } catch (NoSuchFileException e) {
      throw new FileException("cannot read " + path + ": no such file");
    } catch (IOException | RuntimeException e) {
      throw new FileException("cannot read " + path + ": " + reason(e));
    }
  }

  static String readText(String path) {
    return new String(read(path), StandardCharsets.UTF_8);
  }

  static void writeText(String path, String text) {
    try {
      Files.write(Path.of(path), text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      throw new FileException("cannot write " + path + ": " + reason(e));
    }
  }

  private static String reason(Exception e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
