package dev.samovar.core.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand: its name, positional parameters, options ({@code "name=metavar"}), help text and
 * action.
 */
record Command(
    String name, List<String> positional, List<String> options, String help, Action action) {
  /** What a subcommand does with its parsed arguments. */
  interface Action {
    int run(Args args, PrintStream out);
  }

  int run(Args args, PrintStream out) {
    return action.run(args, out);
  }

  boolean hasOption(String option) {
    for (String o : options) {
      if (o.substring(0, o.indexOf('=')).equals(option)) {
        return true;
      }
    }
    return false;
  }

  String synopsis() {
    StringBuilder sb = new StringBuilder(name);
    for (String p : positional) {
      sb.append(" <").append(p).append('>');
    }
    for (String o : options) {
      int eq = o.indexOf('=');
      sb.append(" [--").append(o, 0, eq).append(' ').append(o.substring(eq + 1)).append(']');
    }
    return sb.toString();
  }
}
