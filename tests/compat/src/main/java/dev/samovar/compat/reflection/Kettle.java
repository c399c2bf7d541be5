package dev.samovar.compat.reflection;

/** A class the reflection fixture keeps ({@code <reflection>} in the pom) and uses by name. */
public class Kettle {
  public static int made;
  public final String name;
  public int liters;
  private String secret = "leaf";

  public Kettle(String name, int liters) {
    this.name = name;
    this.liters = liters;
    made++;
  }

  public Kettle() {
    this("plain", 1);
  }

  public String brew(int cups) {
    return name + " brews " + cups + " cups from " + liters + " l";
  }

  public double ratio(long a, double b) {
    return a / b;
  }

  public static String describe(String what) {
    return "kettle of " + what;
  }

  public void fail() {
    throw new IllegalStateException("too hot");
  }

  String hidden() {
    return secret;
  }
}
