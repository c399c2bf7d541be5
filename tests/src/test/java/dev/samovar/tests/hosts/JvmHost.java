package dev.samovar.tests.hosts;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The reference: the same Java main on a real JVM, in a subprocess (so exit codes are real).
 *
 * <p>It runs on the newest JDK installed (19 or later when there is one): since JDK 19 {@code
 * Double.toString} prints the shortest decimal that round-trips (JDK-4511638), which is what our
 * wasm class library implements; JDK 17 prints extra digits for some values.
 */
public final class JvmHost implements Host {
  private static final Pattern VERSION = Pattern.compile("(?:jdk-?|java-|openjdk-)(\\d+)");
  private final Path java;

  public JvmHost() {
    this.java = findJava();
  }

  @Override
  public String name() {
    return "jvm";
  }

  public Path java() {
    return java;
  }

  @Override
  public HostRun run(Invocation inv) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-Dstdout.encoding=UTF-8");
    cmd.add("-Dstderr.encoding=UTF-8");
    cmd.add("-cp");
    StringBuilder cp = new StringBuilder();
    for (Path p : inv.jvmClassPath) {
      if (cp.length() > 0) {
        cp.append(File.pathSeparatorChar);
      }
      cp.append(p);
    }
    cmd.add(cp.toString());
    cmd.add(inv.mainClass);
    String hostDir = inv.dir == null ? null : inv.dir.toAbsolutePath().toString();
    for (String a : inv.args) {
      cmd.add(hostDir != null ? a.replace(Invocation.GUEST_DIR, hostDir) : a);
    }
    HostRun run = Processes.run(name(), cmd, inv.env, inv.stdin);
    if (hostDir == null) {
      return run;
    }
    return new HostRun(
        run.host(), run.exitCode(), unmap(run.stdout(), hostDir), unmap(run.stderr(), hostDir));
  }

  private static byte[] unmap(byte[] text, String hostDir) {
    return new String(text, StandardCharsets.UTF_8)
        .replace(hostDir, Invocation.GUEST_DIR)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static Path findJava() {
    String configured = System.getProperty("samovar.reference.javaHome");
    if (configured != null) {
      return Path.of(configured, "bin", "java");
    }
    Path current = Path.of(System.getProperty("java.home"), "bin", "java");
    Path jvmRoot = Path.of("/usr/lib/jvm");
    if (Runtime.version().feature() >= 19 || !Files.isDirectory(jvmRoot)) {
      return current;
    }
    try (Stream<Path> homes = Files.list(jvmRoot)) {
      return homes
          .filter(h -> Files.isExecutable(h.resolve("bin/java")))
          .filter(h -> version(h) >= 19)
          .max(Comparator.comparingInt(JvmHost::version))
          .map(h -> h.resolve("bin/java"))
          .orElse(current);
    } catch (IOException e) {
      return current;
    }
  }

  private static int version(Path home) {
    Matcher m = VERSION.matcher(home.getFileName().toString());
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
