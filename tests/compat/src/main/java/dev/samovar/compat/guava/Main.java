package dev.samovar.compat.guava;

import com.google.common.base.CharMatcher;
import com.google.common.base.Joiner;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Multimap;
import com.google.common.collect.MultimapBuilder;
import com.google.common.collect.Multiset;
import com.google.common.collect.TreeMultiset;
import com.google.common.hash.Hashing;
import com.google.common.primitives.Ints;
import java.nio.charset.StandardCharsets;

/** Guava: immutable collections, multimaps/multisets, Splitter/Joiner, CharMatcher, hashing. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    ImmutableList<String> words = ImmutableList.of("tea", "kettle", "samovar", "cup", "tea", "pot");
    System.out.println(words.reverse() + " " + ImmutableSortedSet.copyOf(words));
    Multiset<String> counts = TreeMultiset.create(words);
    System.out.println(counts + " tea=" + counts.count("tea"));
    Multimap<Integer, String> byLength = MultimapBuilder.treeKeys().arrayListValues().build();
    for (String w : words) {
      byLength.put(w.length(), w);
    }
    System.out.println(byLength);
    ImmutableMap<String, Integer> map = ImmutableMap.of("one", 1, "two", 2, "three", 3);
    System.out.println(map + " " + map.containsKey("two"));

    System.out.println(
        Splitter.on(',').trimResults().omitEmptyStrings().splitToList(" a, b ,, c ,"));
    System.out.println(Joiner.on("; ").skipNulls().join("x", null, "y", "z"));
    System.out.println(Joiner.on('&').withKeyValueSeparator('=').join(map));
    System.out.println(
        CharMatcher.inRange('0', '9').retainFrom("a1b2c3")
            + " "
            + CharMatcher.whitespace().collapseFrom("  to   wasm  ", ' '));
    System.out.println(
        Ints.join("-", Ints.toArray(ImmutableList.of(3, 1, 4, 1, 5)))
            + " max "
            + Ints.max(3, 1, 4));

    System.out.println("sha256 " + Hashing.sha256().hashString("abc", StandardCharsets.UTF_8));
    System.out.println(
        "murmur3 " + Hashing.murmur3_32_fixed().hashString("samovar", StandardCharsets.UTF_8));
    System.out.println(
        "crc32 " + Hashing.crc32().hashBytes("samovar".getBytes(StandardCharsets.UTF_8)));
  }
}
