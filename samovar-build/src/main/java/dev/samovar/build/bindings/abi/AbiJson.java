package dev.samovar.build.bindings.abi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The JSON forms of an {@link AbiModel}: the compact {@code samovar.abi} custom section every
 * loader checks, and the full {@code <module>.abi.json} written beside the module (docs/abi.md).
 * Keys are written in a fixed order so two builds give the same bytes.
 */
public final class AbiJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AbiJson() {}

  /** The custom section's content: {@code {"abi", "module", "interface", "exports"}}. */
  public static byte[] section(AbiModel model) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("abi", AbiModel.VERSION);
    root.put("module", model.module());
    root.put("interface", model.interfaceHash());
    ArrayNode exports = root.putArray("exports");
    model.signatures().forEach(exports::add);
    return compact(root);
  }

  /** The full model: every function and handle with types, nullability and documentation. */
  public static byte[] full(AbiModel model) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("abi", AbiModel.VERSION);
    root.put("module", model.module());
    root.put("interface", model.interfaceHash());
    ArrayNode functions = root.putArray("functions");
    for (AbiFunction f : model.functions()) {
      functions.add(function(f));
    }
    ArrayNode handles = root.putArray("handles");
    for (AbiHandle h : model.handles()) {
      ObjectNode n = handles.addObject();
      n.put("name", h.name());
      n.put("javaClass", h.javaClass());
      n.set("doc", doc(h.doc()));
      if (h.constructor() != null) {
        n.set("constructor", function(h.constructor()));
      } else {
        n.putNull("constructor");
      }
      ArrayNode methods = n.putArray("methods");
      for (AbiFunction m : h.methods()) {
        methods.add(function(m));
      }
      n.set("close", function(h.close()));
    }
    try {
      return (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode function(AbiFunction f) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("export", f.exportName());
    n.put("name", f.name());
    n.put("role", f.role().name().toLowerCase(java.util.Locale.ROOT));
    n.put("javaClass", f.owner());
    n.put("javaMethod", f.javaName());
    n.put("descriptor", f.descriptor());
    if (f.handle() != null) {
      n.put("handle", f.handle());
    }
    ArrayNode params = n.putArray("params");
    for (AbiParam p : f.params()) {
      ObjectNode pn = params.addObject();
      pn.put("name", p.name());
      type(pn, p.type());
      pn.put("nullable", p.nullable());
    }
    ObjectNode result = n.putObject("result");
    type(result, f.result());
    result.put("nullable", f.resultNullable());
    n.set("doc", doc(f.doc()));
    return n;
  }

  private static void type(ObjectNode n, AbiType t) {
    n.put("type", t.spelling());
    n.put("kind", t.kind().name().toLowerCase(java.util.Locale.ROOT));
    if (t.handle() != null) {
      n.put("handle", t.handle());
    }
  }

  private static ObjectNode doc(Doc d) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("text", d.text());
    ObjectNode params = n.putObject("params");
    for (Map.Entry<String, String> e : d.params().entrySet()) {
      params.put(e.getKey(), e.getValue());
    }
    n.put("returns", d.returns());
    ArrayNode thrown = n.putArray("throws");
    for (Doc.Thrown t : d.thrown()) {
      thrown.addObject().put("type", t.type()).put("text", t.text());
    }
    return n;
  }

  private static byte[] compact(ObjectNode root) {
    try {
      return new ObjectMapper().writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
