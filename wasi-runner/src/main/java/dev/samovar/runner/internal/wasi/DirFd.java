package dev.samovar.runner.internal.wasi;

import java.nio.file.Path;
import java.util.List;

/**
 * An open directory: a mount and the names leading to it from the mount's root. Path arguments are
 * resolved from here and may never climb above it.
 */
final class DirFd extends Descriptor {
  final MountPoint mount;
  final List<String> components;

  /** The guest-visible name when this is a preopened mount, else null. */
  final byte[] preopenName;

  DirFd(MountPoint mount, List<String> components, byte[] preopenName, long base, long inh) {
    super(base, inh);
    this.mount = mount;
    this.components = List.copyOf(components);
    this.preopenName = preopenName;
  }

  /** The directory's host path, re-checked (see {@link PathResolver#verify}). */
  Path host() {
    return PathResolver.verify(mount, components, true);
  }

  @Override
  int filetype() {
    return FILETYPE_DIRECTORY;
  }

  @Override
  boolean readOnly() {
    return mount.readOnly();
  }
}
