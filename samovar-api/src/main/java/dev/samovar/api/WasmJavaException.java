package dev.samovar.api;

import java.util.Map;

/**
 * A Java exception thrown inside the guest and carried across the boundary: the guest's class name,
 * message and stack trace. The instance stays usable afterwards.
 */
public class WasmJavaException extends SamovarException {
  private final String javaClassName;
  private final String javaMessage;
  private final String javaStackTrace;

  public WasmJavaException(String javaClassName, String javaMessage, String javaStackTrace) {
    super(
        javaClassName + (javaMessage == null ? "" : ": " + javaMessage),
        Map.of("javaClass", javaClassName),
        null);
    this.javaClassName = javaClassName;
    this.javaMessage = javaMessage;
    this.javaStackTrace = javaStackTrace;
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
}
