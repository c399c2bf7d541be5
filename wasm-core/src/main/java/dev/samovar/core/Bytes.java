package dev.samovar.core;

import com.jcraft.jzlib.Deflater;
import com.jcraft.jzlib.Inflater;
import com.jcraft.jzlib.JZlib;
import dev.samovar.api.WasmExport;
import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;

/**
 * Byte kernels: checksums, hashing, compression, Base64. Compression uses jzlib (pure Java) on
 * every host, so compressed bytes are identical on the JVM and in wasm (the JDK's native zlib may
 * differ).
 */
public final class Bytes {
  private static final int CHUNK = 16 * 1024;

  private Bytes() {}

  /**
   * CRC-32 (the IEEE 802.3 polynomial used by zip, gzip and PNG, as {@link CRC32}) of {@code data}.
   * Returned as a signed int: the same 32 bits as {@code CRC32.getValue()}, which is unsigned.
   */
  @WasmExport
  public static int crc32(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data, 0, data.length);
    return (int) crc.getValue();
  }

  /**
   * SHA-256 digest (FIPS 180-4) of {@code data}: 32 bytes, equal to {@code
   * MessageDigest.getInstance("SHA-256").digest(data)} (implemented here: TeaVM has no {@code
   * MessageDigest}).
   */
  @WasmExport
  public static byte[] sha256(byte[] data) {
    return Sha256.digest(data);
  }

  /**
   * Compresses {@code data} to a zlib stream (RFC 1950/1951) at level 6. The output is the same on
   * every host and any zlib decoder reads it (for example {@code java.util.zip.Inflater} or
   * Python's {@code zlib.decompress}).
   */
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
   * Decompresses one zlib stream (RFC 1950), from any encoder and at any level.
   *
   * @throws IllegalArgumentException if {@code data} is not exactly one complete, valid zlib
   *     stream: a corrupt or truncated stream, bytes after its end, or a stream that needs a preset
   *     dictionary
   */
  @WasmExport
  public static byte[] inflate(byte[] data) {
    checkHeader(data);
    Inflater inf = new Inflater();
    inf.setInput(data, 0, data.length, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(data.length, 1 << 26) * 3 + 64);
    byte[] buf = new byte[CHUNK];
    while (true) {
      inf.setOutput(buf, 0, buf.length);
      int rc = inf.inflate(JZlib.Z_NO_FLUSH);
      out.write(buf, 0, buf.length - inf.avail_out);
      if (rc == JZlib.Z_STREAM_END) {
        break;
      }
      if (rc == JZlib.Z_BUF_ERROR && inf.avail_in == 0) {
        throw new IllegalArgumentException(
            "inflate: truncated zlib stream (" + data.length + " bytes, no end marker)");
      }
      if (rc != JZlib.Z_OK && rc != JZlib.Z_BUF_ERROR) {
        throw new IllegalArgumentException(
            "inflate: invalid zlib stream (" + (inf.msg != null ? inf.msg : "error " + rc) + ")");
      }
    }
    int trailing = inf.avail_in;
    inf.end();
    if (trailing > 0) {
      throw new IllegalArgumentException(
          "inflate: " + trailing + " unexpected bytes after the end of the zlib stream");
    }
    return out.toByteArray();
  }

  /**
   * Standard Base64 (RFC 4648 §4, alphabet {@code A-Z a-z 0-9 + /}, with {@code =} padding, no line
   * breaks), equal to {@code Base64.getEncoder().encodeToString(data)}.
   */
  @WasmExport
  public static String base64Encode(byte[] data) {
    return Base64Codec.encode(data);
  }

  /**
   * Decodes standard Base64, accepting exactly what {@code Base64.getDecoder().decode(text)}
   * accepts: padding may be left out but, when present, must be complete and at the end;
   * whitespace, line breaks and URL-safe characters ({@code - _}) are errors.
   *
   * @throws IllegalArgumentException if {@code text} is not valid Base64 (the message names the
   *     offending index)
   */
  @WasmExport
  public static byte[] base64Decode(String text) {
    return Base64Codec.decode(text);
  }

  /**
   * Checks the two-byte zlib header as zlib does; jzlib accepts a wrong header checksum when the
   * method nibble is 8, and would leave a dictionary request to the caller.
   */
  private static void checkHeader(byte[] data) {
    if (data.length < 2) {
      throw new IllegalArgumentException(
          "inflate: truncated zlib stream (" + data.length + " bytes, the header alone is 2)");
    }
    int cmf = data[0] & 0xff;
    int flg = data[1] & 0xff;
    if ((cmf & 0x0f) != 8 || (cmf >>> 4) > 7 || (cmf * 256 + flg) % 31 != 0) {
      throw new IllegalArgumentException(
          "inflate: not a zlib stream (incorrect header 0x"
              + Integer.toHexString(cmf * 256 + flg)
              + "; gzip and raw deflate data are not accepted)");
    }
    if ((flg & 0x20) != 0) {
      throw new IllegalArgumentException(
          "inflate: the zlib stream needs a preset dictionary, which is not supported");
    }
  }

  private static void check(int rc, String what, String msg) {
    if (rc != JZlib.Z_OK) {
      throw new IllegalStateException(what + " failed: " + (msg != null ? msg : "error " + rc));
    }
  }
}
