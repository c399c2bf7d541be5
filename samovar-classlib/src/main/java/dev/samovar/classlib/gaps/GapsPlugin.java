package dev.samovar.classlib.gaps;

import dev.samovar.classlib.internal.BodyRedirectTransformer;
import dev.samovar.classlib.internal.InstanceRedirectTransformer;
import dev.samovar.classlib.internal.Redirects.InstanceRedirect;
import java.util.List;
import java.util.Map;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * JDK methods that popular libraries (the compatibility corpus in {@code tests/compat}) reach and
 * TeaVM 0.13.1 lacks or gets wrong: static methods of existing classes through {@link
 * BodyRedirectTransformer}, instance methods through {@link AddedInstanceMethods}. Whole missing
 * classes are {@code org.teavm.classlib.<package>.T<Name>} classes in this jar.
 */
public final class GapsPlugin implements TeaVMPlugin {
  static final Map<String, List<String>> STATIC_METHODS =
      Map.of("java.util.Collections", List.of(CollectionsGaps.class.getName()));

  static final List<AddedInstanceMethods.Added> INSTANCE_METHODS =
      List.of(
          new AddedInstanceMethods.Added(
              "java.lang.Class", "isAnonymousClass()Z", ClassGaps.class.getName()),
          new AddedInstanceMethods.Added(
              "java.lang.Class", "initializeImpl()V", ClassGaps.class.getName()),
          new AddedInstanceMethods.Added(
              "java.lang.String", "intern()Ljava/lang/String;", StringGaps.class.getName()));

  /** Existing instance methods whose bodies are replaced. */
  static final List<InstanceRedirect> REPLACED =
      List.of(
          new InstanceRedirect(
              "java.lang.Class", "getSimpleName()Ljava/lang/String;", ClassGaps.class.getName()),
          new InstanceRedirect(
              "java.lang.ClassLoader",
              "getResourceAsStream(Ljava/lang/String;)Ljava/io/InputStream;",
              ClassLoaderGaps.class.getName()));

  @Override
  public void install(TeaVMHost host) {
    host.add(new BodyRedirectTransformer(STATIC_METHODS));
    host.add(new AddedInstanceMethods(INSTANCE_METHODS));
    host.add(new InstanceRedirectTransformer(REPLACED));
    host.add(new MethodHandleGaps());
    host.add(new ClassNameCopy());
  }
}
