package dev.samovar.api;

import java.util.Map;

/**
 * The guest trapped (unreachable, out-of-bounds access, stack overflow); the instance is dead
 * afterwards.
 */
public class TrapException extends SamovarException {
  public TrapException(String message) {
    super(message);
  }

  public TrapException(String message, Map<String, String> fields, Throwable cause) {
    super(message, fields, cause);
  }
}
