package dev.samovar.tests.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the node benchmark scripts ({@code tests/node/bench/*.mjs}) as a subprocess and
 * parses the JSON object it prints as the last line of stdout (progress goes to stderr, shown).
 */
final class NodeScript {
  private NodeScript() {}

  static Object run(Path repo, String script, List<String> args, long timeoutMinutes)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(System.getProperty("samovar.node", "node"));
    cmd.add(repo.resolve(script).toString());
    cmd.addAll(args);
    Process p =
        new ProcessBuilder(cmd)
            .directory(repo.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(script + " took more than " + timeoutMinutes + " minutes");
    }
    String text = new String(out, StandardCharsets.UTF_8).strip();
    if (p.exitValue() != 0) {
      throw new IllegalStateException(
          script + " " + args + " exited with " + p.exitValue() + "; its stdout:\n" + text);
    }
    String last = text.substring(text.lastIndexOf('\n') + 1);
    if (!last.startsWith("{")) {
      throw new IllegalStateException(
          script + " printed no JSON result as its last line; its stdout:\n" + text);
    }
    return Json.parse(last);
  }
}
