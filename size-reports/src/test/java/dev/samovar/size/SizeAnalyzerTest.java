package dev.samovar.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.BuildException;
import dev.samovar.size.SizeReport.ClassSize;
import dev.samovar.size.SizeReport.DataOwner;
import dev.samovar.size.SizeReport.MethodSize;
import dev.samovar.size.SizeReport.SectionSize;
import dev.samovar.size.internal.TeaVmStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SizeAnalyzerTest {
  private static SizeReport analyze(TeaVmFixtures.Built b, boolean withStats) {
    SizeAnalyzer.Builder builder =
        SizeAnalyzer.builder()
            .module("big")
            .binary(b.release())
            .namesBinary(b.named())
            .callGraph(b.classes());
    if (withStats) {
      builder.teavmStats(b.stats());
    }
    return builder.build().analyze();
  }

  @Test
  void sectionsAddUpToTheWholeFile() throws Exception {
    TeaVmFixtures.Built big = TeaVmFixtures.big();
    SizeReport r = analyze(big, false);
    long sum = 8;
    for (SectionSize s : r.sections()) {
      sum += s.bytes();
    }
    assertEquals(Files.size(big.release()), r.sizes().raw());
    assertEquals(r.sizes().raw(), sum);
    long code = r.sections().stream().filter(s -> s.id() == 10).mapToLong(SectionSize::bytes).sum();
    assertTrue(
        code > r.code().bodyBytes() && code - r.code().bodyBytes() <= 11, code + " vs bodies");
  }

  @Test
  void perClassCodeMatchesWhatTeaVmMeasuredWhileWritingIt() {
    TeaVmFixtures.Built big = TeaVmFixtures.big();
    SizeReport r = analyze(big, false);
    TeaVmStats stats = TeaVmStats.read(big.stats());
    Map<String, Long> ours = new HashMap<>();
    for (MethodSize m : r.methods()) {
      String method = m.name().substring(m.className().length() + 1);
      if (!method.startsWith("(")) {
        ours.merge(m.className(), m.bytes(), Long::sum);
      }
    }
    int compared = 0;
    for (Map.Entry<String, long[]> e : stats.classes().entrySet()) {
      if (e.getValue()[0] > 0) {
        assertEquals(e.getValue()[0], ours.getOrDefault(e.getKey(), 0L), e.getKey());
        compared++;
      }
    }
    assertTrue(compared > 50, "only " + compared + " classes with code");
    assertEquals(0, r.attribution().guessedFunctions(), "every function mapped to a class");
  }

  private static int unnamed(SizeReport r) {
    return r.classes().stream()
        .filter(c -> c.name().equals("(unattributed)"))
        .mapToInt(ClassSize::functions)
        .sum();
  }

  @Test
  void treeMapIsAttributedToJavaUtil() {
    SizeReport r = analyze(TeaVmFixtures.big(), false);
    ClassSize treeMap =
        r.classes().stream()
            .filter(c -> c.name().equals("java.util.TreeMap"))
            .findFirst()
            .orElseThrow();
    assertEquals("java.util", treeMap.packageName());
    assertTrue(treeMap.codeBytes() > 0);
    assertTrue(r.topFunctions().size() == 30);
    for (int i = 1; i < r.topFunctions().size(); i++) {
      assertTrue(r.topFunctions().get(i - 1).bytes() >= r.topFunctions().get(i).bytes());
    }
  }

  @Test
  void stringScanAgreesWithTeaVmsOwnCount() {
    TeaVmFixtures.Built big = TeaVmFixtures.big();
    DataOwner scanned = analyze(big, false).data().owners().get(0);
    DataOwner exact = analyze(big, true).data().owners().get(0);
    assertEquals("strings", scanned.owner());
    assertEquals(TeaVmStats.read(big.stats()).stringBytes(), exact.bytes());
    double ratio = (double) scanned.bytes() / exact.bytes();
    assertTrue(Math.abs(ratio - 1) < 0.02, "heuristic " + scanned.bytes() + " vs " + exact.bytes());
    assertTrue(analyze(big, false).data().largestStrings().stream().allMatch(s -> s.bytes() >= 28));
  }

  @Test
  void dataOwnersAddUpToTheDataSection() {
    for (boolean stats : new boolean[] {false, true}) {
      SizeReport r = analyze(TeaVmFixtures.big(), stats);
      long data =
          r.sections().stream().filter(s -> s.id() == 11).mapToLong(SectionSize::bytes).sum();
      assertEquals(data, r.data().owners().stream().mapToLong(DataOwner::bytes).sum());
      assertTrue(r.data().owners().stream().allMatch(o -> o.bytes() >= 0), r.data().toString());
    }
  }

  @Test
  void classMetadataFromStatsIsAddedToClasses() {
    SizeReport r = analyze(TeaVmFixtures.big(), true);
    ClassSize string =
        r.classes().stream()
            .filter(c -> c.name().equals("java.lang.String"))
            .findFirst()
            .orElseThrow();
    assertTrue(string.metadataBytes() > 0);
    assertEquals(string.codeBytes() + string.metadataBytes(), string.bytes());
  }

  @Test
  void exportsReachEverythingButDeadCode() {
    SizeReport r = analyze(TeaVmFixtures.big(), false);
    SizeReport.ReachabilitySummary reach = r.reachability();
    assertEquals(
        r.code().functions(), reach.allExports().functions() + reach.unreachable().functions());
    assertEquals(r.code().bodyBytes(), reach.allExports().bytes() + reach.unreachable().bytes());
    SizeReport.ExportCost start =
        reach.exports().stream().filter(e -> e.name().equals("_start")).findFirst().orElseThrow();
    assertTrue(start.bytes() > reach.exportsWithoutMain().bytes());
    assertTrue(start.bytes() <= reach.allExports().bytes());
  }

  @Test
  void releaseBinaryWithoutNamesStillMeasures() {
    SizeReport r = SizeAnalyzer.builder().binary(TeaVmFixtures.small().release()).build().analyze();
    assertEquals("small", r.module());
    assertEquals(r.code().functions(), unnamed(r));
    assertNotNull(r.sizes());
  }

  @Test
  void namesFromAnotherBuildAreRefused() {
    BuildException e =
        assertThrows(
            BuildException.class,
            () ->
                SizeAnalyzer.builder()
                    .binary(TeaVmFixtures.small().release())
                    .namesBinary(TeaVmFixtures.big().named())
                    .build()
                    .analyze());
    assertTrue(e.getMessage().contains("is not the same build"), e.getMessage());
    assertTrue(e.getMessage().contains("big.wasm"), e.getMessage());
  }

  @Test
  void truncatedBinaryIsRefusedWithTheFileName(@TempDir Path dir) throws Exception {
    byte[] wasm = Files.readAllBytes(TeaVmFixtures.small().release());
    Path cut = dir.resolve("cut.wasm");
    Files.write(cut, java.util.Arrays.copyOf(wasm, wasm.length / 2));
    BuildException e =
        assertThrows(
            BuildException.class, () -> SizeAnalyzer.builder().binary(cut).build().analyze());
    assertTrue(e.getMessage().contains("cut.wasm"), e.getMessage());
  }

  @Test
  void notWasmIsRefusedWithTheFix(@TempDir Path dir) throws Exception {
    Path text = dir.resolve("module.wasm");
    Files.writeString(text, "<html>not found</html>");
    BuildException e =
        assertThrows(
            BuildException.class, () -> SizeAnalyzer.builder().binary(text).build().analyze());
    assertTrue(e.getMessage().contains("not a wasm 1.0 binary"), e.getMessage());
  }

  @Test
  void sameBinarySameReportBytes() {
    assertEquals(
        analyze(TeaVmFixtures.big(), true).toJson(), analyze(TeaVmFixtures.big(), true).toJson());
  }
}
