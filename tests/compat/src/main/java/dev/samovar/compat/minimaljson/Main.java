package dev.samovar.compat.minimaljson;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import com.eclipsesource.json.ParseException;
import com.eclipsesource.json.WriterConfig;

/** minimal-json: parse, navigate, build, pretty-print and reject bad input. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    String text =
        "{\"name\":\"Samovar\",\"version\":1,\"tags\":[\"wasm\",\"java\",\"\\u2615\"],"
            + "\"ratio\":0.25,\"big\":12345678901234,\"nested\":{\"ok\":true,\"none\":null}}";
    JsonObject doc = Json.parse(text).asObject();
    System.out.println("name " + doc.get("name").asString());
    System.out.println("version " + doc.getInt("version", -1));
    System.out.println("big " + doc.get("big").asLong());
    System.out.println("ratio " + doc.get("ratio"));
    JsonArray tags = doc.get("tags").asArray();
    for (JsonValue tag : tags) {
      System.out.println("tag " + tag.asString() + " " + tag.isString());
    }
    for (JsonObject.Member m : doc.get("nested").asObject()) {
      System.out.println("nested " + m.getName() + " = " + m.getValue());
    }

    JsonObject built =
        Json.object()
            .add("id", 42)
            .add("label", "line\nbreak \"quoted\"")
            .add("values", Json.array(1, 2, 3).add(Json.object().add("deep", false)))
            .add("missing", Json.NULL);
    built.set("id", 43);
    built.remove("missing");
    System.out.println(built.toString());
    System.out.println(built.toString(WriterConfig.PRETTY_PRINT));
    System.out.println("equal after round trip " + Json.parse(built.toString()).equals(built));

    for (String bad : new String[] {"{\"a\":}", "[1,2", "tru"}) {
      try {
        Json.parse(bad);
      } catch (ParseException e) {
        System.out.println("bad " + bad + ": " + e.getMessage());
      }
    }
  }
}
