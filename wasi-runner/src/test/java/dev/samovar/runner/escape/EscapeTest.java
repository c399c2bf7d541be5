package dev.samovar.runner.escape;

import static dev.samovar.runner.escape.Probe.EFAULT;
import static dev.samovar.runner.escape.Probe.EINVAL;
import static dev.samovar.runner.escape.Probe.ELOOP;
import static dev.samovar.runner.escape.Probe.ENAMETOOLONG;
import static dev.samovar.runner.escape.Probe.ENOENT;
import static dev.samovar.runner.escape.Probe.ENOTCAPABLE;
import static dev.samovar.runner.escape.Probe.ENOTDIR;
import static dev.samovar.runner.escape.Probe.EROFS;
import static dev.samovar.runner.escape.Probe.SUCCESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.SandboxException;
import dev.samovar.runner.Access;
import dev.samovar.runner.Engine;
import dev.samovar.runner.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sandbox escapes from issue 5, each attempted by a real guest (the probe) on both engines. The
 * layout: {@code rw/} mounted read-write at /rw, {@code ro/} read-only at /ro, and {@code
 * outside/secret.txt} next to them, which no attempt may read, change or add files beside.
 */
class EscapeTest {
  private static final String SECRET = "the host's secret";

  @TempDir Path tmp;
  Path rw;
  Path ro;
  Path outside;
  Path secret;

  @BeforeEach
  void layout() throws IOException {
    rw = Files.createDirectories(tmp.resolve("rw"));
    ro = Files.createDirectories(tmp.resolve("ro"));
    outside = Files.createDirectories(tmp.resolve("outside"));
    secret = Files.writeString(outside.resolve("secret.txt"), SECRET);
    Files.writeString(rw.resolve("in.txt"), "inside");
    Files.createDirectories(rw.resolve("sub"));
    Files.createSymbolicLink(rw.resolve("link-out"), Path.of("../outside"));
    Files.createSymbolicLink(rw.resolve("link-secret"), Path.of("../outside/secret.txt"));
    Files.createSymbolicLink(rw.resolve("link-abs"), secret.toAbsolutePath());
    Files.createSymbolicLink(rw.resolve("self"), Path.of("self"));
    Files.createSymbolicLink(rw.resolve("loop-a"), Path.of("loop-b"));
    Files.createSymbolicLink(rw.resolve("loop-b"), Path.of("loop-a"));
    Files.writeString(ro.resolve("doc.txt"), "read-only content");
    Files.createDirectories(ro.resolve("sub"));
  }

  private Map<String, Probe.Result> probe(Engine engine, String... commands) {
    return Probe.run(
        engine,
        Map.of(
            "/rw", new Probe.Mount(rw, Access.READ_WRITE),
            "/ro", new Probe.Mount(ro, Access.READ_ONLY)),
        commands);
  }

  /** Every command failed with the expected errno, and the outside stayed untouched. */
  private void assertAll(Map<String, Probe.Result> results, int errno) throws IOException {
    results.forEach(
        (command, r) -> {
          assertEquals(errno, r.errno(), command);
          assertFalse(r.data().contains(SECRET), command + " leaked the secret");
        });
    assertOutsideUntouched();
  }

  private void assertOutsideUntouched() throws IOException {
    assertEquals(SECRET, Files.readString(secret));
    try (Stream<Path> files = Files.list(outside)) {
      assertEquals(1, files.count(), "files appeared outside the mounts");
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void dotDotPastTheMountRoot(Engine engine) throws IOException {
    assertAll(
        probe(
            engine,
            "read /rw ../outside/secret.txt",
            "read /rw sub/../../outside/secret.txt",
            "read /rw ./sub/./../../outside/secret.txt",
            "write /rw ../outside/new.txt x",
            "mkdir /rw ../outside/d",
            "stat /rw ..",
            "ls /rw .."),
        ENOTCAPABLE);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void absoluteHostPaths(Engine engine) throws IOException {
    assertAll(
        probe(
            engine,
            "read /rw " + secret.toAbsolutePath(),
            "read /rw /etc/passwd",
            "read /rw /",
            "write /rw " + outside.resolve("new.txt").toAbsolutePath() + " x"),
        ENOTCAPABLE);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void symlinkMadeByTheHostPointingOutside(Engine engine) throws IOException {
    assertAll(
        probe(
            engine,
            "read /rw link-out/secret.txt",
            "read-follow /rw link-secret",
            "read-follow /rw link-abs",
            "stat-follow /rw link-out",
            "ls /rw link-out/",
            "write /rw link-out/new.txt x",
            "write-follow /rw link-secret overwritten",
            "mkdir /rw link-out/d"),
        ENOTCAPABLE);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void symlinkMadeByTheGuestPointingOutside(Engine engine) throws IOException {
    Map<String, Probe.Result> r =
        probe(
            engine,
            "symlink ../outside /rw esc1",
            "symlink /etc /rw esc2",
            "symlink sub/../../outside/secret.txt /rw esc3",
            "symlink ../../outside /rw sub/esc4",
            "read-follow /rw esc1",
            "symlink in.txt /rw fine",
            "read-follow /rw fine");
    assertEquals(ENOTCAPABLE, r.get("symlink ../outside /rw esc1").errno());
    assertEquals(ENOTCAPABLE, r.get("symlink /etc /rw esc2").errno());
    assertEquals(ENOTCAPABLE, r.get("symlink sub/../../outside/secret.txt /rw esc3").errno());
    assertEquals(ENOTCAPABLE, r.get("symlink ../../outside /rw sub/esc4").errno());
    assertEquals(ENOENT, r.get("read-follow /rw esc1").errno());
    // A link that stays inside the mount is an ordinary feature.
    assertEquals(SUCCESS, r.get("symlink in.txt /rw fine").errno());
    assertEquals("inside", r.get("read-follow /rw fine").data());
    assertFalse(Files.exists(rw.resolve("esc1"), LinkOption.NOFOLLOW_LINKS));
    assertOutsideUntouched();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void hardLinks(Engine engine) throws IOException {
    Map<String, Probe.Result> r =
        probe(
            engine,
            "link /rw ../outside/secret.txt /rw h1",
            "link /rw link-out/secret.txt /rw h2",
            "link /rw link-secret /rw h3",
            "read-follow /rw h3",
            "link /ro doc.txt /rw h4",
            "link /rw in.txt /rw h5",
            "read /rw h5");
    assertEquals(ENOTCAPABLE, r.get("link /rw ../outside/secret.txt /rw h1").errno());
    assertEquals(ENOTCAPABLE, r.get("link /rw link-out/secret.txt /rw h2").errno());
    // Linking the host's link itself (not its target) is allowed; following it is not.
    assertEquals(SUCCESS, r.get("link /rw link-secret /rw h3").errno());
    assertEquals(ENOTCAPABLE, r.get("read-follow /rw h3").errno());
    // A link from the read-only mount into the writable one would make the file writable.
    assertNotEquals(SUCCESS, r.get("link /ro doc.txt /rw h4").errno());
    assertFalse(Files.exists(rw.resolve("h4")));
    assertEquals(SUCCESS, r.get("link /rw in.txt /rw h5").errno());
    assertEquals("inside", r.get("read /rw h5").data());
    assertOutsideUntouched();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void openDirectoryReplacedByALinkBetweenCalls(Engine engine) throws IOException {
    Files.createDirectories(rw.resolve("box"));
    Files.writeString(rw.resolve("box/secret.txt"), "box content");
    Map<String, Probe.Result> r =
        probe(
            engine,
            "hold /rw box",
            "read-held secret.txt",
            "rename /rw box /rw box2",
            "symlink link-out /rw box",
            "read-held ./secret.txt",
            "ls-held");
    assertEquals("box content", r.get("read-held secret.txt").data());
    assertEquals(SUCCESS, r.get("symlink link-out /rw box").errno());
    // The held descriptor's stored path now runs through a link to the outside: refused.
    assertEquals(ENOENT, r.get("read-held ./secret.txt").errno());
    assertEquals(ENOENT, r.get("ls-held").errno());
    assertOutsideUntouched();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void mountThatIsItselfASymlink(Engine engine) throws IOException {
    Path mountLink = Files.createSymbolicLink(tmp.resolve("mount-link"), rw);
    Sandbox sandbox =
        Sandbox.builder()
            .engine(engine)
            .mount(mountLink, "/m", Access.READ_WRITE)
            .args("read /m in.txt", "read /m secret.txt", "read /m ../outside/secret.txt")
            .captureOutput()
            .build();
    // Swapping the link after the sandbox is built does not move the mount: it was resolved once.
    Files.delete(mountLink);
    Files.createSymbolicLink(mountLink, outside);
    Map<String, Probe.Result> r =
        Probe.parse(
            sandbox.run(Probe.wasm()),
            "read /m in.txt",
            "read /m secret.txt",
            "read /m ../outside/secret.txt");
    assertEquals("inside", r.get("read /m in.txt").data());
    assertEquals(ENOENT, r.get("read /m secret.txt").errno());
    assertEquals(ENOTCAPABLE, r.get("read /m ../outside/secret.txt").errno());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void writesToAReadOnlyMount(Engine engine) throws IOException {
    Map<String, Probe.Result> r =
        probe(
            engine,
            "write /ro new.txt x",
            "open-write /ro doc.txt overwritten",
            "truncate /ro doc.txt",
            "set-size /ro doc.txt",
            "settimes /ro doc.txt",
            "mkdir /ro newdir",
            "rmdir /ro sub",
            "unlink /ro doc.txt",
            "rename /ro doc.txt /ro moved.txt",
            "symlink doc.txt /ro alias",
            "link /ro doc.txt /ro hard");
    r.forEach((c, x) -> assertEquals(EROFS, x.errno(), c));
    assertEquals("read-only content", Files.readString(ro.resolve("doc.txt")));
    assertTrue(Files.isDirectory(ro.resolve("sub")));
    try (Stream<Path> files = Files.list(ro)) {
      assertEquals(2, files.count(), "files appeared in the read-only mount");
    }
    Map<String, Probe.Result> reads = probe(engine, "read /ro doc.txt", "ls /ro .");
    assertEquals("read-only content", reads.get("read /ro doc.txt").data());
    assertEquals(".,..,doc.txt,sub", reads.get("ls /ro .").data());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void readOnlyMountBesideAReadWriteMount(Engine engine) throws IOException {
    Map<String, Probe.Result> r =
        probe(
            engine,
            "rename /ro doc.txt /rw stolen.txt",
            "rename /rw in.txt /ro planted.txt",
            "write /rw ../ro/doc.txt x",
            "symlink ../ro/doc.txt /rw alias",
            "link /ro doc.txt /rw hard");
    assertEquals(EROFS, r.get("rename /ro doc.txt /rw stolen.txt").errno());
    assertEquals(EROFS, r.get("rename /rw in.txt /ro planted.txt").errno());
    assertEquals(ENOTCAPABLE, r.get("write /rw ../ro/doc.txt x").errno());
    assertEquals(ENOTCAPABLE, r.get("symlink ../ro/doc.txt /rw alias").errno());
    assertNotEquals(SUCCESS, r.get("link /ro doc.txt /rw hard").errno());
    assertEquals("read-only content", Files.readString(ro.resolve("doc.txt")));
    assertTrue(Files.exists(rw.resolve("in.txt")));
    assertFalse(Files.exists(ro.resolve("planted.txt")));
    // And the host cannot configure a read-only mount inside a read-write one by mistake.
    SandboxException e =
        assertThrows(
            SandboxException.class,
            () ->
                Sandbox.builder()
                    .mount(rw, "/rw", Access.READ_WRITE)
                    .mount(rw.resolve("sub"), "/sub", Access.READ_ONLY)
                    .build());
    assertTrue(e.getMessage().contains("lies inside read-write mount"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void trailingSlashVariants(Engine engine) throws IOException {
    Map<String, Probe.Result> r =
        probe(
            engine,
            "read /rw link-out/",
            "read /rw sub/../link-out/",
            "ls /rw link-out/",
            "stat /rw link-secret/",
            "read /rw in.txt///",
            "read /rw in.txt/",
            "ls /rw sub///");
    assertEquals(ENOTCAPABLE, r.get("read /rw link-out/").errno());
    assertEquals(ENOTCAPABLE, r.get("read /rw sub/../link-out/").errno());
    assertEquals(ENOTCAPABLE, r.get("ls /rw link-out/").errno());
    assertEquals(ENOTCAPABLE, r.get("stat /rw link-secret/").errno());
    assertEquals(ENOTDIR, r.get("read /rw in.txt///").errno());
    assertEquals(ENOTDIR, r.get("read /rw in.txt/").errno());
    assertEquals(".,..", r.get("ls /rw sub///").data());
    assertOutsideUntouched();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void selfReferencingSymlink(Engine engine) throws IOException {
    assertAll(
        probe(
            engine,
            "read-follow /rw self",
            "read /rw self/x",
            "read-follow /rw loop-a",
            "stat-follow /rw loop-b",
            "write-follow /rw self x"),
        ELOOP);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void fdRenumberOntoItselfThenPathOpen(Engine engine) throws IOException {
    Map<String, Probe.Result> r =
        probe(engine, "renumber-self /rw in.txt", "renumber-self /rw ../outside/secret.txt");
    assertEquals("inside", r.get("renumber-self /rw in.txt").data());
    assertEquals(ENOTCAPABLE, r.get("renumber-self /rw ../outside/secret.txt").errno());
    assertOutsideUntouched();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void outOfBoundsIovecPointersAndLengths(Engine engine) {
    Map<String, Probe.Result> r =
        probe(
            engine,
            "oob-iovec-ptr",
            "oob-iovec-len",
            "oob-iovec-count",
            "oob-result",
            "oob-path /rw");
    assertEquals(EFAULT, r.get("oob-iovec-ptr").errno());
    assertEquals(EFAULT, r.get("oob-iovec-len").errno());
    assertEquals(EINVAL, r.get("oob-iovec-count").errno());
    assertEquals(EFAULT, r.get("oob-result").errno());
    assertEquals(EFAULT, r.get("oob-path /rw").errno());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void veryLongAndNulContainingPaths(Engine engine) {
    String longName = "n".repeat(300);
    Map<String, Probe.Result> r =
        probe(
            engine,
            "longpath /rw 5000",
            "longpath /rw 4000",
            "read /rw " + longName,
            "nul-path /rw in.txt");
    assertEquals(ENAMETOOLONG, r.get("longpath /rw 5000").errno());
    assertEquals(ENOENT, r.get("longpath /rw 4000").errno());
    assertEquals(ENAMETOOLONG, r.get("read /rw " + longName).errno());
    assertEquals(EINVAL, r.get("nul-path /rw in.txt").errno());
  }
}
