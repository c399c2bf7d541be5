package dev.samovar.runner.internal.wasi;

import com.dylibso.chicory.runtime.Memory;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The guest's linear memory seen through bounds checks: every pointer and length the guest passes
 * is an unsigned 32-bit value checked against the current memory size before any access, so a bad
 * one becomes {@code EFAULT} (or {@code EINVAL}) instead of a host exception.
 */
final class GuestMemory {
  /** Largest path or string the runner reads from the guest, in bytes. */
  static final int MAX_PATH = 4096;

  private final Memory memory;

  GuestMemory(Memory memory) {
    this.memory = memory;
  }

  private long size() {
    return memory == null ? 0 : (long) memory.pages() * 65536L;
  }

  /** Checks that [ptr, ptr+len) lies inside memory; both are unsigned 32-bit guest values. */
  int check(long ptr, long len) {
    long p = ptr & 0xFFFFFFFFL;
    long n = len & 0xFFFFFFFFL;
    if (p + n > size()) {
      throw new WasiError(Errno.FAULT);
    }
    return (int) p;
  }

  byte[] read(long ptr, long len) {
    int p = check(ptr, len);
    return memory.readBytes(p, (int) (len & 0xFFFFFFFFL));
  }

  void write(long ptr, byte[] data) {
    write(ptr, data, 0, data.length);
  }

  void write(long ptr, byte[] data, int off, int len) {
    int p = check(ptr, len);
    memory.write(p, data, off, len);
  }

  int readI32(long ptr) {
    return memory.readInt(check(ptr, 4));
  }

  long readI64(long ptr) {
    return memory.readLong(check(ptr, 8));
  }

  int readU8(long ptr) {
    return memory.read(check(ptr, 1)) & 0xFF;
  }

  int readU16(long ptr) {
    return memory.readShort(check(ptr, 2)) & 0xFFFF;
  }

  void writeI32(long ptr, int value) {
    memory.writeI32(check(ptr, 4), value);
  }

  void writeI64(long ptr, long value) {
    memory.writeLong(check(ptr, 8), value);
  }

  void writeU8(long ptr, int value) {
    memory.writeByte(check(ptr, 1), (byte) value);
  }

  void writeU16(long ptr, int value) {
    memory.writeShort(check(ptr, 2), (short) value);
  }

  void zero(long ptr, int len) {
    write(ptr, new byte[len]);
  }

  /**
   * A path argument: at most {@link #MAX_PATH} bytes ({@code ENAMETOOLONG}), valid UTF-8 ({@code
   * EILSEQ}) and free of NUL ({@code EINVAL}).
   */
  String path(long ptr, long len) {
    long n = len & 0xFFFFFFFFL;
    if (n > MAX_PATH) {
      check(ptr, len);
      throw new WasiError(Errno.NAMETOOLONG);
    }
    return utf8(read(ptr, len), true);
  }

  /** Strict UTF-8 decoding; NUL is refused when {@code refuseNul}. */
  static String utf8(byte[] bytes, boolean refuseNul) {
    if (refuseNul) {
      for (byte b : bytes) {
        if (b == 0) {
          throw new WasiError(Errno.INVAL);
        }
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new WasiError(Errno.ILSEQ);
    }
  }

  /** The (buf, len) pairs of an iovec array, each checked. */
  long[][] iovecs(long iovs, long count) {
    long n = count & 0xFFFFFFFFL;
    if (n > 1024) {
      throw new WasiError(Errno.INVAL);
    }
    int base = check(iovs, n * 8);
    long[][] result = new long[(int) n][];
    long total = 0;
    for (int i = 0; i < n; i++) {
      long buf = memory.readInt(base + i * 8) & 0xFFFFFFFFL;
      long len = memory.readInt(base + i * 8 + 4) & 0xFFFFFFFFL;
      check(buf, len);
      total += len;
      result[i] = new long[] {buf, len};
    }
    if (total > Integer.MAX_VALUE) {
      throw new WasiError(Errno.INVAL);
    }
    return result;
  }

  /** The bytes of a ciovec array, concatenated. */
  byte[] gather(long iovs, long count) {
    long[][] v = iovecs(iovs, count);
    int total = 0;
    for (long[] e : v) {
      total += (int) e[1];
    }
    byte[] out = new byte[total];
    int at = 0;
    for (long[] e : v) {
      byte[] part = memory.readBytes((int) e[0], (int) e[1]);
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    return out;
  }

  /** Writes {@code data[0..len)} across an iovec array already checked by {@link #iovecs}. */
  static void scatter(GuestMemory m, long[][] v, byte[] data, int len) {
    int at = 0;
    for (long[] e : v) {
      if (at >= len) {
        break;
      }
      int n = (int) Math.min(e[1], len - at);
      m.memory.write((int) e[0], data, at, n);
      at += n;
    }
  }

  static int total(long[][] v) {
    long t = 0;
    for (long[] e : v) {
      t += e[1];
    }
    return (int) t;
  }
}
