package dev.samovar.api;

import java.util.Map;

/** A build or configuration problem: bad plugin configuration, a TeaVM error, an invalid binary. */
public class BuildException extends SamovarException {
  public BuildException(String message) {
    super(message);
  }

  public BuildException(String message, Map<String, String> fields, Throwable cause) {
    super(message, fields, cause);
  }
}
