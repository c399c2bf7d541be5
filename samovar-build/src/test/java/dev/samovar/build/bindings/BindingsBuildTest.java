package dev.samovar.build.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.CustomSection;
import com.dylibso.chicory.wasm.types.UnknownCustomSection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samovar.api.BuildException;
import dev.samovar.build.BuildResult;
import dev.samovar.build.WasmBuild;
import dev.samovar.build.bindings.abi.AbiModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bindings pipeline through a real TeaVM build. */
class BindingsBuildTest {
  private static final Path TEST_CLASSES = Path.of("target", "test-classes").toAbsolutePath();
  private static final Path TEST_SOURCES = Path.of("src", "test", "java").toAbsolutePath();

  /** A directory holding just the named fixture class: the module's export root. */
  private static Path exportRoot(Path dir, String simpleName) throws IOException {
    String rel = "dev/samovar/build/bindings/fixtures/" + simpleName + ".class";
    Path target = dir.resolve(rel);
    Files.createDirectories(target.getParent());
    Files.copy(TEST_CLASSES.resolve(rel), target);
    return dir;
  }

  private static WasmBuild.Builder module(String name, Path root, Path out) {
    return WasmBuild.builder()
        .moduleName(name)
        .classPath(List.of(TEST_CLASSES))
        .exportRoots(List.of(root))
        .sourceRoots(List.of(TEST_SOURCES))
        .outputDirectory(out);
  }

  @Test
  void unsupportedTypesFailTheBuildNamingMethodAndType(@TempDir Path root, @TempDir Path out)
      throws IOException {
    BuildException e =
        assertThrows(
            BuildException.class,
            () -> module("bad", exportRoot(root, "BadSignatures"), out).build().run());
    String m = e.getMessage();
    assertTrue(m.contains("BadSignatures.size"), m);
    assertTrue(m.contains("java.util.List"), m);
    assertTrue(m.contains("BadSignatures.counts"), m);
    assertTrue(m.contains("java.util.Map"), m);
    assertTrue(m.contains("BadSignatures.first"), m);
    assertTrue(m.contains("char"), m);
    assertTrue(m.contains("String[]"), m + "\n(the message lists what is supported)");
  }

  @Test
  void exportsGetShimsSectionAndModelJson(@TempDir Path root, @TempDir Path out)
      throws IOException {
    BuildResult result = module("good", exportRoot(root, "GoodExports"), out).build().run();
    byte[] wasm = Files.readAllBytes(result.wasm());
    String section = customSection(wasm, AbiModel.SECTION);
    JsonNode s = new ObjectMapper().readTree(section);
    assertEquals(AbiModel.VERSION, s.get("abi").asInt());
    assertEquals("good", s.get("module").asText());
    assertEquals("scale(double[] xs, double factor) -> double[]", s.get("exports").get(0).asText());
    JsonNode full = new ObjectMapper().readTree(out.resolve("good.abi.json").toFile());
    assertEquals(s.get("interface").asText(), full.get("interface").asText());
    JsonNode scale = full.get("functions").get(0);
    assertEquals("xs", scale.get("params").get(0).get("name").asText());
    assertEquals("Scales every value.", scale.get("doc").get("text").asText());
    assertEquals(
        "the factor", scale.get("doc").get("params").path("factor").asText(), full::toString);
    assertTrue(Files.isDirectory(out.resolve("bindings/python")));
  }

  @Test
  void theJavaClientGoesInTheConfiguredPackage(@TempDir Path root, @TempDir Path out)
      throws IOException {
    module("good", exportRoot(root, "GoodExports"), out)
        .javaPackage("com.example.client")
        .build()
        .run();
    Path client = out.resolve("bindings/java/com/example/client/Good.java");
    assertTrue(Files.isRegularFile(client), "no " + client);
    assertTrue(Files.readString(client).contains("package com.example.client;"));
  }

  /** The content of the custom section called {@code name}, as UTF-8 (parsed by Chicory). */
  static String customSection(byte[] wasm, String name) {
    CustomSection section = Parser.parse(wasm).customSection(name);
    assertTrue(section instanceof UnknownCustomSection, "no custom section " + name);
    return new String(((UnknownCustomSection) section).bytes(), StandardCharsets.UTF_8);
  }
}
