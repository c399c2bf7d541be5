package dev.samovar.core.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand: its name, positional parameters, options, help text and action. */
record Command(
    String name, List<String> positional, List<String> options, String help, Action action) {
  /** What a subcommand does with its parsed arguments. */
  interface Action {
    int run(Args args, PrintStream out);
  }

  int run(Args args, PrintStream out) {
    return action.run(args, out);
  }

  String synopsis() {
    StringBuilder sb = new StringBuilder(name);
    for (String p : positional) {
      sb.append(" <").append(p).append('>');
    }
    for (String o : options) {
      sb.append(" [--").append(o).append(" <").append(o).append(">]");
    }
    return sb.toString();
  }
}
