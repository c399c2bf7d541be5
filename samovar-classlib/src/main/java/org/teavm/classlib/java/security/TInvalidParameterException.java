package org.teavm.classlib.java.security;

/** {@code java.security.InvalidParameterException} (TeaVM lacks it; commons-text throws it). */
public class TInvalidParameterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public TInvalidParameterException() {}

  public TInvalidParameterException(String message) {
    super(message);
  }
}
