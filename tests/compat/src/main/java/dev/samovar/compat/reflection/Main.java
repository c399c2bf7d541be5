package dev.samovar.compat.reflection;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Reflection as libraries use it, on a class the build was told to keep. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    String name = "dev.samovar.compat.reflection." + (args.length > 0 ? args[0] : "Kettle");
    Class<?> k = Class.forName(name);
    System.out.println("forName " + k.getName() + " " + k.getSimpleName());
    Constructor<?> ctor = k.getConstructor(String.class, int.class);
    Object kettle = ctor.newInstance("samovar", 5);
    System.out.println(
        "constructors " + k.getConstructors().length + " made " + k.getField("made").get(null));
    Method brew = k.getMethod("brew", int.class);
    System.out.println(
        brew.getName()
            + " -> "
            + brew.invoke(kettle, 3)
            + " returns "
            + brew.getReturnType().getName());
    System.out.println(
        "ratio " + k.getMethod("ratio", long.class, double.class).invoke(kettle, 7L, 2.0));
    System.out.println("static " + k.getMethod("describe", String.class).invoke(null, "tea"));
    System.out.println(
        "methods "
            + Arrays.stream(k.getMethods())
                .filter(m -> m.getDeclaringClass() == k)
                .map(
                    m ->
                        Modifier.toString(m.getModifiers())
                            + " "
                            + m.getName()
                            + m.getParameterCount())
                .sorted()
                .collect(Collectors.joining(", ")));
    System.out.println(
        "declared methods "
            + Arrays.stream(k.getDeclaredMethods())
                .map(Method::getName)
                .sorted()
                .collect(Collectors.joining(",")));
    System.out.println(
        "fields "
            + Arrays.stream(k.getDeclaredFields())
                .map(
                    f ->
                        Modifier.toString(f.getModifiers())
                            + " "
                            + f.getType().getName()
                            + " "
                            + f.getName())
                .sorted()
                .collect(Collectors.joining(", ")));
    Field liters = k.getDeclaredField("liters");
    liters.set(kettle, 7);
    System.out.println("liters " + liters.get(kettle) + " " + brew.invoke(kettle, 1));
    try {
      k.getMethod("fail").invoke(kettle);
    } catch (InvocationTargetException e) {
      System.out.println(
          "invoke threw "
              + e.getCause().getClass().getSimpleName()
              + ": "
              + e.getCause().getMessage());
    }
    try {
      k.getDeclaredField("secret").get(kettle);
    } catch (IllegalAccessException e) {
      System.out.println("private field: IllegalAccessException");
    }
    try {
      k.getMethod("nope");
    } catch (NoSuchMethodException e) {
      System.out.println("getMethod nope: NoSuchMethodException");
    }
    try {
      Class.forName("com.example.Missing");
    } catch (ClassNotFoundException e) {
      System.out.println("forName missing: ClassNotFoundException");
    }
    Object plain = k.getDeclaredConstructor().newInstance();
    System.out.println("no-arg " + k.getMethod("brew", int.class).invoke(plain, 2));
  }
}
