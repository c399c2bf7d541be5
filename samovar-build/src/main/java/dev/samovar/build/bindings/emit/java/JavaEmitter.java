package dev.samovar.build.bindings.emit.java;

import dev.samovar.build.bindings.abi.AbiFunction;
import dev.samovar.build.bindings.abi.AbiHandle;
import dev.samovar.build.bindings.abi.AbiModel;
import dev.samovar.build.bindings.emit.Names;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Java bindings stage: writes a typed client of the module for JVM hosts, running it on Chicory
 * through {@code dev.samovar.runner.abi.AbiInstance} (so the client needs {@code
 * samovar-wasi-runner} on its class path).
 *
 * <p>For module {@code abifixture} the client is one source file, {@code Abifixture.java}: {@code
 * Abifixture.open(Path)} loads the module (refusing one with another interface hash), one typed
 * method per exported function, {@code newCounter(...)} per handle constructor, and one nested
 * {@code AutoCloseable} class per handle class.
 *
 * <p>The package is {@link #defaultPackage(AbiModel)} unless given: the longest package common to
 * the exported classes, plus {@code .wasm} (so {@code dev.samovar.core.Numeric} gives {@code
 * dev.samovar.core.wasm.Javacore}, which cannot clash with the module's own classes when both are
 * on one class path).
 */
public final class JavaEmitter {
  private JavaEmitter() {}

  /** Writes the client of {@code model} under {@code dir}, in {@link #defaultPackage}. */
  public static void write(AbiModel model, Path dir) {
    write(model, dir, defaultPackage(model));
  }

  /**
   * Writes the client of {@code model} under {@code dir} (as {@code <package path>/<Class>.java})
   * in package {@code javaPackage}.
   */
  public static void write(AbiModel model, Path dir, String javaPackage) {
    checkPackage(javaPackage);
    String source = source(model, javaPackage);
    Path file = dir.resolve(javaPackage.replace('.', '/')).resolve(className(model) + ".java");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The client's source text. */
  public static String source(AbiModel model, String javaPackage) {
    return new ClientWriter(model, javaPackage, className(model)).write();
  }

  /** {@code abifixture} → {@code Abifixture}; {@code my-core} → {@code MyCore}. */
  public static String className(AbiModel model) {
    String camel = Names.upperCamel(model.module().replace('-', '_').replace('.', '_'));
    StringBuilder sb = new StringBuilder();
    for (char c : camel.toCharArray()) {
      sb.append(Character.isJavaIdentifierPart(c) ? c : '_');
    }
    if (sb.length() == 0 || !Character.isJavaIdentifierStart(sb.charAt(0))) {
      sb.insert(0, 'M');
    }
    return sb.toString();
  }

  /**
   * The longest package shared by every exported class, plus {@code .wasm}; {@code
   * samovar.bindings} when they share none.
   */
  public static String defaultPackage(AbiModel model) {
    List<String> owners = new ArrayList<>();
    for (AbiFunction f : model.functions()) {
      owners.add(f.owner());
    }
    for (AbiHandle h : model.handles()) {
      owners.add(h.javaClass());
    }
    String common = null;
    for (String owner : owners) {
      int dot = owner.lastIndexOf('.');
      String pkg = dot < 0 ? "" : owner.substring(0, dot);
      common = common == null ? pkg : commonPackage(common, pkg);
    }
    return common == null || common.isEmpty() ? "samovar.bindings" : common + ".wasm";
  }

  private static String commonPackage(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(x.length, y.length) && x[i].equals(y[i]); i++) {
      sb.append(i > 0 ? "." : "").append(x[i]);
    }
    return sb.toString();
  }

  private static void checkPackage(String javaPackage) {
    for (String part : javaPackage.split("\\.", -1)) {
      boolean ok = !part.isEmpty() && Character.isJavaIdentifierStart(part.charAt(0));
      for (char c : part.toCharArray()) {
        ok &= Character.isJavaIdentifierPart(c);
      }
      if (!ok || JavaNames.KEYWORDS.contains(part.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "Java package '"
                + javaPackage
                + "' is not a valid package name (part '"
                + part
                + "'); use dotted identifiers such as com.example.wasm");
      }
    }
  }
}
