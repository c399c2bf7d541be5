/**
 * Portable math compiled into every module: Java translations of the fdlibm 5.3 algorithms that
 * {@code java.lang.StrictMath} is specified to follow, so results are bit-identical on every host
 * and equal to {@code StrictMath} on the JVM.
 *
 * <p>The algorithms and constants are those of fdlibm, which carries this notice:
 *
 * <pre>
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * </pre>
 *
 * <p>Nothing in this package may call {@code java.lang.Math} or {@code StrictMath}: in wasm those
 * calls are redirected here. IEEE primitives (sqrt, floor, ...) go through {@link
 * dev.samovar.classlib.math.WasmFloat}, which compiles to single wasm instructions.
 */
package dev.samovar.classlib.math;
