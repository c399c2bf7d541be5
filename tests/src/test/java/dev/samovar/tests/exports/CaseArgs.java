package dev.samovar.tests.exports;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/** Decodes the arguments of {@code cases.json} (see {@link ExportCases}) into Java values. */
final class CaseArgs {
  private CaseArgs() {}

  static Object decode(JsonNode arg, Path dataDir) {
    String t = arg.get("t").asText();
    if (arg.has("file")) {
      byte[] raw = read(dataDir.resolve(arg.get("file").asText()));
      return switch (t) {
        case "byte[]" -> raw;
        case "double[]" -> {
          double[] d = new double[raw.length / 8];
          ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(d);
          yield d;
        }
        default -> throw new IllegalArgumentException("no file form for " + t);
      };
    }
    JsonNode v = arg.get("v");
    if (v == null || v.isNull()) {
      return null;
    }
    return switch (t) {
      case "int" -> v.asInt();
      case "long" -> Long.parseLong(v.asText());
      case "boolean" -> v.asBoolean();
      case "double" -> Double.longBitsToDouble(Long.parseUnsignedLong(v.asText(), 16));
      case "float" -> Float.intBitsToFloat(Integer.parseUnsignedInt(v.asText(), 16));
      case "String" -> v.asText();
      case "byte[]" -> HexFormat.of().parseHex(v.asText());
      case "int[]" -> {
        int[] a = new int[v.size()];
        for (int k = 0; k < a.length; k++) {
          a[k] = v.get(k).asInt();
        }
        yield a;
      }
      case "double[]" -> {
        double[] a = new double[v.size()];
        for (int k = 0; k < a.length; k++) {
          a[k] = Double.longBitsToDouble(Long.parseUnsignedLong(v.get(k).asText(), 16));
        }
        yield a;
      }
      default -> throw new IllegalArgumentException("unknown argument type " + t);
    };
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
