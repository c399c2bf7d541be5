package org.teavm.classlib.java.util.concurrent.atomic;

import java.io.Serializable;
import java.util.function.*;

/**
 * {@code java.util.concurrent.atomic.AtomicReferenceArray} for a single-threaded module: a plain
 * array (TeaVM lacks the class; gson and joda-time use it).
 */
@SuppressWarnings("unchecked")
public class TAtomicReferenceArray<E> implements Serializable {
  private static final long serialVersionUID = 1L;
  private final E[] array;

  public TAtomicReferenceArray(int length) {
    array = (E[]) new Object[length];
  }

  public TAtomicReferenceArray(E[] array) {
    this.array = array.clone();
  }

  public final int length() {
    return array.length;
  }

  public final E get(int i) {
    return array[i];
  }

  public final E getPlain(int i) {
    return array[i];
  }

  public final E getOpaque(int i) {
    return array[i];
  }

  public final E getAcquire(int i) {
    return array[i];
  }

  public final void set(int i, E newValue) {
    array[i] = newValue;
  }

  public final void setPlain(int i, E newValue) {
    array[i] = newValue;
  }

  public final void setOpaque(int i, E newValue) {
    array[i] = newValue;
  }

  public final void setRelease(int i, E newValue) {
    array[i] = newValue;
  }

  public final void lazySet(int i, E newValue) {
    array[i] = newValue;
  }

  public final E getAndSet(int i, E newValue) {
    E old = array[i];
    array[i] = newValue;
    return old;
  }

  public final boolean compareAndSet(int i, E expectedValue, E newValue) {
    if (array[i] != expectedValue) {
      return false;
    }
    array[i] = newValue;
    return true;
  }

  public final boolean weakCompareAndSet(int i, E expectedValue, E newValue) {
    return compareAndSet(i, expectedValue, newValue);
  }

  public final boolean weakCompareAndSetPlain(int i, E expectedValue, E newValue) {
    return compareAndSet(i, expectedValue, newValue);
  }

  public final boolean weakCompareAndSetVolatile(int i, E expectedValue, E newValue) {
    return compareAndSet(i, expectedValue, newValue);
  }

  public final E getAndUpdate(int i, UnaryOperator<E> updateFunction) {
    E old = array[i];
    array[i] = updateFunction.apply(old);
    return old;
  }

  public final E updateAndGet(int i, UnaryOperator<E> updateFunction) {
    array[i] = updateFunction.apply(array[i]);
    return array[i];
  }

  public final E getAndAccumulate(int i, E x, BinaryOperator<E> accumulatorFunction) {
    E old = array[i];
    array[i] = accumulatorFunction.apply(old, x);
    return old;
  }

  public final E accumulateAndGet(int i, E x, BinaryOperator<E> accumulatorFunction) {
    array[i] = accumulatorFunction.apply(array[i], x);
    return array[i];
  }

  @Override
  public String toString() {
    int last = array.length - 1;
    if (last == -1) {
      return "[]";
    }
    StringBuilder b = new StringBuilder().append('[');
    for (int i = 0; ; i++) {
      b.append(array[i]);
      if (i == last) {
        return b.append(']').toString();
      }
      b.append(',').append(' ');
    }
  }
}
