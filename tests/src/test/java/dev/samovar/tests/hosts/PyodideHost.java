package dev.samovar.tests.hosts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * The module's {@code _start} inside real Pyodide (npm {@code pyodide}) in Node, through Samovar's
 * loader ({@code loadJavaModule} and {@code JavaModule.main}), as a page author runs it: see {@code
 * src/test/node/pyodide-cli-server.mjs}. Loading Pyodide takes seconds, so one Node process,
 * started on first use, serves every run of this test JVM (JSON lines over its stdin and stdout)
 * and is ended when the JVM exits.
 */
public final class PyodideHost implements Host {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCRIPT = Scripts.node("pyodide-cli-server.mjs");
  private static Process server;
  private static BufferedWriter requests;
  private static BufferedReader answers;

  @Override
  public String name() {
    return "pyodide-node";
  }

  @Override
  public HostRun run(Invocation inv) throws Exception {
    ObjectNode req = JSON.createObjectNode();
    req.put("wasm", inv.wasm.toAbsolutePath().toString());
    inv.args.forEach(req.putArray("args")::add);
    ObjectNode env = req.putObject("env");
    for (Map.Entry<String, String> e : inv.env.entrySet()) {
      env.put(e.getKey(), e.getValue());
    }
    if (inv.dir != null) {
      req.put("dir", inv.dir.toAbsolutePath().toString());
      req.put("guestDir", Invocation.GUEST_DIR);
    }
    req.put("stdin", Base64.getEncoder().encodeToString(inv.stdin));
    JsonNode answer = call(req);
    if (answer.has("error")) {
      throw new IllegalStateException(name() + ": " + answer.get("error").asText());
    }
    return new HostRun(
        name(),
        answer.get("code").asInt(),
        Base64.getDecoder().decode(answer.get("stdout").asText()),
        Base64.getDecoder().decode(answer.get("stderr").asText()));
  }

  private static synchronized JsonNode call(ObjectNode req) throws IOException {
    start();
    requests.write(JSON.writeValueAsString(req));
    requests.write('\n');
    requests.flush();
    String line = answers.readLine();
    if (line == null) {
      server = null;
      throw new IllegalStateException("pyodide-node: the Node server died (see the test's stderr)");
    }
    return JSON.readTree(line);
  }

  private static void start() throws IOException {
    if (server != null && server.isAlive()) {
      return;
    }
    Process p =
        new ProcessBuilder("node", "--no-warnings", SCRIPT.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    requests =
        new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8));
    answers = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String ready = answers.readLine();
    if (ready == null || !JSON.readTree(ready).path("ready").asBoolean(false)) {
      p.destroyForcibly();
      throw new IllegalStateException("pyodide-node: the Node server did not start: " + ready);
    }
    server = p;
    Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
  }
}
