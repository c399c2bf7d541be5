package dev.samovar.compat.hosts;

import java.nio.charset.StandardCharsets;

/** What one run of a program produced on one host. */
public record Output(String host, int exitCode, byte[] stdout, byte[] stderr) {
  public String stdoutText() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  public String stderrText() {
    return new String(stderr, StandardCharsets.UTF_8);
  }
}
