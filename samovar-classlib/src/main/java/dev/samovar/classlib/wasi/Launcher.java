package dev.samovar.classlib.wasi;

import java.io.PrintStream;

/**
 * What the generated entry class calls around the user's {@code main}, so a module behaves as the
 * JVM does: an uncaught exception prints {@code Exception in thread "main"} and the stack trace on
 * stderr and exits with status 1 (TeaVM would trap with {@code unreachable}), and buffered output
 * is flushed at the end.
 */
public final class Launcher {
  private static final String ENTRY = "dev.samovar.generated.Entry";

  private Launcher() {}

  /** Reports an exception that escaped {@code main} and exits with status 1. */
  public static void uncaught(Throwable e) {
    System.out.flush();
    PrintStream err = System.err;
    err.print("Exception in thread \"main\" ");
    print(err, e, "");
    err.flush();
    WasiImports.procExit(1);
  }

  /** Called after {@code main} returns normally. */
  public static void finish() {
    System.out.flush();
    System.err.flush();
  }

  private static void print(PrintStream err, Throwable e, String prefix) {
    err.println(prefix + e);
    StackTraceElement[] frames = e.getStackTrace();
    int first = 0;
    // TeaVM records the exception's own construction (fillInStackTrace, <init> chain): the JVM
    // does not show those frames. Frames of TeaVM's runtime above them are stale call-site records.
    while (first < frames.length
        && (isConstruction(frames[first], e) || isRuntime(frames[first]))) {
      first++;
    }
    for (int i = first; i < frames.length; i++) {
      if (frames[i].getClassName().equals(ENTRY)) {
        break;
      }
      err.println("\tat " + frames[i]);
    }
    Throwable cause = e.getCause();
    if (cause != null && cause != e) {
      print(err, cause, "Caused by: ");
    }
  }

  private static boolean isRuntime(StackTraceElement frame) {
    String cls = frame.getClassName();
    return cls.startsWith("org.teavm.backend.wasm.runtime.")
        || cls.startsWith("org.teavm.runtime.");
  }

  private static boolean isConstruction(StackTraceElement frame, Throwable e) {
    String method = frame.getMethodName();
    if (method.equals("fillInStackTrace")) {
      return true;
    }
    if (!method.equals("<init>")) {
      return false;
    }
    for (Class<?> c = e.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals(frame.getClassName())) {
        return true;
      }
    }
    return false;
  }
}
