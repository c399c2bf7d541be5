package dev.samovar.build;

import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.Parser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a built module on real engines (Chicory, V8 through Node) and its Java on the JVM. */
final class WasmRun {
  private WasmRun() {}

  /** stdout of the module's {@code _start} on Chicory's interpreter; fails on a non-zero exit. */
  static String chicory(Path wasm) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    WasiOptions options =
        WasiOptions.builder()
            .withStdout(out)
            .withStderr(err)
            .withArguments(List.of(wasm.getFileName().toString()))
            .build();
    try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(options).build()) {
      Instance instance =
          Instance.builder(Parser.parse(wasm))
              .withStart(false)
              .withImportValues(ImportValues.builder().addFunction(wasi.toHostFunctions()).build())
              .build();
      try {
        instance.export("_start").apply();
      } catch (WasiExitException e) {
        if (e.exitCode() != 0) {
          throw new AssertionError(
              "exit " + e.exitCode() + "\n" + err.toString(StandardCharsets.UTF_8));
        }
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** stdout of {@code main(new String[0])} run in this JVM. */
  static String jvm(Class<?> main) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      main.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    } finally {
      System.setOut(old);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * V8's verdict ({@code WebAssembly.validate} in Node): null if valid, else V8's compile error.
   */
  static String v8Error(Path wasm) throws IOException, InterruptedException {
    String script =
        "const b=require('fs').readFileSync(process.argv[1]);"
            + "if(WebAssembly.validate(b)){process.stdout.write('VALID')}else{"
            + "try{new WebAssembly.Module(b);process.stdout.write('MODULE OK BUT NOT VALID')}"
            + "catch(e){process.stdout.write(e.message)}}";
    Process p =
        new ProcessBuilder("node", "-e", script, wasm.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new AssertionError("node failed: " + text);
    }
    return text.equals("VALID") ? null : text;
  }
}
