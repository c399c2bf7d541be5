package dev.samovar.compat.lang3;

import org.apache.commons.lang3.ArrayUtils;
import org.apache.commons.lang3.StringEscapeUtils;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.builder.ToStringBuilder;
import org.apache.commons.lang3.builder.ToStringStyle;
import org.apache.commons.lang3.math.NumberUtils;
import org.apache.commons.lang3.text.WordUtils;

/** Apache commons-lang3: StringUtils, ArrayUtils, NumberUtils, escaping, ToStringBuilder. */
public final class Main {
  private Main() {}

  @SuppressWarnings("deprecation")
  public static void main(String[] args) {
    System.out.println(StringUtils.capitalize("samovar") + " " + StringUtils.reverse("wasm"));
    System.out.println(
        "[" + StringUtils.center("tea", 9, '*') + "] " + StringUtils.repeat("ab", "-", 3));
    System.out.println(StringUtils.abbreviate("The quick brown fox jumps", 15));
    System.out.println(StringUtils.difference("i am a machine", "i am a robot"));
    System.out.println(StringUtils.getLevenshteinDistance("kitten", "sitting"));
    System.out.println(
        StringUtils.join(StringUtils.splitByCharacterTypeCamelCase("parseHTTPResponse42Now"), '|'));
    System.out.println(
        StringUtils.stripAccents("Éléphant à côté") + " " + StringUtils.isNumeric("12345"));
    System.out.println(
        WordUtils.wrap(
            "Samovar compiles a single-threaded Java module to one WebAssembly binary.", 20));

    int[] numbers = {5, 3, 9, 1};
    int[] more = ArrayUtils.addAll(numbers, 7, 2);
    ArrayUtils.reverse(more);
    System.out.println(ArrayUtils.toString(more) + " indexOf 9 = " + ArrayUtils.indexOf(more, 9));
    System.out.println(ArrayUtils.toString(ArrayUtils.removeElement(more, 9)));

    System.out.println(
        NumberUtils.toInt("12x", -1)
            + " "
            + NumberUtils.max(3, 17, 8)
            + " "
            + NumberUtils.isCreatable("0x1F"));
    System.out.println(
        NumberUtils.createNumber("0x1F") + " " + NumberUtils.createNumber("123456789012"));

    System.out.println(StringEscapeUtils.escapeJava("tab\there \"quote\" \u00e9"));
    System.out.println(StringEscapeUtils.escapeHtml4("<a href=\"x\">Tom & Jerry</a>"));
    System.out.println(StringEscapeUtils.unescapeXml("&lt;ok&gt; &amp; &quot;yes&quot;"));

    System.out.println(
        new ToStringBuilder("Point", ToStringStyle.SHORT_PREFIX_STYLE)
            .append("x", 3)
            .append("y", -4)
            .append("tags", new String[] {"a", "b"})
            .toString());
  }
}
