package dev.samovar.classlib.security;

import java.util.Locale;

/**
 * A Merkle–Damgård hash (MD5, SHA-1, SHA-2) over fixed-size blocks: buffering, length counting and
 * padding here, the compression function in the subclass. Backs {@code java.security.MessageDigest}
 * in wasm (TeaVM has none); checked against the JDK on the JVM.
 */
public abstract class DigestEngine implements Cloneable {
  private final int blockSize;
  private final int lengthBytes;
  private final boolean bigEndianLength;
  private byte[] buffer;
  private int buffered;
  private long bytes;

  DigestEngine(int blockSize, int lengthBytes, boolean bigEndianLength) {
    this.blockSize = blockSize;
    this.lengthBytes = lengthBytes;
    this.bigEndianLength = bigEndianLength;
    this.buffer = new byte[blockSize];
  }

  /**
   * The engine for a JDK algorithm name (case-insensitive, with the JDK's aliases), or null if
   * none.
   */
  public static DigestEngine forName(String algorithm) {
    switch (algorithm.toUpperCase(Locale.ROOT)) {
      case "MD5":
        return new Md5();
      case "SHA-1":
      case "SHA1":
      case "SHA":
        return new Sha1();
      case "SHA-224":
      case "SHA224":
        return new Sha256(true);
      case "SHA-256":
      case "SHA256":
        return new Sha256(false);
      case "SHA-384":
      case "SHA384":
        return new Sha512(Sha512.SHA384);
      case "SHA-512":
      case "SHA512":
        return new Sha512(Sha512.SHA512);
      case "SHA-512/224":
      case "SHA512/224":
        return new Sha512(Sha512.SHA512_224);
      case "SHA-512/256":
      case "SHA512/256":
        return new Sha512(Sha512.SHA512_256);
      default:
        return null;
    }
  }

  /** Length of the digest in bytes. */
  public abstract int length();

  /** The JDK's canonical name of the algorithm ({@code SHA-1} for {@code SHA}), for messages. */
  public abstract String name();

  /** Compresses one block at {@code off}. */
  abstract void compress(byte[] block, int off);

  /** Writes the state as the digest, {@code length()} bytes at {@code off}. */
  abstract void output(byte[] out, int off);

  /** Restores the initial state. */
  abstract void resetState();

  public final void update(byte b) {
    buffer[buffered++] = b;
    bytes++;
    if (buffered == blockSize) {
      compress(buffer, 0);
      buffered = 0;
    }
  }

  public final void update(byte[] in, int off, int len) {
    bytes += len;
    if (buffered > 0) {
      int n = Math.min(len, blockSize - buffered);
      System.arraycopy(in, off, buffer, buffered, n);
      buffered += n;
      off += n;
      len -= n;
      if (buffered < blockSize) {
        return;
      }
      compress(buffer, 0);
      buffered = 0;
    }
    while (len >= blockSize) {
      compress(in, off);
      off += blockSize;
      len -= blockSize;
    }
    System.arraycopy(in, off, buffer, 0, len);
    buffered = len;
  }

  /** Finishes the hash into {@code out} at {@code off} and resets the engine. */
  public final void digest(byte[] out, int off) {
    long bits = bytes << 3;
    buffer[buffered++] = (byte) 0x80;
    if (buffered > blockSize - lengthBytes) {
      java.util.Arrays.fill(buffer, buffered, blockSize, (byte) 0);
      compress(buffer, 0);
      buffered = 0;
    }
    java.util.Arrays.fill(buffer, buffered, blockSize, (byte) 0);
    for (int i = 0; i < 8; i++) {
      int pos = bigEndianLength ? blockSize - 1 - i : blockSize - 8 + i;
      buffer[pos] = (byte) (bits >>> (8 * i));
    }
    compress(buffer, 0);
    output(out, off);
    reset();
  }

  public final void reset() {
    buffered = 0;
    bytes = 0;
    resetState();
  }

  /** An independent engine in the same state. */
  public DigestEngine copy() {
    try {
      DigestEngine copy = (DigestEngine) super.clone();
      copy.buffer = buffer.clone();
      copy.copyState(this);
      return copy;
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e);
    }
  }

  /** Deep-copies the state arrays from {@code from} (already shallow-copied). */
  abstract void copyState(DigestEngine from);

  static int intBe(byte[] b, int off) {
    return (b[off] & 0xFF) << 24
        | (b[off + 1] & 0xFF) << 16
        | (b[off + 2] & 0xFF) << 8
        | (b[off + 3] & 0xFF);
  }

  static void putIntBe(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }
}
