package dev.samovar.core.cli;

/** A file could not be read or written: exit status 1. */
final class FileException extends RuntimeException {
  FileException(String message) {
    super(message);
  }
}
