package dev.samovar.runner.internal.wasi;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;

/** An open regular file: a host channel, the file's host path and its mount. */
final class FileFd extends Descriptor {
  final FileChannel channel;
  final MountPoint mount;
  private final List<String> components;

  FileFd(
      FileChannel channel,
      MountPoint mount,
      List<String> components,
      long base,
      long inh,
      int flags) {
    super(base, inh);
    this.channel = channel;
    this.mount = mount;
    this.components = List.copyOf(components);
    this.fdflags = flags;
  }

  /**
   * The file's host path, for metadata only (data goes through the channel), re-checked to be the
   * same kind of thing it was: a regular file reached through real directories.
   */
  Path host() {
    return PathResolver.verify(mount, components, false);
  }

  @Override
  int filetype() {
    return FILETYPE_REGULAR_FILE;
  }

  @Override
  boolean readOnly() {
    return mount.readOnly();
  }

  @Override
  void close() throws IOException {
    channel.close();
  }
}
