package dev.samovar.build.bindings.abi;

import java.util.List;
import java.util.Map;

/**
 * Documentation of an export, from its Javadoc, as plain text with {@code `code`} spans (inline
 * tags and HTML already resolved).
 *
 * @param text the main description (paragraphs separated by blank lines)
 * @param params parameter name to description
 * @param returns the {@code @return} text, or {@code ""}
 * @param thrown the {@code @throws} clauses
 */
public record Doc(String text, Map<String, String> params, String returns, List<Thrown> thrown) {
  /** No documentation. */
  public static final Doc EMPTY = new Doc("", Map.of(), "", List.of());

  /**
   * One {@code @throws} clause.
   *
   * @param type the exception's simple name as written
   * @param text its description
   */
  public record Thrown(String type, String text) {}

  public boolean isEmpty() {
    return text.isEmpty() && params.isEmpty() && returns.isEmpty() && thrown.isEmpty();
  }

  /** The first sentence of the description. */
  public String summary() {
    String t = text.replace('\n', ' ');
    int end = t.indexOf(". ");
    return end < 0 ? t.strip() : t.substring(0, end + 1).strip();
  }
}
