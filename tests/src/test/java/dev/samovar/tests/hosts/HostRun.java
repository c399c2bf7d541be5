package dev.samovar.tests.hosts;

import java.nio.charset.StandardCharsets;

/** What one run on one host produced. */
public record HostRun(String host, int exitCode, byte[] stdout, byte[] stderr) {
  public String out() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  public String err() {
    return new String(stderr, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return host + ": exit " + exitCode + "\n--- stdout\n" + out() + "\n--- stderr\n" + err();
  }
}
