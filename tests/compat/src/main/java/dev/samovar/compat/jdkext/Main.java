package dev.samovar.compat.jdkext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The JDK classes samovar-classlib adds to TeaVM: StringJoiner, MessageDigest, Normalizer, locks. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    joiners();
    digests();
    normalizer();
    locks();
  }

  private static void joiners() {
    StringJoiner j = new StringJoiner(", ", "[", "]").setEmptyValue("EMPTY");
    System.out.println("joiner empty: " + j + " length " + j.length());
    j.add("one").add("two").add(null);
    StringJoiner other = new StringJoiner("-", "<", ">").add("x").add("y");
    System.out.println("joiner: " + j.merge(other) + " length " + j.length());
    System.out.println("String.join: " + String.join("/", List.of("a", "b", "c")));
    System.out.println(
        "joining: "
            + IntStream.range(0, 5).mapToObj(Integer::toString).collect(Collectors.joining("+", "{", "}")));
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
    }
    return sb.toString();
  }

  private static void digests() throws Exception {
    byte[] input = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);
    for (String algorithm :
        new String[] {"MD5", "SHA-1", "SHA-224", "SHA-256", "SHA-384", "SHA-512", "SHA3-256"}) {
      MessageDigest md = MessageDigest.getInstance(algorithm);
      System.out.println(algorithm + " " + md.getDigestLength() + " " + hex(md.digest(input)));
    }
    MessageDigest md = MessageDigest.getInstance("sha-256");
    byte[] big = new byte[100_000];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31 + (i >> 8));
    }
    md.update(big, 0, 12_345);
    MessageDigest fork = (MessageDigest) md.clone();
    md.update(big, 12_345, big.length - 12_345);
    System.out.println(md.getAlgorithm() + " 100000 bytes " + hex(md.digest()));
    System.out.println("fork " + hex(fork.digest()));
    System.out.println("isEqual " + MessageDigest.isEqual(md.digest(), fork.digest()));
    try {
      MessageDigest.getInstance("SHA-999");
    } catch (NoSuchAlgorithmException e) {
      System.out.println("NoSuchAlgorithmException: " + e.getMessage());
    }
  }

  private static String codePoints(String s) {
    return s.codePoints()
        .mapToObj(cp -> String.format("%04X", cp))
        .collect(Collectors.joining(" "));
  }

  private static void normalizer() {
    String[] samples = {
      "Crème brûlée", "e\u0301", "\uFB01ance \u2460 \u00BD", "\uD55C\uAE00", "\u1112\u1161\u11AB",
      "A\u0323\u0302", "\u212B", "x\u0327\u0301\u0323"
    };
    for (String s : samples) {
      for (Normalizer.Form form : Normalizer.Form.values()) {
        String n = Normalizer.normalize(s, form);
        System.out.println(
            form + " " + codePoints(s) + " -> " + codePoints(n) + " " + Normalizer.isNormalized(s, form));
      }
    }
    String accents = "Ça, c'est très façile à dire: naïve café";
    String stripped = Normalizer.normalize(accents, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    System.out.println("stripped: " + stripped);
  }

  private static String state(Object lock) {
    String s = lock.toString();
    return s.substring(s.indexOf('['));
  }

  private static void locks() throws InterruptedException {
    ReentrantLock lock = new ReentrantLock();
    lock.lock();
    boolean again = lock.tryLock(10, TimeUnit.MILLISECONDS);
    System.out.println(
        "lock held " + lock.isHeldByCurrentThread() + " count " + lock.getHoldCount() + " " + again);
    Condition condition = lock.newCondition();
    condition.signalAll();
    System.out.println("timed await " + condition.await(1, TimeUnit.MILLISECONDS));
    lock.unlock();
    System.out.println(state(lock) + " count " + lock.getHoldCount());
    lock.unlock();
    System.out.println(state(lock) + " locked " + lock.isLocked());
    try {
      lock.unlock();
    } catch (IllegalMonitorStateException e) {
      System.out.println("unlock without lock: IllegalMonitorStateException");
    }
    ReadWriteLock rw = new ReentrantReadWriteLock();
    Lock read = rw.readLock();
    read.lock();
    read.lock();
    System.out.println(state(rw) + " write while reading: " + rw.writeLock().tryLock());
    read.unlock();
    read.unlock();
    rw.writeLock().lock();
    read.lock();
    System.out.println(state(rw) + " " + state(rw.writeLock()));
    read.unlock();
    rw.writeLock().unlock();
    System.out.println(state(rw));
  }
}
