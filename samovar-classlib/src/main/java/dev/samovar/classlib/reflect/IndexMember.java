package dev.samovar.classlib.reflect;

import org.teavm.classlib.impl.reflection.FieldReader;
import org.teavm.classlib.impl.reflection.FieldWriter;
import org.teavm.classlib.impl.reflection.MethodCaller;

/** A kept member's entry points into {@link ReflectionIndex}, by the index's number for it. */
final class IndexMember implements MethodCaller, FieldReader, FieldWriter {
  private final int id;

  IndexMember(int id) {
    this.id = id;
  }

  @Override
  public Object call(Object instance, Object[] args) {
    return ReflectionIndex.invoke(id, instance, args);
  }

  @Override
  public Object read(Object instance) {
    return ReflectionIndex.get(id, instance);
  }

  @Override
  public void write(Object instance, Object value) {
    ReflectionIndex.set(id, instance, value);
  }
}
