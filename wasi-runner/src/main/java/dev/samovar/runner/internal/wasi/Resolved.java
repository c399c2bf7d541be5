package dev.samovar.runner.internal.wasi;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a guest path leads inside a mount: the directory that holds the last name (every component
 * of it checked to be a real directory, no link left unresolved), the last name itself ({@code
 * null} when the path names that directory, as {@code "."} does) and its attributes, not following
 * a final link ({@code null} when nothing exists there yet).
 */
record Resolved(
    MountPoint mount,
    List<String> parent,
    String name,
    boolean trailingSlash,
    BasicFileAttributes attrs) {

  Path host() {
    Path dir = mount.host(parent);
    return name == null ? dir : dir.resolve(name);
  }

  boolean exists() {
    return attrs != null;
  }

  boolean isDirectory() {
    return attrs != null && attrs.isDirectory();
  }

  boolean isSymlink() {
    return attrs != null && attrs.isSymbolicLink();
  }

  /** The components of this location, relative to the mount root. */
  List<String> components() {
    List<String> all = new ArrayList<>(parent);
    if (name != null) {
      all.add(name);
    }
    return all;
  }

  /** A path that ends with a slash must name a directory. */
  Resolved requireDirectoryIfSlashed() {
    if (trailingSlash && attrs != null && !attrs.isDirectory()) {
      throw new WasiError(Errno.NOTDIR);
    }
    return this;
  }
}
