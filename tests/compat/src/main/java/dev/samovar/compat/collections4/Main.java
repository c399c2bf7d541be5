package dev.samovar.compat.collections4;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.collections4.Bag;
import org.apache.commons.collections4.BidiMap;
import org.apache.commons.collections4.CollectionUtils;
import org.apache.commons.collections4.ListUtils;
import org.apache.commons.collections4.MultiValuedMap;
import org.apache.commons.collections4.bag.TreeBag;
import org.apache.commons.collections4.bidimap.TreeBidiMap;
import org.apache.commons.collections4.map.LRUMap;
import org.apache.commons.collections4.multimap.ArrayListValuedHashMap;
import org.apache.commons.collections4.trie.PatriciaTrie;

/** Apache commons-collections4: bags, bidi maps, multimaps, LRU map, tries, set algebra. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Bag<String> bag = new TreeBag<>(Arrays.asList("tea", "cup", "tea", "pot", "tea"));
    System.out.println(bag + " tea=" + bag.getCount("tea") + " unique=" + bag.uniqueSet());

    BidiMap<String, Integer> bidi = new TreeBidiMap<>();
    bidi.put("one", 1);
    bidi.put("two", 2);
    bidi.put("three", 3);
    System.out.println(
        bidi + " key of 2 = " + bidi.getKey(2) + " inverse " + bidi.inverseBidiMap());

    MultiValuedMap<String, String> multi = new ArrayListValuedHashMap<>();
    multi.put("drinks", "tea");
    multi.put("drinks", "coffee");
    multi.put("food", "bread");
    System.out.println("drinks " + multi.get("drinks") + " size " + multi.size());

    LRUMap<String, Integer> lru = new LRUMap<>(3);
    for (String k : new String[] {"a", "b", "c", "a", "d", "e"}) {
      lru.put(k, k.charAt(0) - 'a');
    }
    System.out.println("lru " + lru.keySet());

    PatriciaTrie<Integer> trie = new PatriciaTrie<>();
    for (String w : new String[] {"samovar", "sample", "samurai", "tea", "teapot"}) {
      trie.put(w, w.length());
    }
    System.out.println(
        "prefix sam " + trie.prefixMap("sam").keySet() + " tea " + trie.prefixMap("tea"));

    List<Integer> a = Arrays.asList(1, 2, 3, 4, 5);
    List<Integer> b = Arrays.asList(4, 5, 6, 7);
    System.out.println(
        "union "
            + CollectionUtils.union(a, b)
            + " intersection "
            + CollectionUtils.intersection(a, b));
    System.out.println(
        "disjunction "
            + CollectionUtils.disjunction(a, b)
            + " partition "
            + ListUtils.partition(a, 2));
  }
}
