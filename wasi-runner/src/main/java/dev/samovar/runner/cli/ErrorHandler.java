package dev.samovar.runner.cli;

import dev.samovar.api.SamovarException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** One line on stderr per failure; the stack trace only with --verbose. */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    boolean verbose =
        parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose");
    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    cli.getErr().println("samovar: " + message.lines().findFirst().orElse(message));
    if (verbose) {
      e.printStackTrace(cli.getErr());
    }
    return e instanceof SamovarException ? ExitCodes.of((SamovarException) e) : 1;
  }
}
