package dev.samovar.classlib.reflect;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.classlib.java.lang.TClass;
import org.teavm.classlib.java.lang.reflect.TConstructor;
import org.teavm.classlib.java.lang.reflect.TField;
import org.teavm.classlib.java.lang.reflect.TMethod;

/**
 * Reflection on the WASI backend, where TeaVM 0.13.1 has none: {@code Class.forName}, {@code
 * getDeclaredMethods/Fields/Constructors} (and so {@code getMethod(s)}, {@code getField(s)}, ...)
 * and {@code newInstance} answer from {@link ReflectionIndex}, which holds the members of the
 * classes the build was told to keep. A class not kept has no members (as in TeaVM's JavaScript
 * backend without a {@code ReflectionSupplier}), and {@code forName} does not find it.
 *
 * <p>{@link ReflectionPlugin} makes {@code java.lang.Class}'s methods call these; the receiver is
 * the first parameter.
 */
public final class WasiReflection {
  private static final Map<Class<?>, List<TMethod>> METHODS = new HashMap<>();
  private static final Map<Class<?>, List<TConstructor<?>>> CONSTRUCTORS = new HashMap<>();
  private static final Map<Class<?>, List<TField>> FIELDS = new HashMap<>();
  private static final Map<String, Class<?>> NAMES = new HashMap<>();
  private static boolean registered;

  private WasiReflection() {}

  private static void ensure() {
    if (!registered) {
      registered = true;
      ReflectionIndex.register();
    }
  }

  private static TClass<?> t(Class<?> c) {
    return (TClass<?>) (Object) c;
  }

  private static TClass<?>[] t(Class<?>[] c) {
    return (TClass<?>[]) (Object) c;
  }

  // Called by the generated index.

  public static void named(String name, Class<?> cls) {
    NAMES.put(name, cls);
  }

  public static void method(
      Class<?> owner, String name, int flags, int access, Class<?> ret, Class<?>[] params, int id) {
    METHODS
        .computeIfAbsent(owner, k -> new ArrayList<>())
        .add(
            new TMethod(
                t(owner),
                name,
                flags,
                access,
                t(ret),
                t(params),
                id < 0 ? null : new IndexMember(id)));
  }

  public static void constructor(Class<?> owner, int flags, int access, Class<?>[] params, int id) {
    CONSTRUCTORS
        .computeIfAbsent(owner, k -> new ArrayList<>())
        .add(
            new TConstructor<>(
                t(owner), "<init>", flags, access, t(params), id < 0 ? null : new IndexMember(id)));
  }

  public static void field(
      Class<?> owner, String name, int flags, int access, Class<?> type, int getId, int setId) {
    FIELDS
        .computeIfAbsent(owner, k -> new ArrayList<>())
        .add(
            new TField(
                t(owner),
                name,
                flags,
                access,
                t(type),
                getId < 0 ? null : new IndexMember(getId),
                setId < 0 ? null : new IndexMember(setId)));
  }

  /** What the generated index throws for an exception thrown by the reflected member. */
  public static RuntimeException invocationTarget(Throwable cause) {
    return WasiReflection.<RuntimeException>sneaky(new InvocationTargetException(cause));
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T sneaky(Throwable t) throws T {
    throw (T) t;
  }

  // Replacements of java.lang.Class's methods.

  public static Class<?> forName(String name) throws ClassNotFoundException {
    ensure();
    Class<?> cls = NAMES.get(name);
    if (cls == null) {
      throw new ClassNotFoundException(name);
    }
    return cls;
  }

  public static Method[] getDeclaredMethods(Class<?> cls) {
    ensure();
    List<TMethod> list = METHODS.get(cls);
    TMethod[] out = list == null ? new TMethod[0] : list.toArray(new TMethod[0]);
    return (Method[]) (Object) out;
  }

  public static Constructor<?>[] getDeclaredConstructors(Class<?> cls) {
    ensure();
    List<TConstructor<?>> list = CONSTRUCTORS.get(cls);
    TConstructor<?>[] out =
        list == null ? new TConstructor<?>[0] : list.toArray(new TConstructor<?>[0]);
    return (Constructor<?>[]) (Object) out;
  }

  public static Field[] getDeclaredFields(Class<?> cls) {
    ensure();
    List<TField> list = FIELDS.get(cls);
    TField[] out = list == null ? new TField[0] : list.toArray(new TField[0]);
    return (Field[]) (Object) out;
  }

  public static Object newInstance(Class<?> cls)
      throws InstantiationException, IllegalAccessException {
    for (Constructor<?> c : getDeclaredConstructors(cls)) {
      if (c.getParameterCount() == 0) {
        try {
          return c.newInstance();
        } catch (InvocationTargetException e) {
          throw WasiReflection.<RuntimeException>sneaky(e.getCause());
        }
      }
    }
    throw new InstantiationException(
        cls.getName() + " has no constructor kept for reflection: list it in <reflection>");
  }
}
