package dev.samovar.build.bindings.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.samovar.build.bindings.abi.Doc;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JavadocTextTest {
  @Test
  void blockTagsAreSplitEvenWhenIndented() {
    Doc d =
        JavadocText.parse(
            " Scales every value.\n\n @param xs the values\n @param factor the"
                + "\n   factor\n @return the {@code xs} scaled\n @throws java.lang.IllegalArgumentException"
                + " if empty\n @since 1.0\n");
    assertEquals("Scales every value.", d.text());
    assertEquals(Map.of("xs", "the values", "factor", "the factor"), d.params());
    assertEquals("the `xs` scaled", d.returns());
    assertEquals(List.of(new Doc.Thrown("IllegalArgumentException", "if empty")), d.thrown());
  }

  @Test
  void inlineTagsAndHtmlBecomePlainText() {
    Doc d =
        JavadocText.parse(
            "Uses {@link java.util.List#of() the list}, {@link #other} and <b>bold</b>"
                + " &lt;x&gt;.<p>Second\n paragraph.<ul><li>one<li>two</ul>");
    assertEquals(
        "Uses the list, `other` and bold <x>.\n\nSecond paragraph.\n\n- one\n- two", d.text());
  }

  @Test
  void blankOrMissingCommentIsEmpty() {
    assertEquals(Doc.EMPTY, JavadocText.parse(null));
    assertEquals(Doc.EMPTY, JavadocText.parse("  \n "));
  }
}
