package dev.samovar.build.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallSitesTest {
  private static final String NATIVE =
      "org.teavm.classlib.impl.reflection.MethodInfo.name()Ljava/lang/String;";
  private static final String GET =
      "java.lang.Class.getDeclaredMethods()[Ljava/lang/reflect/Method;";
  private static final String LIB = "org.json.JSONObject.populateMap(Ljava/lang/Object;)V";
  private static final String APP = "app.Main.main([Ljava/lang/String;)V";

  @Test
  void walksUpThroughTheJdkToTheLibraryCallSite() {
    Map<String, List<CallSites.Call>> graph =
        Map.of(
            NATIVE, List.of(new CallSites.Call(GET, "TClass.java:632")),
            GET,
                List.of(
                    new CallSites.Call(LIB, "JSONObject.java:1812"), new CallSites.Call(GET, null)),
            LIB, List.of(new CallSites.Call(APP, "Main.java:9")));
    assertEquals(
        List.of(
            "org.json.JSONObject.populateMap (JSONObject.java:1812), through"
                + " java.lang.Class.getDeclaredMethods"),
        CallSites.neededBy(NATIVE, m -> graph.getOrDefault(m, List.of())));
  }

  @Test
  void directUserCallerIsReportedAsIs() {
    Map<String, List<CallSites.Call>> graph =
        Map.of("x.Y.missing(I)I", List.of(new CallSites.Call(APP, "Main.java:14")));
    assertEquals(
        List.of("app.Main.main (Main.java:14)"),
        CallSites.neededBy("x.Y.missing(I)I", m -> graph.getOrDefault(m, List.of())));
  }

  @Test
  void onlyRuntimeCallersFallBackToTheDirectOnes() {
    Map<String, List<CallSites.Call>> graph =
        Map.of(NATIVE, List.of(new CallSites.Call(GET, "TClass.java:632")));
    assertEquals(
        List.of("java.lang.Class.getDeclaredMethods (TClass.java:632)"),
        CallSites.neededBy(NATIVE, m -> graph.getOrDefault(m, List.of())));
  }
}
