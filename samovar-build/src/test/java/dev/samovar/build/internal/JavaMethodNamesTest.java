package dev.samovar.build.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaMethodNamesTest {
  @Test
  void recomputesTeaVmFunctionNames() {
    assertEquals(
        "meth_r_FloatNaN_main",
        JavaMethodNames.functionName("repro.FloatNaN.main([Ljava/lang/String;)V"));
    assertEquals("meth_jl_Float_isNaN", JavaMethodNames.functionName("java.lang.Float.isNaN(F)Z"));
    assertEquals("meth_dsbf_A_B__init_", JavaMethodNames.functionName("d.s.b.f.A$B.<init>()V"));
  }

  @Test
  void overloadsAreAllCandidatesAndSuffixesAreStripped() {
    JavaMethodNames names = new JavaMethodNames(List.of("a.B.f(I)V", "a.B.f(J)V", "a.B.g()V"));
    assertEquals(List.of("a.B.f(I)V", "a.B.f(J)V"), names.methodsFor("meth_a_B_f_0"));
    assertEquals(List.of("a.B.g()V"), names.methodsFor("meth_a_B_g"));
    assertEquals(List.of(), names.methodsFor("teavm_start"));
    assertEquals(List.of(), names.methodsFor(null));
  }

  @Test
  void readableSignatures() {
    assertEquals(
        "a.B.f(int, String[], java.util.List, double[][])",
        JavaMethodNames.readable("a.B.f(I[Ljava/lang/String;Ljava/util/List;[[D)V"));
  }
}
