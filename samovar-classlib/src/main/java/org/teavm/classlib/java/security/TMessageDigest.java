package org.teavm.classlib.java.security;

import dev.samovar.classlib.security.DigestEngine;
import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;

/**
 * {@code java.security.MessageDigest} for TeaVM (its class library has none): MD5, SHA-1, SHA-224,
 * SHA-256, SHA-384, SHA-512, SHA-512/224 and SHA-512/256 under the JDK's names and aliases,
 * computed by {@link DigestEngine}. There are no security providers in wasm: the {@code
 * getInstance} overloads taking a provider do not exist, so a call to them fails the build naming
 * the call site.
 */
public abstract class TMessageDigest extends TMessageDigestSpi {
  private final String algorithm;

  protected TMessageDigest(String algorithm) {
    this.algorithm = algorithm;
  }

  public static TMessageDigest getInstance(String algorithm) throws NoSuchAlgorithmException {
    if (algorithm == null) {
      throw new NullPointerException("null algorithm name");
    }
    DigestEngine engine = DigestEngine.forName(algorithm);
    if (engine == null) {
      throw new NoSuchAlgorithmException(algorithm + " MessageDigest not available");
    }
    return new Engine(algorithm, engine);
  }

  public void update(byte input) {
    engineUpdate(input);
  }

  public void update(byte[] input, int offset, int len) {
    if (input == null) {
      throw new IllegalArgumentException("No input buffer given");
    }
    if (offset < 0 || len < 0 || offset > input.length - len) {
      throw new IllegalArgumentException("Bad arguments");
    }
    engineUpdate(input, offset, len);
  }

  public void update(byte[] input) {
    engineUpdate(input, 0, input.length);
  }

  public final void update(ByteBuffer input) {
    if (input == null) {
      throw new NullPointerException();
    }
    engineUpdate(input);
  }

  public byte[] digest() {
    return engineDigest();
  }

  public int digest(byte[] buf, int offset, int len) throws TDigestException {
    if (buf == null) {
      throw new IllegalArgumentException("No output buffer given");
    }
    if (offset < 0 || len < 0 || offset > buf.length - len) {
      throw new IllegalArgumentException("Bad arguments");
    }
    return engineDigest(buf, offset, len);
  }

  public byte[] digest(byte[] input) {
    update(input);
    return digest();
  }

  @Override
  public String toString() {
    return algorithm + " Message Digest from SAMOVAR, <initialized>\n";
  }

  public static boolean isEqual(byte[] digesta, byte[] digestb) {
    if (digesta == digestb) {
      return true;
    }
    if (digesta == null || digestb == null) {
      return false;
    }
    int lenA = digesta.length;
    int lenB = digestb.length;
    if (lenB == 0) {
      return lenA == 0;
    }
    int result = lenA - lenB;
    for (int i = 0; i < lenA; i++) {
      result |= digesta[i] ^ digestb[i % lenB];
    }
    return result == 0;
  }

  public void reset() {
    engineReset();
  }

  public final String getAlgorithm() {
    return algorithm;
  }

  public final int getDigestLength() {
    return engineGetDigestLength();
  }

  @Override
  public Object clone() throws CloneNotSupportedException {
    return super.clone();
  }

  /** The built-in algorithms. */
  private static final class Engine extends TMessageDigest implements Cloneable {
    private DigestEngine engine;

    Engine(String algorithm, DigestEngine engine) {
      super(algorithm);
      this.engine = engine;
    }

    @Override
    protected int engineGetDigestLength() {
      return engine.length();
    }

    @Override
    protected void engineUpdate(byte input) {
      engine.update(input);
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int len) {
      engine.update(input, offset, len);
    }

    @Override
    protected byte[] engineDigest() {
      byte[] out = new byte[engine.length()];
      engine.digest(out, 0);
      return out;
    }

    @Override
    protected int engineDigest(byte[] buf, int offset, int len) throws TDigestException {
      // The JDK's provider (sun.security.provider.DigestBase) checks before finishing the hash.
      if (offset < 0 || len < 0 || offset > buf.length - len) {
        throw new TDigestException("Buffer too short to store digest");
      }
      if (len < engine.length()) {
        throw new TDigestException(
            "Length must be at least " + engine.length() + " for " + engine.name() + "digests");
      }
      engine.digest(buf, offset);
      return engine.length();
    }

    @Override
    protected void engineReset() {
      engine.reset();
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
      Engine copy = (Engine) super.clone();
      copy.engine = engine.copy();
      return copy;
    }
  }
}
