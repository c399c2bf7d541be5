package dev.samovar.build.internal;

import dev.samovar.api.BuildException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Byte-level edits of a wasm binary: drop a custom section, append one. */
public final class WasmSections {
  private static final byte[] MAGIC = {0, 'a', 's', 'm', 1, 0, 0, 0};

  private WasmSections() {}

  /** The module without custom sections called {@code name}. */
  public static byte[] withoutCustomSection(byte[] wasm, String name) {
    checkHeader(wasm);
    ByteArrayOutputStream out = new ByteArrayOutputStream(wasm.length);
    out.write(wasm, 0, MAGIC.length);
    int pos = MAGIC.length;
    while (pos < wasm.length) {
      int start = pos;
      int id = wasm[pos++] & 0xFF;
      long[] size = readVarUint(wasm, pos);
      pos = (int) size[1];
      int end = pos + (int) size[0];
      if (end > wasm.length) {
        throw new BuildException("Truncated wasm section at offset " + start);
      }
      boolean drop = false;
      if (id == 0) {
        long[] nameLen = readVarUint(wasm, pos);
        int ns = (int) nameLen[1];
        String sectionName = new String(wasm, ns, (int) nameLen[0], StandardCharsets.UTF_8);
        drop = sectionName.equals(name);
      }
      if (!drop) {
        out.write(wasm, start, end - start);
      }
      pos = end;
    }
    return out.toByteArray();
  }

  /** The module with a custom section appended at the end. */
  public static byte[] withCustomSection(byte[] wasm, String name, byte[] content) {
    checkHeader(wasm);
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    writeVarUint(payload, nameBytes.length);
    payload.writeBytes(nameBytes);
    payload.writeBytes(content);
    ByteArrayOutputStream out = new ByteArrayOutputStream(wasm.length + payload.size() + 8);
    out.writeBytes(wasm);
    out.write(0);
    writeVarUint(out, payload.size());
    out.writeBytes(payload.toByteArray());
    return out.toByteArray();
  }

  private static void checkHeader(byte[] wasm) {
    if (wasm.length < MAGIC.length
        || !Arrays.equals(wasm, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new BuildException("Not a wasm 1.0 binary (bad magic or version)");
    }
  }

  private static long[] readVarUint(byte[] b, int pos) {
    long result = 0;
    int shift = 0;
    while (true) {
      if (pos >= b.length) {
        throw new BuildException("Truncated LEB128 at offset " + pos);
      }
      int x = b[pos++] & 0xFF;
      result |= (long) (x & 0x7F) << shift;
      if ((x & 0x80) == 0) {
        return new long[] {result, pos};
      }
      shift += 7;
    }
  }

  private static void writeVarUint(ByteArrayOutputStream out, long value) {
    do {
      int b = (int) (value & 0x7F);
      value >>>= 7;
      out.write(value != 0 ? b | 0x80 : b);
    } while (value != 0);
  }
}
