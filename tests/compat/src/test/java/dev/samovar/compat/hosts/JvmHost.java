package dev.samovar.compat.hosts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The reference: the program's {@code main} on a real JVM in a subprocess, on the newest JDK
 * installed (JDK 19+ prints doubles as our class library does; JDK 17 adds digits to some).
 */
public final class JvmHost {
  private static final Pattern VERSION = Pattern.compile("(?:jdk-?|java-|openjdk-)(\\d+)");
  private final Path java = findJava();

  public Path java() {
    return java;
  }

  /** Runs {@code mainClass} with this test's own class path (the program and its libraries). */
  public Output run(String mainClass) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-Dstdout.encoding=UTF-8");
    cmd.add("-Dstderr.encoding=UTF-8");
    cmd.add("-Duser.timezone=UTC");
    cmd.add("-Duser.language=en");
    cmd.add("-Duser.country=US");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    return Subprocess.run("jvm", cmd);
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
