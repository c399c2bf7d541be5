package dev.samovar.runner.internal.wasi;

import java.nio.file.Path;
import java.util.List;

/**
 * A host directory granted to the guest. {@code root} is the directory's real path, resolved once
 * when the sandbox is built, so a mount given as a symbolic link is pinned to its target then.
 */
public record MountPoint(Path root, String guestPath, boolean readOnly) {
  /** The host path of a location inside the mount, given as names relative to the root. */
  Path host(List<String> components) {
    Path p = root;
    for (String c : components) {
      p = p.resolve(c);
    }
    return p;
  }
}
