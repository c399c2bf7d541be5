package dev.samovar.api;

import java.util.Map;

/**
 * A module and a host disagree: a missing import or export, an ABI version mismatch, a wrong
 * argument count or type.
 */
public class LinkException extends SamovarException {
  public LinkException(String message) {
    super(message);
  }

  public LinkException(String message, Map<String, String> fields, Throwable cause) {
    super(message, fields, cause);
  }
}
