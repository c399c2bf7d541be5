package dev.samovar.classlib.abi;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an exception thrown by an export into the record a host reads: {@link WireStrings} of
 * {@code [class name, message or null, stack trace, superclass names up to Throwable...]}. The
 * superclasses let a host map {@code NumberFormatException} to what it maps {@code
 * IllegalArgumentException} to.
 */
public final class ErrorRecord {
  private static final String SHIM_PACKAGE = "dev.samovar.generated.";

  private ErrorRecord() {}

  /** The record of {@code t}; never throws (a failure while describing falls back to less). */
  public static byte[] of(Throwable t) {
    String name = t.getClass().getName();
    String message;
    try {
      message = t.getMessage();
    } catch (Throwable e) {
      message = "(getMessage() threw " + e.getClass().getName() + ")";
    }
    String trace;
    try {
      StringBuilder sb = new StringBuilder();
      describe(sb, t, "", 0);
      trace = sb.toString();
    } catch (Throwable e) {
      trace = name + (message == null ? "" : ": " + message) + "\n";
    }
    List<String> fields = new ArrayList<>();
    fields.add(name);
    fields.add(message);
    fields.add(trace);
    for (Class<?> c = t.getClass().getSuperclass(); c != null; c = c.getSuperclass()) {
      fields.add(c.getName());
      if (c == Throwable.class) {
        break;
      }
    }
    return WireStrings.encode(fields.toArray(new String[0]));
  }

  private static void describe(StringBuilder sb, Throwable t, String prefix, int depth) {
    sb.append(prefix).append(t).append('\n');
    StackTraceElement[] frames = t.getStackTrace();
    int first = 0;
    // TeaVM records the exception's construction and stale runtime frames above the thrower; the
    // JVM shows neither (same filter as the launcher's uncaught-exception printer).
    while (first < frames.length
        && (isConstruction(frames[first], t) || isRuntime(frames[first]))) {
      first++;
    }
    for (int i = first; i < frames.length; i++) {
      if (frames[i].getClassName().startsWith(SHIM_PACKAGE)) {
        break;
      }
      sb.append("\tat ").append(frames[i]).append('\n');
    }
    Throwable cause = t.getCause();
    if (cause != null && cause != t && depth < 20) {
      describe(sb, cause, "Caused by: ", depth + 1);
    }
  }

  private static boolean isRuntime(StackTraceElement frame) {
    String cls = frame.getClassName();
    return cls.startsWith("org.teavm.backend.wasm.runtime.")
        || cls.startsWith("org.teavm.runtime.")
        || cls.startsWith("dev.samovar.classlib.abi.");
  }

  private static boolean isConstruction(StackTraceElement frame, Throwable t) {
    String method = frame.getMethodName();
    if (method.equals("fillInStackTrace")) {
      return true;
    }
    if (!method.equals("<init>")) {
      return false;
    }
    for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals(frame.getClassName())) {
        return true;
      }
    }
    return false;
  }
}
