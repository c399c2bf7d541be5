package dev.samovar.runner.internal.wasi;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.samovar.api.SamovarException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The runner's own {@code wasi_snapshot_preview1}: every function, over one descriptor table, so
 * that file access, rights and read-only mounts are enforced in one place (Chicory's WASI follows
 * host symbolic links out of a mount and has no read-only mode). Each call validates the guest's
 * pointers first; failures are errnos, never host exceptions. Only {@code proc_exit}, a time
 * limit's interrupt and the runner's own limits unwind the guest.
 */
public final class Preview1 implements Closeable {
  /** The import module name of WASI preview 1. */
  public static final String MODULE = "wasi_snapshot_preview1";

  private static volatile Set<String> names;

  private final List<byte[]> args;
  private final List<byte[]> env;
  private final FdTable fds = new FdTable();
  private final FileStats stats = new FileStats();
  private final FdOps fdOps = new FdOps(fds, stats);
  private final PathOps pathOps = new PathOps(fds, stats);
  private final Poll poll = new Poll(fds);
  private final Random random;
  private Memory lastMemory;
  private GuestMemory guestMemory;

  private Preview1(Builder b) {
    this.args = new ArrayList<>();
    for (String arg : b.args) {
      args.add(cString(arg));
    }
    this.env = new ArrayList<>();
    b.env.forEach((k, v) -> env.add(cString(k + "=" + v)));
    this.random = b.random;
    fds.add(StreamFd.input(b.stdin, b.stdinTty));
    fds.add(StreamFd.output(b.stdout, b.stdoutTty));
    fds.add(StreamFd.output(b.stderr, b.stderrTty));
    for (MountPoint mount : b.mounts) {
      long base = Rights.DIRECTORY;
      long inheriting = Rights.DIRECTORY | Rights.FILE;
      if (mount.readOnly()) {
        base &= ~Rights.MUTATING;
        inheriting &= ~Rights.MUTATING;
      }
      byte[] name = mount.guestPath().getBytes(StandardCharsets.UTF_8);
      fds.add(new DirFd(mount, List.of(), name, base, inheriting));
    }
  }

  private static byte[] cString(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[b.length + 1];
    System.arraycopy(b, 0, out, 0, b.length);
    return out;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The guest's descriptors are closed; host files opened by the guest are released. */
  @Override
  public void close() {
    fds.closeAll();
  }

  /** The names of every function this implementation provides. */
  public static Set<String> functionNames() {
    if (names == null) {
      Set<String> all = new TreeSet<>();
      for (HostFunction f : builder().random(new Random(0)).build().toHostFunctions()) {
        all.add(f.name());
      }
      names = Set.copyOf(all);
    }
    return names;
  }

  /** One WASI function body: reads its arguments, returns an errno. */
  @FunctionalInterface
  private interface Body {
    int call(GuestMemory m, long[] a) throws IOException;
  }

  public HostFunction[] toHostFunctions() {
    List<HostFunction> f = new ArrayList<>();
    f.add(fn("args_get", "ii", (m, a) -> strings(m, a, args)));
    f.add(fn("args_sizes_get", "ii", (m, a) -> sizes(m, a, args)));
    f.add(fn("environ_get", "ii", (m, a) -> strings(m, a, env)));
    f.add(fn("environ_sizes_get", "ii", (m, a) -> sizes(m, a, env)));
    f.add(fn("clock_res_get", "ii", this::clockRes));
    f.add(fn("clock_time_get", "iIi", this::clockTime));
    f.add(fn("fd_advise", "iIIi", fdOps::advise));
    f.add(fn("fd_allocate", "iII", fdOps::allocate));
    f.add(fn("fd_close", "i", fdOps::close));
    f.add(fn("fd_datasync", "i", (m, a) -> fdOps.sync(m, a, true)));
    f.add(fn("fd_fdstat_get", "ii", fdOps::fdstatGet));
    f.add(fn("fd_fdstat_set_flags", "ii", fdOps::fdstatSetFlags));
    f.add(fn("fd_fdstat_set_rights", "iII", fdOps::fdstatSetRights));
    f.add(fn("fd_filestat_get", "ii", fdOps::filestatGet));
    f.add(fn("fd_filestat_set_size", "iI", fdOps::filestatSetSize));
    f.add(fn("fd_filestat_set_times", "iIIi", fdOps::filestatSetTimes));
    f.add(fn("fd_pread", "iiiIi", (m, a) -> fdOps.read(m, a, true)));
    f.add(fn("fd_prestat_get", "ii", fdOps::prestatGet));
    f.add(fn("fd_prestat_dir_name", "iii", fdOps::prestatDirName));
    f.add(fn("fd_pwrite", "iiiIi", (m, a) -> fdOps.write(m, a, true)));
    f.add(fn("fd_read", "iiii", (m, a) -> fdOps.read(m, a, false)));
    f.add(fn("fd_readdir", "iiiIi", fdOps::readdir));
    f.add(fn("fd_renumber", "ii", fdOps::renumber));
    f.add(fn("fd_seek", "iIii", fdOps::seek));
    f.add(fn("fd_sync", "i", (m, a) -> fdOps.sync(m, a, false)));
    f.add(fn("fd_tell", "ii", fdOps::tell));
    f.add(fn("fd_write", "iiii", (m, a) -> fdOps.write(m, a, false)));
    f.add(fn("path_create_directory", "iii", pathOps::createDirectory));
    f.add(fn("path_filestat_get", "iiiii", pathOps::filestatGet));
    f.add(fn("path_filestat_set_times", "iiiiIIi", pathOps::filestatSetTimes));
    f.add(fn("path_link", "iiiiiii", pathOps::link));
    f.add(fn("path_open", "iiiiiIIii", pathOps::open));
    f.add(fn("path_readlink", "iiiiii", pathOps::readlink));
    f.add(fn("path_remove_directory", "iii", pathOps::removeDirectory));
    f.add(fn("path_rename", "iiiiii", pathOps::rename));
    f.add(fn("path_symlink", "iiiii", pathOps::symlink));
    f.add(fn("path_unlink_file", "iii", pathOps::unlinkFile));
    f.add(fn("poll_oneoff", "iiii", poll::pollOneoff));
    f.add(fn("proc_raise", "i", (m, a) -> Errno.NOSYS));
    f.add(fn("random_get", "ii", this::randomGet));
    f.add(fn("sched_yield", "", (m, a) -> schedYield()));
    f.add(fn("sock_accept", "iii", this::notSocket));
    f.add(fn("sock_recv", "iiiiii", this::notSocket));
    f.add(fn("sock_send", "iiiii", this::notSocket));
    f.add(fn("sock_shutdown", "ii", this::notSocket));
    f.add(
        new HostFunction(
            MODULE,
            "proc_exit",
            FunctionType.of(List.of(ValType.I32), List.of()),
            (Instance instance, long... a) -> {
              throw new GuestExit((int) a[0]);
            }));
    return f.toArray(new HostFunction[0]);
  }

  /** {@code sig}: one letter per parameter, i = i32, I = i64; every function returns an errno. */
  private HostFunction fn(String name, String sig, Body body) {
    List<ValType> params = new ArrayList<>();
    for (char c : sig.toCharArray()) {
      params.add(c == 'I' ? ValType.I64 : ValType.I32);
    }
    return new HostFunction(
        MODULE,
        name,
        FunctionType.of(params, List.of(ValType.I32)),
        (Instance instance, long... a) -> new long[] {dispatch(instance, body, a)});
  }

  private int dispatch(Instance instance, Body body, long[] a) {
    try {
      return body.call(memory(instance), a);
    } catch (WasiError e) {
      return e.errno();
    } catch (IOException e) {
      return HostErrors.errno(e);
    } catch (ChicoryException | SamovarException e) {
      throw e;
    } catch (RuntimeException e) {
      return HostErrors.of(e).errno();
    }
  }

  private GuestMemory memory(Instance instance) {
    Memory m = instance.memory();
    if (m != lastMemory || guestMemory == null) {
      lastMemory = m;
      guestMemory = new GuestMemory(m);
    }
    return guestMemory;
  }

  private static int strings(GuestMemory m, long[] a, List<byte[]> values) {
    long ptrs = a[0];
    long buf = a[1];
    long total = 0;
    for (byte[] v : values) {
      total += v.length;
    }
    m.check(ptrs, 4L * values.size());
    m.check(buf, total);
    for (byte[] v : values) {
      m.writeI32(ptrs, (int) buf);
      m.write(buf, v);
      ptrs += 4;
      buf += v.length;
    }
    return Errno.SUCCESS;
  }

  private static int sizes(GuestMemory m, long[] a, List<byte[]> values) {
    long total = 0;
    for (byte[] v : values) {
      total += v.length;
    }
    m.check(a[0], 4);
    m.check(a[1], 4);
    m.writeI32(a[0], values.size());
    m.writeI32(a[1], (int) total);
    return Errno.SUCCESS;
  }

  private int clockRes(GuestMemory m, long[] a) {
    long res = Clocks.resolution((int) a[0]);
    m.writeI64(a[1], res);
    return Errno.SUCCESS;
  }

  private int clockTime(GuestMemory m, long[] a) {
    long now = Clocks.now((int) a[0]);
    m.writeI64(a[2], now);
    return Errno.SUCCESS;
  }

  private int randomGet(GuestMemory m, long[] a) {
    long len = a[1] & 0xFFFFFFFFL;
    m.check(a[0], len);
    byte[] chunk = new byte[(int) Math.min(len, 1 << 16)];
    for (long done = 0; done < len; done += chunk.length) {
      int n = (int) Math.min(chunk.length, len - done);
      random.nextBytes(chunk);
      m.write(a[0] + done, chunk, 0, n);
    }
    return Errno.SUCCESS;
  }

  private static int schedYield() {
    Thread.yield();
    return Errno.SUCCESS;
  }

  private int notSocket(GuestMemory m, long[] a) {
    fds.get(a[0]);
    return Errno.NOTSOCK;
  }

  /** What the guest is given: arguments, environment, standard streams, mounts, randomness. */
  public static final class Builder {
    private List<String> args = List.of();
    private final Map<String, String> env = new LinkedHashMap<>();
    private InputStream stdin = InputStream.nullInputStream();
    private OutputStream stdout = OutputStream.nullOutputStream();
    private OutputStream stderr = OutputStream.nullOutputStream();
    private boolean stdinTty;
    private boolean stdoutTty;
    private boolean stderrTty;
    private final List<MountPoint> mounts = new ArrayList<>();
    private Random random = new SecureRandom();

    private Builder() {}

    /** argv, program name first. */
    public Builder args(List<String> values) {
      this.args = List.copyOf(values);
      return this;
    }

    public Builder env(Map<String, String> values) {
      env.putAll(values);
      return this;
    }

    public Builder stdin(InputStream in, boolean tty) {
      this.stdin = in;
      this.stdinTty = tty;
      return this;
    }

    public Builder stdout(OutputStream out, boolean tty) {
      this.stdout = out;
      this.stdoutTty = tty;
      return this;
    }

    public Builder stderr(OutputStream err, boolean tty) {
      this.stderr = err;
      this.stderrTty = tty;
      return this;
    }

    /** A preopened directory; descriptors 3, 4, ... in the order given. */
    public Builder mount(MountPoint mount) {
      mounts.add(mount);
      return this;
    }

    /** Default: {@link SecureRandom}. */
    public Builder random(Random random) {
      this.random = random;
      return this;
    }

    public Preview1 build() {
      return new Preview1(this);
    }
  }
}
