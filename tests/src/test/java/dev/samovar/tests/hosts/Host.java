package dev.samovar.tests.hosts;

/** A place that runs a module: the JVM (reference), Chicory, Node's WASI, ... */
public interface Host {
  String name();

  HostRun run(Invocation invocation) throws Exception;

  /** Whether the host can feed {@link Invocation#stdin(byte[])} to the guest. */
  default boolean feedsStdin() {
    return true;
  }
}
