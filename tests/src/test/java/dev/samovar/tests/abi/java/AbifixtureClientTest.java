package dev.samovar.tests.abi.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.LinkException;
import dev.samovar.api.TrapException;
import dev.samovar.api.WasmJavaException;
import dev.samovar.fixture.abi.Types;
import dev.samovar.fixture.abi.wasm.Abifixture;
import dev.samovar.runner.Access;
import dev.samovar.runner.Engine;
import dev.samovar.runner.Mount;
import dev.samovar.runner.abi.AbiInstance;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated Java client of {@code abifixture} ({@code dev.samovar.fixture.abi.wasm.Abifixture},
 * written by samovar-build's Java stage and compiled with these tests) on real Chicory, both
 * engines, compared with the fixture's Java run on this JVM where they should agree.
 */
class AbifixtureClientTest {

  private static Abifixture open(Engine engine) {
    return Abifixture.open(AbiInstance.builder(Fixtures.abifixture()).engine(engine));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void everyTypeRoundTripsAsOnTheJvm(Engine engine) {
    String big = "ab😀\u0000".repeat(1 << 18); // 1.25 MB of UTF-8
    try (Abifixture fx = open(engine)) {
      assertEquals(Types.notBool(true), fx.notBool(true));
      assertEquals(Types.addInt(Integer.MAX_VALUE, 2), fx.addInt(Integer.MAX_VALUE, 2));
      assertEquals(Types.addLong(Long.MAX_VALUE, 2), fx.addLong(Long.MAX_VALUE, 2));
      for (float x : new float[] {3f, -0.0f, Float.NaN, Float.NEGATIVE_INFINITY, Float.MIN_VALUE}) {
        assertEquals(
            Float.floatToIntBits(Types.halfFloat(x)),
            Float.floatToIntBits(fx.halfFloat(x)),
            "" + x);
      }
      long payload = 0x7ff8_0000_0bad_f00dL;
      assertEquals(
          payload, Double.doubleToRawLongBits(fx.echoDouble(Double.longBitsToDouble(payload))));
      assertEquals(
          Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(fx.echoDouble(-0.0)));
      assertEquals(Integer.MIN_VALUE, fx.minInt());
      assertTrue(Double.isNaN(fx.nan()));
      assertEquals(big, fx.echoString(big));
      assertEquals(Types.javaLength(big), fx.javaLength(big));
      assertEquals("", fx.echoString(""));
      assertEquals("null", fx.describe(null));
      assertArrayEquals(new byte[0], fx.echoBytes(new byte[0]));
      assertArrayEquals(
          Types.incInts(new int[] {-1, Integer.MAX_VALUE}),
          fx.incInts(new int[] {-1, Integer.MAX_VALUE}));
      assertArrayEquals(
          Types.negLongs(new long[] {Long.MIN_VALUE, 5}),
          fx.negLongs(new long[] {Long.MIN_VALUE, 5}));
      assertArrayEquals(
          Types.twiceFloats(new float[] {1e38f, -0.0f}),
          fx.twiceFloats(new float[] {1e38f, -0.0f}));
      assertArrayEquals(new double[0], fx.echoDoubles(new double[0]));
      assertNull(fx.maybeNull(true));
      String[] words = {"x", null, "ß", ""};
      assertArrayEquals(Types.upperAll(words), fx.upperAll(words));
      assertArrayEquals(Types.splitOn("a--b--", "--"), fx.splitOn("a--b--", "--"));
      assertEquals(Types.boxedInc(null), fx.boxedInc(null));
      assertEquals(Types.boxedInc(-1), fx.boxedInc(-1));
      assertEquals(
          Types.boxedMix(true, -5L, Float.NaN, null), fx.boxedMix(true, -5L, Float.NaN, null));
      assertEquals(Types.boxedLong(1), fx.boxedLong(1));
      assertNull(fx.boxedNegZero(false));
      assertEquals(Double.valueOf(-0.0), fx.boxedNegZero(true));
      byte[] e = new byte[5];
      assertEquals(
          Types.mixed(1, -2, "ç", 1e300, e, 0.5f, false),
          fx.mixed(1, -2, "ç", 1e300, e, 0.5f, false));
      fx.touch(-9);
      assertEquals(-9, fx.lastTouched());
      assertArrayEquals(Types.range(1000), fx.range(1000));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void hostileArgumentsFailBeforeTheCall(Engine engine) {
    try (Abifixture fx = open(engine)) {
      NullPointerException npe =
          assertThrows(NullPointerException.class, () -> fx.echoString(null));
      assertEquals(
          "Parameter 's' of Types.echoString is not @Nullable but null was passed",
          npe.getMessage());
      assertThrows(NullPointerException.class, () -> fx.upperAll(null));
      IllegalArgumentException lone =
          assertThrows(
              IllegalArgumentException.class, () -> fx.upperAll(new String[] {"ok", "\udc00"}));
      assertTrue(lone.getMessage().contains("'words[1]'"), lone.getMessage());
      assertEquals(3, fx.addInt(1, 2), "still usable");
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void exceptionsMatchTheJvms(Engine engine) throws Exception {
    Method fail =
        dev.samovar.fixture.abi.Failures.class.getMethod("fail", String.class, String.class);
    try (Abifixture fx = open(engine)) {
      for (String kind :
          List.of("iae", "nfe", "ioobe", "arith", "npe", "state", "unsupported", "custom")) {
        Throwable jvm;
        try {
          fail.invoke(null, kind, "msg " + kind);
          throw new AssertionError("no exception on the JVM");
        } catch (java.lang.reflect.InvocationTargetException ite) {
          jvm = ite.getCause();
        }
        WasmJavaException wasm =
            assertThrows(WasmJavaException.class, () -> fx.fail(kind, "msg " + kind));
        assertEquals(jvm.getClass().getName(), wasm.javaClassName(), kind);
        if (!kind.equals("arith") && !kind.equals("nfe")) {
          assertEquals(jvm.getMessage(), wasm.javaMessage(), kind);
        }
        List<String> supers = new java.util.ArrayList<>();
        for (Class<?> c = jvm.getClass().getSuperclass(); c != null; c = c.getSuperclass()) {
          supers.add(c.getName());
        }
        supers.remove("java.lang.Object");
        assertEquals(supers, wasm.javaSuperclasses(), kind);
      }
      assertThrows(WasmJavaException.class, () -> fx.failVoid("v"));
      assertEquals(
          "java.lang.ArithmeticException",
          assertThrows(WasmJavaException.class, () -> fx.inverse(0)).javaClassName());
      assertEquals(0.25, fx.inverse(4));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void trapKillsTheClient(Engine engine) {
    try (Abifixture fx = open(engine)) {
      assertThrows(TrapException.class, () -> fx.recurse(1));
      TrapException later = assertThrows(TrapException.class, () -> fx.addInt(1, 1));
      assertTrue(later.getMessage().contains("recurse"), later.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void handlesAreAutoCloseableWrappers(Engine engine) {
    try (Abifixture fx = open(engine)) {
      int live = fx.abi().liveHandles();
      int closed = fx.closedCount();
      Abifixture.Counter keep;
      try (Abifixture.Counter a = fx.newCounter("a");
          Abifixture.Counter b = fx.newCounter("b")) {
        assertEquals(7, a.add(7));
        assertEquals(6, b.addAll(new int[] {1, 2, 3}));
        assertEquals(13, a.merge(b));
        keep = a.copy("k");
        assertEquals("k=13", keep.label());
        assertEquals(live + 3, fx.abi().liveHandles());
        assertThrows(NullPointerException.class, () -> a.merge(null));
      }
      assertEquals(live + 1, fx.abi().liveHandles());
      assertEquals(closed + 2, fx.closedCount());
      assertEquals(-7, keep.add(-20));
      WasmJavaException neg = assertThrows(WasmJavaException.class, keep::checked);
      assertEquals("java.lang.IllegalStateException", neg.javaClassName());
      keep.close();
      keep.close(); // harmless
      assertEquals(0, keep.handle());
      IllegalStateException after = assertThrows(IllegalStateException.class, keep::label);
      assertTrue(after.getMessage().contains("closed"), after.getMessage());
      assertEquals(live, fx.abi().liveHandles());
      try (Abifixture other = open(engine);
          Abifixture.Counter foreign = other.newCounter("f");
          Abifixture.Counter mine = fx.newCounter("m")) {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> mine.merge(foreign));
        assertTrue(e.getMessage().contains("another instance"), e.getMessage());
      }
    }
  }

  @Test
  void outputGoesWhereConfigured() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (Abifixture fx =
        Abifixture.open(AbiInstance.builder(Fixtures.abifixture()).stdout(out).stderr(err))) {
      fx.say("ñ");
    }
    assertEquals("ñ\n", out.toString(StandardCharsets.UTF_8));
    assertEquals("err: ñ\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void filesThroughMountedDirectories(@TempDir Path dir) throws Exception {
    Path rw = Files.createDirectories(dir.resolve("rw"));
    Path ro = Files.createDirectories(dir.resolve("ro"));
    Files.writeString(ro.resolve("in.txt"), "read me ✓", StandardCharsets.UTF_8);
    try (Abifixture fx =
        Abifixture.open(
            AbiInstance.builder(Fixtures.abifixture())
                .mount(new Mount(rw, "/rw", Access.READ_WRITE))
                .mount(new Mount(ro, "/ro", Access.READ_ONLY)))) {
      assertEquals("read me ✓", fx.readText("/ro/in.txt"));
      fx.writeText("/rw/out.txt", "written ✓");
      assertEquals("written ✓", Files.readString(rw.resolve("out.txt"), StandardCharsets.UTF_8));
      assertEquals("written ✓", fx.readText("/rw/out.txt"));
      // Refused by the read-only mount. The module's class library reports it as a
      // NullPointerException rather than the JVM's AccessDeniedException (a classlib gap, not the
      // ABI's): only "refused and unchanged" is asserted here.
      assertThrows(WasmJavaException.class, () -> fx.writeText("/ro/in.txt", "x"));
      assertEquals("read me ✓", Files.readString(ro.resolve("in.txt"), StandardCharsets.UTF_8));
      WasmJavaException outside =
          assertThrows(WasmJavaException.class, () -> fx.readText("/etc/passwd"));
      assertTrue(outside.isJavaInstanceOf("java.io.IOException"), outside.javaClassName());
    }
  }

  @Test
  void clientRefusesAModuleWithAnotherInterface(@TempDir Path dir) throws Exception {
    Path copy =
        Fixtures.edited(Fixtures.abifixture(), dir, Abifixture.INTERFACE, "0123456789abcdef");
    LinkException e = assertThrows(LinkException.class, () -> Abifixture.open(copy));
    assertTrue(e.getMessage().contains(Abifixture.INTERFACE), e.getMessage());
    assertTrue(e.getMessage().contains("0123456789abcdef"), e.getMessage());
    assertTrue(e.getMessage().contains("regenerate"), e.getMessage());
  }

  @Test
  void clientRefusesAModuleOfAnotherAbiVersion(@TempDir Path dir) throws Exception {
    Path copy = Fixtures.edited(Fixtures.abifixture(), dir, "{\"abi\":1,", "{\"abi\":7,");
    LinkException e = assertThrows(LinkException.class, () -> Abifixture.open(copy));
    assertTrue(e.getMessage().contains("ABI 7"), e.getMessage());
  }

  @Test
  void closedClientRefusesCalls() {
    Abifixture fx = open(Engine.INTERPRETER);
    Abifixture.Counter c = fx.newCounter("c");
    fx.close();
    assertThrows(IllegalStateException.class, () -> fx.addInt(1, 1));
    assertThrows(IllegalStateException.class, () -> c.add(1));
    assertFalse(fx.abi().isDead());
  }
}
