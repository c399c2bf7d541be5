package dev.samovar.classlib.wasi;

import java.io.InputStream;
import java.util.Map;
import org.teavm.interop.Address;

/**
 * What {@code java.lang.System} does in a Samovar module, where TeaVM's WASI class library has a
 * gap: environment variables, {@code exit}, a monotonic {@code nanoTime} without the {@code
 * teavm.nanoTime} import, and a real {@code System.in}.
 */
public final class SystemImpl {
  private static InputStream in;

  private SystemImpl() {}

  public static String getenv(String name) {
    if (name == null) {
      throw new NullPointerException("name");
    }
    return Environment.get().get(name);
  }

  public static Map<String, String> getenv() {
    return Environment.get();
  }

  public static void exit(int status) {
    System.out.flush();
    System.err.flush();
    WasiImports.procExit(status);
  }

  public static long nanoTime() {
    long[] result = new long[1];
    WasiImports.clockTimeGet(WasiImports.CLOCK_MONOTONIC, 1, Address.ofData(result));
    return result[0];
  }

  public static InputStream in() {
    if (in == null) {
      in = new StdinStream();
    }
    return in;
  }
}
