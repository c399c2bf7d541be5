package dev.samovar.size.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeaVmNamesTest {
  private final TeaVmNames names =
      TeaVmNames.knowing(
          List.of("java.util.TreeMap", "java.util.TreeMap$Entry", "java.lang.String", "Foo"),
          List.of(
              "java.util.TreeMap.put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;",
              "java.util.TreeMap.<init>()V",
              "java.util.TreeMap.<init>(Ljava/util/Comparator;)V",
              "java.util.TreeMap$Entry.getKey()Ljava/lang/Object;",
              "org.teavm.runtime.GC.collect()V"),
          Map.of("teavm_gc_collect", "org.teavm.runtime.GC.collect()V"));

  @Test
  void mangledClassFollowsTeaVmsScheme() {
    assertEquals("ju_TreeMap", TeaVmNames.mangleClass("java.util.TreeMap"));
    assertEquals("ju_TreeMap_Entry", TeaVmNames.mangleClass("java.util.TreeMap$Entry"));
    assertEquals("Foo", TeaVmNames.mangleClass("Foo"));
  }

  @Test
  void uniqueMethodGetsItsFullSignature() {
    TeaVmNames.Owner o = names.owner("meth_ju_TreeMap_put");
    assertEquals("java.util.TreeMap", o.className());
    assertEquals("java.util", o.packageName());
    assertEquals("put", o.method());
    assertEquals(
        "java.util.TreeMap.put(Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;",
        o.signature());
    assertTrue(o.exact());
  }

  @Test
  void overloadWithClashSuffixKeepsNameButNoSignature() {
    TeaVmNames.Owner o = names.owner("meth_ju_TreeMap__init__0");
    assertEquals("java.util.TreeMap", o.className());
    assertEquals("<init>", o.method());
    assertNull(o.signature());
  }

  @Test
  void innerClassWinsOverOuterWhenItsMethodExists() {
    TeaVmNames.Owner o = names.owner("meth_ju_TreeMap_Entry_getKey");
    assertEquals("java.util.TreeMap$Entry", o.className());
    assertEquals("getKey", o.method());
  }

  @Test
  void exportedRuntimeFunctionMapsToItsJavaMethod() {
    TeaVmNames.Owner o = names.owner("teavm_gc_collect");
    assertEquals("org.teavm.runtime.GC", o.className());
    assertEquals("collect", o.method());
  }

  @Test
  void arraysAndPrimitivesInSupertypeChecks() {
    assertEquals("java.lang.String[][]", names.owner("supertypeof_Arr_Arr_jl_String").className());
    assertEquals("char[]", names.owner("supertypeof_Arr_C").className());
    assertEquals("(primitives)", names.owner("supertypeof_C").packageName());
  }

  @Test
  void withoutClassListWellKnownPackagesAreGuessed() {
    TeaVmNames.Owner o = TeaVmNames.guessing().owner("meth_ju_HashMap_get");
    assertEquals("java.util.HashMap", o.className());
    assertEquals("get", o.method());
    assertFalse(o.exact());
    assertEquals("x.y.z", TeaVmNames.guessing().owner("meth_xyz_Thing_run").packageName());
  }

  @Test
  void garbageNamesGoToUnattributedNotAnException() {
    for (String evil :
        new String[] {"", "meth_", "meth____", "initclass_", "_", "supertypeof_Arr_"}) {
      TeaVmNames.Owner o = names.owner(evil);
      assertTrue(o.className() != null && o.method() != null, evil);
    }
    assertEquals(TeaVmNames.UNKNOWN, names.owner(null).className());
  }
}
