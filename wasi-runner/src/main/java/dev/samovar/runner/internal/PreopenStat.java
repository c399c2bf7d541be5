package dev.samovar.runner.internal;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * {@code fd_filestat_get} on a preopened directory. Chicory 1.7.5 throws a host exception there
 * ("Unhandled descriptor: PreopenedDirectory") instead of answering; TeaVM's {@code Files.exists}
 * of a mount root asks exactly that.
 */
final class PreopenStat {
  private static final int FILETYPE_DIRECTORY = 3;
  private static final int ERRNO_IO = 29;

  private PreopenStat() {}

  static HostFunction wrap(HostFunction original, List<Path> preopens) {
    return new HostFunction(
        original.module(),
        original.name(),
        original.functionType(),
        (Instance instance, long... args) -> {
          int fd = (int) args[0];
          int index = fd - 3;
          if (index >= 0 && index < preopens.size()) {
            return new long[] {stat(instance.memory(), (int) args[1], preopens.get(index))};
          }
          return original.handle().apply(instance, args);
        });
  }

  private static long stat(Memory memory, int buf, Path dir) {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(dir, BasicFileAttributes.class);
    } catch (IOException e) {
      return ERRNO_IO;
    }
    memory.writeLong(buf, 0);
    memory.writeLong(buf + 8, 0);
    memory.writeByte(buf + 16, (byte) FILETYPE_DIRECTORY);
    memory.writeLong(buf + 24, 1);
    memory.writeLong(buf + 32, a.size());
    memory.writeLong(buf + 40, nanos(a.lastAccessTime().toMillis()));
    memory.writeLong(buf + 48, nanos(a.lastModifiedTime().toMillis()));
    memory.writeLong(buf + 56, nanos(a.lastModifiedTime().toMillis()));
    return 0;
  }

  private static long nanos(long millis) {
    return millis * 1_000_000L;
  }
}
