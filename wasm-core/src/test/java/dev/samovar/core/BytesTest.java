package dev.samovar.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** {@link Bytes} against the JDK's implementations of the same algorithms and formats. */
class BytesTest {
  /** Lengths around SHA-256 block and padding boundaries and the inflater's 16 KiB chunks. */
  private static final int[] LENGTHS = {
    0, 1, 2, 3, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 16_383, 16_384, 16_385, 32_768, 100_000
  };

  /** Text-like bytes with some noise: compressible, but not trivially. */
  static byte[] sample(int n, long seed) {
    byte[] b = new byte[n];
    Random r = new Random(seed);
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : 'a' + r.nextInt(6));
    }
    return b;
  }

  static byte[] random(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  static byte[] jdkDeflate(byte[] data, int level, int strategy) {
    Deflater d = new Deflater(level);
    d.setStrategy(strategy);
    d.setInput(data);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return out.toByteArray();
  }

  static byte[] jdkInflate(byte[] packed) throws DataFormatException {
    Inflater inf = new Inflater();
    inf.setInput(packed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    while (!inf.finished()) {
      int n = inf.inflate(buf);
      if (n == 0 && !inf.finished() && (inf.needsInput() || inf.needsDictionary())) {
        throw new DataFormatException("truncated");
      }
      out.write(buf, 0, n);
    }
    assertEquals(0, inf.getRemaining(), "the JDK finds trailing bytes after our stream");
    inf.end();
    return out.toByteArray();
  }

  @Test
  void crc32MatchesTheJdk() {
    for (int n : LENGTHS) {
      for (byte[] data : new byte[][] {sample(n, n), random(n, n)}) {
        CRC32 crc = new CRC32();
        crc.update(data);
        assertEquals((int) crc.getValue(), Bytes.crc32(data), "n=" + n);
      }
    }
  }

  @Test
  void sha256MatchesMessageDigestAtEveryLengthUpTo300() throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (int n = 0; n <= 300; n++) {
      byte[] data = random(n, n);
      assertArrayEquals(md.digest(data), Bytes.sha256(data), "n=" + n);
    }
  }

  @Test
  void sha256MatchesMessageDigestOnLargeInputs() throws Exception {
    for (int n : new int[] {1 << 20, 3_000_017}) {
      byte[] data = sample(n, n);
      assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(data), Bytes.sha256(data));
    }
  }

  @Test
  void deflateOutputIsReadByTheJdksInflater() throws Exception {
    for (int n : LENGTHS) {
      for (byte[] data : new byte[][] {sample(n, n), random(n, n), new byte[n]}) {
        byte[] packed = Bytes.deflate(data);
        assertArrayEquals(data, jdkInflate(packed), "n=" + n);
        assertArrayEquals(data, Bytes.inflate(packed), "n=" + n);
      }
    }
  }

  @Test
  void deflateCompressesRedundantData() {
    byte[] zeros = new byte[1 << 20];
    assertTrue(Bytes.deflate(zeros).length < 2000, "1 MiB of zeros");
    byte[] text = "the same words again and again ".repeat(1000).getBytes(StandardCharsets.UTF_8);
    assertTrue(Bytes.deflate(text).length < text.length / 20);
  }

  @Test
  void deflateIsDeterministic() {
    byte[] data = sample(200_000, 7);
    assertArrayEquals(Bytes.deflate(data), Bytes.deflate(data.clone()));
  }

  @Test
  void inflateReadsTheJdksDeflaterAtEveryLevelAndStrategy() {
    byte[][] inputs = {sample(50_000, 9), random(20_000, 9), new byte[70_000], new byte[0]};
    int[] strategies = {Deflater.DEFAULT_STRATEGY, Deflater.FILTERED, Deflater.HUFFMAN_ONLY};
    for (byte[] data : inputs) {
      for (int level = -1; level <= 9; level++) {
        for (int strategy : strategies) {
          byte[] packed = jdkDeflate(data, level, strategy);
          assertArrayEquals(
              data, Bytes.inflate(packed), "level " + level + ", strategy " + strategy);
        }
      }
    }
  }

  @Test
  void inflateReadsStreamsWithFlushPointsAndManyBlocks() {
    byte[] data = sample(60_000, 21);
    Deflater d = new Deflater(6);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[70_000];
    int[] modes = {Deflater.SYNC_FLUSH, Deflater.FULL_FLUSH, Deflater.NO_FLUSH};
    for (int offset = 0, k = 0; offset < data.length; offset += 7_000, k++) {
      d.setInput(data, offset, Math.min(7_000, data.length - offset));
      if (k == 4) {
        d.setLevel(0); // a stored block in the middle
      } else if (k == 5) {
        d.setLevel(9);
      }
      int n;
      while ((n = d.deflate(buf, 0, buf.length, modes[k % 3])) > 0) {
        out.write(buf, 0, n);
      }
    }
    d.finish();
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    assertArrayEquals(data, Bytes.inflate(out.toByteArray()));
  }

  @Test
  void inflateRejectsEveryTruncation() {
    byte[] packed = Bytes.deflate(sample(3_000, 3));
    for (int n = 0; n < packed.length; n++) {
      byte[] cut = Arrays.copyOf(packed, n);
      assertThrows(IllegalArgumentException.class, () -> Bytes.inflate(cut), "prefix " + n);
    }
  }

  @Test
  void inflateRejectsEveryFlippedByte() {
    byte[] packed = Bytes.deflate(sample(2_000, 4));
    for (int i = 0; i < packed.length; i++) {
      byte[] bad = packed.clone();
      bad[i] ^= (byte) 0x5a;
      assertThrows(IllegalArgumentException.class, () -> Bytes.inflate(bad), "byte " + i);
    }
  }

  @Test
  void inflateRejectsTrailingBytes() {
    byte[] packed = Bytes.deflate(sample(1_000, 5));
    byte[] extra = Arrays.copyOf(packed, packed.length + 3);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Bytes.inflate(extra));
    assertTrue(e.getMessage().contains("3 unexpected bytes"), e.getMessage());
  }

  @Test
  void inflateRejectsPresetDictionaryStreams() {
    Deflater d = new Deflater();
    d.setDictionary("dictionary".getBytes(StandardCharsets.UTF_8));
    d.setInput("dictionary words".getBytes(StandardCharsets.UTF_8));
    d.finish();
    byte[] buf = new byte[200];
    byte[] packed = Arrays.copyOf(buf, d.deflate(buf));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Bytes.inflate(packed));
    assertTrue(e.getMessage().contains("dictionary"), e.getMessage());
  }

  @Test
  void inflateRejectsGzipRawDeflateAndGarbage() throws Exception {
    byte[] data = sample(500, 6);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(data);
    }
    Deflater raw = new Deflater(6, true);
    raw.setInput(data);
    raw.finish();
    byte[] buf = new byte[2000];
    byte[] rawPacked = Arrays.copyOf(buf, raw.deflate(buf));
    for (byte[] bad :
        new byte[][] {
          gz.toByteArray(), rawPacked, {1, 2, 3, 4}, new byte[0], {0x78}, {0x78, 0x01}
        }) {
      assertThrows(IllegalArgumentException.class, () -> Bytes.inflate(bad), Arrays.toString(bad));
    }
  }

  @Test
  void inflateExpandsAHighlyCompressedStream() {
    byte[] zeros = new byte[16 << 20];
    byte[] packed = jdkDeflate(zeros, 9, Deflater.DEFAULT_STRATEGY);
    assertTrue(packed.length < 20_000);
    assertArrayEquals(zeros, Bytes.inflate(packed));
  }

  @Test
  void base64EncodeMatchesTheJdk() {
    for (int n = 0; n < 200; n++) {
      byte[] data = random(n, n);
      assertEquals(
          java.util.Base64.getEncoder().encodeToString(data), Bytes.base64Encode(data), "n=" + n);
    }
    byte[] big = random(1_000_003, 1);
    assertEquals(java.util.Base64.getEncoder().encodeToString(big), Bytes.base64Encode(big));
  }

  @Test
  void base64DecodeRoundTrips() {
    for (int n = 0; n < 200; n++) {
      byte[] data = random(n, n + 1000);
      assertArrayEquals(data, Bytes.base64Decode(Bytes.base64Encode(data)), "n=" + n);
    }
  }

  /** The JDK's verdict on one input: the decoded bytes, or null when it throws. */
  private static byte[] jdkDecode(String s) {
    try {
      return java.util.Base64.getDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void assertDecodesLikeTheJdk(String s) {
    byte[] expected = jdkDecode(s);
    if (expected == null) {
      assertThrows(IllegalArgumentException.class, () -> Bytes.base64Decode(s), "'" + s + "'");
    } else {
      assertArrayEquals(expected, Bytes.base64Decode(s), "'" + s + "'");
    }
  }

  @Test
  void base64DecodeAcceptsAndRejectsExactlyWhatTheJdkDoes() {
    String[] hostile = {
      "",
      "=",
      "==",
      "Q",
      "QQ",
      "QQ=",
      "QQ==",
      "QQ===",
      "QUI",
      "QUI=",
      "QUI==",
      "QUJD",
      "QUJD=",
      "QUJD====",
      "QQ==QQ==",
      "QUJDQQ",
      "QR==",
      "QUJ=",
      "Q===",
      "QQ=a",
      "QQ =",
      " QUJD",
      "QUJD\n",
      "QU\r\nJD",
      "QUJD-_",
      "QUJD+/",
      "é===",
      "QUJ😀",
      "QUJD\u0000",
      "ÿÿÿÿ",
      "\u0100AAA"
    };
    for (String s : hostile) {
      assertDecodesLikeTheJdk(s);
    }
    char[] alphabet = {'A', 'Q', 'z', '0', '+', '/', '=', '=', '-', ' ', 'é', '\n'};
    Random r = new Random(16);
    for (int trial = 0; trial < 20_000; trial++) {
      char[] cs = new char[r.nextInt(10)];
      for (int i = 0; i < cs.length; i++) {
        cs[i] = alphabet[r.nextInt(r.nextInt(4) == 0 ? alphabet.length : 6)];
      }
      assertDecodesLikeTheJdk(new String(cs));
    }
  }

  @Test
  void base64DecodeErrorsNameTheIndex() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Bytes.base64Decode("QUJD!A=="));
    assertTrue(e.getMessage().contains("U+0021 at index 4"), e.getMessage());
  }
}
