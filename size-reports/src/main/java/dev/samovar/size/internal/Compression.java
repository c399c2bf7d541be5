package dev.samovar.size.internal;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Compressed sizes as a server would send the file: gzip at level 9 (java.util.zip) and brotli at
 * quality 11 (brotli4j's bundled native encoder, no network). Brotli is reported as absent, never
 * estimated, when the native library cannot be loaded on this platform.
 */
public final class Compression {
  private Compression() {}

  /** The gzip (level 9) size of {@code data}. */
  public static long gzip(byte[] data) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(data.length / 2 + 64);
    try (GZIPOutputStream gz = new Level9(bytes)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.size();
  }

  /** The brotli (quality 11) size of {@code data}, or null when no encoder is available. */
  public static Long brotli(byte[] data) {
    byte[] compressed = brotliBytes(data);
    return compressed == null ? null : (long) compressed.length;
  }

  /** The brotli (quality 11) stream of {@code data}, or null when no encoder is available. */
  public static byte[] brotliBytes(byte[] data) {
    if (!brotliAvailable()) {
      return null;
    }
    try {
      return Encoder.compress(data, new Encoder.Parameters().setQuality(11));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the native brotli encoder loaded; see {@link #brotliUnavailableReason()}. */
  public static boolean brotliAvailable() {
    try {
      return Brotli4jLoader.isAvailable();
    } catch (LinkageError e) {
      return false;
    }
  }

  /** Why brotli is absent, for a log line; null when it is available. */
  public static String brotliUnavailableReason() {
    if (brotliAvailable()) {
      return null;
    }
    try {
      Throwable cause = Brotli4jLoader.getUnavailabilityCause();
      return cause == null ? "unknown" : cause.toString();
    } catch (LinkageError e) {
      return e.toString();
    }
  }

  private static final class Level9 extends GZIPOutputStream {
    Level9(ByteArrayOutputStream out) throws IOException {
      super(out);
      def.setLevel(Deflater.BEST_COMPRESSION);
    }
  }
}
