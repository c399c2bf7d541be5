package dev.samovar.core.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code javacore} WASI command. Exit status: 0 on success, 1 when a file cannot be read or
 * written, 2 for bad usage; errors are one line on stderr starting with {@code javacore: }.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs one command line; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      return Commands.usage(err, "missing subcommand");
    }
    Command command = Commands.find(args[0]);
    if (command == null) {
      return Commands.usage(err, "unknown subcommand '" + args[0] + "'");
    }
    try {
      return command.run(Args.parse(args, command), out);
    } catch (UsageException e) {
      return Commands.usage(err, e.getMessage());
    } catch (FileException e) {
      err.println("javacore: " + e.getMessage());
      return 1;
    }
  }
}
