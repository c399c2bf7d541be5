package org.teavm.classlib.java.security;

import java.nio.ByteBuffer;

/** {@code java.security.MessageDigestSpi} for TeaVM: the engine contract of a message digest. */
public abstract class TMessageDigestSpi {
  protected int engineGetDigestLength() {
    return 0;
  }

  protected abstract void engineUpdate(byte input);

  protected abstract void engineUpdate(byte[] input, int offset, int len);

  protected void engineUpdate(ByteBuffer input) {
    if (!input.hasRemaining()) {
      return;
    }
    byte[] chunk = new byte[Math.min(input.remaining(), 4096)];
    while (input.hasRemaining()) {
      int n = Math.min(input.remaining(), chunk.length);
      input.get(chunk, 0, n);
      engineUpdate(chunk, 0, n);
    }
  }

  protected abstract byte[] engineDigest();

  protected int engineDigest(byte[] buf, int offset, int len) throws TDigestException {
    byte[] digest = engineDigest();
    if (len < digest.length) {
      throw new TDigestException("partial digests not returned");
    }
    if (buf.length - offset < digest.length) {
      throw new TDigestException("insufficient space in the output buffer to store the digest");
    }
    System.arraycopy(digest, 0, buf, offset, digest.length);
    return digest.length;
  }

  protected abstract void engineReset();

  @Override
  public Object clone() throws CloneNotSupportedException {
    if (this instanceof Cloneable) {
      return super.clone();
    }
    throw new CloneNotSupportedException();
  }
}
