package dev.samovar.tests.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bench's reader of the node scripts' JSON output. */
class JsonTest {
  @Test
  void readsTheNodeScriptsShapes() {
    Object v =
        Json.parse(
            "{\"host\":\"node\",\"results\":{\"node\":[{\"op\":\"stats\",\"size\":1000,"
                + "\"median\":0.07,\"n\":5},{\"op\":\"sort\",\"skipped\":\"over 2500 ms\"}]},"
                + "\"key\":null,\"ok\":true,\"s\":\"a\\tb\\u00e9\\\"\",\"e\":-1.5e-3,\"x\":[]}");
    Map<?, ?> m = (Map<?, ?>) v;
    assertEquals("node", m.get("host"));
    List<?> rows = (List<?>) ((Map<?, ?>) m.get("results")).get("node");
    assertEquals(1000.0, ((Map<?, ?>) rows.get(0)).get("size"));
    assertEquals("over 2500 ms", ((Map<?, ?>) rows.get(1)).get("skipped"));
    assertNull(m.get("key"));
    assertEquals(Boolean.TRUE, m.get("ok"));
    assertEquals("a\tbé\"", m.get("s"));
    assertEquals(-1.5e-3, m.get("e"));
    assertEquals(List.of(), m.get("x"));
  }

  @Test
  void malformedInputNamesTheOffset() {
    for (String bad :
        new String[] {"{", "{\"a\" 1}", "[1,]", "\"open", "{} x", "nul", "{\"a\":-}"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Json.parse(bad), bad);
      assertTrue(e.getMessage().contains("at offset"), e.getMessage());
    }
  }
}
