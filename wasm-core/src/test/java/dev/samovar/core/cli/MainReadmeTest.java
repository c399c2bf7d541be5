package dev.samovar.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo in README.md is real: each {@code $ bin/samovar run} line prints what is shown. */
class MainReadmeTest {
  private static final String PREFIX =
      "$ bin/samovar run --dir wasm-core/samples::/data wasm-core/target/samovar/javacore.wasm ";

  @Test
  void everyDemoLineInTheReadmePrintsWhatTheReadmeShows() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    int checked = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith(PREFIX)) {
        continue;
      }
      List<String> args = new ArrayList<>();
      for (String arg : lines.get(i).substring(PREFIX.length()).split(" ")) {
        args.add(arg.replace("/data/", "samples/"));
      }
      StringBuilder shown = new StringBuilder();
      for (int j = i + 1; !lines.get(j).startsWith("$ ") && !lines.get(j).startsWith("```"); j++) {
        shown.append(lines.get(j).replace("/data/", "samples/")).append('\n');
      }
      MainTest.Result r = MainTest.run(args.toArray(new String[0]));
      assertEquals(new MainTest.Result(0, shown.toString(), ""), r, lines.get(i));
      checked++;
    }
    assertTrue(checked >= 2, "README demo lines found: " + checked);
  }
}
