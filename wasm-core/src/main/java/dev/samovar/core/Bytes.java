package dev.samovar.core;

import com.jcraft.jzlib.Deflater;
import com.jcraft.jzlib.Inflater;
import com.jcraft.jzlib.JZlib;
import dev.samovar.api.WasmExport;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.CRC32;

/**
 * Byte kernels: checksums, hashing, compression, Base64. Compression uses jzlib (pure Java) on
 * every host, so compressed bytes are identical on the JVM and in wasm (the JDK's native zlib may
 * differ).
 */
public final class Bytes {
  private static final int CHUNK = 16 * 1024;

  private Bytes() {}

  /** CRC-32 (IEEE 802.3, as {@link CRC32}) of the data, as a signed int. */
  @WasmExport
  public static int crc32(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data, 0, data.length);
    return (int) crc.getValue();
  }

  /** SHA-256 digest (FIPS 180-4) of the data: 32 bytes. */
  @WasmExport
  public static byte[] sha256(byte[] data) {
    return Sha256.digest(data);
  }

  /** zlib-format (RFC 1950) compression at level 6. */
  @WasmExport
  public static byte[] deflate(byte[] data) {
    Deflater d = new Deflater();
    check(d.init(6), "deflate init", d.msg);
    d.setInput(data, 0, data.length, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
    byte[] buf = new byte[CHUNK];
    while (true) {
      d.setOutput(buf, 0, buf.length);
      int rc = d.deflate(JZlib.Z_FINISH);
      out.write(buf, 0, buf.length - d.avail_out);
      if (rc == JZlib.Z_STREAM_END) {
        break;
      }
      check(rc, "deflate", d.msg);
    }
    d.end();
    return out.toByteArray();
  }

  /**
   * Decompresses a zlib-format stream.
   *
   * @throws IllegalArgumentException if the data is not a complete, valid zlib stream
   */
  @WasmExport
  public static byte[] inflate(byte[] data) {
    Inflater inf = new Inflater();
    inf.setInput(data, 0, data.length, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 3 + 64);
    byte[] buf = new byte[CHUNK];
    while (true) {
      inf.setOutput(buf, 0, buf.length);
      int rc = inf.inflate(JZlib.Z_NO_FLUSH);
      out.write(buf, 0, buf.length - inf.avail_out);
      if (rc == JZlib.Z_STREAM_END) {
        break;
      }
      if (rc == JZlib.Z_BUF_ERROR && inf.avail_in == 0) {
        throw new IllegalArgumentException("inflate: truncated zlib stream");
      }
      if (rc != JZlib.Z_OK && rc != JZlib.Z_BUF_ERROR) {
        throw new IllegalArgumentException(
            "inflate: invalid zlib stream (" + (inf.msg != null ? inf.msg : "error " + rc) + ")");
      }
    }
    inf.end();
    return out.toByteArray();
  }

  /** Standard Base64 (RFC 4648, with padding). */
  @WasmExport
  public static String base64Encode(byte[] data) {
    return Base64.getEncoder().encodeToString(data);
  }

  /**
   * Decodes standard Base64.
   *
   * @throws IllegalArgumentException if {@code text} is not valid Base64
   */
  @WasmExport
  public static byte[] base64Decode(String text) {
    return Base64.getDecoder().decode(text);
  }

  private static void check(int rc, String what, String msg) {
    if (rc != JZlib.Z_OK) {
      throw new IllegalStateException(what + " failed: " + (msg != null ? msg : "error " + rc));
    }
  }
}
