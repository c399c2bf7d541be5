package org.teavm.classlib.java.util.concurrent.atomic;

import java.io.Serializable;
import java.util.function.*;

/**
 * {@code java.util.concurrent.atomic.AtomicIntegerArray} for a single-threaded module: a plain
 * array (TeaVM lacks the class; gson and joda-time use it).
 */
@SuppressWarnings("unchecked")
public class TAtomicIntegerArray implements Serializable {
  private static final long serialVersionUID = 1L;
  private final int[] array;

  public TAtomicIntegerArray(int length) {
    array = new int[length];
  }

  public TAtomicIntegerArray(int[] array) {
    this.array = array.clone();
  }

  public final int length() {
    return array.length;
  }

  public final int get(int i) {
    return array[i];
  }

  public final int getPlain(int i) {
    return array[i];
  }

  public final int getOpaque(int i) {
    return array[i];
  }

  public final int getAcquire(int i) {
    return array[i];
  }

  public final void set(int i, int newValue) {
    array[i] = newValue;
  }

  public final void setPlain(int i, int newValue) {
    array[i] = newValue;
  }

  public final void setOpaque(int i, int newValue) {
    array[i] = newValue;
  }

  public final void setRelease(int i, int newValue) {
    array[i] = newValue;
  }

  public final void lazySet(int i, int newValue) {
    array[i] = newValue;
  }

  public final int getAndSet(int i, int newValue) {
    int old = array[i];
    array[i] = newValue;
    return old;
  }

  public final boolean compareAndSet(int i, int expectedValue, int newValue) {
    if (array[i] != expectedValue) {
      return false;
    }
    array[i] = newValue;
    return true;
  }

  public final boolean weakCompareAndSet(int i, int expectedValue, int newValue) {
    return compareAndSet(i, expectedValue, newValue);
  }

  public final boolean weakCompareAndSetPlain(int i, int expectedValue, int newValue) {
    return compareAndSet(i, expectedValue, newValue);
  }

  public final boolean weakCompareAndSetVolatile(int i, int expectedValue, int newValue) {
    return compareAndSet(i, expectedValue, newValue);
  }

  public final int getAndIncrement(int i) {
    return getAndAdd(i, 1);
  }

  public final int getAndDecrement(int i) {
    return getAndAdd(i, -1);
  }

  public final int getAndAdd(int i, int delta) {
    int old = array[i];
    array[i] = old + delta;
    return old;
  }

  public final int incrementAndGet(int i) {
    return addAndGet(i, 1);
  }

  public final int decrementAndGet(int i) {
    return addAndGet(i, -1);
  }

  public final int addAndGet(int i, int delta) {
    array[i] += delta;
    return array[i];
  }

  public final int getAndUpdate(int i, IntUnaryOperator updateFunction) {
    int old = array[i];
    array[i] = updateFunction.applyAsInt(old);
    return old;
  }

  public final int updateAndGet(int i, IntUnaryOperator updateFunction) {
    array[i] = updateFunction.applyAsInt(array[i]);
    return array[i];
  }

  public final int getAndAccumulate(int i, int x, IntBinaryOperator accumulatorFunction) {
    int old = array[i];
    array[i] = accumulatorFunction.applyAsInt(old, x);
    return old;
  }

  public final int accumulateAndGet(int i, int x, IntBinaryOperator accumulatorFunction) {
    array[i] = accumulatorFunction.applyAsInt(array[i], x);
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
