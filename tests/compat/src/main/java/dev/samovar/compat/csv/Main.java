package dev.samovar.compat.csv;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/** Apache commons-csv: parse with a header, quoted fields, other formats, and print. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws IOException {
    String input =
        "name,city,amount\n"
            + "Alice,\"Paris, France\",10\n"
            + "Bob,\"He said \"\"hi\"\"\",20\n"
            + "\"Multi\nLine\",Berlin,30\n";
    CSVFormat withHeader =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    int total = 0;
    try (CSVParser parser = withHeader.parse(new StringReader(input))) {
      System.out.println("header " + parser.getHeaderNames());
      for (CSVRecord record : parser) {
        Map<String, String> map = record.toMap();
        total += Integer.parseInt(record.get("amount"));
        System.out.println(
            record.getRecordNumber()
                + " "
                + map.get("name").replace("\n", "\\n")
                + " | "
                + map.get("city"));
      }
    }
    System.out.println("total " + total);

    try (CSVParser tsv = CSVFormat.TDF.parse(new StringReader("a\tb\tc\n1\t\t3\n"))) {
      for (CSVRecord record : tsv) {
        System.out.println("tsv " + record.size() + " " + record.toList());
      }
    }

    StringBuilder out = new StringBuilder();
    CSVFormat printFormat =
        CSVFormat.DEFAULT
            .builder()
            .setHeader("id", "text", "flag")
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\n")
            .build();
    try (CSVPrinter printer = new CSVPrinter(out, printFormat)) {
      printer.printRecord(1, "plain", true);
      printer.printRecord(2, "needs, quoting", false);
      printer.printRecord(3, "quote \" inside", null);
      printer.printComment("ignored without a comment marker");
    }
    System.out.print(out);

    CSVFormat excel = CSVFormat.EXCEL.builder().setDelimiter(';').build();
    try (CSVParser parser = excel.parse(new StringReader("x;y\r\n\"1;2\";3\r\n"))) {
      System.out.println("excel " + parser.getRecords().size());
    }
  }
}
