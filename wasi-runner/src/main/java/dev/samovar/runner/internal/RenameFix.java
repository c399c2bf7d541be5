package dev.samovar.runner.internal;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiPreview1;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code path_rename}. Chicory 1.7.5 moves with {@code ATOMIC_MOVE} and {@code COPY_ATTRIBUTES}
 * together, which the JDK's Unix provider rejects, so every rename fails there. Until the runner
 * has its own WASI file system (issue 5), this reads Chicory's descriptor table to find the two
 * directories, confines both paths to them, and moves without the bad option.
 */
final class RenameFix {
  private static final int ENOENT = 44;
  private static final int EBADF = 8;
  private static final int EACCES = 2;
  private static final int ENOTEMPTY = 55;
  private static final int EIO = 29;
  private static final int EPERM = 63;

  private RenameFix() {}

  static HostFunction wrap(HostFunction original, WasiPreview1 wasi) {
    return new HostFunction(
        original.module(),
        original.name(),
        original.functionType(),
        (Instance instance, long... a) -> {
          var memory = instance.memory();
          String oldPath = memory.readString((int) a[1], (int) a[2]);
          String newPath = memory.readString((int) a[4], (int) a[5]);
          Path oldDir = directory(wasi, (int) a[0]);
          Path newDir = directory(wasi, (int) a[3]);
          if (oldDir == null || newDir == null) {
            return new long[] {EBADF};
          }
          Path from = confine(oldDir, oldPath);
          Path to = confine(newDir, newPath);
          if (from == null || to == null) {
            return new long[] {EPERM};
          }
          try {
            if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(to)) {
              Files.delete(to);
            }
            Files.move(
                from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new long[] {0};
          } catch (NoSuchFileException e) {
            return new long[] {ENOENT};
          } catch (DirectoryNotEmptyException e) {
            return new long[] {ENOTEMPTY};
          } catch (AccessDeniedException e) {
            return new long[] {EACCES};
          } catch (IOException | RuntimeException e) {
            return new long[] {EIO};
          }
        });
  }

  /** dir/relative, or null when the result would leave dir (absolute path or "..") */
  private static Path confine(Path dir, String relative) {
    if (relative.indexOf('\0') >= 0 || relative.startsWith("/")) {
      return null;
    }
    Path resolved = dir.resolve(relative).normalize();
    return resolved.startsWith(dir) && !resolved.equals(dir) ? resolved : null;
  }

  private static Path directory(WasiPreview1 wasi, int fd) {
    try {
      Field f = WasiPreview1.class.getDeclaredField("descriptors");
      f.setAccessible(true);
      Object table = f.get(wasi);
      Method get = table.getClass().getDeclaredMethod("get", int.class);
      get.setAccessible(true);
      Object descriptor = get.invoke(table, fd);
      if (descriptor == null) {
        return null;
      }
      Method path = descriptor.getClass().getDeclaredMethod("path");
      path.setAccessible(true);
      Object p = path.invoke(descriptor);
      return p instanceof Path && Files.isDirectory((Path) p) ? ((Path) p).normalize() : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
