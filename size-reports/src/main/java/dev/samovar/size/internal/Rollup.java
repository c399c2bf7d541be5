package dev.samovar.size.internal;

import dev.samovar.size.SizeReport.ClassSize;
import dev.samovar.size.SizeReport.FunctionSize;
import dev.samovar.size.SizeReport.MethodSize;
import dev.samovar.size.SizeReport.PackageSize;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Adds function bodies (and TeaVM's class metadata, when known) up by package, class, method. */
public final class Rollup {
  private final TeaVmStats stats;
  private final List<FunctionSize> functions = new ArrayList<>();
  private final Map<String, long[]> classCode = new TreeMap<>();
  private final Map<String, String> packageOf = new TreeMap<>();
  private final Map<String, long[]> methodCode = new TreeMap<>();
  private final Map<String, String> methodClass = new TreeMap<>();
  private int exact;
  private int guessed;

  public Rollup(TeaVmStats stats) {
    this.stats = stats;
    if (stats != null) {
      for (String cls : stats.classes().keySet()) {
        int dot = cls.lastIndexOf('.');
        packageOf.putIfAbsent(cls, dot < 0 ? "(default package)" : cls.substring(0, dot));
        classCode.computeIfAbsent(cls, k -> new long[2]);
      }
    }
  }

  /** Counts one function body of {@code bytes} (size prefix included). */
  public void add(int index, String wasmName, TeaVmNames.Owner owner, long bytes) {
    if (owner.exact()) {
      exact++;
    } else {
      guessed++;
    }
    functions.add(
        new FunctionSize(
            index, wasmName, owner.className(), owner.method(), owner.signature(), bytes));
    long[] c = classCode.computeIfAbsent(owner.className(), k -> new long[2]);
    c[0] += bytes;
    c[1]++;
    packageOf.put(owner.className(), owner.packageName());
    String key = owner.methodKey();
    long[] m = methodCode.computeIfAbsent(key, k -> new long[2]);
    m[0] += bytes;
    m[1]++;
    methodClass.put(key, owner.className());
  }

  public int exactFunctions() {
    return exact;
  }

  public int guessedFunctions() {
    return guessed;
  }

  public List<ClassSize> classes() {
    List<ClassSize> out = new ArrayList<>();
    for (Map.Entry<String, long[]> e : classCode.entrySet()) {
      long meta = stats == null ? 0 : stats.of(e.getKey())[1];
      long code = e.getValue()[0];
      out.add(
          new ClassSize(
              e.getKey(),
              packageOf.get(e.getKey()),
              code + meta,
              code,
              meta,
              (int) e.getValue()[1]));
    }
    out.sort(Comparator.comparingLong(ClassSize::bytes).reversed().thenComparing(ClassSize::name));
    return List.copyOf(out);
  }

  public List<PackageSize> packages() {
    Map<String, long[]> sums = new TreeMap<>();
    for (ClassSize c : classes()) {
      long[] s = sums.computeIfAbsent(c.packageName(), k -> new long[3]);
      s[0] += c.codeBytes();
      s[1] += c.metadataBytes();
      s[2] += c.functions();
    }
    List<PackageSize> out = new ArrayList<>();
    sums.forEach((name, s) -> out.add(new PackageSize(name, s[0] + s[1], s[0], s[1], (int) s[2])));
    out.sort(
        Comparator.comparingLong(PackageSize::bytes).reversed().thenComparing(PackageSize::name));
    return List.copyOf(out);
  }

  public List<MethodSize> methods() {
    List<MethodSize> out = new ArrayList<>();
    methodCode.forEach(
        (key, m) -> out.add(new MethodSize(key, methodClass.get(key), m[0], (int) m[1])));
    out.sort(
        Comparator.comparingLong(MethodSize::bytes).reversed().thenComparing(MethodSize::name));
    return List.copyOf(out);
  }

  public List<FunctionSize> topFunctions(int limit) {
    List<FunctionSize> out = new ArrayList<>(functions);
    out.sort(
        Comparator.comparingLong(FunctionSize::bytes)
            .reversed()
            .thenComparingInt(FunctionSize::index));
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }
}
