package dev.samovar.build.bindings.decode;

/**
 * A {@code @WasmExport} annotation as found in a class file.
 *
 * @param name its {@code name} value, or {@code ""} for the default
 */
public record ExportMark(String name) {}
