package dev.samovar.tests;

import dev.samovar.tests.hosts.ChicoryHost;
import dev.samovar.tests.hosts.Host;
import dev.samovar.tests.hosts.JsWasiHost;
import dev.samovar.tests.hosts.NodeWasiHost;
import dev.samovar.tests.hosts.PyodideHost;
import dev.samovar.tests.hosts.WasmtimeHost;
import java.nio.file.Path;
import java.util.List;

/** The wasm hosts every cross-host test runs on, and where the built modules are. */
final class Hosts {
  private Hosts() {}

  static List<Host> wasmHosts() {
    return List.of(
        ChicoryHost.interpreter(),
        ChicoryHost.compiler(),
        new NodeWasiHost(),
        new WasmtimeHost(),
        JsWasiHost.node(),
        JsWasiHost.chromium(),
        new PyodideHost());
  }

  static Path repo() {
    return Path.of(System.getProperty("samovar.repo", "..")).toAbsolutePath().normalize();
  }

  static Path fixture(String module) {
    return Path.of(System.getProperty("samovar.fixtures", "target/samovar"), module + ".wasm");
  }

  static Path fixtureClasses() {
    return Path.of(System.getProperty("samovar.fixtureClasses", "target/classes"));
  }

  static Path coreWasm() {
    return repo().resolve("wasm-core/target/samovar/javacore.wasm");
  }

  /** jzlib's jar, which javacore needs on the JVM (the class-path entry that holds its classes). */
  static Path jzlib() {
    try {
      return Path.of(
          com.jcraft.jzlib.Deflater.class
              .getProtectionDomain()
              .getCodeSource()
              .getLocation()
              .toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path coreClasses() {
    return repo().resolve("wasm-core/target/classes");
  }
}
