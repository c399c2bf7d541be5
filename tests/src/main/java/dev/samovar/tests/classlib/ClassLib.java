package dev.samovar.tests.classlib;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * JDK classes samovar-classlib adds to TeaVM, exercised the same way on the JVM (the real JDK
 * classes) and in wasm (ours); the cross-host test compares the outputs byte for byte.
 */
public final class ClassLib {
  private ClassLib() {}

  public static void main(String[] args) throws Exception {
    switch (args.length > 0 ? args[0] : "") {
      case "joiner":
        joiner();
        break;
      case "locks":
        locks();
        break;
      case "await":
        awaitForever();
        break;
      case "digest":
        digest();
        break;
      case "normalizer":
        normalizer(args.length > 1 ? Integer.parseInt(args[1]) : 1);
        break;
      default:
        System.err.println("usage: ClassLib joiner|locks|await|digest|normalizer [step]");
        System.exit(2);
    }
  }

  private static void joiner() {
    StringJoiner j = new StringJoiner(", ", "[", "]");
    System.out.println(j + " " + j.length());
    j.setEmptyValue("nothing");
    System.out.println(j + " " + j.length());
    j.add("a").add(null).add("Grüße ☕");
    System.out.println(j + " " + j.length());
    StringJoiner other = new StringJoiner("|", "<", ">");
    j.merge(other);
    other.add("x").add("y");
    j.merge(other);
    j.merge(j);
    System.out.println(j + " " + j.length());
    System.out.println(String.join("/", "p", "q"));
    try {
      new StringJoiner(",", null, "");
    } catch (NullPointerException e) {
      System.out.println("npe: " + e.getMessage());
    }
  }

  private static String state(Object lock) {
    String s = lock.toString();
    return s.substring(s.indexOf('['));
  }

  private static void locks() throws InterruptedException {
    ReentrantLock lock = new ReentrantLock();
    Lock asLock = lock;
    asLock.lock();
    System.out.println("tryLock " + lock.tryLock() + " " + lock.tryLock(5, TimeUnit.MILLISECONDS));
    System.out.println("holds " + lock.getHoldCount() + " locked " + lock.isLocked());
    System.out.println("held " + lock.isHeldByCurrentThread() + " " + state(lock));
    Condition condition = lock.newCondition();
    condition.signal();
    condition.signalAll();
    System.out.println("waiters " + lock.hasWaiters(condition));
    System.out.println("timed await " + condition.await(10, TimeUnit.MILLISECONDS));
    System.out.println("awaitNanos timed out " + (condition.awaitNanos(1000) <= 0));
    lock.unlock();
    lock.unlock();
    lock.unlock();
    System.out.println("after unlock " + lock.isLocked() + " " + state(lock));
    try {
      lock.unlock();
    } catch (IllegalMonitorStateException e) {
      System.out.println("unlock unheld: " + e.getClass().getName());
    }
    try {
      condition.signal();
    } catch (IllegalMonitorStateException e) {
      System.out.println("signal unheld: " + e.getClass().getName());
    }

    ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    ReadWriteLock asRw = rw;
    asRw.writeLock().lock();
    asRw.readLock().lock();
    System.out.println(
        "rw "
            + rw.getReadLockCount()
            + " "
            + rw.getWriteHoldCount()
            + " "
            + rw.isWriteLocked()
            + " "
            + rw.isWriteLockedByCurrentThread()
            + " "
            + state(rw));
    rw.writeLock().unlock();
    System.out.println("upgrade by tryLock " + rw.writeLock().tryLock());
    rw.readLock().unlock();
    try {
      rw.readLock().unlock();
    } catch (IllegalMonitorStateException e) {
      System.out.println("read unlock unheld: " + e.getMessage());
    }
    try {
      rw.readLock().newCondition();
    } catch (UnsupportedOperationException e) {
      System.out.println("read condition: " + e.getClass().getName());
    }
    System.out.println("write " + rw.writeLock().tryLock() + " " + state(rw.writeLock()));
    rw.writeLock().unlock();
    System.out.println("done " + state(rw));
  }

  /** On the JVM this hangs forever; in wasm it must fail with a clear message instead. */
  private static void awaitForever() throws InterruptedException {
    ReentrantLock lock = new ReentrantLock();
    lock.lock();
    lock.newCondition().await();
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
    }
    return sb.toString();
  }

  private static void digest() throws Exception {
    String[] algorithms = {
      "MD5", "SHA-1", "SHA", "SHA-224", "SHA-256", "sha-256", "SHA-384", "SHA-512", "SHA-512/256"
    };
    byte[] big = new byte[20_011];
    int x = 12345;
    for (int i = 0; i < big.length; i++) {
      x = x * 1103515245 + 12345;
      big[i] = (byte) (x >>> 16);
    }
    for (String algorithm : algorithms) {
      MessageDigest md = MessageDigest.getInstance(algorithm);
      System.out.println(algorithm + " " + md.getAlgorithm() + " " + md.getDigestLength());
      System.out.println("  empty " + hex(md.digest()));
      System.out.println("  text " + hex(md.digest("Grüße ☕ 𝄞".getBytes(StandardCharsets.UTF_8))));
      for (int len : new int[] {55, 56, 63, 64, 111, 112, 127, 128, 129}) {
        md.update(big, 7, len);
        System.out.println("  " + len + " " + hex(md.digest()));
      }
      md.update(big, 0, 1000);
      MessageDigest copy = (MessageDigest) md.clone();
      md.update(ByteBuffer.wrap(big, 1000, big.length - 1000));
      System.out.println("  big " + hex(md.digest()));
      copy.update((byte) 1);
      byte[] out = new byte[md.getDigestLength() + 3];
      int n = copy.digest(out, 3, out.length - 3);
      System.out.println("  clone " + n + " " + hex(out));
      try {
        md.digest(new byte[4], 0, 4);
      } catch (DigestException e) {
        System.out.println("  short " + e.getMessage());
      }
    }
    System.out.println(
        "isEqual "
            + MessageDigest.isEqual(new byte[] {1, 2}, new byte[] {1, 2})
            + " "
            + MessageDigest.isEqual(new byte[] {1, 2}, new byte[] {1, 3}));
    try {
      MessageDigest.getInstance("SHA-999");
    } catch (NoSuchAlgorithmException e) {
      System.out.println("unknown " + e.getMessage());
    }
  }

  /**
   * Every {@code step}-th code point in each form, folded into a SHA-256 of the results (one line
   * per form), and tricky strings printed in full.
   */
  private static void normalizer(int step) throws Exception {
    String[] samples = {
      "Grüße, Åström: e\u0301 a\u0323\u0302 \u1E0B\u0323 \u212B \u2126",
      "\uD55C\uAD6D\uC5B4 \u1112\u1161\u11AB \u1100\u1161\u11A8 \uAC00\u11A8",
      "\uFB01 \u00BD \u2460 \u3250 \uFF76\uFF9E \u1D15E \uD834\uDD5E\uD834\uDD65",
      "\u0958 \u0915\u093C \u0F73 \u0F71\u0F72 \u2ADC \u2ADD\u0338 \u0344",
      "\u03B1\u0313\u0342\u0345 \u1F80 \u05D1\u05B7\u05B0 s\u0323\u0307 \u1E69",
      "\u0CC6\u0CC2\u0CD5 \uD804\uDC99\uD804\uDCBA \u304B\u3099 \u30AB\u309A"
    };
    for (String s : samples) {
      for (Normalizer.Form form : Normalizer.Form.values()) {
        String n = Normalizer.normalize(s, form);
        System.out.println(
            form
                + " "
                + hex(n.getBytes(StandardCharsets.UTF_8))
                + " "
                + Normalizer.isNormalized(s, form));
      }
    }
    for (Normalizer.Form form : Normalizer.Form.values()) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      int changed = 0;
      for (int cp = 0; cp <= 0x10FFFF; cp += step) {
        if (cp >= 0xD800 && cp <= 0xDFFF) {
          continue;
        }
        String s = new String(Character.toChars(cp));
        String n = Normalizer.normalize(s, form);
        if (!n.equals(s)) {
          changed++;
          md.update(n.getBytes(StandardCharsets.UTF_8));
        }
        md.update((byte) 0);
      }
      System.out.println(form + " step " + step + " changed " + changed + " " + hex(md.digest()));
    }
  }
}
