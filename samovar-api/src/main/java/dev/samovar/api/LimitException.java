package dev.samovar.api;

import java.util.Map;

/** A resource limit was hit: time, memory or output size. Names the limit and how to raise it. */
public class LimitException extends SamovarException {
  public LimitException(String message) {
    super(message);
  }

  public LimitException(String message, Map<String, String> fields, Throwable cause) {
    super(message, fields, cause);
  }
}
