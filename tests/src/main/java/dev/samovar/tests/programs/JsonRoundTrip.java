package dev.samovar.tests.programs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a JSON document, serializes it, parses it back and re-serializes (a small JSON codec). */
public final class JsonRoundTrip {
  private JsonRoundTrip() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", (double) i);
      item.put("name", "item \"" + i + "\" ☕");
      item.put("price", i * 1.25 + 0.1);
      item.put("tags", List.of("a" + (i % 7), "b" + (i % 3)));
      item.put("active", i % 2 == 0);
      item.put("parent", i % 5 == 0 ? null : (double) (i / 5));
      items.add(item);
    }
    String text = write(items);
    Object parsed = new Parser(text).value();
    String again = write(parsed);
    System.out.println(
        text.length() + " chars, round trip " + (text.equals(again) ? "ok" : "DIFFERENT"));
    System.out.println(again.substring(0, Math.min(160, again.length())));
    System.out.println(Integer.toHexString(again.hashCode()));
  }

  static String write(Object v) {
    StringBuilder sb = new StringBuilder();
    write(v, sb);
    return sb.toString();
  }

  private static void write(Object v, StringBuilder sb) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String) {
      sb.append('"');
      String s = (String) v;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c < 0x20) {
          sb.append("\\u00")
              .append(Character.forDigit(c >> 4, 16))
              .append(Character.forDigit(c & 15, 16));
        } else {
          sb.append(c);
        }
      }
      sb.append('"');
    } else if (v instanceof Double) {
      sb.append(v);
    } else if (v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof Map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(e.getKey(), sb);
        sb.append(':');
        write(e.getValue(), sb);
      }
      sb.append('}');
    } else {
      sb.append('[');
      boolean first = true;
      for (Object o : (List<?>) v) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(o, sb);
      }
      sb.append(']');
    }
  }

  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    Object value() {
      char c = s.charAt(i);
      switch (c) {
        case '{':
          i++;
          Map<String, Object> m = new LinkedHashMap<>();
          if (s.charAt(i) == '}') {
            i++;
            return m;
          }
          while (true) {
            String k = (String) value();
            i++;
            m.put(k, value());
            if (s.charAt(i++) == '}') {
              return m;
            }
          }
        case '[':
          i++;
          List<Object> l = new ArrayList<>();
          if (s.charAt(i) == ']') {
            i++;
            return l;
          }
          while (true) {
            l.add(value());
            if (s.charAt(i++) == ']') {
              return l;
            }
          }
        case '"':
          StringBuilder sb = new StringBuilder();
          i++;
          while (s.charAt(i) != '"') {
            char ch = s.charAt(i++);
            if (ch == '\\') {
              char e = s.charAt(i++);
              if (e == 'u') {
                sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                i += 4;
              } else {
                sb.append(e);
              }
            } else {
              sb.append(ch);
            }
          }
          i++;
          return sb.toString();
        case 't':
          i += 4;
          return Boolean.TRUE;
        case 'f':
          i += 5;
          return Boolean.FALSE;
        case 'n':
          i += 4;
          return null;
        default:
          int start = i;
          while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
          }
          return Double.parseDouble(s.substring(start, i));
      }
    }
  }
}
