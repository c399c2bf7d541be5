package dev.samovar.classlib.wasi;

import org.teavm.runtime.Fiber;

/**
 * Runs {@code main} as the JVM does: an uncaught exception prints {@code Exception in thread "main"}
 * and the stack trace on stderr, and the process exits with status 1 (TeaVM would trap instead).
 */
public final class Launcher {
  private Launcher() {}

  public static void runMain(String[] args) {
    try {
      Fiber.runMain(args);
    } catch (Throwable e) {
      System.out.flush();
      System.err.print("Exception in thread \"main\" ");
      e.printStackTrace();
      System.err.flush();
      WasiImports.procExit(1);
    }
    System.out.flush();
    System.err.flush();
  }
}
