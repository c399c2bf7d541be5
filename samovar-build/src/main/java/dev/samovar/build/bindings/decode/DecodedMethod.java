package dev.samovar.build.bindings.decode;

import java.util.List;

/**
 * A method or constructor of a {@link DecodedClass}, as its class file describes it.
 *
 * @param name the JVM name ({@code <init>} for a constructor)
 * @param descriptor the JVM descriptor
 * @param access the JVM access flags
 * @param mark its {@code @WasmExport}, or null
 * @param paramNames parameter names from the class file (MethodParameters or the local variable
 *     table); an entry is null where the class file has none
 * @param paramNullable whether each parameter carries an annotation named {@code Nullable}
 * @param returnNullable whether the method carries an annotation named {@code Nullable}
 * @param line the first source line of its code, or -1
 */
public record DecodedMethod(
    String name,
    String descriptor,
    int access,
    ExportMark mark,
    List<String> paramNames,
    List<Boolean> paramNullable,
    boolean returnNullable,
    int line) {}
