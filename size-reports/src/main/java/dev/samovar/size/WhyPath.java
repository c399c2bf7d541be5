package dev.samovar.size;

import java.util.List;

/**
 * The shortest chain that makes a class or method reachable: the first step is a root, each next
 * step says how the previous one pulled it in ({@code call}, {@code new}, {@code supertype}...) and
 * where in the source.
 *
 * @param target what was asked about
 * @param steps root first, target last
 * @param fromDeclaredRoot false when no declared root reaches the target and the chain starts at a
 *     method TeaVM's runtime enters without a call site in the graph
 */
public record WhyPath(String target, List<Step> steps, boolean fromDeclaredRoot) {
  /**
   * One node of the chain.
   *
   * @param node a method ({@code cls.name(desc)ret}) or a class name
   * @param via how the previous step reaches it: {@code root}, {@code entered by runtime}, {@code
   *     call}, {@code new}, {@code class}, {@code instanceof}, {@code cast}, {@code newarray},
   *     {@code init}, {@code field}, {@code member} (a method's class), {@code supertype}
   * @param location {@code path/File.java:line} of that reference in the previous step, or null
   */
  public record Step(String node, String via, String location) {}

  /** A twiggy-like rendering, one step a line. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(target).append(" is here because:\n");
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      sb.append("  ".repeat(i + 1));
      if (i == 0) {
        sb.append(s.node()).append("  [").append(s.via()).append("]\n");
        continue;
      }
      sb.append("-> ").append(s.node()).append("  (").append(s.via());
      if (s.location() != null) {
        sb.append(" at ").append(s.location());
      }
      sb.append(")\n");
    }
    return sb.toString();
  }
}
