package dev.samovar.build.bindings.emit.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.build.bindings.abi.AbiFunction;
import dev.samovar.build.bindings.abi.AbiHandle;
import dev.samovar.build.bindings.abi.AbiModel;
import dev.samovar.build.bindings.abi.AbiParam;
import dev.samovar.build.bindings.abi.AbiType;
import dev.samovar.build.bindings.abi.Doc;
import dev.samovar.build.bindings.abi.Kind;
import dev.samovar.build.bindings.abi.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated Java client, compared with the expected source kept beside this test ({@code
 * src/test/resources/.../emit/java/*.golden}); {@code -Dbless=true} (or {@code BLESS=1}) rewrites
 * it: review the diff before committing. The client is compiled and run against real modules in the
 * {@code tests} module.
 */
class JavaEmitterTest {
  private static final Path GOLDEN =
      Path.of("src/test/resources/dev/samovar/build/bindings/emit/java");
  private static final String OWNER = "com.example.mini.Stats";
  private static final String ACC = "com.example.mini.Acc";

  private static AbiType t(Kind k) {
    return AbiType.of(k);
  }

  private static AbiFunction fn(
      String name, List<AbiParam> params, AbiType result, boolean nullable, Doc doc) {
    return new AbiFunction(
        name, name, Role.FUNCTION, OWNER, name, "()V", null, params, result, nullable, doc, false);
  }

  /** A small model touching every code path of the emitter: each kind, null, handles, docs. */
  static AbiModel small() {
    AbiType acc = new AbiType(Kind.HANDLE, "Acc", ACC);
    Doc scaleDoc =
        new Doc(
            "Scales every value of `xs` by `factor`: <b>NaN</b> stays NaN & so on.\n\n"
                + "A second paragraph with `a {b}` and `x < y` and an odd `}{` and a */ sequence.",
            Map.of("xs", "the values", "factor", "the `factor`"),
            "a new array",
            List.of(new Doc.Thrown("IllegalArgumentException", "if `xs` is empty")));
    List<AbiFunction> functions =
        List.of(
            fn(
                "describe",
                List.of(
                    new AbiParam("name", t(Kind.STRING), true),
                    new AbiParam("words", t(Kind.STRINGS), false),
                    new AbiParam("n", t(Kind.BOXED_INT), true),
                    new AbiParam("flag", t(Kind.BOXED_BOOLEAN), true),
                    new AbiParam("f", t(Kind.BOXED_FLOAT), true),
                    new AbiParam("d", t(Kind.BOXED_DOUBLE), true),
                    new AbiParam("l", t(Kind.BOXED_LONG), true)),
                t(Kind.STRING),
                false,
                Doc.EMPTY),
            fn(
                "kinds",
                List.of(
                    new AbiParam("b", t(Kind.BOOLEAN), false),
                    new AbiParam("i", t(Kind.INT), false),
                    new AbiParam("l", t(Kind.LONG), false),
                    new AbiParam("f", t(Kind.FLOAT), false),
                    new AbiParam("d", t(Kind.DOUBLE), false),
                    new AbiParam("bytes", t(Kind.BYTES), true),
                    new AbiParam("ints", t(Kind.INTS), false),
                    new AbiParam("longs", t(Kind.LONGS), false),
                    new AbiParam("floats", t(Kind.FLOATS), false)),
                t(Kind.BOOLEAN),
                false,
                Doc.EMPTY),
            fn(
                "open",
                List.of(new AbiParam("default", t(Kind.INT), false)),
                t(Kind.VOID),
                false,
                new Doc("A name that clashes with the client's own.", Map.of(), "", List.of())),
            fn("ratio", List.of(), t(Kind.BOXED_DOUBLE), true, Doc.EMPTY),
            fn(
                "scale",
                List.of(
                    new AbiParam("xs", t(Kind.DOUBLES), false),
                    new AbiParam("factor", t(Kind.DOUBLE), false)),
                t(Kind.DOUBLES),
                false,
                scaleDoc),
            fn("total", List.of(new AbiParam("acc", acc, true)), t(Kind.LONG), false, Doc.EMPTY));
    AbiFunction ctor =
        new AbiFunction(
            "Acc_new",
            "new",
            Role.CONSTRUCTOR,
            ACC,
            "<init>",
            "(Ljava/lang/String;)V",
            "Acc",
            List.of(new AbiParam("label", t(Kind.STRING), false)),
            acc,
            false,
            new Doc("An empty accumulator.", Map.of("label", "its label"), "", List.of()),
            false);
    AbiFunction add =
        new AbiFunction(
            "Acc_add",
            "add",
            Role.METHOD,
            ACC,
            "add",
            "(D)F",
            "Acc",
            List.of(new AbiParam("x", t(Kind.DOUBLE), false)),
            t(Kind.FLOAT),
            false,
            new Doc("Adds a value.", Map.of("x", "the value"), "the new sum", List.of()),
            false);
    AbiFunction merge =
        new AbiFunction(
            "Acc_merge",
            "merge",
            Role.METHOD,
            ACC,
            "merge",
            "(LAcc;)LAcc;",
            "Acc",
            List.of(new AbiParam("other", acc, false)),
            acc,
            true,
            Doc.EMPTY,
            false);
    AbiFunction close =
        new AbiFunction(
            "Acc_close",
            "close",
            Role.CLOSE,
            ACC,
            "close",
            "()V",
            "Acc",
            List.of(),
            t(Kind.VOID),
            false,
            Doc.EMPTY,
            true);
    AbiHandle handle =
        new AbiHandle(
            "Acc",
            ACC,
            ctor,
            List.of(add, merge),
            close,
            new Doc("A running sum.", Map.of(), "", List.of()));
    return new AbiModel("mini-stats", functions, List.of(handle));
  }

  @Test
  void clientOfASmallModuleMatchesTheGolden(@TempDir Path dir) throws IOException {
    AbiModel model = small();
    assertEquals("com.example.mini.wasm", JavaEmitter.defaultPackage(model));
    assertEquals("MiniStats", JavaEmitter.className(model));
    JavaEmitter.write(model, dir);
    Path file = dir.resolve("com/example/mini/wasm/MiniStats.java");
    String source = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(source.contains("\"" + model.interfaceHash() + "\""), "embeds the interface hash");
    golden("MiniStats.java.golden", source);
  }

  @Test
  void packageIsConfigurable(@TempDir Path dir) throws IOException {
    JavaEmitter.write(small(), dir, "org.acme.bindings");
    String source =
        Files.readString(dir.resolve("org/acme/bindings/MiniStats.java"), StandardCharsets.UTF_8);
    assertTrue(source.contains("package org.acme.bindings;"), source);
  }

  @Test
  void badPackageIsRefusedNamingIt(@TempDir Path dir) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> JavaEmitter.write(small(), dir, "org.class.x"));
    assertTrue(e.getMessage().contains("org.class.x"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JavaEmitter.write(small(), dir, "a..b"));
  }

  @Test
  void modulesWithoutACommonPackageGetAFallback() {
    AbiFunction a =
        new AbiFunction(
            "f",
            "f",
            Role.FUNCTION,
            "x.A",
            "f",
            "()V",
            null,
            List.of(),
            t(Kind.VOID),
            false,
            Doc.EMPTY,
            false);
    AbiFunction b =
        new AbiFunction(
            "g",
            "g",
            Role.FUNCTION,
            "y.B",
            "g",
            "()V",
            null,
            List.of(),
            t(Kind.VOID),
            false,
            Doc.EMPTY,
            false);
    assertEquals(
        "samovar.bindings",
        JavaEmitter.defaultPackage(new AbiModel("m", List.of(a, b), List.of())));
    assertEquals("x.wasm", JavaEmitter.defaultPackage(new AbiModel("m", List.of(a), List.of())));
  }

  private static void golden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("bless") || "1".equals(System.getenv("BLESS"))) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("missing golden file " + file + "; run with -Dbless=true");
    }
    assertEquals(
        Files.readString(file, StandardCharsets.UTF_8),
        actual,
        name + " differs; -Dbless=true refreshes it (review the diff)");
  }
}
