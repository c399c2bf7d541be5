package dev.samovar.runner.internal.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fine-grained cases called straight into the WASI functions, with a real guest memory (the spin
 * guest's, never started): pointers at the 4 GiB edge, descriptor juggling, argument checks.
 */
class Preview1Test {
  @TempDir Path dir;
  private Instance instance;
  private final Map<String, HostFunction> fns = new HashMap<>();
  private long memorySize;

  @BeforeEach
  void setUp() throws Exception {
    Files.writeString(dir.resolve("f.txt"), "data");
    Preview1 wasi =
        Preview1.builder()
            .args(List.of("prog", "one"))
            .mount(new MountPoint(dir.toRealPath(), "/d", false))
            .build();
    HostFunction[] all = wasi.toHostFunctions();
    for (HostFunction f : all) {
      fns.put(f.name(), f);
    }
    instance =
        Instance.builder(
                Parser.parse(Path.of("src/test/resources/guests/spin.wasm").toAbsolutePath()))
            .withStart(false)
            .withImportValues(ImportValues.builder().addFunction(all).build())
            .build();
    memorySize = (long) instance.memory().pages() * 65536;
  }

  private int call(String name, long... args) {
    return (int) fns.get(name).handle().apply(instance, args)[0];
  }

  @Test
  void pointersAtTheEndOfMemoryAndPastFourGibibytes() {
    long last = memorySize - 4;
    assertEquals(Errno.SUCCESS, call("args_sizes_get", last, last - 4));
    assertEquals(2, instance.memory().readInt((int) last));
    assertEquals(Errno.FAULT, call("args_sizes_get", memorySize - 3, 0));
    assertEquals(Errno.FAULT, call("args_sizes_get", 0xFFFFFFFFL, 0));
    assertEquals(Errno.FAULT, call("args_sizes_get", -1, 0)); // i32 -1 is 0xFFFFFFFF
    assertEquals(Errno.FAULT, call("random_get", 0xFFFFFFF0L, 0x20));
    assertEquals(Errno.FAULT, call("random_get", 16, 0xFFFFFFFFL));
    assertEquals(Errno.SUCCESS, call("random_get", memorySize, 0));
    assertEquals(Errno.FAULT, call("fd_prestat_dir_name", 3, memorySize - 1, 2));
  }

  @Test
  void renumberOntoItselfKeepsTheDescriptor() {
    assertEquals(Errno.SUCCESS, call("fd_renumber", 3, 3));
    assertEquals(Errno.SUCCESS, call("fd_prestat_get", 3, 64));
    assertEquals(Errno.BADF, call("fd_renumber", 3, 9));
    assertEquals(Errno.BADF, call("fd_renumber", 9, 3));
    // Renumbering a preopen away: the new number is no preopen, the old one is closed.
    int fdPtr = 128;
    instance.memory().writeString(256, ".");
    assertEquals(Errno.SUCCESS, call("path_open", 3, 0, 256, 1, 2, 0, 0, 0, fdPtr));
    int fd = instance.memory().readInt(fdPtr);
    assertEquals(Errno.SUCCESS, call("fd_renumber", fd, 3));
    assertEquals(Errno.BADF, call("fd_prestat_get", 3, 64));
    assertEquals(Errno.BADF, call("fd_close", fd));
    assertEquals(Errno.SUCCESS, call("fd_close", 3));
    assertEquals(Errno.BADF, call("fd_close", 3));
  }

  @Test
  void badArgumentsAreErrnosNotExceptions() {
    assertEquals(Errno.INVAL, call("poll_oneoff", 0, 64, 0, 128));
    assertEquals(Errno.BADF, call("fd_write", -31337, 0, 0, 64));
    assertEquals(Errno.BADF, call("fd_read", 1L << 31, 0, 0, 64));
    assertEquals(Errno.INVAL, call("clock_time_get", 99, 0, 64));
    assertEquals(Errno.SPIPE, call("fd_seek", 0, 0, 7, 64));
    instance.memory().writeString(256, "f.txt");
    assertEquals(Errno.INVAL, call("path_open", 3, 0, 256, 5, 0x10, 2, 0, 0, 128));
    assertEquals(Errno.INVAL, call("path_open", 3, 0, 256, 5, 0, 2, 0, 0x100, 128));
    assertEquals(Errno.NOTDIR, call("path_open", 0, 0, 256, 5, 0, 2, 0, 0, 128));
    assertEquals(Errno.NOTSOCK, call("sock_shutdown", 1, 0));
    assertEquals(Errno.BADF, call("sock_shutdown", 42, 0));
  }

  @Test
  void descriptorsAreCappedSoTheHostKeepsItsFileHandles() {
    instance.memory().writeString(256, "f.txt");
    int opened = 0;
    int errno;
    while ((errno = call("path_open", 3, 0, 256, 5, 0, 2, 0, 0, 128)) == Errno.SUCCESS) {
      opened++;
    }
    assertEquals(Errno.MFILE, errno);
    assertEquals(FdTable.MAX_OPEN - 4, opened);
  }
}
