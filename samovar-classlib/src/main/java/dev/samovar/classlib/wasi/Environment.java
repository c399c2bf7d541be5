package dev.samovar.classlib.wasi;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.teavm.interop.Address;

/** The process environment, read once through {@code environ_sizes_get}/{@code environ_get}. */
final class Environment {
  private static Map<String, String> environment;

  private Environment() {}

  static Map<String, String> get() {
    if (environment == null) {
      environment = Collections.unmodifiableMap(read());
    }
    return environment;
  }

  private static Map<String, String> read() {
    int[] sizes = new int[2];
    Map<String, String> result = new LinkedHashMap<>();
    if (WasiImports.environSizesGet(Address.ofData(sizes), Address.ofData(sizes).add(4))
        != WasiImports.ERRNO_SUCCESS) {
      return result;
    }
    int count = sizes[0];
    int[] pointers = new int[count + 1];
    byte[] buffer = new byte[sizes[1] + 1];
    if (WasiImports.environGet(Address.ofData(pointers), Address.ofData(buffer))
        != WasiImports.ERRNO_SUCCESS) {
      return result;
    }
    int base = Address.ofData(buffer).toInt();
    for (int i = 0; i < count; i++) {
      int start = pointers[i] - base;
      int end = start;
      while (end < sizes[1] && buffer[end] != 0) {
        end++;
      }
      String entry = new String(buffer, start, end - start, StandardCharsets.UTF_8);
      int eq = entry.indexOf('=');
      if (eq > 0) {
        result.put(entry.substring(0, eq), entry.substring(eq + 1));
      }
    }
    return result;
  }
}
