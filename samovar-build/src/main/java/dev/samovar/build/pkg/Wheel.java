package dev.samovar.build.pkg;

import dev.samovar.api.BuildException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A pure-Python wheel ({@code <name>-<version>-py3-none-any.whl}, PEP 427) holding a package
 * directory as is: for a Samovar module, the generated bindings, the runtime files and the {@code
 * .wasm}. The archive is reproducible: entries sorted, fixed timestamps.
 */
public final class Wheel {
  /** PEP 440 public versions (the subset a build writes). */
  private static final Pattern PEP440 =
      Pattern.compile(
          "(\\d+!)?\\d+(\\.\\d+)*((a|b|rc)\\d+)?(\\.post\\d+)?(\\.dev\\d+)?(\\+[a-z0-9]+(\\.[a-z0-9]+)*)?");

  private static final long FIXED_TIME = 315_576_000_000L + 86_400_000L; // 1980-01-02 UTC

  private final String name;
  private final String version;
  private final String summary;
  private final Path packageDir;
  private final Map<String, byte[]> extra;

  private Wheel(Builder b) {
    if (b.name == null || !b.name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new BuildException(
          "wheel: the package name '" + b.name + "' is not a Python identifier", Map.of(), null);
    }
    if (b.packageDir == null || !Files.isDirectory(b.packageDir)) {
      throw new BuildException(
          "wheel: the package directory "
              + b.packageDir
              + " does not exist (were the Python"
              + " bindings generated?)",
          Map.of(),
          null);
    }
    this.name = b.name;
    this.version = pythonVersion(b.version);
    this.summary =
        b.summary == null ? "Java module " + b.name + " compiled to WebAssembly" : b.summary;
    this.packageDir = b.packageDir;
    this.extra = new TreeMap<>(b.extra);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A Maven version as a PEP 440 version: {@code 1.2.0-SNAPSHOT} → {@code 1.2.0.dev0}; fails for
   * one that has no PEP 440 form, naming it.
   */
  public static String pythonVersion(String mavenVersion) {
    if (mavenVersion == null || mavenVersion.isBlank()) {
      throw new BuildException("wheel: no version given", Map.of(), null);
    }
    String v = mavenVersion.strip().toLowerCase(Locale.ROOT);
    if (v.endsWith("-snapshot")) {
      v = v.substring(0, v.length() - "-snapshot".length()) + ".dev0";
    }
    if (!PEP440.matcher(v).matches()) {
      throw new BuildException(
          "wheel: version '"
              + mavenVersion
              + "' has no PEP 440 form (use e.g. 1.2.0, 1.2.0rc1 or 1.2.0-SNAPSHOT)",
          Map.of("version", mavenVersion),
          null);
    }
    return v;
  }

  public String name() {
    return name;
  }

  public String version() {
    return version;
  }

  /** {@code <name>-<version>-py3-none-any.whl}. */
  public String fileName() {
    return name + "-" + version + "-py3-none-any.whl";
  }

  /** Writes the wheel into {@code dir}; returns its path. */
  public Path write(Path dir) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(fileName());
      Files.write(file, bytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The wheel's bytes. */
  public byte[] bytes() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(packageDir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String rel = packageDir.relativize(p).toString().replace('\\', '/');
        if (rel.contains("__pycache__/") || rel.endsWith(".pyc")) {
          continue;
        }
        files.put(name + "/" + rel, Files.readAllBytes(p));
      }
    }
    for (Map.Entry<String, byte[]> e : extra.entrySet()) {
      files.put(name + "/" + e.getKey(), e.getValue());
    }
    String info = name + "-" + version + ".dist-info/";
    files.put(info + "METADATA", metadata().getBytes(StandardCharsets.UTF_8));
    files.put(info + "WHEEL", wheelFile().getBytes(StandardCharsets.UTF_8));
    files.put(info + "top_level.txt", (name + "\n").getBytes(StandardCharsets.UTF_8));
    StringBuilder record = new StringBuilder();
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      record
          .append(e.getKey())
          .append(",sha256=")
          .append(Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(e.getValue())))
          .append(',')
          .append(e.getValue().length)
          .append('\n');
    }
    record.append(info).append("RECORD,,\n");
    files.put(info + "RECORD", record.toString().getBytes(StandardCharsets.UTF_8));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      // dist-info last, as PEP 427 recommends
      for (boolean distInfo : new boolean[] {false, true}) {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
          if (e.getKey().startsWith(info) != distInfo) {
            continue;
          }
          ZipEntry z = new ZipEntry(e.getKey());
          z.setTime(FIXED_TIME);
          zip.putNextEntry(z);
          zip.write(e.getValue());
          zip.closeEntry();
        }
      }
    }
    return out.toByteArray();
  }

  private String metadata() {
    return "Metadata-Version: 2.1\n"
        + "Name: "
        + name
        + "\nVersion: "
        + version
        + "\nSummary: "
        + summary.replace('\n', ' ')
        + "\nRequires-Python: >=3.12\n"
        + "Classifier: Programming Language :: Java\n"
        + "Classifier: Programming Language :: Python :: 3\n";
  }

  private static String wheelFile() {
    return "Wheel-Version: 1.0\nGenerator: samovar-build\nRoot-Is-Purelib: true\nTag: py3-none-any\n";
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256Hex(byte[] data) {
    return HexFormat.of().formatHex(sha256(data));
  }

  /** Options of a {@link Wheel}. */
  public static final class Builder {
    private String name;
    private String version;
    private String summary;
    private Path packageDir;
    private final Map<String, byte[]> extra = new TreeMap<>();

    private Builder() {}

    /** The distribution and import name (a Python identifier; the module name). */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The version, Maven or PEP 440 ({@code -SNAPSHOT} becomes {@code .dev0}). */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /** One line for the METADATA Summary (default: "Java module NAME compiled to WebAssembly"). */
    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    /** The package directory whose files go under {@code <name>/} in the wheel. */
    public Builder packageDir(Path dir) {
      this.packageDir = dir;
      return this;
    }

    /** One more file of the package, {@code relativePath} under {@code <name>/}. */
    public Builder file(String relativePath, byte[] content) {
      extra.put(relativePath, content.clone());
      return this;
    }

    public Wheel build() {
      return new Wheel(this);
    }
  }
}
