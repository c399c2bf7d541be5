/**
 * The Java stage of the bindings: a typed client per module for JVM hosts, over Chicory.
 *
 * <p>The build writes {@code target/samovar/bindings/java/<package>/<Module>.java}; add that
 * directory as a source root (for example with {@code build-helper-maven-plugin}'s {@code
 * add-source}) and depend on {@code samovar-wasi-runner}. Then:
 *
 * <pre>{@code
 * try (Javacore core = Javacore.open(Path.of("javacore.wasm"))) {
 *   double[] s = core.stats(new double[] {1, 2, 3});
 *   try (Javacore.RunningStats rs = core.newRunningStats()) {
 *     rs.add(new double[] {4, 5});
 *   }
 * }
 * }</pre>
 *
 * <p>Names: module {@code javacore} gives class {@code Javacore} in package {@code
 * dev.samovar.core.wasm} (the package shared by the exported classes, plus {@code .wasm}); {@link
 * dev.samovar.build.bindings.emit.java.JavaEmitter#write(dev.samovar.build.bindings.abi.AbiModel,
 * java.nio.file.Path, String)} takes another package. Each exported static method keeps its Java
 * name and parameter names; a handle class {@code RunningStats} becomes the nested {@code
 * Javacore.RunningStats} ({@code AutoCloseable}) created by {@code newRunningStats(...)}. Exports
 * whose names clash with a Java keyword or the client's own members ({@code open}, {@code close},
 * {@code abi}) get a trailing underscore.
 */
package dev.samovar.build.bindings.emit.java;
