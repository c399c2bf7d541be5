package dev.samovar.runner.cli;

import dev.samovar.api.LimitException;
import dev.samovar.api.LinkException;
import dev.samovar.api.SamovarException;
import dev.samovar.api.SandboxException;
import dev.samovar.api.TrapException;

/**
 * Exit statuses of {@code samovar run}. A guest's own exit code passes through; the runner's own
 * failures use codes a guest rarely does, one per cause, so scripts can tell them apart.
 */
final class ExitCodes {
  static final int USAGE = 2;
  static final int BAD_MODULE = 65;
  static final int LINK = 69;
  static final int TIMEOUT = 124;
  static final int SANDBOX = 125;
  static final int TRAP = 134;
  static final int MEMORY = 137;

  private ExitCodes() {}

  static int of(SamovarException e) {
    if (e instanceof LimitException) {
      return "memory".equals(e.field("limit")) ? MEMORY : TIMEOUT;
    }
    if (e instanceof LinkException) {
      return e.getMessage().contains("not a valid WebAssembly")
              || e.getMessage().startsWith("No such module")
              || e.getMessage().startsWith("Cannot read")
              || e.getMessage().contains("accepts modules up to")
          ? BAD_MODULE
          : LINK;
    }
    if (e instanceof SandboxException) {
      return SANDBOX;
    }
    if (e instanceof TrapException) {
      return TRAP;
    }
    return 1;
  }
}
