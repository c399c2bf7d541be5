package dev.samovar.runner.internal.wasi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves guest paths one component at a time without letting the host follow anything: each name
 * is looked up with {@code NOFOLLOW_LINKS}, every symbolic link is read and spliced in here, and
 * {@code ..} may never climb above the directory descriptor the path is relative to. Absolute paths
 * and absolute link targets are refused ({@code ENOTCAPABLE}), as is any climb past the start; more
 * than {@value #MAX_LINKS} links is {@code ELOOP}, so a self-referencing link cannot hang the
 * resolver.
 */
final class PathResolver {
  static final int MAX_LINKS = 40;
  static final int MAX_NAME = 255;

  private PathResolver() {}

  /**
   * Resolves {@code path} relative to {@code base}. Intermediate links are always followed (inside
   * the sandbox); the last one only when {@code followFinal}.
   */
  static Resolved resolve(DirFd base, String path, boolean followFinal) {
    if (path.isEmpty()) {
      throw new WasiError(Errno.NOENT);
    }
    if (path.startsWith("/")) {
      throw new WasiError(Errno.NOTCAPABLE);
    }
    MountPoint mount = base.mount;
    verify(mount, base.components, true);
    boolean trailing = path.endsWith("/");
    Deque<String> todo = new ArrayDeque<>(tokens(path));
    List<String> stack = new ArrayList<>(base.components);
    int floor = base.components.size();
    int links = 0;
    while (!todo.isEmpty()) {
      String c = todo.pollFirst();
      if (c.equals(".")) {
        continue;
      }
      if (c.equals("..")) {
        if (stack.size() <= floor) {
          throw new WasiError(Errno.NOTCAPABLE);
        }
        stack.remove(stack.size() - 1);
        continue;
      }
      if (c.getBytes(StandardCharsets.UTF_8).length > MAX_NAME) {
        throw new WasiError(Errno.NAMETOOLONG);
      }
      boolean last = todo.isEmpty();
      Path host = mount.host(stack).resolve(c);
      BasicFileAttributes a = attributes(host);
      if (a == null) {
        if (last) {
          return new Resolved(mount, stack, c, trailing, null);
        }
        throw new WasiError(Errno.NOENT);
      }
      if (a.isSymbolicLink() && (!last || followFinal)) {
        if (++links > MAX_LINKS) {
          throw new WasiError(Errno.LOOP);
        }
        String target = linkTarget(host);
        if (target.isEmpty()) {
          throw new WasiError(Errno.NOENT);
        }
        if (target.startsWith("/")) {
          throw new WasiError(Errno.NOTCAPABLE);
        }
        if (last && target.endsWith("/")) {
          trailing = true;
        }
        List<String> spliced = tokens(target);
        for (int i = spliced.size() - 1; i >= 0; i--) {
          todo.addFirst(spliced.get(i));
        }
        continue;
      }
      if (last) {
        return new Resolved(mount, stack, c, trailing, a);
      }
      if (!a.isDirectory()) {
        throw new WasiError(Errno.NOTDIR);
      }
      stack.add(c);
    }
    BasicFileAttributes dir = attributes(mount.host(stack));
    if (dir == null) {
      throw new WasiError(Errno.NOENT);
    }
    return new Resolved(mount, stack, null, trailing, dir);
  }

  /**
   * Re-checks, without following anything, that the names leading to an open descriptor are still
   * real directories (and the last one a directory or a regular file, as {@code directory} says).
   * Between two calls the guest may rename an open directory away and put a link in its place; the
   * host would follow such a link inside a path, so every use of a stored path is checked first. A
   * descriptor whose path no longer checks out fails with {@code ENOENT}.
   */
  static Path verify(MountPoint mount, List<String> components, boolean directory) {
    Path p = mount.root();
    for (int i = 0; i < components.size(); i++) {
      p = p.resolve(components.get(i));
      BasicFileAttributes a = attributes(p);
      boolean last = i == components.size() - 1;
      boolean ok =
          a != null && (last && !directory ? a.isRegularFile() : a.isDirectory() && !a.isOther());
      if (!ok) {
        throw new WasiError(Errno.NOENT);
      }
    }
    return p;
  }

  /** The non-empty components of a path, in order ({@code a//b/} is {@code [a, b]}). */
  static List<String> tokens(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/", -1)) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Whether a link stored at {@code parentDepth} components below the mount root with this target
   * would lead out of the mount when followed (checked before the guest may create it).
   */
  static boolean escapes(int parentDepth, String target) {
    if (target.startsWith("/")) {
      return true;
    }
    int depth = parentDepth;
    for (String t : tokens(target)) {
      if (t.equals("..")) {
        if (--depth < 0) {
          return true;
        }
      } else if (!t.equals(".")) {
        depth++;
      }
    }
    return false;
  }

  static BasicFileAttributes attributes(Path host) {
    try {
      return Files.readAttributes(host, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw HostErrors.of(e);
    }
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      throw HostErrors.of(e);
    }
  }
}
