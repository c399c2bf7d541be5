package dev.samovar.size;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samovar.api.BuildException;
import dev.samovar.size.SizeDiff.ClassChange;
import dev.samovar.size.SizeReport.ClassSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Size budgets that fail the build. {@code budgets.json} maps a module to limits in bytes, {@code
 * {"javacore": {"raw": 500000, "gzip": 160000}}} ({@code brotli} is allowed too); a report over any
 * limit raises a {@link BuildException} that names the budget, the size, and the top growth
 * contributors against the last accepted report, {@code accepted/<module>.json} beside the budgets
 * file.
 *
 * <p>Budgets only move by editing the file: lowering one is a one-number edit (the result suggests
 * it when there is headroom), raising one is an explicit edit a reviewer sees. Accepting a new
 * baseline ({@link #accept}) never changes a budget.
 */
public final class BudgetCheck {
  private static final List<String> LIMITS = List.of("raw", "gzip", "brotli");
  private final Path budgets;
  private final Path acceptedDir;
  private final int contributors;

  private BudgetCheck(Builder b) {
    this.budgets = b.budgets;
    this.acceptedDir =
        b.acceptedDir != null
            ? b.acceptedDir
            : budgets.toAbsolutePath().getParent().resolve("accepted");
    this.contributors = b.contributors;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Options: the budgets file is required. */
  public static final class Builder {
    private Path budgets;
    private Path acceptedDir;
    private int contributors = 5;

    private Builder() {}

    /** The {@code budgets.json} file (the repository keeps it at size-reports/budgets.json). */
    public Builder budgets(Path budgets) {
      this.budgets = budgets;
      return this;
    }

    /** Where accepted reports live (default: {@code accepted/} beside the budgets file). */
    public Builder acceptedDir(Path acceptedDir) {
      this.acceptedDir = acceptedDir;
      return this;
    }

    /** How many growth contributors a failure lists (default 5). */
    public Builder contributors(int contributors) {
      this.contributors = contributors;
      return this;
    }

    public BudgetCheck build() {
      if (budgets == null) {
        throw new BuildException("BudgetCheck needs .budgets(path to budgets.json)");
      }
      return new BudgetCheck(this);
    }
  }

  /**
   * The outcome of a check that passed.
   *
   * @param module the module
   * @param budgeted false when budgets.json has no entry for the module
   * @param lines one line per limit: size, budget, headroom (and a hint to lower it)
   */
  public record Result(String module, boolean budgeted, List<String> lines) {}

  /** Checks {@code report}; throws a {@link BuildException} when it is over a budget. */
  public Result check(SizeReport report) {
    String module = report.module();
    Map<String, Long> limits = limitsOf(module);
    if (limits.isEmpty()) {
      return new Result(
          module,
          false,
          List.of("no budget for '" + module + "' in " + budgets + " (add one to enforce it)"));
    }
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Long> e : limits.entrySet()) {
      Long size = sizeOf(report, e.getKey());
      long budget = e.getValue();
      if (size == null) {
        lines.add(e.getKey() + ": not measured (no brotli encoder on this platform)");
        continue;
      }
      if (size > budget) {
        throw overBudget(report, e.getKey(), size, budget);
      }
      long headroom = budget - size;
      String line =
          String.format(
              Locale.ROOT,
              "%s: %,d bytes, budget %,d (%,d to spare)",
              e.getKey(),
              size,
              budget,
              headroom);
      if (headroom * 20 > budget) {
        line += "; lower the budget to " + size + " in " + budgets + " to lock the gain in";
      }
      lines.add(line);
    }
    return new Result(module, true, List.copyOf(lines));
  }

  /** Writes {@code report} as the module's accepted baseline; budgets are not touched. */
  public Path accept(SizeReport report) {
    Path file = acceptedFile(report.module());
    report.write(file);
    return file;
  }

  /** The accepted report's path for {@code module}. */
  public Path acceptedFile(String module) {
    return acceptedDir.resolve(module + ".json");
  }

  private BuildException overBudget(SizeReport report, String limit, long size, long budget) {
    String module = report.module();
    StringBuilder msg = new StringBuilder();
    msg.append(
        String.format(
            Locale.ROOT,
            "Module '%s' is over its %s budget: %,d bytes > %,d (+%,d, %+.1f%%).%n",
            module,
            limit,
            size,
            budget,
            size - budget,
            100.0 * (size - budget) / budget));
    msg.append("Budget: ").append(budgets).append(" → \"").append(module).append("\".\"");
    msg.append(limit).append("\".\n");
    Path accepted = acceptedFile(module);
    if (Files.isRegularFile(accepted)) {
      SizeReport base = SizeReport.read(accepted);
      SizeDiff diff = SizeDiff.between(base, report);
      msg.append(
          String.format(
              Locale.ROOT,
              "Top growth against the accepted report %s (raw %,d → %,d):%n",
              accepted,
              diff.raw().before(),
              diff.raw().after()));
      List<ClassChange> top = diff.topGrowth(contributors);
      if (top.isEmpty()) {
        msg.append("  (no class grew; the growth is outside Java classes: data or sections)\n");
      }
      for (ClassChange c : top) {
        msg.append(String.format(Locale.ROOT, "  %+,9d  %s", c.delta(), c.name()));
        msg.append(c.added() ? " (new)" : "").append('\n');
      }
    } else {
      msg.append("No accepted report at ").append(accepted).append("; largest classes:\n");
      for (ClassSize c :
          report.classes().subList(0, Math.min(contributors, report.classes().size()))) {
        msg.append(String.format(Locale.ROOT, "  %,9d  %s%n", c.bytes(), c.name()));
      }
    }
    msg.append(
            "Fix: remove what pulled them in (`samovar size --why <class>` shows the call path),")
        .append(" or raise \"")
        .append(module)
        .append("\".\"")
        .append(limit)
        .append("\" in ")
        .append(budgets)
        .append(" (an explicit, reviewed edit) and accept the new baseline with")
        .append(" `samovar size --accept`.");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("module", module);
    fields.put("limit", limit);
    fields.put("size", Long.toString(size));
    fields.put("budget", Long.toString(budget));
    fields.put("path", budgets.toString());
    return new BuildException(msg.toString(), fields, null);
  }

  private static Long sizeOf(SizeReport report, String limit) {
    return switch (limit) {
      case "raw" -> report.sizes().raw();
      case "gzip" -> report.sizes().gzip();
      default -> report.sizes().brotli();
    };
  }

  private Map<String, Long> limitsOf(String module) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(budgets.toFile());
    } catch (IOException e) {
      throw new BuildException(
          "Cannot read budgets " + budgets + ": " + e.getMessage(),
          Map.of("path", budgets.toString()),
          e);
    }
    if (root == null || !root.isObject()) {
      throw bad(
          "is not a JSON object like {\"" + module + "\": {\"raw\": 500000, \"gzip\": 160000}}");
    }
    JsonNode entry = root.get(module);
    Map<String, Long> limits = new LinkedHashMap<>();
    if (entry == null) {
      return limits;
    }
    if (!entry.isObject()) {
      throw bad("\"" + module + "\" must be an object of limits, found " + entry);
    }
    for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      JsonNode v = entry.get(name);
      if (name.startsWith("$")) {
        continue;
      }
      if (!LIMITS.contains(name)) {
        throw bad("\"" + module + "\" has unknown limit \"" + name + "\"; use raw, gzip or brotli");
      }
      if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() <= 0) {
        throw bad("\"" + module + "\".\"" + name + "\" must be a positive byte count, found " + v);
      }
      limits.put(name, v.asLong());
    }
    return limits;
  }

  private BuildException bad(String what) {
    return new BuildException(
        "Budgets file " + budgets + " " + what, Map.of("path", budgets.toString()), null);
  }
}
