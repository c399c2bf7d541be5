package org.teavm.classlib.java.security;

/** {@code java.security.DigestException} for TeaVM. */
public class TDigestException extends java.security.GeneralSecurityException {
  private static final long serialVersionUID = 5821450303093652515L;

  public TDigestException() {}

  public TDigestException(String msg) {
    super(msg);
  }
}
