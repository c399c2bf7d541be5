package dev.samovar.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.BuildException;
import dev.samovar.size.SizeDiff.ClassChange;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetCheckTest {
  /** A fresh TeaVM build of a fixture, reported under the module name "app". */
  private static SizeReport app(TeaVmFixtures.Built b) {
    return SizeAnalyzer.builder()
        .module("app")
        .binary(b.release())
        .namesBinary(b.named())
        .callGraph(b.classes())
        .build()
        .analyze();
  }

  private static BudgetCheck check(Path dir, String budgets) throws Exception {
    Path file = dir.resolve("budgets.json");
    Files.writeString(file, budgets);
    return BudgetCheck.builder().budgets(file).build();
  }

  @Test
  void moduleThatOutgrewItsBudgetFailsNamingTheBiggestContributor(@TempDir Path dir)
      throws Exception {
    SizeReport small = app(TeaVmFixtures.small());
    SizeReport big = app(TeaVmFixtures.big());
    long budget = small.sizes().gzip() + 1000;
    BudgetCheck check = check(dir, "{\"app\": {\"raw\": 10000000, \"gzip\": " + budget + "}}");
    check.accept(small);

    BuildException e = assertThrows(BuildException.class, () -> check.check(big));

    ClassChange biggest = SizeDiff.between(small, big).topGrowth(1).get(0);
    String msg = e.getMessage();
    assertTrue(msg.contains(biggest.name()), msg);
    assertTrue(msg.contains("over its gzip budget"), msg);
    assertTrue(msg.contains(String.format(java.util.Locale.ROOT, "%,d", big.sizes().gzip())), msg);
    assertTrue(msg.contains(String.format(java.util.Locale.ROOT, "%,d", budget)), msg);
    assertTrue(msg.contains("budgets.json"), msg);
    assertTrue(msg.contains("accepted" + java.io.File.separator + "app.json"), msg);
    assertEquals("app", e.field("module"));
    assertEquals("gzip", e.field("limit"));
    assertEquals(Long.toString(budget), e.field("budget"));
    assertFalse(SizeDiff.between(small, big).added().isEmpty());
    assertTrue(
        SizeDiff.between(small, big).added().stream()
            .anyMatch(c -> c.name().equals("java.util.TreeMap")));
  }

  @Test
  void withoutAcceptedReportTheLargestClassesAreListed(@TempDir Path dir) throws Exception {
    SizeReport big = app(TeaVmFixtures.big());
    BudgetCheck check = check(dir, "{\"app\": {\"raw\": 1000}}");
    BuildException e = assertThrows(BuildException.class, () -> check.check(big));
    assertTrue(e.getMessage().contains("No accepted report"), e.getMessage());
    assertTrue(e.getMessage().contains(big.classes().get(0).name()), e.getMessage());
    assertEquals("raw", e.field("limit"));
  }

  @Test
  void underBudgetPassesAndSuggestsLoweringWhenThereIsRoom(@TempDir Path dir) throws Exception {
    SizeReport small = app(TeaVmFixtures.small());
    long raw = small.sizes().raw();
    BudgetCheck check = check(dir, "{\"app\": {\"raw\": " + (raw * 2) + "}}");
    BudgetCheck.Result result = check.check(small);
    assertTrue(result.budgeted());
    assertTrue(
        result.lines().get(0).contains("lower the budget to " + raw), result.lines().toString());
    BudgetCheck tight = check(dir, "{\"app\": {\"raw\": " + raw + "}}");
    assertFalse(tight.check(small).lines().get(0).contains("lower"));
  }

  @Test
  void moduleWithoutBudgetIsReportedNotFailed(@TempDir Path dir) throws Exception {
    BudgetCheck.Result r =
        check(dir, "{\"other\": {\"raw\": 1}}").check(app(TeaVmFixtures.small()));
    assertFalse(r.budgeted());
  }

  @Test
  void typoInLimitNameIsRefusedWithTheFix(@TempDir Path dir) throws Exception {
    BudgetCheck check = check(dir, "{\"app\": {\"gzp\": 100}}");
    BuildException e =
        assertThrows(BuildException.class, () -> check.check(app(TeaVmFixtures.small())));
    assertTrue(e.getMessage().contains("unknown limit \"gzp\""), e.getMessage());
    assertTrue(e.getMessage().contains("raw, gzip or brotli"), e.getMessage());
  }

  @Test
  void negativeOrTextualBudgetIsRefused(@TempDir Path dir) throws Exception {
    for (String bad : new String[] {"-5", "\"500k\"", "1.5", "0"}) {
      BudgetCheck check = check(dir, "{\"app\": {\"raw\": " + bad + "}}");
      BuildException e =
          assertThrows(BuildException.class, () -> check.check(app(TeaVmFixtures.small())), bad);
      assertTrue(e.getMessage().contains("positive byte count"), e.getMessage());
    }
  }

  @Test
  void acceptWritesTheBaselineAndNeverTouchesBudgets(@TempDir Path dir) throws Exception {
    String budgets = "{\"app\": {\"raw\": 1}}";
    BudgetCheck check = check(dir, budgets);
    Path accepted = check.accept(app(TeaVmFixtures.small()));
    assertEquals(
        dir.resolve("accepted").resolve("app.json").toAbsolutePath(), accepted.toAbsolutePath());
    assertEquals("app", SizeReport.read(accepted).module());
    assertEquals(budgets, Files.readString(dir.resolve("budgets.json")));
  }
}
