package dev.samovar.tests.abi.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.samovar.api.WasmJavaException;
import dev.samovar.core.Bytes;
import dev.samovar.core.Numeric;
import dev.samovar.core.RunningStats;
import dev.samovar.core.Text;
import dev.samovar.core.wasm.Javacore;
import dev.samovar.runner.Engine;
import dev.samovar.runner.abi.AbiInstance;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every export of the flagship core through its generated Java client ({@code
 * dev.samovar.core.wasm.Javacore}) on Chicory's compiler, compared with the same Java methods
 * called directly on this JVM: same results bit for bit, same exception classes and messages.
 */
class JavacoreClientTest {
  private static Javacore core;

  @BeforeAll
  static void open() {
    core = Javacore.open(AbiInstance.builder(Fixtures.javacore()).engine(Engine.COMPILER));
  }

  @AfterAll
  static void close() {
    core.close();
  }

  private static double[] data(long seed, int n) {
    Random r = new Random(seed);
    double[] xs = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = r.nextGaussian() * 100 + (i % 7 == 0 ? -0.0 : 0);
    }
    return xs;
  }

  private static byte[] bytes(long seed, int n) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  /** Both throw, with the same class and message; the wasm side as a WasmJavaException. */
  private static void sameFailure(Supplier<?> jvm, Supplier<?> wasm) {
    RuntimeException expected = assertThrows(RuntimeException.class, jvm::get);
    WasmJavaException actual = assertThrows(WasmJavaException.class, wasm::get);
    assertEquals(expected.getClass().getName(), actual.javaClassName());
    assertEquals(expected.getMessage(), actual.javaMessage());
  }

  @Test
  void numericMatchesTheJvm() {
    assertEquals(Numeric.add(Integer.MAX_VALUE, 9), core.add(Integer.MAX_VALUE, 9));
    for (int n : new int[] {1, 2, 10, 1000, 100_000}) {
      double[] xs = data(n, n);
      assertArrayEquals(Numeric.stats(xs), core.stats(xs), "stats n=" + n);
      assertArrayEquals(Numeric.sort(xs), core.sort(xs), "sort n=" + n);
      assertArrayEquals(Numeric.scale(xs, -1.5), core.scale(xs, -1.5));
      assertArrayEquals(Numeric.histogram(xs, 17), core.histogram(xs, 17));
      double[] c = {2, -1, 0.5};
      assertArrayEquals(Numeric.polyval(c, xs), core.polyval(c, xs));
    }
    double[] odd = {Double.NaN, -0.0, 0.0, Double.POSITIVE_INFINITY, Double.MIN_VALUE};
    assertArrayEquals(Numeric.sort(odd), core.sort(odd));
    assertArrayEquals(Numeric.stats(odd), core.stats(odd));
    sameFailure(() -> Numeric.stats(new double[0]), () -> core.stats(new double[0]));
    sameFailure(() -> Numeric.histogram(odd, 3), () -> core.histogram(odd, 3));
    sameFailure(
        () -> Numeric.histogram(new double[] {1}, 0), () -> core.histogram(new double[] {1}, 0));
  }

  @Test
  void textMatchesTheJvm() {
    String text =
        "Don't stop — DON'T STOP! Straße ß İstanbul i 😀 state-of-the-art, 42 times 42.\n"
            .repeat(50);
    assertEquals(Text.countVowels(text), core.countVowels(text));
    assertEquals(Text.toUpper(text), core.toUpper(text));
    assertEquals(Text.wordFrequencies(text, 5), core.wordFrequencies(text, 5));
    assertEquals(Text.wordFrequencies(text, 0), core.wordFrequencies(text, 0));
    assertEquals(Text.levenshtein("kitten😀", "sitting"), core.levenshtein("kitten😀", "sitting"));
    assertEquals(Text.levenshtein("", text), core.levenshtein("", text));
  }

  @Test
  void bytesMatchTheJvm() {
    for (int n : new int[] {0, 1, 55, 56, 64, 1000, 1 << 20}) {
      byte[] b = bytes(n, n);
      assertEquals(Bytes.crc32(b), core.crc32(b), "crc32 n=" + n);
      assertArrayEquals(Bytes.sha256(b), core.sha256(b), "sha256 n=" + n);
      assertArrayEquals(Bytes.deflate(b), core.deflate(b), "deflate n=" + n);
      assertArrayEquals(b, core.inflate(Bytes.deflate(b)));
      String b64 = Bytes.base64Encode(b);
      assertEquals(b64, core.base64Encode(b));
      assertArrayEquals(Bytes.base64Decode(b64), core.base64Decode(b64));
    }
    byte[] text = "hello hello hello".getBytes(StandardCharsets.UTF_8);
    sameFailure(() -> Bytes.base64Decode("ab=c"), () -> core.base64Decode("ab=c"));
    sameFailure(() -> Bytes.inflate(text), () -> core.inflate(text));
  }

  @Test
  void runningStatsHandleMatchesTheJvm() {
    int live = core.abi().liveHandles();
    RunningStats jvm = new RunningStats();
    try (Javacore.RunningStats wasm = core.newRunningStats()) {
      for (int chunk = 0; chunk < 5; chunk++) {
        double[] xs = data(chunk, 1000 + chunk);
        jvm.add(xs);
        wasm.add(xs);
        assertEquals(jvm.count(), wasm.count());
        assertArrayEquals(jvm.snapshot(), wasm.snapshot());
      }
      assertEquals(live + 1, core.abi().liveHandles());
    }
    assertEquals(live, core.abi().liveHandles());
    try (Javacore.RunningStats empty = core.newRunningStats()) {
      sameFailure(() -> new RunningStats().snapshot(), empty::snapshot);
    }
  }
}
