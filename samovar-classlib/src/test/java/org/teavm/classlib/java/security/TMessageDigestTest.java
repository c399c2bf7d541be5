package org.teavm.classlib.java.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our digests against the JDK's on lengths around every block and padding boundary. */
class TMessageDigestTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "MD5",
        "SHA-1",
        "SHA",
        "sha1",
        "SHA-224",
        "SHA-256",
        "SHA-384",
        "SHA-512",
        "SHA-512/224",
        "SHA-512/256",
        "sha-256"
      })
  void equalsTheJdkForEveryLengthUpTo600(String algorithm) throws Exception {
    Random random = new Random(algorithm.hashCode());
    for (int len = 0; len <= 600; len++) {
      byte[] data = new byte[len];
      random.nextBytes(data);
      MessageDigest jdk = MessageDigest.getInstance(algorithm);
      TMessageDigest ours = TMessageDigest.getInstance(algorithm);
      assertEquals(jdk.getDigestLength(), ours.getDigestLength());
      assertArrayEquals(jdk.digest(data), ours.digest(data), algorithm + " length " + len);
      // Streaming in odd pieces, single bytes and a ByteBuffer.
      int cut = len / 3;
      ours.update(data, 0, cut);
      if (cut < len) {
        ours.update(data[cut]);
        ours.update(ByteBuffer.wrap(data, cut + 1, len - cut - 1));
      }
      assertArrayEquals(jdk.digest(data), ours.digest(), algorithm + " streamed " + len);
    }
  }

  @Test
  void largeInputAndCloneMidway() throws Exception {
    byte[] data = new byte[1 << 20];
    new Random(1).nextBytes(data);
    for (String algorithm : new String[] {"MD5", "SHA-1", "SHA-256", "SHA-512"}) {
      MessageDigest jdk = MessageDigest.getInstance(algorithm);
      TMessageDigest ours = TMessageDigest.getInstance(algorithm);
      jdk.update(data, 0, 1000);
      ours.update(data, 0, 1000);
      MessageDigest jdkCopy = (MessageDigest) jdk.clone();
      TMessageDigest oursCopy = (TMessageDigest) ours.clone();
      jdk.update(data, 1000, data.length - 1000);
      ours.update(data, 1000, data.length - 1000);
      assertArrayEquals(jdk.digest(), ours.digest());
      assertArrayEquals(jdkCopy.digest(), oursCopy.digest());
    }
  }

  @Test
  void digestIntoBufferAndResetAndIsEqual() throws Exception {
    TMessageDigest ours = TMessageDigest.getInstance("SHA-256");
    MessageDigest jdk = MessageDigest.getInstance("SHA-256");
    byte[] a = new byte[40];
    byte[] b = new byte[40];
    ours.update((byte) 1);
    ours.reset();
    ours.update("abc".getBytes());
    jdk.update("abc".getBytes());
    assertEquals(jdk.digest(b, 4, 32), ours.digest(a, 4, 32));
    assertArrayEquals(b, a);
    for (String algorithm : new String[] {"SHA", "sha-256", "MD5", "SHA-512/224"}) {
      MessageDigest jdkShort = MessageDigest.getInstance(algorithm);
      TMessageDigest oursShort = TMessageDigest.getInstance(algorithm);
      jdkShort.update((byte) 1);
      oursShort.update((byte) 1);
      assertEquals(
          assertThrows(java.security.DigestException.class, () -> jdkShort.digest(a, 0, 5))
              .getMessage(),
          assertThrows(TDigestException.class, () -> oursShort.digest(a, 0, 5)).getMessage());
      // The failed call did not finish the hash.
      assertArrayEquals(jdkShort.digest(), oursShort.digest());
    }
    assertTrue(TMessageDigest.isEqual(a, b.clone()));
    assertEquals(MessageDigest.isEqual(a, new byte[3]), TMessageDigest.isEqual(a, new byte[3]));
    assertEquals("SHA-256", ours.getAlgorithm());
  }

  @Test
  void unknownAlgorithmIsRefusedLikeTheJdk() {
    String jdk =
        assertThrows(NoSuchAlgorithmException.class, () -> MessageDigest.getInstance("SHA-999"))
            .getMessage();
    String ours =
        assertThrows(NoSuchAlgorithmException.class, () -> TMessageDigest.getInstance("SHA-999"))
            .getMessage();
    assertEquals(jdk, ours);
    assertThrows(NullPointerException.class, () -> TMessageDigest.getInstance(null));
  }
}
