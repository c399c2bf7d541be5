package dev.samovar.runner.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code samovar}: run and inspect WebAssembly modules on the JVM. */
@Command(
    name = "samovar",
    mixinStandardHelpOptions = true,
    version = "samovar 0.1.0",
    description = "Run and inspect WASI modules on the JVM (Chicory), sandboxed.",
    subcommands = {RunCommand.class, InspectCommand.class})
public final class SamovarCli implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns the process exit status. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new SamovarCli());
    cli.setExecutionExceptionHandler(new ErrorHandler());
    // Everything after the module is the guest's, flags included (as wasmtime does).
    cli.setStopAtPositional(true);
    return cli.execute(args);
  }
}
