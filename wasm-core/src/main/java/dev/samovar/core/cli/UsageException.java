package dev.samovar.core.cli;

/** Bad command-line usage: exit status 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
