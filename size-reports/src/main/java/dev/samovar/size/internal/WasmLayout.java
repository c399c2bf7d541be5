package dev.samovar.size.internal;

import dev.samovar.api.BuildException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Byte offsets and sizes of a wasm binary's sections and function bodies: the part Chicory's parser
 * does not expose. Everything else (types, exports, instructions) comes from Chicory.
 */
public final class WasmLayout {
  private static final byte[] MAGIC = {0, 'a', 's', 'm', 1, 0, 0, 0};
  private static final String[] SECTION_NAMES = {
    "custom",
    "type",
    "import",
    "function",
    "table",
    "memory",
    "global",
    "export",
    "start",
    "element",
    "code",
    "data",
    "datacount",
    "tag"
  };

  /** One section: {@code bytes} counts the id byte and the size prefix too. */
  public record Section(int id, String name, int offset, int bytes, int payloadOffset) {
    /** The display name: {@code code}, {@code data}, {@code custom:name}... */
    public String label() {
      return id == 0 ? "custom:" + name : name;
    }
  }

  private final String file;
  private final byte[] wasm;
  private final List<Section> sections;
  private final int[] bodyBytes;

  private WasmLayout(String file, byte[] wasm, List<Section> sections, int[] bodyBytes) {
    this.file = file;
    this.wasm = wasm;
    this.sections = sections;
    this.bodyBytes = bodyBytes;
  }

  /** Reads the layout; {@code file} only names the binary in error messages. */
  public static WasmLayout read(String file, byte[] wasm) {
    if (wasm.length < MAGIC.length || !Arrays.equals(wasm, 0, 8, MAGIC, 0, 8)) {
      throw new BuildException(
          file + " is not a wasm 1.0 binary (bad magic or version); pass the .wasm the build wrote",
          Map.of("path", file),
          null);
    }
    List<Section> sections = new ArrayList<>();
    int[] bodies = new int[0];
    Cursor c = new Cursor(file, wasm, MAGIC.length, wasm.length);
    while (c.pos < wasm.length) {
      int start = c.pos;
      int id = c.u8();
      int size = c.u32();
      int payload = c.pos;
      int end = payload + size;
      if (end > wasm.length || end < payload) {
        throw c.error("section " + id + " runs past the end of the file");
      }
      String name = id < SECTION_NAMES.length ? SECTION_NAMES[id] : "unknown" + id;
      if (id == 0) {
        Cursor n = new Cursor(file, wasm, payload, end);
        name = n.name();
      }
      sections.add(new Section(id, name, start, end - start, payload));
      if (id == 10) {
        bodies = readBodies(new Cursor(file, wasm, payload, end));
      }
      c.pos = end;
    }
    return new WasmLayout(file, wasm, List.copyOf(sections), bodies);
  }

  private static int[] readBodies(Cursor c) {
    int count = c.u32();
    if (count > c.end - c.pos) {
      throw c.error("code section claims " + count + " bodies");
    }
    int[] sizes = new int[count];
    for (int i = 0; i < count; i++) {
      int start = c.pos;
      int size = c.u32();
      c.pos += size;
      if (c.pos > c.end || size < 0) {
        throw c.error("function body " + i + " runs past the code section");
      }
      sizes[i] = c.pos - start;
    }
    return sizes;
  }

  public String file() {
    return file;
  }

  public int size() {
    return wasm.length;
  }

  public List<Section> sections() {
    return sections;
  }

  /** Bytes of each defined function's body, size prefix included, in code-section order. */
  public int[] bodyBytes() {
    return bodyBytes.clone();
  }

  /** Whether a custom section of this name is present. */
  public boolean hasCustomSection(String name) {
    return sections.stream().anyMatch(s -> s.id() == 0 && s.name().equals(name));
  }

  /** The raw bytes (header included) of each custom section, in file order. */
  public List<byte[]> customSectionBytes(String name) {
    List<byte[]> out = new ArrayList<>();
    for (Section s : sections) {
      if (s.id() == 0 && s.name().equals(name)) {
        out.add(Arrays.copyOfRange(wasm, s.offset(), s.offset() + s.bytes()));
      }
    }
    return out;
  }

  /** The whole code section's payload, to compare two binaries' code cheaply. */
  public byte[] codePayload() {
    for (Section s : sections) {
      if (s.id() == 10) {
        return Arrays.copyOfRange(wasm, s.payloadOffset(), s.offset() + s.bytes());
      }
    }
    return new byte[0];
  }

  /** This binary without the custom sections called {@code name}. */
  public byte[] withoutCustomSection(String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(wasm.length);
    out.write(wasm, 0, MAGIC.length);
    for (Section s : sections) {
      if (!(s.id() == 0 && s.name().equals(name))) {
        out.write(wasm, s.offset(), s.bytes());
      }
    }
    return out.toByteArray();
  }

  /** A bounds-checked LEB128 reader whose errors name the file and the offset. */
  static final class Cursor {
    private final String file;
    private final byte[] b;
    int pos;
    final int end;

    Cursor(String file, byte[] b, int pos, int end) {
      this.file = file;
      this.b = b;
      this.pos = pos;
      this.end = end;
    }

    int u8() {
      if (pos >= end) {
        throw error("unexpected end of data");
      }
      return b[pos++] & 0xFF;
    }

    int u32() {
      long result = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        int x = u8();
        result |= (long) (x & 0x7F) << shift;
        if ((x & 0x80) == 0) {
          if (result > Integer.MAX_VALUE) {
            throw error("LEB128 value " + result + " is too large");
          }
          return (int) result;
        }
      }
      throw error("LEB128 value longer than 5 bytes");
    }

    String name() {
      int len = u32();
      if (len > end - pos) {
        throw error("name of " + len + " bytes runs past its section");
      }
      String s = new String(b, pos, len, StandardCharsets.UTF_8);
      pos += len;
      return s;
    }

    BuildException error(String what) {
      return new BuildException(
          "Malformed wasm " + file + " at offset " + pos + ": " + what, Map.of("path", file), null);
    }
  }
}
