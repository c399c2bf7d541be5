package dev.samovar.runner;

import java.nio.charset.StandardCharsets;

/** The guest's exit code and, when captured, its output. */
public record RunResult(int exitCode, byte[] stdout, byte[] stderr) {
  public String stdoutText() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  public String stderrText() {
    return new String(stderr, StandardCharsets.UTF_8);
  }
}
