package dev.samovar.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.LimitException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Time, memory and output limits on both engines, and a healthy JVM after each. */
class LimitsTest {
  private static int megabytesAllocated(Engine engine, long maxMemory) {
    RunResult r =
        Sandbox.builder()
            .engine(engine)
            .maxMemory(maxMemory)
            .captureOutput()
            .build()
            .run(Guests.get("hog"));
    assertEquals(0, r.exitCode(), r.stderrText());
    Matcher m = Pattern.compile("allocated (\\d+) MiB").matcher(r.stdoutText());
    assertTrue(m.find(), r.stdoutText());
    return Integer.parseInt(m.group(1));
  }

  /** The next run on the same JVM works: nothing is left broken by a limit. */
  private static void assertHealthy(Engine engine) {
    RunResult r =
        Sandbox.builder()
            .engine(engine)
            .args("stat /x .")
            .captureOutput()
            .build()
            .run(Guests.get("probe"));
    assertEquals(0, r.exitCode(), r.stderrText());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void infiniteLoopIsStoppedByTheTimeout(Engine engine) {
    long start = System.nanoTime();
    LimitException e =
        assertThrows(
            LimitException.class,
            () ->
                Sandbox.builder()
                    .engine(engine)
                    .timeout(Duration.ofMillis(300))
                    .build()
                    .run(Guests.get("spin")));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals("time", e.field("limit"));
    assertTrue(e.getMessage().contains("raise --timeout"), e.getMessage());
    // Stopped by the interrupt, not abandoned after the grace period.
    assertTrue(millis < 2_000 + 300, "took " + millis + " ms");
    assertTrue(noGuestThreadLeft(), "a guest thread is still running");
    assertHealthy(engine);
  }

  private static boolean noGuestThreadLeft() {
    for (int i = 0; i < 50; i++) {
      if (Thread.getAllStackTraces().keySet().stream()
          .noneMatch(t -> t.getName().equals("samovar-guest"))) {
        return true;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void memoryGrowPastTheLimitFails(Engine engine) {
    int under16 = megabytesAllocated(engine, 16L << 20);
    int under32 = megabytesAllocated(engine, 32L << 20);
    // malloc got NULL when memory.grow was refused at the limit, not before and not after.
    assertTrue(under16 < 16 && under16 >= 12, "allocated " + under16 + " MiB under 16 MiB");
    assertTrue(under32 < 32 && under32 >= 28, "allocated " + under32 + " MiB under 32 MiB");
    assertHealthy(engine);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void unboundedStdoutIsCapped(Engine engine) {
    java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
    LimitException e =
        assertThrows(
            LimitException.class,
            () ->
                Sandbox.builder()
                    .engine(engine)
                    .stdout(sink)
                    .maxOutput(1 << 20)
                    .timeout(Duration.ofSeconds(60))
                    .build()
                    .run(Guests.get("flood")));
    assertEquals("output", e.field("limit"));
    assertTrue(e.getMessage().contains("raise --max-output"), e.getMessage());
    assertEquals(1 << 20, sink.size(), "what fits the limit is delivered, nothing more");
    assertHealthy(engine);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void capturedOutputHasADefaultCap(Engine engine) {
    Sandbox.Builder b = Sandbox.builder().engine(engine).captureOutput();
    assertEquals(Sandbox.DEFAULT_CAPTURE_LIMIT, b.effectiveMaxOutput());
    assertEquals(-1, Sandbox.builder().engine(engine).effectiveMaxOutput());
  }
}
