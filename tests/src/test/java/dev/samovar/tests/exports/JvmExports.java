package dev.samovar.tests.exports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference: every case run on the JVM by calling the Java methods the ABI model names ({@code
 * javaClass}, {@code javaMethod}), directly, by reflection.
 */
public final class JvmExports {
  private JvmExports() {}

  /** Case id → canonical result. */
  public static Map<String, String> run(Path casesFile, Path abiJson) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode abi = json.readTree(abiJson.toFile());
    Path data = casesFile.resolveSibling("data");
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode c : json.readTree(casesFile.toFile())) {
      String id = c.get("id").asText();
      if (c.has("handle")) {
        List<String> results = new ArrayList<>();
        Object[] self = {null};
        for (JsonNode op : c.get("ops")) {
          results.add(handleOp(abi, c.get("handle").asText(), self, op, data));
        }
        out.put(id, String.join(" ; ", results));
      } else {
        out.put(id, call(function(abi, c.get("call").asText()), null, c.get("args"), data));
      }
    }
    return out;
  }

  private static String handleOp(
      JsonNode abi, String handle, Object[] self, JsonNode op, Path data) {
    String name = op.get("call").asText();
    JsonNode h = find(abi.get("handles"), handle, "handle");
    try {
      if (name.equals("new")) {
        Class<?> cls = Class.forName(h.get("javaClass").asText());
        Object[] args = args(op.get("args"), data);
        self[0] = cls.getConstructors()[0].newInstance(args);
        return "handle";
      }
      if (name.equals("close") && !hasMethod(h, "close")) {
        return "void";
      }
      return call(find(h.get("methods"), name, handle), self[0], op.get("args"), data);
    } catch (InvocationTargetException e) {
      return Canonical.error(e.getCause().getClass().getName(), e.getCause().getMessage());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean hasMethod(JsonNode h, String name) {
    for (JsonNode m : h.get("methods")) {
      if (m.get("name").asText().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String call(JsonNode fn, Object self, JsonNode argNodes, Path data) {
    try {
      Method m = method(fn);
      Object r = m.invoke(self, args(argNodes, data));
      if (m.getReturnType() == void.class) {
        return "void";
      }
      return resultType(fn).equals("handle") && r != null ? "handle" : Canonical.of(r);
    } catch (InvocationTargetException e) {
      return Canonical.error(e.getCause().getClass().getName(), e.getCause().getMessage());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object[] args(JsonNode argNodes, Path data) {
    Object[] a = new Object[argNodes.size()];
    for (int k = 0; k < a.length; k++) {
      a[k] = CaseArgs.decode(argNodes.get(k), data);
    }
    return a;
  }

  private static Method method(JsonNode fn) throws ReflectiveOperationException {
    Class<?> cls = Class.forName(fn.get("javaClass").asText());
    String name = fn.get("javaMethod").asText();
    String descriptor = fn.get("descriptor").asText();
    for (Method m : cls.getMethods()) {
      if (m.getName().equals(name) && descriptor(m).equals(descriptor)) {
        return m;
      }
    }
    throw new NoSuchMethodException(cls.getName() + "." + name + descriptor);
  }

  private static String descriptor(Method m) {
    StringBuilder sb = new StringBuilder("(");
    for (Class<?> p : m.getParameterTypes()) {
      sb.append(descriptor(p));
    }
    return sb.append(')').append(descriptor(m.getReturnType())).toString();
  }

  private static String descriptor(Class<?> c) {
    if (c.isArray()) {
      return c.getName().replace('.', '/');
    }
    if (c.isPrimitive()) {
      return switch (c.getName()) {
        case "boolean" -> "Z";
        case "byte" -> "B";
        case "char" -> "C";
        case "short" -> "S";
        case "int" -> "I";
        case "long" -> "J";
        case "float" -> "F";
        case "double" -> "D";
        default -> "V";
      };
    }
    return "L" + c.getName().replace('.', '/') + ";";
  }

  /** The result's Java type, or {@code handle} for a handle class. */
  static String resultType(JsonNode fn) {
    JsonNode r = fn.get("result");
    return r.get("kind").asText().equals("handle") ? "handle" : r.get("type").asText();
  }

  static JsonNode function(JsonNode abi, String name) {
    return find(abi.get("functions"), name, abi.get("module").asText());
  }

  private static JsonNode find(JsonNode list, String name, String where) {
    for (JsonNode n : list) {
      if (n.get("name").asText().equals(name)) {
        return n;
      }
    }
    throw new IllegalArgumentException("no export '" + name + "' in " + where);
  }
}
