package dev.samovar.api;

import java.util.List;
import java.util.Map;

/**
 * A Java exception thrown inside the guest and carried across the boundary: the guest's class name,
 * message, stack trace and superclass names. The instance stays usable afterwards.
 */
public class WasmJavaException extends SamovarException {
  private final String javaClassName;
  private final String javaMessage;
  private final String javaStackTrace;
  private final List<String> javaSuperclasses;

  public WasmJavaException(String javaClassName, String javaMessage, String javaStackTrace) {
    this(javaClassName, javaMessage, javaStackTrace, List.of());
  }

  /**
   * A guest exception with its superclass names, nearest first, up to {@code java.lang.Throwable}
   * (docs/abi.md, "Errors").
   */
  public WasmJavaException(
      String javaClassName,
      String javaMessage,
      String javaStackTrace,
      List<String> javaSuperclasses) {
    super(
        javaClassName + (javaMessage == null ? "" : ": " + javaMessage),
        Map.of("javaClass", javaClassName),
        null);
    this.javaClassName = javaClassName;
    this.javaMessage = javaMessage;
    this.javaStackTrace = javaStackTrace;
    this.javaSuperclasses = List.copyOf(javaSuperclasses);
  }

  /** Binary name of the guest exception class, e.g. {@code java.lang.IllegalArgumentException}. */
  public String javaClassName() {
    return javaClassName;
  }

  /** The guest exception's message, or {@code null}. */
  public String javaMessage() {
    return javaMessage;
  }

  /** The guest stack trace as printed by {@code Throwable.printStackTrace()}. */
  public String javaStackTrace() {
    return javaStackTrace;
  }

  /**
   * Binary names of the guest exception's superclasses, nearest first, ending with {@code
   * java.lang.Throwable} (empty when the module did not record them).
   */
  public List<String> javaSuperclasses() {
    return javaSuperclasses;
  }

  /**
   * Whether the guest exception is an instance of the named class: its own class or one of its
   * superclasses, e.g. {@code isJavaInstanceOf("java.lang.IllegalArgumentException")} for a {@code
   * NumberFormatException}.
   */
  public boolean isJavaInstanceOf(String className) {
    return javaClassName.equals(className) || javaSuperclasses.contains(className);
  }
}
