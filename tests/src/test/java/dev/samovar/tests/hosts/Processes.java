package dev.samovar.tests.hosts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a subprocess, feeding stdin and capturing both outputs. */
public final class Processes {
  private static final long TIMEOUT_SECONDS = 120;

  private Processes() {}

  /** Runs {@code command} with exactly {@code env} as its environment. */
  static HostRun run(String host, List<String> command, Map<String, String> env, byte[] stdin)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().clear();
    pb.environment().putAll(env);
    return run(host, pb, stdin, TIMEOUT_SECONDS);
  }

  /** Runs {@code command} in {@code dir} with this process's environment and no input. */
  public static HostRun run(String host, List<String> command, Path dir, long timeoutSeconds)
      throws IOException, InterruptedException {
    return run(
        host, new ProcessBuilder(command).directory(dir.toFile()), new byte[0], timeoutSeconds);
  }

  private static HostRun run(String host, ProcessBuilder pb, byte[] stdin, long timeoutSeconds)
      throws IOException, InterruptedException {
    Process p = pb.start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread o = pump(p.getInputStream(), out);
    Thread e = pump(p.getErrorStream(), err);
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin);
    } catch (IOException ignored) {
      // The command may exit without reading its input.
    }
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(
          host + ": no exit after " + timeoutSeconds + " s: " + pb.command());
    }
    o.join();
    e.join();
    return new HostRun(host, p.exitValue(), out.toByteArray(), err.toByteArray());
  }

  private static Thread pump(InputStream in, ByteArrayOutputStream out) {
    Thread t =
        new Thread(
            () -> {
              try {
                in.transferTo(out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    t.start();
    return t;
  }
}
