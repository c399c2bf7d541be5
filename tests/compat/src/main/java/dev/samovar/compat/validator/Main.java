package dev.samovar.compat.validator;

import org.apache.commons.validator.routines.CreditCardValidator;
import org.apache.commons.validator.routines.EmailValidator;
import org.apache.commons.validator.routines.ISBNValidator;
import org.apache.commons.validator.routines.InetAddressValidator;
import org.apache.commons.validator.routines.RegexValidator;
import org.apache.commons.validator.routines.UrlValidator;

/** Apache commons-validator routines: regex-driven e-mail, URL, IP, ISBN and card validation. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    EmailValidator email = EmailValidator.getInstance();
    for (String e :
        new String[] {
          "tea@samovar.dev", "bad@", "a.b+c@example.co.uk", "x@[127.0.0.1]", "no spaces@x.org"
        }) {
      System.out.println("email " + e + " " + email.isValid(e));
    }
    UrlValidator url = new UrlValidator(new String[] {"http", "https"});
    for (String u :
        new String[] {
          "https://samovar.dev/docs?q=1#top", "ftp://x.org", "http://256.1.1.1", "https://localhost"
        }) {
      System.out.println("url " + u + " " + url.isValid(u));
    }
    InetAddressValidator ip = InetAddressValidator.getInstance();
    for (String a :
        new String[] {"192.168.0.1", "300.1.1.1", "::1", "2001:db8::ff00:42:8329", "1:2:3"}) {
      System.out.println("ip " + a + " " + ip.isValid(a));
    }
    ISBNValidator isbn = ISBNValidator.getInstance();
    System.out.println(
        "isbn " + isbn.isValid("978-0-306-40615-7") + " " + isbn.convertToISBN13("0306406152"));
    System.out.println(
        "card "
            + new CreditCardValidator().isValid("4111111111111111")
            + " "
            + new CreditCardValidator().isValid("4111111111111112"));
    RegexValidator version = new RegexValidator("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?$");
    System.out.println(
        "regex "
            + version.isValid("1.2.3")
            + " "
            + version.validate("10.20")
            + " "
            + version.isValid("1.x"));
  }
}
