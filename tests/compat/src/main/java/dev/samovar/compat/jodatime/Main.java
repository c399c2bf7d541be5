package dev.samovar.compat.jodatime;

import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.joda.time.Days;
import org.joda.time.LocalDate;
import org.joda.time.Period;
import org.joda.time.format.DateTimeFormat;
import org.joda.time.format.DateTimeFormatter;
import org.joda.time.format.ISODateTimeFormat;
import org.joda.time.format.ISOPeriodFormat;

/** Joda-Time: dates in UTC, arithmetic, periods, formatting and parsing. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    DateTime t = new DateTime(2024, 2, 28, 22, 30, 15, DateTimeZone.UTC);
    System.out.println("t " + t);
    System.out.println("plus 2 days " + t.plusDays(2) + " leap " + t.year().isLeap());
    System.out.println(
        "day of week "
            + t.dayOfWeek().getAsText(java.util.Locale.ENGLISH)
            + " week "
            + t.getWeekOfWeekyear());
    LocalDate a = new LocalDate(2000, 1, 1);
    LocalDate b = new LocalDate(2024, 7, 14);
    System.out.println("days between " + Days.daysBetween(a, b).getDays());
    Period p = new Period(a, b);
    System.out.println("period " + p + " = " + ISOPeriodFormat.standard().print(p.plusHours(5)));
    DateTimeFormatter fmt = DateTimeFormat.forPattern("yyyy-MM-dd HH:mm:ss").withZoneUTC();
    DateTime parsed = fmt.parseDateTime("1999-12-31 23:59:59");
    System.out.println(
        "parsed millis "
            + parsed.getMillis()
            + " iso "
            + ISODateTimeFormat.dateTime().print(parsed.plusSeconds(1)));
    System.out.println(
        "end of month " + new LocalDate(2023, 2, 10).dayOfMonth().withMaximumValue());
  }
}
