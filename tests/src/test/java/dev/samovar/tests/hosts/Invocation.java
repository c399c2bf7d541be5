package dev.samovar.tests.hosts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One command to run on every host: a wasm module and the Java main class it was built from, the
 * arguments, the environment, a host directory the guest sees as {@link #GUEST_DIR}, and stdin.
 */
public final class Invocation {
  /** Where the guest sees the mapped directory; JVM arguments get the host path instead. */
  public static final String GUEST_DIR = "/data";

  final Path wasm;
  final String mainClass;
  final List<Path> jvmClassPath;
  final List<String> args = new ArrayList<>();
  final Map<String, String> env = new LinkedHashMap<>();
  Path dir;
  byte[] stdin = new byte[0];

  private Invocation(Path wasm, String mainClass, List<Path> jvmClassPath) {
    this.wasm = wasm;
    this.mainClass = mainClass;
    this.jvmClassPath = jvmClassPath;
    // A UTF-8 locale for every host, so the JVM reads and prints non-ASCII text as wasm does.
    env.put("LC_ALL", "C.UTF-8");
  }

  public static Invocation of(Path wasm, String mainClass, List<Path> jvmClassPath) {
    return new Invocation(wasm, mainClass, jvmClassPath);
  }

  public Invocation args(String... values) {
    args.addAll(List.of(values));
    return this;
  }

  public Invocation env(String key, String value) {
    env.put(key, value);
    return this;
  }

  public Invocation dir(Path hostDir) {
    this.dir = hostDir;
    return this;
  }

  public Invocation stdin(byte[] data) {
    this.stdin = data.clone();
    return this;
  }

  /** The guest arguments. */
  public List<String> args() {
    return List.copyOf(args);
  }

  public Invocation copyWithDir(Path otherDir) {
    Invocation copy = new Invocation(wasm, mainClass, jvmClassPath);
    copy.env.clear();
    copy.args.addAll(args);
    copy.env.putAll(env);
    copy.dir = otherDir;
    copy.stdin = stdin;
    return copy;
  }
}
