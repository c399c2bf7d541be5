package dev.samovar.core.cli;

import java.util.HashMap;
import java.util.Map;

/** Parsed arguments of one subcommand: positional values by name and {@code --option value}s. */
final class Args {
  private final Map<String, String> values = new HashMap<>();

  private Args() {}

  static Args parse(String[] argv, Command command) {
    Args args = new Args();
    int position = 0;
    for (int i = 1; i < argv.length; i++) {
      String a = argv[i];
      if (a.startsWith("--") && a.length() > 2) {
        int eq = a.indexOf('=');
        String name = a.substring(2, eq < 0 ? a.length() : eq);
        if (!command.hasOption(name)) {
          throw new UsageException(command.name() + ": unknown option '--" + name + "'");
        }
        if (eq < 0 && i + 1 >= argv.length) {
          throw new UsageException(command.name() + ": option '" + a + "' needs a value");
        }
        if (args.values.containsKey(name)) {
          throw new UsageException(command.name() + ": option '--" + name + "' given twice");
        }
        args.values.put(name, eq < 0 ? argv[++i] : a.substring(eq + 1));
      } else {
        if (position >= command.positional().size()) {
          throw new UsageException(command.name() + ": unexpected argument '" + a + "'");
        }
        args.values.put(command.positional().get(position++), a);
      }
    }
    if (position < command.positional().size()) {
      throw new UsageException(
          command.name() + ": missing <" + command.positional().get(position) + ">");
    }
    return args;
  }

  String get(String name) {
    return values.get(name);
  }

  int intOption(String name, int defaultValue, int min) {
    String v = values.get(name);
    if (v == null) {
      return defaultValue;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " needs a whole number, got '" + v + "'");
    }
    if (n < min) {
      throw new UsageException("--" + name + " must be at least " + min + ", got " + n);
    }
    return n;
  }
}
