package dev.samovar.build;

import java.nio.file.Path;
import java.util.List;

/**
 * What one build produced.
 *
 * @param wasm the release module ({@code <output>/<module>.wasm})
 * @param debugWasm the same code with the {@code name} section, for size attribution and traces
 * @param imports every import of the module as {@code module.name}
 * @param millis wall-clock time of the TeaVM compilation
 */
public record BuildResult(Path wasm, Path debugWasm, List<String> imports, long millis) {}
