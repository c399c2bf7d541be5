package dev.samovar.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Bytes#deflate} output is pinned: every host must produce these exact bytes, so a change
 * (say, a jzlib upgrade) has to show up as a reviewed diff of {@code golden/deflate.tsv}. Refresh
 * on purpose with {@code BLESS=1 mvn -pl wasm-core test -Dtest=DeflateGoldenTest}.
 */
class DeflateGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/deflate.tsv");

  static Map<String, byte[]> inputs() throws IOException {
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    inputs.put("empty", new byte[0]);
    inputs.put("one-byte", new byte[] {'a'});
    inputs.put("samples/in.txt", Files.readAllBytes(Path.of("samples/in.txt")));
    inputs.put("zeros-1MiB", new byte[1 << 20]);
    byte[] noise = new byte[100_000];
    new Random(50).nextBytes(noise);
    inputs.put("random-100000", noise);
    byte[] text = new byte[300_000];
    Random r = new Random(51);
    for (int i = 0; i < text.length; i++) {
      text[i] = (byte) (r.nextInt(4) == 0 ? r.nextInt(256) : 'a' + r.nextInt(6));
    }
    inputs.put("text-like-300000", text);
    return inputs;
  }

  private static String table() throws Exception {
    StringBuilder sb = new StringBuilder("# input\tinput bytes\tdeflate bytes\tsha256(deflate)\n");
    for (Map.Entry<String, byte[]> e : inputs().entrySet()) {
      byte[] packed = Bytes.deflate(e.getValue());
      sb.append(e.getKey())
          .append('\t')
          .append(e.getValue().length)
          .append('\t')
          .append(packed.length)
          .append('\t')
          .append(HexFormat.of().formatHex(Bytes.sha256(packed)))
          .append('\n');
    }
    return sb.toString();
  }

  @Test
  void deflateOutputMatchesTheGoldenTable() throws Exception {
    String actual = table();
    if ("1".equals(System.getenv("BLESS"))) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
  }
}
