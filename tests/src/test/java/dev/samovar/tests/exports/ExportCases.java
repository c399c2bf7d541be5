package dev.samovar.tests.exports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The conformance cases for {@code javacore}'s exports: edge cases (empty, huge, NaN/±Inf/-0.0,
 * non-ASCII text, binary data, Java exceptions) written once as JSON that every host's runner
 * reads.
 *
 * <p>{@code cases.json} holds {@code [{"id", "call", "args"}]} for functions and {@code [{"id",
 * "handle", "ops": [{"call", "args"}]}]} for handle classes ({@code call} is {@code new}, a method
 * or {@code close}). An argument is {@code {"t": <Java type>, "v": <value>}}: {@code int} a number;
 * {@code long} a decimal string; {@code float}/{@code double} the raw bits in hex; {@code String} a
 * JSON string; {@code byte[]} hex; {@code int[]} numbers; {@code double[]} hex bits; large arrays
 * as {@code {"t", "file"}}, the little-endian bytes in {@code data/<file>}; {@code "v": null} for
 * null.
 */
public final class ExportCases {
  private static final JsonNodeFactory J = JsonNodeFactory.instance;

  /**
   * Inputs of at least this many elements (or chars, or bytes) make a case {@code "large": true}:
   * Chicory's interpreter leaves those out (minutes each); every other host runs them.
   */
  static final int LARGE = 200_000;

  private final ArrayNode cases = J.arrayNode();
  private final List<Runnable> pending = new ArrayList<>();
  private final Path dir;

  private ExportCases(Path dir) {
    this.dir = dir;
  }

  /** Writes {@code cases.json} and {@code data/} under {@code dir}; returns the file. */
  public static Path write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("data"));
    ExportCases c = new ExportCases(dir);
    c.numeric();
    c.text();
    c.bytes();
    c.runningStats();
    Path file = dir.resolve("cases.json");
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), c.cases);
    return file;
  }

  private void numeric() throws IOException {
    call("add/small", "add", i(1), i(2));
    call("add/overflow-wraps", "add", i(Integer.MAX_VALUE), i(1));
    call("add/min-by-minus-one", "add", i(Integer.MIN_VALUE), i(-1));
    double[] edge = {1, Double.NaN, -0.0, 0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    double[] big = random(1_000_000, 7);
    call("scale/empty", "scale", d(), f64(2));
    call("scale/edge", "scale", d(edge), f64(-1.5));
    call("scale/overflow", "scale", d(1e308, -1e308, Double.MIN_VALUE), f64(10));
    call("scale/1e6", "scale", file("random-1e6", big), f64(0.1));
    call("polyval/basic", "polyval", d(1, 2, 3), d(0, 1, -1, Double.NaN, 1e100));
    call("polyval/no-coefficients", "polyval", d(), d(1, 2));
    call("polyval/no-points", "polyval", d(2), d());
    call("stats/empty", "stats", d());
    call("stats/one", "stats", d(42));
    call("stats/small", "stats", d(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5));
    call("stats/nan", "stats", d(1, Double.NaN, 3));
    call("stats/infinities", "stats", d(Double.NEGATIVE_INFINITY, 0, Double.POSITIVE_INFINITY));
    call("stats/signed-zeros", "stats", d(-0.0, 0.0, -0.0));
    call("stats/1e6", "stats", file("random-1e6", big));
    call("sort/edge", "sort", d(3, -0.0, 0.0, Double.NaN, Double.NEGATIVE_INFINITY, 1));
    call("sort/1e6", "sort", file("random-1e6", big));
    call("histogram/basic", "histogram", d(1, 2, 2, 3, 3, 3, 10), i(4));
    call("histogram/empty", "histogram", d(), i(3));
    call("histogram/with-nan", "histogram", d(1, Double.NaN, 2), i(2));
    call("histogram/zero-bins", "histogram", d(1, 2), i(0));
    call("histogram/1e6", "histogram", file("random-1e6", big), i(50));
  }

  private void text() {
    String mixed = "Grüße, Ünïcödé! ☕ naïve café — 𝄞 music 😀 and 日本語のテキスト";
    call("countVowels/empty", "countVowels", s(""));
    call("countVowels/mixed", "countVowels", s(mixed));
    String words =
        "the quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!\n"
            + "Straße STRASSE straße — Ελληνικά ελληνικά 日本 日本";
    call("wordFrequencies/english", "wordFrequencies", s(words), i(5));
    call("wordFrequencies/all", "wordFrequencies", s(words), i(100));
    call("wordFrequencies/empty", "wordFrequencies", s(""), i(3));
    call("wordFrequencies/top-zero", "wordFrequencies", s(words), i(0));
    call("wordFrequencies/top-negative", "wordFrequencies", s(words), i(-1));
    call("wordFrequencies/large", "wordFrequencies", s(words.repeat(5000)), i(10));
    call("toUpper/german", "toUpper", s("straße"));
    call("toUpper/special", "toUpper", s("ǆ ﬁ ŉ ΐ ı i"));
    call("toUpper/emoji-and-nul", "toUpper", s("a\u0000b 😀 ꙁ"));
    call("toUpper/1MB", "toUpper", s("abcdé😀".repeat(1 << 17)));
    call("levenshtein/kitten", "levenshtein", s("kitten"), s("sitting"));
    call("levenshtein/empty", "levenshtein", s(""), s("abc"));
    call("levenshtein/emoji", "levenshtein", s("😀😁😂"), s("😀😂"));
  }

  private void bytes() throws IOException {
    byte[] all = new byte[256];
    for (int k = 0; k < 256; k++) {
      all[k] = (byte) k;
    }
    byte[] mb = new byte[1 << 20];
    new SplittableRandom(11).nextBytes(mb);
    byte[] text = "hello, hello, hello, world ☕\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
    call("crc32/empty", "crc32", b(new byte[0]));
    call("crc32/all-bytes", "crc32", b(all));
    call("crc32/1MB", "crc32", bytesFile("random-1MB", mb));
    call("sha256/empty", "sha256", b(new byte[0]));
    call("sha256/abc", "sha256", b("abc".getBytes(StandardCharsets.UTF_8)));
    call("sha256/1MB", "sha256", bytesFile("random-1MB", mb));
    call("deflate/empty", "deflate", b(new byte[0]));
    call("deflate/text", "deflate", b(text));
    call("deflate/1MB-random", "deflate", bytesFile("random-1MB", mb));
    byte[] deflated = jzlibDeflate(text);
    call("inflate/text", "inflate", b(deflated));
    byte[] corrupt = deflated.clone();
    corrupt[corrupt.length / 2] ^= 0x55;
    call("inflate/corrupt", "inflate", b(corrupt));
    call("inflate/not-zlib", "inflate", b(all));
    call("base64Encode/all-bytes", "base64Encode", b(all));
    call("base64Encode/empty", "base64Encode", b(new byte[0]));
    call("base64Decode/valid", "base64Decode", s("SGVsbG8sIOKYlSE="));
    call("base64Decode/invalid", "base64Decode", s("not base64!"));
    call("base64Decode/bad-padding", "base64Decode", s("SGVsbG8="));
  }

  private void runningStats() throws IOException {
    ObjectNode c = cases.addObject().put("id", "RunningStats/chunks").put("handle", "RunningStats");
    ArrayNode ops = c.putArray("ops");
    op(ops, "new");
    op(ops, "add", d(1, 2, 3));
    op(ops, "add", d());
    op(ops, "add", d(Double.NaN, -0.0));
    op(ops, "count");
    op(ops, "snapshot");
    op(ops, "add", file("random-1e5", random(100_000, 3)));
    op(ops, "snapshot");
    op(ops, "close");
    ObjectNode e = cases.addObject().put("id", "RunningStats/empty").put("handle", "RunningStats");
    ArrayNode eops = e.putArray("ops");
    op(eops, "new");
    op(eops, "count");
    op(eops, "snapshot");
    op(eops, "close");
  }

  // --- building blocks ---------------------------------------------------------------------

  private void call(String id, String fn, ObjectNode... args) {
    ObjectNode c = cases.addObject().put("id", id).put("call", fn);
    ArrayNode a = c.putArray("args");
    boolean large = false;
    for (ObjectNode arg : args) {
      a.add(arg);
      large |= arg.path("large").asBoolean(false);
    }
    if (large) {
      c.put("large", true);
    }
  }

  private static void op(ArrayNode ops, String call, ObjectNode... args) {
    ObjectNode o = ops.addObject().put("call", call);
    ArrayNode a = o.putArray("args");
    for (ObjectNode arg : args) {
      a.add(arg);
    }
  }

  private static ObjectNode arg(String type) {
    return J.objectNode().put("t", type);
  }

  private static ObjectNode i(int v) {
    return arg("int").put("v", v);
  }

  private static ObjectNode f64(double v) {
    return arg("double").put("v", bits(v));
  }

  private static ObjectNode s(String v) {
    ObjectNode n = arg("String").put("v", v);
    return v.length() >= LARGE ? n.put("large", true) : n;
  }

  private static ObjectNode b(byte[] v) {
    return arg("byte[]").put("v", HexFormat.of().formatHex(v));
  }

  private static ObjectNode d(double... v) {
    ObjectNode n = arg("double[]");
    ArrayNode a = n.putArray("v");
    for (double x : v) {
      a.add(bits(x));
    }
    return n;
  }

  private ObjectNode file(String name, double[] v) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    buf.asDoubleBuffer().put(v);
    Files.write(dir.resolve("data").resolve(name + ".bin"), buf.array());
    return arg("double[]").put("file", name + ".bin").put("large", v.length >= LARGE);
  }

  private ObjectNode bytesFile(String name, byte[] v) throws IOException {
    Files.write(dir.resolve("data").resolve(name + ".bin"), v);
    return arg("byte[]").put("file", name + ".bin").put("large", v.length >= LARGE);
  }

  private static String bits(double v) {
    return String.format("%016x", Double.doubleToRawLongBits(v));
  }

  /** Values spread over many magnitudes and signs, reproducible from the seed. */
  static double[] random(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] v = new double[n];
    for (int k = 0; k < n; k++) {
      v[k] = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-3, 6));
    }
    return v;
  }

  private static byte[] jzlibDeflate(byte[] data) {
    return dev.samovar.core.Bytes.deflate(data);
  }
}
