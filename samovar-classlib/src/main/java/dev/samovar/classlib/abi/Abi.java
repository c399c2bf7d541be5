package dev.samovar.classlib.abi;

import org.teavm.interop.Address;
import org.teavm.interop.Export;

/**
 * The wasm side of Samovar's typed ABI (docs/abi.md): the runtime exports a host uses to pass
 * buffers in and read errors out, and the helpers the generated export shims call.
 *
 * <p>Java arrays live in TeaVM's moving heap, so an address a host gets is valid only until its
 * next call into the module: a host allocates an argument, writes it at once, then allocates the
 * next; argument arrays stay reachable from {@link #ARGS} until the shim takes them. A result is
 * returned as the address of a Java array that nothing references any more; the host reads it
 * before its next call, so nothing has to be freed.
 */
public final class Abi {
  /** Version of the ABI this runtime implements (the {@code samovar.abi} custom section's). */
  public static final int VERSION = 1;

  /** Returned by a shim whose result is an address (array, string) when the call threw. */
  public static final int ERROR_ADDRESS = 1;

  /** Returned by a shim whose result is a handle when the call threw. */
  public static final int ERROR_HANDLE = -1;

  /** Returned by a void shim when the call threw (0 otherwise). */
  public static final int ERROR_STATUS = 1;

  /** Returned by a boolean shim when the call threw (0 or 1 otherwise). */
  public static final int ERROR_BOOLEAN = 2;

  /** Returned by an int shim when the call threw; the host then asks {@code samovar_abi_error}. */
  public static final int CHECK_INT = Integer.MIN_VALUE;

  /** Returned by a long shim when the call threw; the host then asks {@code samovar_abi_error}. */
  public static final long CHECK_LONG = Long.MIN_VALUE;

  private static final int MAX_ARGS = 256;
  private static final Object[] ARGS = new Object[MAX_ARGS];
  private static byte[] error;
  private static int lengthOffset = -1;

  private Abi() {}

  // ---- Exports a host calls directly ----

  /** The ABI version. */
  @Export(name = "samovar_abi_version")
  public static int version() {
    return VERSION;
  }

  /**
   * Array layout: {@code 0} gives the offset of an array's length from its address; 1, 2, 4 or 8
   * the offset of the data of an array of elements that wide.
   */
  @Export(name = "samovar_abi_layout")
  public static int layout(int what) {
    switch (what) {
      case 0:
        return lengthOffset();
      case 1:
        return offset(new byte[0]);
      case 2:
        return Address.ofData(new char[0]).toInt() - Address.ofObject(new char[0]).toInt();
      case 4:
        int[] ints = new int[0];
        return Address.ofData(ints).toInt() - Address.ofObject(ints).toInt();
      case 8:
        double[] doubles = new double[0];
        return Address.ofData(doubles).toInt() - Address.ofObject(doubles).toInt();
      default:
        return -1;
    }
  }

  /** A {@code byte[length]} for argument {@code index}; returns its data address (0: error). */
  @Export(name = "samovar_abi_arg_bytes")
  public static int argBytesAlloc(int index, int length) {
    try {
      byte[] a = new byte[length];
      ARGS[index] = a;
      return Address.ofData(a).toInt();
    } catch (Throwable t) {
      fail(t);
      return 0;
    }
  }

  /** An {@code int[length]} for argument {@code index}; returns its data address (0: error). */
  @Export(name = "samovar_abi_arg_i32s")
  public static int argIntsAlloc(int index, int length) {
    try {
      int[] a = new int[length];
      ARGS[index] = a;
      return Address.ofData(a).toInt();
    } catch (Throwable t) {
      fail(t);
      return 0;
    }
  }

  /** A {@code long[length]} for argument {@code index}; returns its data address (0: error). */
  @Export(name = "samovar_abi_arg_i64s")
  public static int argLongsAlloc(int index, int length) {
    try {
      long[] a = new long[length];
      ARGS[index] = a;
      return Address.ofData(a).toInt();
    } catch (Throwable t) {
      fail(t);
      return 0;
    }
  }

  /** A {@code float[length]} for argument {@code index}; returns its data address (0: error). */
  @Export(name = "samovar_abi_arg_f32s")
  public static int argFloatsAlloc(int index, int length) {
    try {
      float[] a = new float[length];
      ARGS[index] = a;
      return Address.ofData(a).toInt();
    } catch (Throwable t) {
      fail(t);
      return 0;
    }
  }

  /** A {@code double[length]} for argument {@code index}; returns its data address (0: error). */
  @Export(name = "samovar_abi_arg_f64s")
  public static int argDoublesAlloc(int index, int length) {
    try {
      double[] a = new double[length];
      ARGS[index] = a;
      return Address.ofData(a).toInt();
    } catch (Throwable t) {
      fail(t);
      return 0;
    }
  }

  /**
   * Takes the pending error: the address of a {@code byte[]} holding its record ({@link
   * ErrorRecord}), or 0 if the last call did not throw.
   */
  @Export(name = "samovar_abi_error")
  public static int takeError() {
    byte[] e = error;
    error = null;
    return e == null ? 0 : Address.ofObject(e).toInt();
  }

  /** Drops every argument written and not yet taken (after a host failed half-way). */
  @Export(name = "samovar_abi_clear")
  public static void clear() {
    for (int i = 0; i < MAX_ARGS; i++) {
      ARGS[i] = null;
    }
  }

  /** Handles issued and not yet closed (for leak checks). */
  @Export(name = "samovar_abi_live_handles")
  public static int liveHandles() {
    return Handles.live();
  }

  // ---- Helpers the generated shims call ----

  /** Records {@code t} as the pending error and drops the arguments. */
  public static void fail(Throwable t) {
    clear();
    try {
      error = ErrorRecord.of(t);
    } catch (Throwable e) {
      error = WireStrings.encode(new String[] {ErrorRecord.className(t), null, ""});
    }
  }

  private static Object take(int index, int present, String param) {
    Object o = ARGS[index];
    ARGS[index] = null;
    if (present == 0) {
      return null;
    }
    if (o == null) {
      throw new IllegalStateException(
          "Argument " + index + " (" + param + ") was not written before the call");
    }
    return o;
  }

  /** String argument {@code index}, or null when {@code present} is 0. */
  public static String argString(int index, int present, String param) {
    byte[] b = (byte[]) take(index, present, param);
    return b == null ? null : Utf8.decode(b, 0, b.length);
  }

  public static byte[] argBytes(int index, int present, String param) {
    return (byte[]) take(index, present, param);
  }

  public static int[] argInts(int index, int present, String param) {
    return (int[]) take(index, present, param);
  }

  public static long[] argLongs(int index, int present, String param) {
    return (long[]) take(index, present, param);
  }

  public static float[] argFloats(int index, int present, String param) {
    return (float[]) take(index, present, param);
  }

  public static double[] argDoubles(int index, int present, String param) {
    return (double[]) take(index, present, param);
  }

  public static String[] argStrings(int index, int present, String param) {
    byte[] b = (byte[]) take(index, present, param);
    return b == null ? null : WireStrings.decode(b);
  }

  /** The object behind a handle argument ({@code null} for 0). */
  public static Object argHandle(int handle) {
    return handle == 0 ? null : Handles.get(handle);
  }

  /** The object behind the receiver handle of a method; 0, closed or unknown handles throw. */
  public static Object receiver(int handle) {
    return Handles.get(handle);
  }

  /** Throws a {@link NullPointerException} naming the parameter when {@code value} is null. */
  public static void requireNonNull(Object value, String function, String param) {
    if (value == null) {
      throw new NullPointerException(
          "Parameter '" + param + "' of " + function + " is not @Nullable but null was passed");
    }
  }

  public static Boolean boxBoolean(int present, int value) {
    return present == 0 ? null : Boolean.valueOf(value != 0);
  }

  public static Integer boxInt(int present, int value) {
    return present == 0 ? null : Integer.valueOf(value);
  }

  public static Long boxLong(int present, long value) {
    return present == 0 ? null : Long.valueOf(value);
  }

  public static Float boxFloat(int present, float value) {
    return present == 0 ? null : Float.valueOf(value);
  }

  public static Double boxDouble(int present, double value) {
    return present == 0 ? null : Double.valueOf(value);
  }

  /** Address of an array result (0 for null); valid until the host's next call. */
  public static int retArray(Object array) {
    return array == null ? 0 : Address.ofObject(array).toInt();
  }

  public static int retString(String s) {
    return s == null ? 0 : Address.ofObject(Utf8.encode(s)).toInt();
  }

  public static int retStrings(String[] values) {
    return values == null ? 0 : Address.ofObject(WireStrings.encode(values)).toInt();
  }

  public static int retHandle(Object o) {
    return Handles.add(o);
  }

  public static int retBoxedBoolean(Boolean v) {
    return v == null ? 0 : retArray(new int[] {v ? 1 : 0});
  }

  public static int retBoxedInt(Integer v) {
    return v == null ? 0 : retArray(new int[] {v});
  }

  public static int retBoxedLong(Long v) {
    return v == null ? 0 : retArray(new long[] {v});
  }

  public static int retBoxedFloat(Float v) {
    return v == null ? 0 : retArray(new float[] {v});
  }

  public static int retBoxedDouble(Double v) {
    return v == null ? 0 : retArray(new double[] {v});
  }

  /** Closes a handle: forgets it and returns its object (for the class's own close()). */
  public static Object closeHandle(int handle) {
    return Handles.release(handle);
  }

  private static int offset(byte[] a) {
    return Address.ofData(a).toInt() - Address.ofObject(a).toInt();
  }

  /** Finds the length field by looking for a known length in an array's header. */
  private static int lengthOffset() {
    if (lengthOffset < 0) {
      byte[] probe = new byte[0x5A3C1];
      Address base = Address.ofObject(probe);
      int header = offset(probe);
      for (int off = 0; off + 4 <= header; off += 4) {
        if (base.add(off).getInt() == probe.length) {
          lengthOffset = off;
          break;
        }
      }
    }
    return lengthOffset;
  }
}
