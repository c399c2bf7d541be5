package dev.samovar.runner.abi;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.CustomSection;
import com.dylibso.chicory.wasm.types.UnknownCustomSection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.samovar.api.LinkException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code samovar.abi} custom section a build writes into every module with typed exports: the
 * ABI version and the interface hash. A module without it, or with another ABI version, is refused
 * before instantiation.
 *
 * @param version the module's ABI version
 * @param module the module name
 * @param interfaceHash hash of the exported interface (names and types)
 * @param exports the exports' signatures, in the section's order
 * @param json the whole section
 */
public record AbiSection(
    int version, String module, String interfaceHash, List<AbiSignature> exports, JsonNode json) {
  /** The custom section's name. */
  public static final String NAME = "samovar.abi";

  /** The ABI version this host implements. */
  public static final int VERSION = 1;

  /**
   * The section of a parsed module, or null when it has none (a plain WASI module); a section of
   * another ABI version is refused as in {@link #read}.
   */
  public static AbiSection find(WasmModule module, Path wasm) {
    return module.customSection(NAME) instanceof UnknownCustomSection ? read(module, wasm) : null;
  }

  /** The section of a parsed module; {@code wasm} names it in errors. */
  public static AbiSection read(WasmModule module, Path wasm) {
    CustomSection section = module.customSection(NAME);
    if (!(section instanceof UnknownCustomSection)) {
      throw new LinkException(
          wasm
              + " has no "
              + NAME
              + " section: it was not built with typed exports (@WasmExport) by samovar-build",
          Map.of("module", wasm.toString(), "reason", "no-abi"),
          null);
    }
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(((UnknownCustomSection) section).bytes());
    } catch (IOException e) {
      throw new LinkException(
          wasm + " has a malformed " + NAME + " section: " + e.getMessage(),
          Map.of("module", wasm.toString(), "reason", "no-abi"),
          e);
    }
    int version = json.path("abi").asInt(-1);
    if (version != VERSION) {
      throw new LinkException(
          wasm
              + (version < 0 ? " records no Samovar ABI version" : " uses Samovar ABI " + version)
              + ", this host implements ABI "
              + VERSION
              + "; rebuild the module with the matching samovar-build or use a matching runner",
          Map.of(
              "module",
              wasm.toString(),
              "reason",
              "abi-version",
              "moduleAbi",
              "" + version,
              "hostAbi",
              "" + VERSION),
          null);
    }
    List<AbiSignature> exports = new ArrayList<>();
    for (JsonNode line : json.path("exports")) {
      try {
        exports.add(AbiSignature.parse(line.asText()));
      } catch (IllegalArgumentException e) {
        throw new LinkException(
            wasm + " has a malformed " + NAME + " section: " + e.getMessage(),
            Map.of("module", wasm.toString(), "reason", "no-abi"),
            e);
      }
    }
    return new AbiSection(
        version,
        json.path("module").asText(),
        json.path("interface").asText(),
        List.copyOf(exports),
        json);
  }

  /** The signature of {@code export}, or null when the module has no such typed export. */
  public AbiSignature signature(String export) {
    for (AbiSignature s : exports) {
      if (s.export().equals(export)) {
        return s;
      }
    }
    return null;
  }
}
