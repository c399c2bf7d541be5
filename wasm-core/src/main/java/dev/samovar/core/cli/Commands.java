package dev.samovar.core.cli;

import dev.samovar.core.Bytes;
import dev.samovar.core.Numeric;
import dev.samovar.core.Text;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The table of subcommands. */
final class Commands {
  private static final String[] STAT_NAMES = {
    "count", "mean", "variance", "min", "max", "p50", "p90", "p99"
  };

  static final List<Command> ALL =
      List.of(
          new Command(
              "wordcount",
              List.of("file"),
              List.of("out=<file>", "top=<n>"),
              "the n most frequent words of a UTF-8 text file (default 10), as 'word<TAB>count'",
              Commands::wordcount),
          new Command(
              "upper",
              List.of("in", "out"),
              List.of(),
              "write the upper-cased text of a UTF-8 file (Locale.ROOT)",
              Commands::upper),
          new Command(
              "stats",
              List.of("file"),
              List.of(),
              "count, mean, variance, min, max, p50, p90, p99 of the whitespace-separated"
                  + " numbers in a file",
              Commands::stats),
          new Command(
              "sha256",
              List.of("file"),
              List.of(),
              "SHA-256 digest of a file, printed as sha256sum does",
              Commands::sha256),
          new Command(
              "env",
              List.of(),
              List.of(),
              "print the environment as KEY=value lines, sorted by key",
              Commands::env),
          new Command("help", List.of(), List.of(), "print this help", Commands::help));

  private Commands() {}

  static Command find(String name) {
    for (Command c : ALL) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  static int usage(PrintStream err, String problem) {
    err.println("javacore: " + problem + " (run 'javacore help' for usage)");
    return 2;
  }

  private static int wordcount(Args args, PrintStream out) {
    int top = args.intOption("top", 10, 0);
    String result = Text.wordFrequencies(Files2.readText(args.get("file")), top);
    String target = args.get("out");
    if (target != null) {
      Files2.writeText(target, result);
    } else {
      out.print(result);
    }
    return 0;
  }

  private static int upper(Args args, PrintStream out) {
    Files2.writeText(args.get("out"), Text.toUpper(Files2.readText(args.get("in"))));
    return 0;
  }

  private static int stats(Args args, PrintStream out) {
    String path = args.get("file");
    double[] xs = Numbers.parse(path, Files2.readText(path));
    if (xs.length == 0) {
      throw new FileException(path + ": no numbers in the file");
    }
    double[] s = Numeric.stats(xs);
    for (int i = 0; i < STAT_NAMES.length; i++) {
      out.println(STAT_NAMES[i] + ": " + s[i]);
    }
    return 0;
  }

  private static int sha256(Args args, PrintStream out) {
    String path = args.get("file");
    byte[] digest = Bytes.sha256(Files2.read(path));
    StringBuilder hex = new StringBuilder();
    for (byte b : digest) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    out.println(hex + "  " + path);
    return 0;
  }

  private static int env(Args args, PrintStream out) {
    for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) {
      out.println(e.getKey() + "=" + e.getValue());
    }
    return 0;
  }

  private static int help(Args args, PrintStream out) {
    out.println("usage: javacore <subcommand> [arguments]");
    for (Command c : ALL) {
      out.println("  " + c.synopsis());
      out.println("      " + c.help());
    }
    out.println("options take '--name value' or '--name=value'.");
    out.println("exit status: 0 ok, 1 a file cannot be read or written, 2 bad usage.");
    return 0;
  }
}
