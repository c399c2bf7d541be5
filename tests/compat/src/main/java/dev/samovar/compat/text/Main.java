package dev.samovar.compat.text;

import java.util.Map;
import org.apache.commons.text.CaseUtils;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.WordUtils;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Apache commons-text: substitution, case conversion, wrapping, similarity, escaping. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    StringSubstitutor sub = new StringSubstitutor(Map.of("animal", "fox", "target", "dog"));
    System.out.println(
        sub.replace("The quick ${animal} jumps over the lazy ${target} (${missing:-none})."));
    System.out.println(CaseUtils.toCamelCase("bring your own java", false, ' '));
    System.out.println(CaseUtils.toCamelCase("TO-WASM-AND-BACK", true, '-'));
    System.out.println(
        WordUtils.wrap(
            "Popular libraries should compile unchanged and give the JVM's answers.",
            24,
            "\n",
            true));
    System.out.println(
        WordUtils.initials("Java Virtual Machine") + " " + WordUtils.swapCase("Hello World"));
    LevenshteinDistance lev = LevenshteinDistance.getDefaultInstance();
    System.out.println(
        "levenshtein " + lev.apply("samovar", "samurai") + " " + lev.apply("", "abc"));
    Double jw = new JaroWinklerSimilarity().apply("MARTHA", "MARHTA");
    System.out.println("jaro-winkler*1e6 " + Math.round(jw * 1_000_000));
    System.out.println(StringEscapeUtils.escapeJson("line\n\"quoted\"\t/ \u2615"));
    System.out.println(StringEscapeUtils.escapeCsv("a,b\"c"));
  }
}
