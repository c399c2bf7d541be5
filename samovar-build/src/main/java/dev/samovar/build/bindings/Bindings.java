package dev.samovar.build.bindings;

import dev.samovar.build.BuildLog;
import dev.samovar.build.bindings.abi.AbiJson;
import dev.samovar.build.bindings.abi.AbiModel;
import dev.samovar.build.bindings.abi.AbiModelBuilder;
import dev.samovar.build.bindings.decode.ClassScanner;
import dev.samovar.build.bindings.decode.DecodedClass;
import dev.samovar.build.bindings.decode.SourceDocs;
import dev.samovar.build.bindings.emit.java.JavaEmitter;
import dev.samovar.build.bindings.emit.js.JsEmitter;
import dev.samovar.build.bindings.emit.python.PythonEmitter;
import dev.samovar.build.bindings.emit.shim.ShimGenerator;
import dev.samovar.build.internal.WasmSections;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The typed-bindings pipeline, stage by stage (docs/abi.md): decode the compiled classes, build the
 * ABI model (refusing unsupported signatures), generate the primitive-only export shims that TeaVM
 * compiles with the module, record the interface in the module's {@code samovar.abi} custom
 * section, and emit the Python, JavaScript and Java bindings.
 */
public final class Bindings {
  /** The class every module with exports keeps whole: the ABI runtime's own exports. */
  public static final String RUNTIME_CLASS = "dev.samovar.classlib.abi.Abi";

  private Bindings() {}

  /**
   * The model of the {@code @WasmExport} declarations found in {@code exportRoots}, or {@code null}
   * when there are none; Javadoc and parameter names come from {@code sourceRoots}.
   */
  public static AbiModel model(
      String module, List<Path> exportRoots, List<Path> sourceRoots, BuildLog log) {
    List<DecodedClass> classes = ClassScanner.scan(exportRoots);
    if (classes.isEmpty()) {
      return null;
    }
    SourceDocs docs = SourceDocs.read(sourceRoots, classes, log);
    AbiModel model = AbiModelBuilder.build(module, classes, docs);
    return model.isEmpty() ? null : model;
  }

  /** Writes the shim class under {@code classesDir} (a class-path entry for TeaVM). */
  public static void writeShims(AbiModel model, Path classesDir) {
    ShimGenerator.write(model, classesDir);
  }

  /** {@code wasm} with the {@code samovar.abi} section recording the model's interface. */
  public static byte[] withAbiSection(byte[] wasm, AbiModel model) {
    return WasmSections.withCustomSection(wasm, AbiModel.SECTION, AbiJson.section(model));
  }

  /**
   * Writes {@code <module>.abi.json} under {@code out} and the bindings under {@code
   * out/bindings/{python,js,java}}.
   */
  public static void emit(AbiModel model, Path out) {
    emit(model, out, null);
  }

  /**
   * As {@link #emit(AbiModel, Path)}, with the Java client in {@code javaPackage} (null: default).
   */
  public static void emit(AbiModel model, Path out, String javaPackage) {
    try {
      Files.createDirectories(out);
      Files.write(out.resolve(model.module() + ".abi.json"), AbiJson.full(model));
      Path dir = out.resolve("bindings");
      PythonEmitter.write(model, Files.createDirectories(dir.resolve("python")));
      JsEmitter.write(model, Files.createDirectories(dir.resolve("js")));
      Path java = Files.createDirectories(dir.resolve("java"));
      if (javaPackage == null) {
        JavaEmitter.write(model, java);
      } else {
        JavaEmitter.write(model, java, javaPackage);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
