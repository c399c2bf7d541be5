package dev.samovar.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** Against the JDK's implementations of the same algorithms. */
class BytesTest {
  private static byte[] sample(int n, long seed) {
    byte[] b = new byte[n];
    Random r = new Random(seed);
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : 'a' + r.nextInt(6));
    }
    return b;
  }

  @Test
  void sha256MatchesMessageDigestAtEveryPaddingBoundary() throws Exception {
    for (int n : new int[] {0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 100_000}) {
      byte[] data = sample(n, n);
      assertArrayEquals(
          MessageDigest.getInstance("SHA-256").digest(data), Bytes.sha256(data), "n=" + n);
    }
  }

  @Test
  void crc32MatchesJdk() {
    for (int n : new int[] {0, 1, 7, 4096, 70_000}) {
      byte[] data = sample(n, n + 1);
      CRC32 crc = new CRC32();
      crc.update(data);
      assertEquals((int) crc.getValue(), Bytes.crc32(data));
    }
  }

  @Test
  void deflateRoundTripsAndIsReadableByTheJdk() throws Exception {
    for (int n : new int[] {0, 1, 100, 20_000, 300_000}) {
      byte[] data = sample(n, n + 2);
      byte[] packed = Bytes.deflate(data);
      assertArrayEquals(data, Bytes.inflate(packed));
      Inflater jdk = new Inflater();
      jdk.setInput(packed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      while (!jdk.finished()) {
        out.write(buf, 0, jdk.inflate(buf));
      }
      assertArrayEquals(data, out.toByteArray());
    }
  }

  @Test
  void inflateOfJdkDeflaterOutput() {
    byte[] data = sample(50_000, 9);
    java.util.zip.Deflater d = new java.util.zip.Deflater(9);
    d.setInput(data);
    d.finish();
    byte[] buf = new byte[100_000];
    int n = d.deflate(buf);
    assertArrayEquals(data, Bytes.inflate(java.util.Arrays.copyOf(buf, n)));
  }

  @Test
  void corruptOrTruncatedStreamsAreIllegalArguments() {
    byte[] packed = Bytes.deflate(sample(10_000, 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> Bytes.inflate(java.util.Arrays.copyOf(packed, packed.length / 2)));
    assertThrows(IllegalArgumentException.class, () -> Bytes.inflate(new byte[] {1, 2, 3, 4}));
  }

  @Test
  void base64MatchesJdk() {
    for (int n = 0; n < 10; n++) {
      byte[] data = sample(n * 7, n);
      String text = Base64.getEncoder().encodeToString(data);
      assertEquals(text, Bytes.base64Encode(data));
      assertArrayEquals(data, Bytes.base64Decode(text));
    }
    assertThrows(IllegalArgumentException.class, () -> Bytes.base64Decode("not base64!"));
  }
}
