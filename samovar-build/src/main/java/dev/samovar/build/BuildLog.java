package dev.samovar.build;

/** Where the build reports progress; the Maven plugin passes its own log. */
public interface BuildLog {
  void info(String message);

  void warn(String message);

  /** A log that writes to stderr. */
  static BuildLog stderr() {
    return new BuildLog() {
      @Override
      public void info(String message) {
        System.err.println("[samovar] " + message);
      }

      @Override
      public void warn(String message) {
        System.err.println("[samovar] WARNING: " + message);
      }
    };
  }
}
