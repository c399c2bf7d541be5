package dev.samovar.build.pkg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samovar.api.BuildException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wheel and lock files of the Pyodide packaging stage. */
class WheelTest {
  private static Path samovarDir(Path dir) throws IOException {
    Path pkg = Files.createDirectories(dir.resolve("bindings/python/demo"));
    Files.writeString(pkg.resolve("__init__.py"), "X = 1\n");
    Files.writeString(pkg.resolve("py.typed"), "");
    Files.createDirectories(pkg.resolve("__pycache__"));
    Files.writeString(pkg.resolve("__pycache__/x.pyc"), "junk");
    Files.write(dir.resolve("demo.wasm"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
    return dir;
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  @Test
  void wheelHoldsPackageWasmAndDistInfoWithVerifiableRecord(@TempDir Path dir) throws IOException {
    PyodidePackage.Result r =
        PyodidePackage.builder()
            .module("demo")
            .version("1.2.0-SNAPSHOT")
            .samovarDir(samovarDir(dir))
            .build()
            .write();
    assertEquals("demo-1.2.0.dev0-py3-none-any.whl", r.wheel().getFileName().toString());
    Map<String, byte[]> files = entries(Files.readAllBytes(r.wheel()));
    assertTrue(files.containsKey("demo/__init__.py"), files.keySet()::toString);
    assertTrue(files.containsKey("demo/demo.wasm"), files.keySet()::toString);
    assertTrue(files.keySet().stream().noneMatch(k -> k.contains("__pycache__")));
    String meta =
        new String(files.get("demo-1.2.0.dev0.dist-info/METADATA"), StandardCharsets.UTF_8);
    assertTrue(meta.contains("Name: demo\n") && meta.contains("Version: 1.2.0.dev0\n"), meta);
    String wheel = new String(files.get("demo-1.2.0.dev0.dist-info/WHEEL"), StandardCharsets.UTF_8);
    assertTrue(wheel.contains("Tag: py3-none-any") && wheel.contains("Root-Is-Purelib: true"));
    String record =
        new String(files.get("demo-1.2.0.dev0.dist-info/RECORD"), StandardCharsets.UTF_8);
    int checked = 0;
    for (String line : record.split("\n")) {
      String[] f = line.split(",", -1);
      if (f[0].endsWith("RECORD")) {
        assertEquals("", f[1]);
        continue;
      }
      byte[] content = files.get(f[0]);
      String hash =
          "sha256=" + Base64.getUrlEncoder().withoutPadding().encodeToString(Wheel.sha256(content));
      assertEquals(hash, f[1], f[0]);
      assertEquals(content.length, Integer.parseInt(f[2]), f[0]);
      checked++;
    }
    assertEquals(files.size() - 1, checked, "every file but RECORD is in RECORD");
    JsonNode entry = new ObjectMapper().readTree(r.entry().toFile());
    assertEquals(Wheel.sha256Hex(Files.readAllBytes(r.wheel())), entry.get("sha256").asText());
    assertEquals("demo", entry.get("imports").get(0).asText());
    assertEquals(r.wheel().getFileName().toString(), entry.get("file_name").asText());
  }

  @Test
  void sameInputGivesSameBytes(@TempDir Path dir) throws IOException {
    Wheel w =
        Wheel.builder()
            .name("demo")
            .version("1.0")
            .packageDir(samovarDir(dir).resolve("bindings/python/demo"))
            .build();
    assertArrayEquals(w.bytes(), w.bytes());
  }

  @Test
  void lockMergeAddsEntryKeepingBasePackages(@TempDir Path dir) throws IOException {
    Path base = dir.resolve("base-lock.json");
    Files.writeString(
        base,
        "{\"info\":{\"python\":\"3.14.2\"},\"packages\":{\"zzz\":{\"name\":\"zzz\"},"
            + "\"demo\":{\"name\":\"demo\",\"version\":\"0.0.1\"}}}");
    PyodidePackage.Result r =
        PyodidePackage.builder()
            .module("demo")
            .version("2.0")
            .samovarDir(samovarDir(dir))
            .baseLock(base)
            .build()
            .write();
    JsonNode lock = new ObjectMapper().readTree(r.lock().toFile());
    assertEquals("3.14.2", lock.get("info").get("python").asText());
    assertEquals("zzz", lock.get("packages").get("zzz").get("name").asText());
    assertEquals("2.0", lock.get("packages").get("demo").get("version").asText());
    assertEquals(r.sha256(), lock.get("packages").get("demo").get("sha256").asText());
  }

  @Test
  void hostileInputsFailNamingTheProblem(@TempDir Path dir) throws IOException {
    BuildException v = assertThrows(BuildException.class, () -> Wheel.pythonVersion("1.x-beta"));
    assertTrue(v.getMessage().contains("'1.x-beta'"), v.getMessage());
    BuildException n =
        assertThrows(
            BuildException.class,
            () -> Wheel.builder().name("no-dash").version("1").packageDir(dir).build());
    assertTrue(n.getMessage().contains("no-dash"), n.getMessage());
    Path badLock = dir.resolve("lock.json");
    Files.writeString(badLock, "{\"info\":{}}");
    BuildException l =
        assertThrows(
            BuildException.class,
            () ->
                PyodidePackage.builder()
                    .module("demo")
                    .version("1")
                    .samovarDir(samovarDir(dir))
                    .baseLock(badLock)
                    .build()
                    .write());
    assertTrue(l.getMessage().contains("packages"), l.getMessage());
    BuildException w =
        assertThrows(
            BuildException.class,
            () ->
                PyodidePackage.builder()
                    .module("absent")
                    .version("1")
                    .samovarDir(dir)
                    .build()
                    .write());
    assertTrue(w.getMessage().contains("absent.wasm"), w.getMessage());
  }
}
