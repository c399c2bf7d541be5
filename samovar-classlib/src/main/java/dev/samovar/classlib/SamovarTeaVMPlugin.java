package dev.samovar.classlib;

import dev.samovar.classlib.internal.BodyRedirectTransformer;
import dev.samovar.classlib.internal.CallSiteRedirectTransformer;
import dev.samovar.classlib.internal.FloatTestTransformer;
import dev.samovar.classlib.internal.InstanceRedirectTransformer;
import dev.samovar.classlib.internal.IntegerDivisionTransformer;
import dev.samovar.classlib.internal.NumberTextTransformer;
import dev.samovar.classlib.internal.Redirects;
import dev.samovar.classlib.internal.TerminatingTryBodyTransformer;
import dev.samovar.classlib.internal.WasmFloatIntrinsic;
import org.teavm.backend.wasm.TeaVMWasmHost;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * The TeaVM plugin that makes a TeaVM WASI module portable: math compiled into the module instead
 * of {@code teavmMath} imports, the WASI class-library gaps filled (environment, exit, stdin, file
 * rights, uncaught exceptions), and JDK methods TeaVM lacks added.
 *
 * <p>Registered through {@code META-INF/services/org.teavm.vm.spi.TeaVMPlugin}; the build puts this
 * jar on the TeaVM class path, so users never reference it.
 */
public final class SamovarTeaVMPlugin implements TeaVMPlugin {
  @Override
  public void install(TeaVMHost host) {
    host.add(new BodyRedirectTransformer(Redirects.BODY_REDIRECTS));
    host.add(new CallSiteRedirectTransformer(Redirects.CALL_SITE_REDIRECTS));
    host.add(new NumberTextTransformer());
    host.add(new InstanceRedirectTransformer(Redirects.INSTANCE_REDIRECTS));
    host.add(new IntegerDivisionTransformer());
    if (codegenFixes()) {
      // TeaVM 0.13.1 code-generation bugs that give invalid wasm (samovar-classlib/README.md).
      host.add(new FloatTestTransformer());
      host.add(new TerminatingTryBodyTransformer());
    }
    WasmFloatIntrinsic floatIntrinsic = new WasmFloatIntrinsic();
    host.add(floatIntrinsic);
    TeaVMWasmHost wasmHost = host.getExtension(TeaVMWasmHost.class);
    if (wasmHost != null) {
      wasmHost.add(context -> floatIntrinsic);
    }
  }

  /**
   * The code-generation fixes are on unless the system property {@value #CODEGEN_FIXES} is {@code
   * false}: only the tests turn them off, to show the invalid module TeaVM writes without them.
   */
  public static final String CODEGEN_FIXES = "samovar.codegenFixes";

  private static boolean codegenFixes() {
    return !"false".equals(System.getProperty(CODEGEN_FIXES));
  }
}
