package org.teavm.classlib.java.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/** Our StringJoiner against the JDK's, call for call. */
class TStringJoinerTest {
  private static void same(StringJoiner jdk, TStringJoiner ours) {
    assertEquals(jdk.toString(), ours.toString());
    assertEquals(jdk.length(), ours.length());
  }

  @Test
  void joinsLikeTheJdk() {
    StringJoiner jdk = new StringJoiner(", ", "[", "]");
    TStringJoiner ours = new TStringJoiner(", ", "[", "]");
    same(jdk, ours);
    jdk.setEmptyValue("EMPTY");
    ours.setEmptyValue("EMPTY");
    same(jdk, ours);
    jdk.add("");
    ours.add("");
    same(jdk, ours);
    jdk.add(null).add("b☕");
    ours.add(null).add("b☕");
    same(jdk, ours);
  }

  @Test
  void mergeAddsTheOtherContentAsOneElement() {
    StringJoiner jdk = new StringJoiner("-", "{", "}");
    TStringJoiner ours = new TStringJoiner("-", "{", "}");
    StringJoiner jdkOther = new StringJoiner("+", "(", ")");
    TStringJoiner oursOther = new TStringJoiner("+", "(", ")");
    jdk.merge(jdkOther);
    ours.merge(oursOther);
    same(jdk, ours);
    jdkOther.add("x").add("y");
    oursOther.add("x").add("y");
    jdk.add("a").merge(jdkOther);
    ours.add("a").merge(oursOther);
    same(jdk, ours);
    jdk.merge(jdk);
    ours.merge(ours);
    same(jdk, ours);
  }

  @Test
  void nullsAreRefusedWithTheJdkMessages() {
    assertEquals(
        assertThrows(NullPointerException.class, () -> new StringJoiner(",", null, ""))
            .getMessage(),
        assertThrows(NullPointerException.class, () -> new TStringJoiner(",", null, ""))
            .getMessage());
    assertEquals(
        assertThrows(NullPointerException.class, () -> new StringJoiner(null)).getMessage(),
        assertThrows(NullPointerException.class, () -> new TStringJoiner(null)).getMessage());
    assertEquals(
        assertThrows(NullPointerException.class, () -> new StringJoiner(",", "", null))
            .getMessage(),
        assertThrows(NullPointerException.class, () -> new TStringJoiner(",", "", null))
            .getMessage());
    assertEquals(
        assertThrows(NullPointerException.class, () -> new StringJoiner(",").setEmptyValue(null))
            .getMessage(),
        assertThrows(NullPointerException.class, () -> new TStringJoiner(",").setEmptyValue(null))
            .getMessage());
    assertThrows(NullPointerException.class, () -> new TStringJoiner(",").merge(null));
  }
}
