package dev.samovar.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public static method, or a public class whose instances cross the boundary as opaque
 * handles, as part of a module's typed WebAssembly interface.
 *
 * <p>The build plugin reads this annotation from the compiled classes (never from a hand-written
 * list) and generates the wasm shim exports and the Python, JavaScript and Java bindings.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.CONSTRUCTOR})
public @interface WasmExport {
  /** The exported name; defaults to the Java method (or class) name. */
  String name() default "";
}
