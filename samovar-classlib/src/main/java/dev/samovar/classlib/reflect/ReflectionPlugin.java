package dev.samovar.classlib.reflect;

import dev.samovar.classlib.internal.BodyRedirectTransformer;
import dev.samovar.classlib.internal.InstanceRedirectTransformer;
import dev.samovar.classlib.internal.Redirects.InstanceRedirect;
import java.util.List;
import java.util.Map;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * Reflection for the WASI backend (see {@link WasiReflection}). The build names its generated index
 * in the TeaVM property {@value #INDEX_PROPERTY}; without it the index is empty.
 */
public final class ReflectionPlugin implements TeaVMPlugin {
  /** TeaVM property: the class name of the generated reflection index. */
  public static final String INDEX_PROPERTY = "samovar.reflection.index";

  private static final String CLASS = "java.lang.Class";
  private static final String IMPL = WasiReflection.class.getName();

  @Override
  public void install(TeaVMHost host) {
    if (host.getExtension(org.teavm.backend.wasm.TeaVMWasmHost.class) == null) {
      return;
    }
    host.add(
        new InstanceRedirectTransformer(
            List.of(
                new InstanceRedirect(
                    CLASS, "getDeclaredMethods()[Ljava/lang/reflect/Method;", IMPL),
                new InstanceRedirect(CLASS, "getDeclaredFields()[Ljava/lang/reflect/Field;", IMPL),
                new InstanceRedirect(
                    CLASS, "getDeclaredConstructors()[Ljava/lang/reflect/Constructor;", IMPL),
                new InstanceRedirect(CLASS, "newInstance()Ljava/lang/Object;", IMPL),
                new InstanceRedirect(CLASS, "getInterfaces()[Ljava/lang/Class;", IMPL))));
    host.add(new BodyRedirectTransformer(Map.of(CLASS, List.of(WasiClassStatics.class.getName()))));
    host.add(new ReflectionObjects());
    String index = host.getProperties().getProperty(INDEX_PROPERTY);
    if (index != null && !index.isEmpty()) {
      host.add(
          new BodyRedirectTransformer(Map.of(ReflectionIndex.class.getName(), List.of(index))));
    }
  }
}
