package dev.samovar.compat.orgjson;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.json.XML;

/** org.json (JSON-java): parse, build, pretty-print, XML conversion, errors. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    JSONObject doc =
        new JSONObject(
            "{\"name\":\"Samovar\",\"hosts\":[\"chicory\",\"node\",\"pyodide\"],"
                + "\"size\":{\"raw\":1024,\"gzip\":512},\"stable\":false,\"note\":null}");
    System.out.println("name " + doc.getString("name"));
    JSONArray hosts = doc.getJSONArray("hosts");
    for (int i = 0; i < hosts.length(); i++) {
      System.out.println("host " + i + " " + hosts.getString(i));
    }
    System.out.println("gzip " + doc.getJSONObject("size").getInt("gzip"));
    System.out.println(
        "optString " + doc.optString("missing", "default") + " isNull " + doc.isNull("note"));

    JSONObject built = new JSONObject();
    built.put("id", 7);
    built.put("ok", true);
    built.put("list", new JSONArray().put(1).put("two").put(new JSONObject().put("three", 3)));
    built.put("escaped", "quote \" slash / tab \t");
    System.out.println(built.similar(new JSONObject(built.toString())));
    System.out.println(new JSONObject(built.toString()).getJSONArray("list").toString(2));

    JSONArray array = new JSONArray(new JSONTokener("[10, 20, 30, \"x\"]"));
    long sum = 0;
    for (int i = 0; i < 3; i++) {
      sum += array.getLong(i);
    }
    System.out.println("sum " + sum + " last " + array.get(3));

    JSONObject fromXml =
        XML.toJSONObject("<item id=\"5\"><name>kettle</name><tag>a</tag><tag>b</tag></item>");
    System.out.println("xml " + fromXml.getJSONObject("item").getJSONArray("tag").length());
    System.out.println(XML.toString(new JSONObject("{\"a\":{\"b\":\"c\"}}")));

    try {
      new JSONObject("{\"broken\": [1, 2}");
    } catch (JSONException e) {
      System.out.println("error " + e.getMessage());
    }
  }
}
