package dev.samovar.api;

import java.util.Map;

/**
 * The guest asked for something its sandbox does not grant (a path outside its mounts, a write to a
 * read-only mount).
 */
public class SandboxException extends SamovarException {
  public SandboxException(String message) {
    super(message);
  }

  public SandboxException(String message, Map<String, String> fields, Throwable cause) {
    super(message, fields, cause);
  }
}
