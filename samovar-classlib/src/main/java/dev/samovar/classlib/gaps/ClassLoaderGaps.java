package dev.samovar.classlib.gaps;

import java.io.InputStream;

/**
 * {@code ClassLoader.getResourceAsStream} on the WASI backend: class-path resources are not packed
 * into the module, so every resource is missing (TeaVM's version needs JavaScript and does not
 * compile to WASI). Libraries that fall back when a resource is absent (joda-time's time-zone
 * database) keep working; their data is not there.
 */
public final class ClassLoaderGaps {
  private ClassLoaderGaps() {}

  public static InputStream getResourceAsStream(ClassLoader loader, String name) {
    return null;
  }
}
