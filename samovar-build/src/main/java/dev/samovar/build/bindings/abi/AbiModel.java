package dev.samovar.build.bindings.abi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The typed interface of one module: its free functions and handle classes. Every emitter works
 * from this model only, never from class files.
 *
 * @param module the module name
 * @param functions free functions, sorted by export name
 * @param handles handle classes, sorted by name
 */
public record AbiModel(String module, List<AbiFunction> functions, List<AbiHandle> handles) {
  /** The ABI version this build writes (docs/abi.md). */
  public static final int VERSION = 1;

  /** Name of the custom section recording the ABI version and interface. */
  public static final String SECTION = "samovar.abi";

  public boolean isEmpty() {
    return functions.isEmpty() && handles.isEmpty();
  }

  /** Every export: functions, then each handle's constructor, methods and close. */
  public List<AbiFunction> allExports() {
    List<AbiFunction> all = new ArrayList<>(functions);
    for (AbiHandle h : handles) {
      if (h.constructor() != null) {
        all.add(h.constructor());
      }
      all.addAll(h.methods());
      all.add(h.close());
    }
    return all;
  }

  /** One line per export: the canonical text the interface hash is taken over. */
  public List<String> signatures() {
    List<String> out = new ArrayList<>();
    for (AbiFunction f : allExports()) {
      StringBuilder sb = new StringBuilder(f.exportName()).append('(');
      if (f.role() == Role.METHOD || f.role() == Role.CLOSE) {
        sb.append(f.handle()).append(" this");
        if (!f.params().isEmpty()) {
          sb.append(", ");
        }
      }
      for (int i = 0; i < f.params().size(); i++) {
        AbiParam p = f.params().get(i);
        sb.append(i > 0 ? ", " : "")
            .append(p.type().spelling())
            .append(p.nullable() && !p.type().kind().isBoxed() ? "?" : "")
            .append(' ')
            .append(p.name());
      }
      sb.append(") -> ")
          .append(f.result().spelling())
          .append(f.resultNullable() && !f.result().kind().isBoxed() ? "?" : "");
      out.add(sb.toString());
    }
    return out;
  }

  /**
   * First 16 hex digits of the SHA-256 of {@link #signatures()}: bindings and module must agree.
   */
  public String interfaceHash() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(("samovar.abi " + VERSION + "\n").getBytes(StandardCharsets.UTF_8));
      for (String s : signatures()) {
        md.update((s + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the {@code samovar.abi} section holds: version, module, interface hash, signatures. */
  public Map<String, Object> sectionContent() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("abi", VERSION);
    m.put("module", module);
    m.put("interface", interfaceHash());
    m.put("exports", signatures());
    return m;
  }
}
