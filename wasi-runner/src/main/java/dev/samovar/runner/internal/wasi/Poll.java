package dev.samovar.runner.internal.wasi;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code poll_oneoff}. Files and output streams are always ready; stdin is reported ready (a read
 * may then block, as the JDK offers no readiness test for a stream). With nothing ready the guest
 * sleeps until the earliest clock, interruptibly so that a time limit still stops it.
 */
final class Poll {
  private static final int SUB_SIZE = 48;
  private static final int EVENT_SIZE = 32;
  private static final int CLOCK = 0;
  private static final int FD_READ = 1;
  private static final int FD_WRITE = 2;
  private static final int ABSTIME = 1;

  private final FdTable fds;

  Poll(FdTable fds) {
    this.fds = fds;
  }

  private record Event(long userdata, int errno, int type, long nbytes) {}

  int pollOneoff(GuestMemory m, long[] a) throws IOException {
    long in = a[0];
    long out = a[1];
    long n = a[2] & 0xFFFFFFFFL;
    if (n == 0 || n > 4096) {
      return Errno.INVAL;
    }
    m.check(in, n * SUB_SIZE);
    m.check(out, n * EVENT_SIZE);
    m.check(a[3], 4);
    List<Event> ready = new ArrayList<>();
    List<long[]> clocks = new ArrayList<>(); // {userdata, deadline (monotonic ns)}
    for (int i = 0; i < n; i++) {
      long sub = in + (long) i * SUB_SIZE;
      long userdata = m.readI64(sub);
      int tag = m.readU8(sub + 8);
      if (tag == CLOCK) {
        int id = m.readI32(sub + 16);
        long timeout = m.readI64(sub + 24);
        int flags = m.readU16(sub + 40);
        long now;
        try {
          now = Clocks.now(id);
        } catch (WasiError e) {
          ready.add(new Event(userdata, e.errno(), CLOCK, 0));
          continue;
        }
        long wait = (flags & ABSTIME) != 0 ? timeout - now : timeout;
        clocks.add(new long[] {userdata, Clocks.monotonicNanos() + Math.max(0, wait)});
      } else if (tag == FD_READ || tag == FD_WRITE) {
        ready.add(fdEvent(userdata, tag, m.readI32(sub + 16)));
      } else {
        ready.add(new Event(userdata, Errno.INVAL, tag, 0));
      }
    }
    if (ready.isEmpty() && !clocks.isEmpty()) {
      long earliest = Long.MAX_VALUE;
      for (long[] c : clocks) {
        earliest = Math.min(earliest, c[1]);
      }
      sleepUntil(earliest);
    }
    long now = Clocks.monotonicNanos();
    for (long[] c : clocks) {
      if (c[1] <= now) {
        ready.add(new Event(c[0], Errno.SUCCESS, CLOCK, 0));
      }
    }
    for (int i = 0; i < ready.size(); i++) {
      Event e = ready.get(i);
      long at = out + (long) i * EVENT_SIZE;
      m.zero(at, EVENT_SIZE);
      m.writeI64(at, e.userdata());
      m.writeU16(at + 8, e.errno());
      m.writeU8(at + 10, e.type());
      m.writeI64(at + 16, e.nbytes());
    }
    m.writeI32(a[3], ready.size());
    return Errno.SUCCESS;
  }

  private Event fdEvent(long userdata, int tag, int fd) throws IOException {
    Descriptor d = fds.getOrNull(fd);
    if (d == null) {
      return new Event(userdata, Errno.BADF, tag, 0);
    }
    if (d instanceof DirFd) {
      return new Event(userdata, Errno.ISDIR, tag, 0);
    }
    if (tag == FD_READ && (d.rightsBase & Rights.FD_READ) == 0
        || tag == FD_WRITE && (d.rightsBase & Rights.FD_WRITE) == 0) {
      return new Event(userdata, Errno.NOTCAPABLE, tag, 0);
    }
    long nbytes = 0;
    if (d instanceof FileFd && tag == FD_READ) {
      FileFd f = (FileFd) d;
      nbytes = Math.max(0, f.channel.size() - f.channel.position());
    } else if (d instanceof StreamFd && ((StreamFd) d).in != null) {
      nbytes = Math.max(0, ((StreamFd) d).in.available());
    }
    return new Event(userdata, Errno.SUCCESS, tag, nbytes);
  }

  private static void sleepUntil(long deadline) {
    long wait;
    while ((wait = deadline - Clocks.monotonicNanos()) > 0) {
      try {
        Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ChicoryInterruptedException("Thread interrupted");
      }
    }
  }
}
