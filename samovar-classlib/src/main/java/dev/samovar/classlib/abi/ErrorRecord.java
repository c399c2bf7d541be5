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
    String name = className(t);
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
      String superName = c.getName();
      if (superName != null) {
        fields.add(superName);
      }
      if (c == Throwable.class) {
        break;
      }
    }
    return WireStrings.encode(fields.toArray(new String[0]));
  }

  /**
   * The class name of {@code t}. TeaVM keeps no name for exception classes that only its runtime
   * instantiates (a failed bounds check, a null dereference): those are recognized by type.
   */
  static String className(Throwable t) {
    String name = t.getClass().getName();
    if (name != null) {
      return name;
    }
    if (t instanceof ArrayIndexOutOfBoundsException) {
      return "java.lang.ArrayIndexOutOfBoundsException";
    } else if (t instanceof StringIndexOutOfBoundsException) {
      return "java.lang.StringIndexOutOfBoundsException";
    } else if (t instanceof NullPointerException) {
      return "java.lang.NullPointerException";
    } else if (t instanceof ClassCastException) {
      return "java.lang.ClassCastException";
    } else if (t instanceof NegativeArraySizeException) {
      return "java.lang.NegativeArraySizeException";
    } else if (t instanceof ArrayStoreException) {
      return "java.lang.ArrayStoreException";
    } else if (t instanceof ArithmeticException) {
      return "java.lang.ArithmeticException";
    } else if (t instanceof OutOfMemoryError) {
      return "java.lang.OutOfMemoryError";
    } else if (t instanceof StackOverflowError) {
      return "java.lang.StackOverflowError";
    }
    for (Class<?> c = t.getClass().getSuperclass(); c != null; c = c.getSuperclass()) {
      if (c.getName() != null) {
        return c.getName();
      }
    }
    return "java.lang.Throwable";
  }

  private static void describe(StringBuilder sb, Throwable t, String prefix, int depth) {
    String message = t.getMessage();
    sb.append(prefix).append(className(t));
    if (message != null) {
      sb.append(": ").append(message);
    }
    sb.append('\n');
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
      if (isRuntime(frames[i])) {
        continue;
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
    // With inlining, TeaVM can attribute a frame to an exception constructor that did not run.
    String cls = frame.getClassName();
    if (cls.endsWith("Exception") || cls.endsWith("Error")) {
      return true;
    }
    for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals(frame.getClassName())) {
        return true;
      }
    }
    return false;
  }
}
