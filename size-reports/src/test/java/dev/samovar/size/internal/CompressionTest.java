package dev.samovar.size.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CompressionTest {
  private static final byte[] DATA =
      "the quick brown fox jumps over the lazy dog; ".repeat(500).getBytes(StandardCharsets.UTF_8);

  @Test
  void gzipSizeIsTheSizeOfAStreamThatDecompressesBack() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz =
        new java.util.zip.GZIPOutputStream(out) {
          {
            def.setLevel(9);
          }
        }) {
      gz.write(DATA);
    }
    assertEquals(out.size(), Compression.gzip(DATA));
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      assertArrayEquals(DATA, in.readAllBytes());
    }
  }

  @Test
  void brotliEncoderLoadsOnThisPlatformAndIsRealBrotli() throws Exception {
    assertTrue(
        Compression.brotliAvailable(),
        "brotli4j native encoder did not load: " + Compression.brotliUnavailableReason());
    byte[] compressed = Compression.brotliBytes(DATA);
    assertEquals((long) compressed.length, Compression.brotli(DATA));
    assertTrue(compressed.length < Compression.gzip(DATA));
    DirectDecompress back = Decoder.decompress(compressed);
    assertEquals(DecoderJNI.Status.DONE, back.getResultStatus());
    assertArrayEquals(DATA, back.getDecompressedData());
  }
}
