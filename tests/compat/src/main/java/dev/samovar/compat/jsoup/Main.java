package dev.samovar.compat.jsoup;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Elements;

/** jsoup: parse HTML, CSS selectors, text and attributes, modify, clean untrusted HTML. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    String html =
        "<html><head><title>Samovar &amp; friends</title></head><body>"
            + "<div id=main class='box'><p>First <b>bold</b> paragraph.</p>"
            + "<p class=note>Second with <a href='/docs'>a link</a> and <a href='https://example.org/x'>another</a>.</p>"
            + "<ul><li>tea<li>coffee<li>water</ul></div><script>var x = 1;</script></body></html>";
    Document doc = Jsoup.parse(html, "https://samovar.dev/");
    System.out.println("title " + doc.title());
    for (Element a : doc.select("a[href]")) {
      System.out.println("link " + a.text() + " -> " + a.attr("abs:href"));
    }
    Elements items = doc.select("#main ul > li");
    System.out.println("items " + items.size() + " " + items.eachText());
    System.out.println("note " + doc.selectFirst("p.note").text());
    doc.select("b").wrap("<i></i>");
    doc.getElementById("main").appendElement("p").text("Added <safely>");
    System.out.println(doc.body().html());
    String dirty =
        "<p onclick='evil()'>Hi <script>alert(1)</script><a href='javascript:x'>x</a><b>ok</b></p>";
    System.out.println("clean " + Jsoup.clean(dirty, Safelist.basic()));
  }
}
