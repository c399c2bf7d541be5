package dev.samovar.compat.reflection;

/**
 * Reflection the build can see: built without {@code <reflection>}, it must fail naming these call
 * sites (ReflectionCheckTest).
 */
public final class Unlisted {
  private Unlisted() {}

  public static void main(String[] args) throws Exception {
    Class<?> k = Class.forName("dev.samovar.compat.reflection.Kettle");
    System.out.println(k.getName());
    System.out.println(Kettle.class.getMethod("brew", int.class).invoke(new Kettle(), 1));
  }
}
