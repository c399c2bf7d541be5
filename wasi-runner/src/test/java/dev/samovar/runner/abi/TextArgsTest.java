package dev.samovar.runner.abi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.LinkException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signatures from the {@code samovar.abi} section, and command-line text to typed values. */
class TextArgsTest {
  @Test
  void signaturesParseBackToTheirText() {
    for (String line :
        List.of(
            "stats(double[] xs) -> double[]",
            "describe(String? s) -> String",
            "boxedMix(Boolean flag, Long big, Float small, Double wide) -> String",
            "Counter_merge(Counter this, Counter other) -> long",
            "Counter_new(String name) -> Counter",
            "maybeNull(boolean wantNull) -> double[]?",
            "minInt() -> int",
            "touch(int value) -> void")) {
      assertEquals(line, AbiSignature.parse(line).toString());
    }
    AbiSignature m = AbiSignature.parse("Counter_merge(Counter this, Counter other) -> long");
    assertEquals("Counter", m.receiver());
    assertEquals(AbiType.HANDLE, m.params().get(0).type());
    assertTrue(AbiSignature.parse("describe(String? s) -> String").params().get(0).nullable());
    assertThrows(IllegalArgumentException.class, () -> AbiSignature.parse("nonsense"));
  }

  @Test
  void textBecomesTypedValues() {
    AbiSignature sig =
        AbiSignature.parse(
            "f(boolean a, int b, long c, float d, double e, Integer f, byte[] g, String[] h,"
                + " double[]? i, String j) -> void");
    Object[] v =
        TextArgs.parse(
            "m.wasm",
            sig,
            List.of(
                "true",
                "-7",
                "9007199254740993",
                "NaN",
                "-0.0",
                "null",
                "255,-1",
                "[\"a\",null,\"b,c\"]",
                "null",
                "null"));
    assertEquals(true, v[0]);
    assertEquals(-7, v[1]);
    assertEquals(9007199254740993L, v[2]);
    assertTrue(Float.isNaN((Float) v[3]));
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits((Double) v[4]));
    assertNull(v[5]);
    assertArrayEquals(new byte[] {-1, -1}, (byte[]) v[6]);
    assertArrayEquals(new String[] {"a", null, "b,c"}, (String[]) v[7]);
    assertNull(v[8]);
    assertEquals("null", v[9], "strings are taken as given");
  }

  @Test
  void hostileTextIsRefusedNamingTheParameter() {
    AbiSignature sig = AbiSignature.parse("f(boolean flag, int[] xs) -> int");
    LinkException yes =
        assertThrows(LinkException.class, () -> TextArgs.parse("m.wasm", sig, List.of("yes", "1")));
    assertTrue(
        yes.getMessage().contains("argument 1 ('flag') of f must be boolean"), yes.getMessage());
    assertEquals("bad-arguments", yes.field("reason"));
    LinkException nul =
        assertThrows(
            LinkException.class, () -> TextArgs.parse("m.wasm", sig, List.of("true", "null")));
    assertTrue(nul.getMessage().contains("'xs'"), nul.getMessage());
    LinkException big =
        assertThrows(
            LinkException.class,
            () -> TextArgs.parse("m.wasm", sig, List.of("true", "1,2147483648")));
    assertTrue(big.getMessage().contains("out of range"), big.getMessage());
  }

  @Test
  void resultsPrintAsText() {
    assertEquals("[1.5, NaN]", TextArgs.format(new double[] {1.5, Double.NaN}));
    assertEquals("[\"a\\\"b\", null]", TextArgs.format(new String[] {"a\"b", null}));
    assertEquals("null", TextArgs.format(null));
    assertEquals("[-1, 2]", TextArgs.format(new byte[] {-1, 2}));
  }
}
