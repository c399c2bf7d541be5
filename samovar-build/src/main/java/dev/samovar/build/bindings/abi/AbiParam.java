package dev.samovar.build.bindings.abi;

/**
 * A parameter of an export.
 *
 * @param name the Java parameter name
 * @param type its type
 * @param nullable whether null is allowed (boxed types, or {@code @Nullable})
 */
public record AbiParam(String name, AbiType type, boolean nullable) {}
