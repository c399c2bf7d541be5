package dev.samovar.build.bindings.abi;

import java.util.List;

/**
 * A class whose instances cross the boundary as opaque handles.
 *
 * @param name its exported name (the class's simple name unless {@code @WasmExport(name=...)})
 * @param javaClass its binary name
 * @param constructor its exported constructor, or null (instances then come from functions)
 * @param methods its exported instance methods
 * @param close the close export
 * @param doc its documentation
 */
public record AbiHandle(
    String name,
    String javaClass,
    AbiFunction constructor,
    List<AbiFunction> methods,
    AbiFunction close,
    Doc doc) {}
