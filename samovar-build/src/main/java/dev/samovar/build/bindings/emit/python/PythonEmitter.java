package dev.samovar.build.bindings.emit.python;

import dev.samovar.build.bindings.abi.AbiFunction;
import dev.samovar.build.bindings.abi.AbiHandle;
import dev.samovar.build.bindings.abi.AbiModel;
import dev.samovar.build.bindings.abi.AbiParam;
import dev.samovar.build.bindings.abi.Doc;
import dev.samovar.build.bindings.abi.Kind;
import dev.samovar.build.bindings.abi.Role;
import dev.samovar.build.bindings.emit.Names;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Python bindings stage: writes the package {@code <dir>/<module>/} — {@code __init__.py}
 * (typed functions and handle classes over the shared runtime), {@code __init__.pyi}, {@code
 * py.typed}, and the runtime files from the {@code samovar-pyodide-loader} jar ({@code
 * _samovar.py}, {@code _samovar_runtime.js}). The package is complete but for {@code
 * <module>.wasm}, which the wheel stage adds.
 */
public final class PythonEmitter {
  /** Where the pyodide-loader jar keeps the runtime files a package ships. */
  public static final String RUNTIME_RESOURCES = "dev/samovar/pyodide/runtime/";

  /** The runtime files every package holds, beside its generated files. */
  public static final List<String> RUNTIME_FILES = List.of("_samovar.py", "_samovar_runtime.js");

  private PythonEmitter() {}

  /** Writes the bindings of {@code model} as the package {@code dir/<module>}. */
  public static void write(AbiModel model, Path dir) {
    Path pkg = dir.resolve(model.module());
    try {
      Files.createDirectories(pkg);
      Files.writeString(pkg.resolve("__init__.py"), initPy(model));
      Files.writeString(pkg.resolve("__init__.pyi"), initPyi(model));
      Files.writeString(pkg.resolve("py.typed"), "");
      for (String file : RUNTIME_FILES) {
        Files.write(pkg.resolve(file), runtimeFile(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A runtime file from the pyodide-loader jar; fails naming the jar when it is not there. */
  public static byte[] runtimeFile(String file) {
    String resource = RUNTIME_RESOURCES + file;
    try (InputStream in = PythonEmitter.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "the Python runtime file "
                + resource
                + " is not on the class path: samovar-build needs the samovar-pyodide-loader jar"
                + " (rebuild pyodide-loader, which bundles it with scripts/bundle.mjs)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The generated {@code __init__.py}. */
  public static String initPy(AbiModel model) {
    PyWriter w = new PyWriter();
    header(w, model);
    w.line("from __future__ import annotations");
    w.line();
    w.line("from typing import TYPE_CHECKING");
    w.line();
    w.line("from . import _samovar");
    w.line("from ._samovar import (");
    for (String e : exceptionNames()) {
      w.line("    " + e + ",");
    }
    w.line(")");
    w.line();
    w.line("if TYPE_CHECKING:");
    w.line("    import array");
    w.line("    from collections.abc import Buffer, Sequence");
    w.line();
    all(w, model);
    w.line("MODULE = " + PyWriter.str(model.module()));
    w.line("INTERFACE = " + PyWriter.str(model.interfaceHash()));
    w.line("ABI = " + AbiModel.VERSION);
    w.line();
    w.line("_m = _samovar.load(__name__, MODULE, INTERFACE)");
    w.line("aio = _m.aio");
    w.line(
        "\"\"\"Async calls, each in a worker with its own instance: `await aio.<function>(...)`.\"\"\"");
    w.line();
    for (AbiFunction f : model.functions()) {
      w.line(specName(f) + " = _m.function(" + specArgs(f) + ")");
    }
    for (AbiHandle h : model.handles()) {
      for (AbiFunction f : handleExports(h)) {
        w.line(specName(f) + " = _m.method(" + specArgs(f) + ")");
      }
    }
    for (AbiFunction f : model.functions()) {
      w.line();
      w.line();
      w.line("def " + Names.python(f.name()) + "(" + params(f) + ") -> " + result(f) + ":");
      w.indent();
      docstring(w, f.doc(), f);
      w.line("return " + specName(f) + "(" + args(f) + ")");
      w.dedent();
    }
    if (!hasFunction(model, "close")) {
      w.line();
      w.line();
      w.line("def close() -> None:");
      w.indent();
      w.line(
          "\"\"\"Discards the module's instance (after a trap, or to free its memory); the next call"
              + " starts a fresh one.\"\"\"");
      w.line("_m.close()");
      w.dedent();
    }
    for (AbiHandle h : model.handles()) {
      handleClass(w, h, false);
    }
    w.line();
    w.line();
    for (AbiHandle h : model.handles()) {
      w.line("_m.register(" + h.name() + ")");
    }
    return w.toString();
  }

  /** The generated {@code __init__.pyi}: the same signatures, and typed async calls. */
  public static String initPyi(AbiModel model) {
    PyWriter w = new PyWriter();
    header(w, model);
    w.line("import array");
    w.line("from collections.abc import Buffer, Sequence");
    w.line();
    w.line("from . import _samovar");
    w.line("from ._samovar import (");
    for (String e : exceptionNames()) {
      w.line("    " + e + " as " + e + ",");
    }
    w.line(")");
    w.line();
    all(w, model);
    w.line("MODULE: str");
    w.line("INTERFACE: str");
    w.line("ABI: int");
    w.line();
    for (AbiFunction f : model.functions()) {
      w.line("def " + Names.python(f.name()) + "(" + params(f) + ") -> " + result(f) + ":");
      w.indent();
      docstring(w, f.doc(), f);
      w.line("...");
      w.dedent();
      w.line();
    }
    if (!hasFunction(model, "close")) {
      w.line("def close() -> None:");
      w.indent();
      w.line(
          "\"\"\"Discards the module's instance (after a trap, or to free its memory); the next call"
              + " starts a fresh one.\"\"\"");
      w.line("...");
      w.dedent();
      w.line();
    }
    for (AbiHandle h : model.handles()) {
      handleClass(w, h, true);
      w.line();
    }
    w.line("class _Aio(_samovar.Aio):");
    w.indent();
    w.line(
        "\"\"\"Async calls, each in a worker; map_chunks(fn, chunks, in_flight=2) streams them.\"\"\"");
    for (AbiFunction f : model.functions()) {
      if (usesHandles(f)) {
        continue;
      }
      String ps = params(f);
      w.line(
          "async def "
              + Names.python(f.name())
              + "(self"
              + (ps.isEmpty() ? "" : ", " + ps)
              + ") -> "
              + result(f)
              + ": ...");
    }
    w.dedent();
    w.line();
    w.line("aio: _Aio");
    return w.toString();
  }

  private static void header(PyWriter w, AbiModel model) {
    w.line(
        "# Generated by samovar-build from the Java module '"
            + model.module()
            + "' (Samovar ABI "
            + AbiModel.VERSION
            + ", interface "
            + model.interfaceHash()
            + "). Do not edit.");
    w.line("\"\"\"Python bindings of the Java module `" + model.module() + "`.");
    w.line();
    w.line("Arguments are checked before the module is called: a wrong type raises TypeError, a");
    w.line("str with a lone surrogate UnicodeEncodeError, both naming the parameter. Array");
    w.line("parameters take a list, a tuple or any buffer (bytes, bytearray, memoryview,");
    w.line("array.array, numpy arrays) of the right item type; array results are array.array");
    w.line("('i' int[], 'q' long[], 'f' float[], 'd' double[]), byte[] results are bytes, and a");
    w.line(
        "Java null is None. A Java exception raises a JavaError subclass named after its class.");
    w.line("\"\"\"");
    w.line();
  }

  private static List<String> exceptionNames() {
    return List.of(
        "ArithmeticException",
        "ArrayIndexOutOfBoundsException",
        "IllegalArgumentException",
        "IllegalStateException",
        "IndexOutOfBoundsException",
        "InstanceDead",
        "IOException",
        "JavaError",
        "ModuleLinkError",
        "NullPointerException",
        "NumberFormatException",
        "RuntimeException",
        "SamovarError",
        "UnsupportedOperationException",
        "WasmTrap");
  }

  private static void all(PyWriter w, AbiModel model) {
    List<String> names = new ArrayList<>(exceptionNames());
    for (AbiFunction f : model.functions()) {
      names.add(Names.python(f.name()));
    }
    for (AbiHandle h : model.handles()) {
      names.add(h.name());
    }
    names.add("aio");
    if (!hasFunction(model, "close")) {
      names.add("close");
    }
    names.sort(null);
    w.line("__all__ = [");
    for (String n : names) {
      w.line("    " + PyWriter.str(n) + ",");
    }
    w.line("]");
    w.line();
  }

  private static boolean hasFunction(AbiModel model, String pythonName) {
    return model.functions().stream().anyMatch(f -> Names.python(f.name()).equals(pythonName));
  }

  private static List<AbiFunction> handleExports(AbiHandle h) {
    List<AbiFunction> all = new ArrayList<>();
    if (h.constructor() != null) {
      all.add(h.constructor());
    }
    all.addAll(h.methods());
    all.add(h.close());
    return all;
  }

  private static void handleClass(PyWriter w, AbiHandle h, boolean stub) {
    if (!stub) {
      w.line();
      w.line();
    }
    w.line("class " + h.name() + "(_samovar.Handle):");
    w.indent();
    docstringText(
        w,
        h.doc(),
        null,
        "Java class " + h.javaClass() + " (a handle: close() it, or use `with`).");
    w.line();
    if (!stub) {
      w.line("__slots__ = ()");
      w.line("_samovar_name = " + PyWriter.str(h.name()));
      w.line();
    }
    AbiFunction ctor = h.constructor();
    if (ctor != null) {
      String ps = params(ctor);
      w.line("def __init__(self" + (ps.isEmpty() ? "" : ", " + ps) + ") -> None:");
      w.indent();
      docstring(w, ctor.doc(), ctor);
      w.line(stub ? "..." : "self._attach(" + specName(ctor) + "(" + args(ctor) + "))");
      w.dedent();
    } else if (!stub) {
      w.line("def __init__(self) -> None:");
      w.indent();
      w.line(
          "raise TypeError("
              + PyWriter.str(
                  h.name()
                      + " has no public constructor in Java; functions of the module return it")
              + ")");
      w.dedent();
    }
    for (AbiFunction m : h.methods()) {
      w.line();
      String ps = params(m);
      w.line(
          "def "
              + Names.python(m.name())
              + "(self"
              + (ps.isEmpty() ? "" : ", " + ps)
              + ") -> "
              + result(m)
              + ":");
      w.indent();
      docstring(w, m.doc(), m);
      w.line(stub ? "..." : "return " + specName(m) + "(self" + prefixed(args(m)) + ")");
      w.dedent();
    }
    w.line();
    w.line("def close(self) -> None:");
    w.indent();
    String closeDoc =
        "Releases the Java object (idempotent; later calls on it raise IllegalStateException).";
    docstringText(w, h.close().doc(), h.close(), closeDoc);
    w.line(stub ? "..." : "self._close(" + specName(h.close()) + ")");
    w.dedent();
    w.dedent();
  }

  private static String prefixed(String args) {
    return args.isEmpty() ? "" : ", " + args;
  }

  private static String specName(AbiFunction f) {
    return "_" + f.exportName();
  }

  private static String specArgs(AbiFunction f) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        PyWriter.str(
            f.role() == Role.FUNCTION
                ? Names.python(f.name())
                : f.handle() + "." + Names.python(f.name())));
    sb.append(", ").append(PyWriter.str(f.exportName()));
    if (f.handle() != null && f.role() != Role.CONSTRUCTOR) {
      sb.append(", ").append(PyWriter.str(f.handle()));
    } else if (f.role() == Role.CONSTRUCTOR) {
      sb.append(", None");
    }
    sb.append(", (");
    for (AbiParam p : f.params()) {
      sb.append('(')
          .append(PyWriter.str(Names.python(p.name())))
          .append(", ")
          .append(PyWriter.str(PythonTypes.code(p.type())))
          .append(", ")
          .append(p.nullable() ? "True" : "False")
          .append("), ");
    }
    if (!f.params().isEmpty()) {
      sb.setLength(sb.length() - 1);
    }
    String result =
        f.role() == Role.CONSTRUCTOR ? "new:" + f.handle() : PythonTypes.code(f.result());
    sb.append("), (")
        .append(PyWriter.str(result))
        .append(", ")
        .append(f.resultNullable() ? "True" : "False")
        .append(')');
    return sb.toString();
  }

  private static String params(AbiFunction f) {
    StringBuilder sb = new StringBuilder();
    for (AbiParam p : f.params()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(Names.python(p.name()))
          .append(": ")
          .append(PythonTypes.param(p.type(), p.nullable()));
    }
    return sb.toString();
  }

  private static String args(AbiFunction f) {
    StringBuilder sb = new StringBuilder();
    for (AbiParam p : f.params()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(Names.python(p.name()));
    }
    return sb.toString();
  }

  private static String result(AbiFunction f) {
    if (f.role() == Role.CONSTRUCTOR) {
      return "None";
    }
    return PythonTypes.result(f.result(), f.resultNullable());
  }

  private static boolean usesHandles(AbiFunction f) {
    if (f.result().kind() == Kind.HANDLE) {
      return true;
    }
    return f.params().stream().anyMatch(p -> p.type().kind() == Kind.HANDLE);
  }

  private static void docstring(PyWriter w, Doc doc, AbiFunction f) {
    docstringText(w, doc, f, "Calls the Java method " + f.javaDisplayName() + ".");
  }

  /** A Google-style docstring from the Javadoc; {@code fallback} when the Javadoc is empty. */
  private static void docstringText(PyWriter w, Doc doc, AbiFunction f, String fallback) {
    List<String> lines = new ArrayList<>();
    String text = doc.text().isBlank() ? fallback : doc.text().strip();
    lines.addAll(List.of(text.split("\n", -1)));
    if (f != null && !f.params().isEmpty()) {
      lines.add("");
      lines.add("Args:");
      for (AbiParam p : f.params()) {
        String d = doc.params().getOrDefault(p.name(), "").strip().replace("\n", " ");
        String java =
            p.type().spelling() + (p.nullable() && !p.type().kind().isBoxed() ? ", @Nullable" : "");
        lines.add(
            "    "
                + Names.python(p.name())
                + ": "
                + (d.isEmpty() ? "" : d + " ")
                + "(Java "
                + java
                + ")");
      }
    }
    if (f != null && f.result().kind() != Kind.VOID && f.role() != Role.CONSTRUCTOR) {
      String r = doc.returns().strip().replace("\n", " ");
      String note = PythonTypes.resultNote(f.result());
      if (!r.isEmpty() || !note.isEmpty()) {
        lines.add("");
        lines.add("Returns:");
        String both = r.isEmpty() ? note : note.isEmpty() ? r : r + " (" + note + ")";
        lines.add("    " + both);
      }
    }
    if (f != null && !doc.thrown().isEmpty()) {
      lines.add("");
      lines.add("Raises:");
      for (Doc.Thrown t : doc.thrown()) {
        lines.add("    " + t.type() + ": " + t.text().strip().replace("\n", " "));
      }
    }
    if (lines.size() == 1) {
      String one = PyWriter.docEscape(lines.get(0));
      w.line("\"\"\"" + one + (one.endsWith("\"") ? " " : "") + "\"\"\"");
      return;
    }
    w.line("\"\"\"" + PyWriter.docEscape(lines.get(0)));
    for (int i = 1; i < lines.size(); i++) {
      w.line(PyWriter.docEscape(lines.get(i)));
    }
    w.line("\"\"\"");
  }
}
