// Errors of the runtime. `samovarKind` survives the trip to Python (JsException exposes the JS
// error's properties), where _loader.py turns each kind into its Python exception class.

/** A WASI errno raised by a HostFs; the WASI layer returns `errno` to the guest. */
export class FsError extends Error {
  constructor(errno, message = `WASI errno ${errno}`) {
    super(message);
    this.name = 'FsError';
    this.errno = errno;
  }
}

/**
 * An error of a Java module: kind is one of
 *   'link'      the .wasm is invalid, not WASI, or built for another ABI
 *   'trap'      the wasm trapped (the instance is dead afterwards)
 *   'dead'      a call on an instance that trapped or exited earlier
 *   'exit'      Java called System.exit inside an export
 *   'closed'    a call after close()
 *   'usage'     a wrong argument to the runtime API
 *   'cancelled' an async call was cancelled (its worker was terminated)
 *   'worker'    a worker failed outside the Java code
 *   'remote'    an exception thrown inside an async call, described by `remote` {name, message, stack}
 */
export class SamovarError extends Error {
  constructor(kind, message, details = {}) {
    super(message);
    this.name = 'SamovarError';
    this.samovarKind = kind;
    Object.assign(this, details);
  }
}
