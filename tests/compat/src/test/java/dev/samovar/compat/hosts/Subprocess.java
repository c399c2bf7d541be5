package dev.samovar.compat.hosts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command with captured stdout and stderr and a time limit. */
final class Subprocess {
  private static final long TIMEOUT_SECONDS = 300;

  private Subprocess() {}

  static Output run(String host, List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    p.getOutputStream().close();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread outPump = pump(p.getInputStream(), out);
    Thread errPump = pump(p.getErrorStream(), err);
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(host + " timed out after " + TIMEOUT_SECONDS + " s: " + command);
    }
    outPump.join();
    errPump.join();
    return new Output(host, p.exitValue(), out.toByteArray(), err.toByteArray());
  }

  private static Thread pump(InputStream in, ByteArrayOutputStream to) {
    Thread t =
        new Thread(
            () -> {
              try (in) {
                in.transferTo(to);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    t.start();
    return t;
  }
}
