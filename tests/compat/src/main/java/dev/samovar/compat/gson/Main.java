package dev.samovar.compat.gson;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.util.ArrayList;
import java.util.List;

/** Gson: tree model, pretty printing, object binding by reflection, errors. */
public final class Main {
  private Main() {}

  /** A plain class Gson binds by reflection. */
  static final class Kettle {
    String name;
    int liters;
    boolean electric;
    List<String> tags = new ArrayList<>();
  }

  public static void main(String[] args) {
    JsonObject tree =
        JsonParser.parseString("{\"a\":1,\"b\":[true,null,\"x\"],\"c\":{\"d\":\"e\"}}")
            .getAsJsonObject();
    System.out.println("a " + tree.get("a").getAsInt() + " keys " + tree.keySet());
    JsonArray b = tree.getAsJsonArray("b");
    for (JsonElement e : b) {
      System.out.println("b " + e + " " + e.isJsonNull());
    }
    tree.addProperty("added", "value \u2615");
    Gson pretty = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    System.out.println(pretty.toJson(tree));

    Gson gson = new Gson();
    Kettle k =
        gson.fromJson(
            "{\"name\":\"samovar\",\"liters\":5,\"electric\":false,\"tags\":[\"brass\",\"tea\"]}",
            Kettle.class);
    System.out.println("bound " + k.name + " " + k.liters + " " + k.electric + " " + k.tags);
    k.liters++;
    System.out.println(gson.toJson(k));
    try {
      JsonParser.parseString("{\"a\": }");
    } catch (JsonSyntaxException e) {
      System.out.println("error " + e.getClass().getSimpleName());
    }
  }
}
