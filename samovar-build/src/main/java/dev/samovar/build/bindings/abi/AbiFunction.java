package dev.samovar.build.bindings.abi;

import java.util.List;

/**
 * One typed export and the shim export that carries it.
 *
 * @param exportName the wasm export name of its shim, e.g. {@code stats} or {@code
 *     RunningStats_add}
 * @param name the function's name in the bindings (Java method name; {@code new}/{@code close} for
 *     constructors and close)
 * @param role what it does
 * @param owner binary name of the Java class declaring it
 * @param javaName the JVM method name ({@code <init>} for constructors)
 * @param descriptor the JVM descriptor of the Java method
 * @param handle for constructors, methods and close: the handle's exported name; null otherwise
 * @param params its parameters (without the receiver)
 * @param result its result type ({@link Kind#VOID} for none; the handle for constructors)
 * @param resultNullable whether the result may be null
 * @param doc its documentation
 * @param calls for {@link Role#CLOSE}: whether the class has its own {@code close()} to call
 */
public record AbiFunction(
    String exportName,
    String name,
    Role role,
    String owner,
    String javaName,
    String descriptor,
    String handle,
    List<AbiParam> params,
    AbiType result,
    boolean resultNullable,
    Doc doc,
    boolean calls) {

  /** {@code Owner.method} as a Java programmer would name it. */
  public String javaDisplayName() {
    String simple = owner.substring(owner.lastIndexOf('.') + 1).replace('$', '.');
    return simple + "." + (javaName.equals("<init>") ? "<init>" : javaName);
  }
}
