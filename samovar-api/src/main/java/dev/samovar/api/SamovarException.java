package dev.samovar.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Root of every error Samovar raises. Unchecked, with one subclass per phase (build, link, sandbox,
 * trap, limit, guest exception), and structured fields (module, export, path, limit...) beside the
 * message so that tools can react without parsing text.
 */
public class SamovarException extends RuntimeException {
  private final Map<String, String> fields;

  public SamovarException(String message) {
    this(message, Map.of(), null);
  }

  public SamovarException(String message, Map<String, String> fields, Throwable cause) {
    super(message, cause);
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Structured context: for example {@code module}, {@code export}, {@code path}, {@code limit}.
   */
  public Map<String, String> fields() {
    return fields;
  }

  /** One field of {@link #fields()}, or {@code null}. */
  public String field(String name) {
    return fields.get(name);
  }
}
