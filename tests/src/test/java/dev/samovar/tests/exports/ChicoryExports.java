package dev.samovar.tests.exports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samovar.api.WasmJavaException;
import dev.samovar.runner.Engine;
import dev.samovar.runner.abi.AbiInstance;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases through {@link AbiInstance#invoke}, the typed ABI host the generated Java clients and
 * {@code samovar run --invoke} stand on, on Chicory or on any other {@link
 * dev.samovar.runner.abi.AbiEngine} (wasmtime). One instance for all cases, as a server would keep
 * one.
 */
record ChicoryExports(String name, Opener opener, boolean runsLarge) implements ExportHost {
  /** Opens the instance the cases run on. */
  @FunctionalInterface
  interface Opener {
    AbiInstance open(Path wasm);
  }

  /** On Chicory with our own WASI, as {@code AbiInstance.builder} opens it. */
  static ChicoryExports chicory(String name, Engine engine, boolean runsLarge) {
    return new ChicoryExports(
        name,
        wasm ->
            AbiInstance.builder(wasm)
                .engine(engine)
                .stdout(OutputStream.nullOutputStream())
                .stderr(OutputStream.nullOutputStream())
                .open(),
        runsLarge);
  }

  @Override
  public Map<String, String> run(ExportInputs in) throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode abi = json.readTree(in.abiJson().toFile());
    Path data = in.cases().resolveSibling("data");
    Map<String, String> out = new LinkedHashMap<>();
    try (AbiInstance m = opener.open(in.wasm())) {
      for (JsonNode c : json.readTree(in.cases().toFile())) {
        if (!runsLarge && c.path("large").asBoolean(false)) {
          continue;
        }
        if (c.has("handle")) {
          String h = c.get("handle").asText();
          JsonNode handle = null;
          for (JsonNode x : abi.get("handles")) {
            handle = x.get("name").asText().equals(h) ? x : handle;
          }
          List<String> results = new ArrayList<>();
          Object self = null;
          for (JsonNode op : c.get("ops")) {
            String call = op.get("call").asText();
            List<Object> args = new ArrayList<>();
            if (!call.equals("new")) {
              args.add(self);
            }
            for (JsonNode a : op.get("args")) {
              args.add(CaseArgs.decode(a, data));
            }
            String type = call.equals("new") ? "handle" : call.equals("close") ? "void" : null;
            if (type == null) {
              for (JsonNode meth : handle.get("methods")) {
                type = meth.get("name").asText().equals(call) ? JvmExports.resultType(meth) : type;
              }
            }
            Object[] result = {null};
            results.add(attempt(type, () -> result[0] = m.invoke(h + "_" + call, args.toArray())));
            if (call.equals("new")) {
              self = result[0];
            }
          }
          out.put(c.get("id").asText(), String.join(" ; ", results));
        } else {
          JsonNode fn = JvmExports.function(abi, c.get("call").asText());
          List<Object> args = new ArrayList<>();
          for (JsonNode a : c.get("args")) {
            args.add(CaseArgs.decode(a, data));
          }
          out.put(
              c.get("id").asText(),
              attempt(
                  JvmExports.resultType(fn),
                  () -> m.invoke(fn.get("export").asText(), args.toArray())));
        }
      }
    }
    return out;
  }

  private interface Call {
    Object call();
  }

  private static String attempt(String type, Call call) {
    try {
      Object r = call.call();
      if (type.equals("void")) {
        return "void";
      }
      return type.equals("handle") && r != null ? "handle" : Canonical.of(r);
    } catch (WasmJavaException e) {
      return Canonical.error(e.javaClassName(), e.javaMessage());
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
