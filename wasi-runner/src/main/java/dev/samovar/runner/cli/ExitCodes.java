package dev.samovar.runner.cli;

import dev.samovar.api.LimitException;
import dev.samovar.api.LinkException;
import dev.samovar.api.SamovarException;
import dev.samovar.api.SandboxException;
import dev.samovar.api.TrapException;

/**
 * Exit statuses of {@code samovar}. A guest's own exit code passes through; the runner's failures
 * use codes a guest rarely does, one per cause, so scripts can tell them apart. The cause is read
 * from the exception's {@code reason} and {@code limit} fields, never from its message.
 */
final class ExitCodes {
  static final int USAGE = 2;
  static final int BAD_ARGUMENTS = 64;
  static final int NOT_WASM = 65;
  static final int NO_MODULE = 66;
  static final int MALFORMED = 67;
  static final int TOO_LARGE = 68;
  static final int UNKNOWN_IMPORT = 69;
  static final int MISSING_EXPORT = 70;
  static final int INTERPRETER_FALLBACK = 71;
  static final int TIMEOUT = 124;
  static final int SANDBOX = 125;
  static final int TRAP = 134;
  static final int MEMORY = 137;
  static final int OUTPUT = 141;

  private ExitCodes() {}

  static int of(SamovarException e) {
    if (e instanceof LimitException) {
      String limit = String.valueOf(e.field("limit"));
      return limit.equals("memory") ? MEMORY : limit.equals("output") ? OUTPUT : TIMEOUT;
    }
    if (e instanceof LinkException) {
      switch (String.valueOf(e.field("reason"))) {
        case "bad-arguments":
          return BAD_ARGUMENTS;
        case "not-wasm":
          return NOT_WASM;
        case "missing-file":
          return NO_MODULE;
        case "malformed":
          return MALFORMED;
        case "too-large":
          return TOO_LARGE;
        case "missing-export":
          return MISSING_EXPORT;
        case "interpreter-fallback":
          return INTERPRETER_FALLBACK;
        default:
          return UNKNOWN_IMPORT;
      }
    }
    if (e instanceof SandboxException) {
      return SANDBOX;
    }
    if (e instanceof TrapException) {
      return TRAP;
    }
    return 1;
  }

  /** The table printed by {@code samovar run --help}. */
  static final String TABLE =
      "Exit status: the guest's own, or 64 bad --invoke arguments, 65 not a wasm module,"
          + " 66 module file missing, 67 truncated or malformed module, 68 module too large,"
          + " 69 unknown import, 70 missing export, 71 function too large to compile"
          + " (--on-fallback fail), 124 time limit, 125 sandbox or flag error,"
          + " 134 trap, 137 memory limit, 141 output limit.";
}
