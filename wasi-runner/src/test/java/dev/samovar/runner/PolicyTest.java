package dev.samovar.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.samovar.api.LimitException;
import dev.samovar.api.SandboxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON sandbox policies: mounts relative to the file, env, limits, and strict keys. */
class PolicyTest {
  @Test
  void appliesMountsEnvironmentAndLimits(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/doc.txt"), "from the policy");
    Path policy =
        Files.writeString(
            dir.resolve("policy.json"),
            "{\"mounts\": [{\"host\": \"data\", \"guest\": \"/data\", \"access\": \"read-only\"}],"
                + " \"env\": {\"MODE\": \"strict\"},"
                + " \"limits\": {\"timeout\": \"300ms\", \"maxMemory\": \"16M\", \"maxOutput\": \"1K\"}}");
    Sandbox.Builder b = Policy.read(policy).applyTo(Sandbox.builder());
    assertEquals(Access.READ_ONLY, b.mounts().get(0).access());
    assertEquals("strict", b.env().get("MODE"));
    assertEquals(16L << 20, b.maxMemoryBytes());
    assertEquals(1024, b.effectiveMaxOutput());
    RunResult r =
        b.args("read /data doc.txt", "write /data doc.txt x")
            .captureOutput()
            .build()
            .run(Guests.get("probe"));
    assertEquals(
        "read /data doc.txt -> 0 from the policy\nwrite /data doc.txt x -> 69\n", r.stdoutText());
    LimitException slow =
        assertThrows(
            LimitException.class,
            () -> Policy.read(policy).applyTo(Sandbox.builder()).build().run(Guests.get("spin")));
    assertEquals("time", slow.field("limit"));
  }

  @Test
  void unknownKeysAreErrorsThatNameTheKey(@TempDir Path dir) throws Exception {
    Path policy = Files.writeString(dir.resolve("p.json"), "{\"limits\": {\"timout\": \"5s\"}}");
    SandboxException e = assertThrows(SandboxException.class, () -> Policy.read(policy));
    assertTrue(e.getMessage().contains("unknown key \"limits.timout\""), e.getMessage());
    Path bad = Files.writeString(dir.resolve("q.json"), "[1, 2]");
    assertThrows(SandboxException.class, () -> Policy.read(bad));
    Path access =
        Files.writeString(
            dir.resolve("r.json"),
            "{\"mounts\": [{\"host\": \".\", \"guest\": \"/x\", \"access\": \"write-only\"}]}");
    SandboxException a = assertThrows(SandboxException.class, () -> Policy.read(access));
    assertTrue(a.getMessage().contains("write-only"), a.getMessage());
  }
}
