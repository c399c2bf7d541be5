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

/**
 * A Java exception thrown by an export (docs/abi.md, "Errors"): the module recorded it and stays
 * usable. `javaClass` is the exception's class name, `javaMessage` its message (or null),
 * `javaStackTrace` the Java stack trace text, `javaSuperclasses` its superclass names up to
 * java.lang.Throwable, so `isInstance('java.lang.IllegalArgumentException')` holds for a
 * NumberFormatException.
 */
export class JavaError extends Error {
  constructor(javaClass, javaMessage, javaStackTrace = '', javaSuperclasses = [], where = null) {
    super(`${javaClass}${javaMessage == null ? '' : `: ${javaMessage}`}${where ? ` (in ${where})` : ''}`);
    this.name = 'JavaError';
    this.javaClass = javaClass;
    this.javaMessage = javaMessage;
    this.javaStackTrace = javaStackTrace;
    this.javaSuperclasses = Object.freeze([...javaSuperclasses]);
  }

  /** Whether the Java exception is an instance of the named class (its own or a superclass). */
  isInstance(className) {
    return this.javaClass === className || this.javaSuperclasses.includes(className);
  }
}
