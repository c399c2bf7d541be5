package dev.samovar.classlib.internal;

import java.util.List;
import java.util.Map;

/**
 * The table of what we replace in TeaVM's class library. One place, so that a reader sees every
 * deviation from stock TeaVM at a glance.
 */
public final class Redirects {
  private Redirects() {}

  /**
   * Target class (as TeaVM names it after class-library mapping, i.e. the JDK name) to the classes
   * whose public static methods replace, or are added to, the target's static methods with the same
   * name and descriptor. Earlier implementation classes win.
   */
  public static final Map<String, List<String>> BODY_REDIRECTS =
      Map.of(
          "java.lang.Math", List.of("dev.samovar.classlib.math.SamovarMath"),
          "java.lang.StrictMath", List.of("dev.samovar.classlib.math.SamovarMath"),
          "java.lang.System", List.of("dev.samovar.classlib.wasi.SystemImpl"),
          "java.lang.Integer", List.of("dev.samovar.classlib.lang.IntegerImpl"),
          "java.lang.Long", List.of("dev.samovar.classlib.lang.LongImpl"),
          "java.lang.Double", List.of("dev.samovar.classlib.lang.DoubleImpl"),
          "java.lang.Float", List.of("dev.samovar.classlib.lang.FloatImpl"),
          "java.lang.Character", List.of("dev.samovar.classlib.lang.CharacterImpl"),
          "java.nio.file.Files", List.of("dev.samovar.classlib.nio.FilesImpl"));

  /**
   * Call sites to rewrite: in classes whose name starts with the key's class prefix, calls to the
   * static method {@code owner.name} are sent to the same-descriptor method of the replacement
   * class.
   */
  public static final List<CallSiteRedirect> CALL_SITE_REDIRECTS =
      List.of(
          // TeaVM opens files with too few rights (no seek/tell when writing, none at all when
          // creating), which Node's WASI refuses with ENOTCAPABLE (76).
          new CallSiteRedirect(
              "org.teavm.backend.wasm.runtime.fs.",
              "org.teavm.backend.wasm.wasi.Wasi",
              "pathOpen",
              "dev.samovar.classlib.wasi.WasiFs"));

  /**
   * Instance methods whose body becomes a call to {@code implClass.<same name>(receiver, args...)}.
   * TeaVM's String case mapping lacks Unicode's special casing (ß to SS, final sigma, ...).
   */
  public static final List<InstanceRedirect> INSTANCE_REDIRECTS =
      List.of(
          new InstanceRedirect(
              "java.lang.String",
              "toUpperCase(Ljava/util/Locale;)Ljava/lang/String;",
              "dev.samovar.classlib.lang.StringCase"),
          new InstanceRedirect(
              "java.lang.String",
              "toUpperCase()Ljava/lang/String;",
              "dev.samovar.classlib.lang.StringCase"),
          new InstanceRedirect(
              "java.lang.String",
              "toLowerCase(Ljava/util/Locale;)Ljava/lang/String;",
              "dev.samovar.classlib.lang.StringCase"),
          new InstanceRedirect(
              "java.lang.String",
              "toLowerCase()Ljava/lang/String;",
              "dev.samovar.classlib.lang.StringCase"),
          // TeaVM reverses UTF-16 units, splitting surrogate pairs (emoji).
          new InstanceRedirect(
              "java.lang.StringBuilder",
              "reverse()Ljava/lang/StringBuilder;",
              "dev.samovar.classlib.lang.StringBuilders"),
          new InstanceRedirect(
              "java.lang.StringBuffer",
              "reverse()Ljava/lang/StringBuffer;",
              "dev.samovar.classlib.lang.StringBuilders"));

  /** One instance-method body redirect. */
  public record InstanceRedirect(String owner, String descriptor, String implClass) {}

  /** One call-site rewrite rule. */
  public record CallSiteRedirect(
      String callerPrefix, String owner, String name, String replacementClass) {}
}
