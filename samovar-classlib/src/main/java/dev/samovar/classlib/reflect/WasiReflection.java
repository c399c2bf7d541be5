package dev.samovar.classlib.reflect;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.classlib.impl.reflection.FieldReader;
import org.teavm.classlib.impl.reflection.FieldWriter;
import org.teavm.classlib.impl.reflection.MethodCaller;

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
  private static final Map<Class<?>, List<Method>> METHODS = new HashMap<>();
  private static final Map<Class<?>, List<Constructor<?>>> CONSTRUCTORS = new HashMap<>();
  private static final Map<Class<?>, List<Field>> FIELDS = new HashMap<>();
  private static final Map<String, Class<?>> NAMES = new HashMap<>();
  private static final Map<Class<?>, Class<?>[]> INTERFACES = new HashMap<>();
  private static boolean registered;

  private WasiReflection() {}

  private static void ensure() {
    if (!registered) {
      registered = true;
      ReflectionIndex.register();
    }
  }

  // TeaVM's own reflection objects; ReflectionPlugin writes these bodies (constructor calls of the
  // mapped class library, which Java source here cannot name).

  static native Method newMethod(
      Class<?> owner,
      String name,
      int flags,
      int access,
      Class<?> ret,
      Class<?>[] params,
      MethodCaller caller);

  static native Constructor<?> newConstructor(
      Class<?> owner, String name, int flags, int access, Class<?>[] params, MethodCaller caller);

  static native Field newField(
      Class<?> owner,
      String name,
      int flags,
      int access,
      Class<?> type,
      FieldReader reader,
      FieldWriter writer);

  // Called by the generated index.

  public static void named(String name, Class<?> cls) {
    NAMES.put(name, cls);
  }

  public static void interfaces(Class<?> cls, Class<?>[] interfaces) {
    INTERFACES.put(cls, interfaces);
  }

  public static void method(
      Class<?> owner, String name, int flags, int access, Class<?> ret, Class<?>[] params, int id) {
    METHODS
        .computeIfAbsent(owner, k -> new ArrayList<>())
        .add(
            newMethod(
                owner, name, flags, access, ret, params, id < 0 ? null : new IndexMember(id)));
  }

  public static void constructor(Class<?> owner, int flags, int access, Class<?>[] params, int id) {
    CONSTRUCTORS
        .computeIfAbsent(owner, k -> new ArrayList<>())
        .add(
            newConstructor(
                owner, "<init>", flags, access, params, id < 0 ? null : new IndexMember(id)));
  }

  public static void field(
      Class<?> owner, String name, int flags, int access, Class<?> type, int getId, int setId) {
    FIELDS
        .computeIfAbsent(owner, k -> new ArrayList<>())
        .add(
            newField(
                owner,
                name,
                flags,
                access,
                type,
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

  /**
   * The interfaces of a kept class; none for other classes (TeaVM's WASI metadata does not list
   * them).
   */
  public static Class<?>[] getInterfaces(Class<?> cls) {
    ensure();
    Class<?>[] list = INTERFACES.get(cls);
    return list == null ? new Class<?>[0] : list.clone();
  }

  public static Method[] getDeclaredMethods(Class<?> cls) {
    ensure();
    List<Method> list = METHODS.get(cls);
    return list == null ? new Method[0] : list.toArray(new Method[0]);
  }

  public static Constructor<?>[] getDeclaredConstructors(Class<?> cls) {
    ensure();
    List<Constructor<?>> list = CONSTRUCTORS.get(cls);
    return list == null ? new Constructor<?>[0] : list.toArray(new Constructor<?>[0]);
  }

  public static Field[] getDeclaredFields(Class<?> cls) {
    ensure();
    List<Field> list = FIELDS.get(cls);
    return list == null ? new Field[0] : list.toArray(new Field[0]);
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
