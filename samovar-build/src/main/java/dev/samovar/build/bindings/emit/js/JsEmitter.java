package dev.samovar.build.bindings.emit.js;

import dev.samovar.build.bindings.abi.AbiModel;
import dev.samovar.build.bindings.emit.Names;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The JS bindings stage: writes {@code <module>.mjs} (an ES module exporting {@code load(wasm,
 * options)}, typed functions named as the Java methods with their Javadoc, and handle classes) and
 * {@code <module>.d.ts} under a directory, with the runtime they import ({@code samovar-loader.mjs}
 * and its {@code .d.ts}, from the pyodide-loader resources) copied beside them.
 */
public final class JsEmitter {
  /** Where the pyodide-loader jar keeps the bundled runtime. */
  static final String RUNTIME_RESOURCES = "dev/samovar/pyodide/runtime/";

  /** The runtime files copied beside the bindings. */
  static final String[] RUNTIME_FILES = {"samovar-loader.mjs", "samovar-loader.d.ts"};

  private static final Set<String> JS_AWKWARD = Set.of("constructor", "prototype", "$runtime");

  private JsEmitter() {}

  /** Writes the bindings of {@code model} and the runtime under {@code dir}. */
  public static void write(AbiModel model, Path dir) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(model.module() + ".mjs"), MjsWriter.write(model));
      String dts = DtsWriter.write(model);
      Files.writeString(dir.resolve(model.module() + ".d.ts"), dts);
      // TypeScript (node16/nodenext/bundler resolution) types an import of x.mjs from x.d.mts only.
      Files.writeString(dir.resolve(model.module() + ".d.mts"), dts);
      copyRuntime(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies samovar-loader.mjs and .d.ts from the class path (the samovar-pyodide-loader jar). */
  static void copyRuntime(Path dir) throws IOException {
    for (String file : RUNTIME_FILES) {
      try (InputStream in =
          JsEmitter.class.getClassLoader().getResourceAsStream(RUNTIME_RESOURCES + file)) {
        if (in == null) {
          throw new IllegalStateException(
              "The JS runtime "
                  + RUNTIME_RESOURCES
                  + file
                  + " is not on the class path: samovar-build needs samovar-pyodide-loader (build"
                  + " pyodide-loader first; it bundles the runtime with node scripts/bundle.mjs)");
        }
        byte[] bytes = in.readAllBytes();
        Files.write(dir.resolve(file), bytes);
        if (file.endsWith(".d.ts")) {
          Files.write(dir.resolve(file.replaceFirst("\\.d\\.ts$", ".d.mts")), bytes);
        }
      }
    }
  }

  /** The JS name of a function or method: Java's, with a trailing underscore when awkward. */
  static String name(String javaName) {
    String js = Names.js(javaName);
    return JS_AWKWARD.contains(js) ? js + "_" : js;
  }

  /** The JS name of a parameter. */
  static String param(String javaName) {
    String js = Names.js(javaName);
    return js.equals("$f") || js.equals("$rt") ? js + "_" : js;
  }

  /** The TypeScript name of the object {@code load} resolves to. */
  static String moduleType(AbiModel model) {
    String name = Names.upperCamel(model.module().replaceAll("[^A-Za-z0-9_]", "_"));
    boolean clash = model.handles().stream().anyMatch(h -> h.name().equals(name));
    return clash ? name + "Module" : name;
  }

  /** A single-quoted JS string literal. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("'");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\'' -> sb.append("\\'");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('\'').toString();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
