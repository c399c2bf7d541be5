package dev.samovar.size.internal;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import dev.samovar.size.SizeReport.DataOwner;
import dev.samovar.size.SizeReport.DataSummary;
import dev.samovar.size.SizeReport.StringConstant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the data section between string constants, class metadata and the rest.
 *
 * <p>The heuristic, and why it is sound enough: TeaVM's linear-memory backend ({@code
 * WasmStringPool}) lays out every string constant as a 16-byte {@code String} object (class word,
 * monitor 0, pointer to its characters, hash 0) immediately followed by its {@code char[]} (class
 * word, monitor 0, length, UTF-16 units). We accept a position only if the characters pointer
 * equals the address 16 bytes further, both monitors and the hash are 0, the length fits in the
 * segment, and the two class words are the most common pair among such matches. Class metadata has
 * no such self-pointer, so a false match needs a metadata record that happens to point 16 bytes
 * past itself with zeros in three fixed places. The scan can miss nothing TeaVM wrote this way, but
 * it cannot attribute strings to the classes that use them. Class metadata (class structures,
 * vtables) is only split out when TeaVM's stats file is given; without it, it stays in "other"
 * together with static fields, constant arrays and segment headers.
 */
public final class DataAttribution {
  private static final int MAX_STRINGS = 20;
  private static final int MAX_TEXT = 80;

  private DataAttribution() {}

  private record Match(int addr, int stringTag, int charsTag, int length) {}

  /** The data summary; {@code dataSectionBytes} is the section size header included. */
  public static DataSummary attribute(WasmModule module, long dataSectionBytes, TeaVmStats stats) {
    List<Match> matches = new ArrayList<>();
    Map<Long, Integer> pairs = new HashMap<>();
    List<byte[]> images = new ArrayList<>();
    List<Integer> bases = new ArrayList<>();
    DataSegment[] segments = module.dataSection().dataSegments();
    for (DataSegment segment : segments) {
      Integer base = constantOffset(segment);
      if (base == null) {
        continue;
      }
      byte[] d = segment.data();
      images.add(d);
      bases.add(base);
      scan(d, base, matches, pairs);
    }
    long bestPair = 0;
    int bestCount = 0;
    for (Map.Entry<Long, Integer> e : pairs.entrySet()) {
      if (e.getValue() > bestCount
          || (e.getValue() == bestCount && Long.compare(e.getKey(), bestPair) < 0)) {
        bestPair = e.getKey();
        bestCount = e.getValue();
      }
    }
    long heuristicBytes = 0;
    List<StringConstant> strings = new ArrayList<>();
    int count = 0;
    for (Match m : matches) {
      if (pairOf(m) != bestPair) {
        continue;
      }
      count++;
      long bytes = align4(28L + 2L * m.length());
      heuristicBytes += bytes;
      strings.add(new StringConstant(text(images, bases, m), m.length(), bytes));
    }
    strings.sort(
        Comparator.comparingLong(StringConstant::bytes)
            .reversed()
            .thenComparing(StringConstant::text));
    List<DataOwner> owners = new ArrayList<>();
    long strBytes = stats != null ? stats.stringBytes() : heuristicBytes;
    owners.add(
        new DataOwner(
            "strings",
            strBytes,
            count,
            stats != null
                ? "exact (TeaVM stats); count from the data scan"
                : "heuristic scan for String+char[] pairs"));
    long rest = dataSectionBytes - strBytes;
    if (stats != null) {
      long meta = stats.metadataBytes();
      owners.add(
          new DataOwner("class metadata", meta, stats.classes().size(), "exact (TeaVM stats)"));
      rest -= meta;
    }
    owners.add(
        new DataOwner(
            stats != null
                ? "other (static fields, constant arrays, runtime tables, segment headers)"
                : "other (class metadata, static fields, constant arrays, segment headers)",
            rest,
            0,
            "remainder"));
    return new DataSummary(
        dataSectionBytes,
        segments.length,
        List.copyOf(owners),
        List.copyOf(strings.subList(0, Math.min(MAX_STRINGS, strings.size()))));
  }

  private static void scan(byte[] d, int base, List<Match> out, Map<Long, Integer> pairs) {
    int first = (4 - (base & 3)) & 3;
    for (int p = first; p + 28 <= d.length; p += 4) {
      int addr = base + p;
      if (word(d, p + 8) != addr + 16
          || word(d, p + 4) != 0
          || word(d, p + 12) != 0
          || word(d, p + 20) != 0) {
        continue;
      }
      int length = word(d, p + 24);
      if (length < 0 || length > (d.length - p - 28) / 2) {
        continue;
      }
      Match m = new Match(addr, word(d, p), word(d, p + 16), length);
      out.add(m);
      pairs.merge(pairOf(m), 1, Integer::sum);
    }
  }

  private static long pairOf(Match m) {
    return ((long) m.stringTag() << 32) | (m.charsTag() & 0xFFFFFFFFL);
  }

  private static String text(List<byte[]> images, List<Integer> bases, Match m) {
    for (int i = 0; i < images.size(); i++) {
      int p = m.addr() - bases.get(i) + 28;
      byte[] d = images.get(i);
      if (p >= 0 && p + 2 * m.length() <= d.length) {
        int n = Math.min(m.length(), MAX_TEXT);
        char[] chars = new char[n];
        for (int k = 0; k < n; k++) {
          chars[k] = (char) ((d[p + 2 * k] & 0xFF) | (d[p + 2 * k + 1] & 0xFF) << 8);
        }
        return new String(chars) + (m.length() > MAX_TEXT ? "…" : "");
      }
    }
    return "";
  }

  private static Integer constantOffset(DataSegment segment) {
    if (!(segment instanceof ActiveDataSegment active)) {
      return null;
    }
    List<Instruction> init = active.offsetInstructions();
    if (init.isEmpty() || init.get(0).opcode() != OpCode.I32_CONST) {
      return null;
    }
    return (int) init.get(0).operand(0);
  }

  private static int word(byte[] d, int p) {
    return (d[p] & 0xFF)
        | (d[p + 1] & 0xFF) << 8
        | (d[p + 2] & 0xFF) << 16
        | (d[p + 3] & 0xFF) << 24;
  }

  private static long align4(long n) {
    return (n + 3) & ~3L;
  }
}
