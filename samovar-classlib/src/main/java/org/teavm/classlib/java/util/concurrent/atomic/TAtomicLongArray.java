package org.teavm.classlib.java.util.concurrent.atomic;

import java.io.Serializable;
import java.util.function.*;

/**
 * {@code java.util.concurrent.atomic.AtomicLongArray} for a single-threaded module: a plain array
 * (TeaVM lacks the class; gson and joda-time use it).
 */
@SuppressWarnings("unchecked")
public class TAtomicLongArray implements Serializable {
  private static final long serialVersionUID = 1L;
  private final long[] array;

  public TAtomicLongArray(int length) {
    array = new long[length];
  }

  public TAtomicLongArray(long[] array) {
    this.array = array.clone();
  }

  public final int length() {
    return array.length;
  }

  public final long get(int i) {
    return array[i];
  }

  public final long getPlain(int i) {
    return array[i];
  }

  public final long getOpaque(int i) {
    return array[i];
  }

  public final long getAcquire(int i) {
    return array[i];
  }

  public final void set(int i, long newValue) {
    array[i] = newValue;
  }

  public final void setPlain(int i, long newValue) {
    array[i] = newValue;
  }

  public final void setOpaque(int i, long newValue) {
    array[i] = newValue;
  }

  public final void setRelease(int i, long newValue) {
    array[i] = newValue;
  }

  public final void lazySet(int i, long newValue) {
    array[i] = newValue;
  }

  public final long getAndSet(int i, long newValue) {
    long old = array[i];
    array[i] = newValue;
    return old;
  }

  public final boolean compareAndSet(int i, long expectedValue, long newValue) {
    if (array[i] != expectedValue) {
      return false;
    }
    array[i] = newValue;
    return true;
  }

  public final boolean weakCompareAndSet(int i, long expectedValue, long newValue) {
    return compareAndSet(i, expectedValue, newValue);
  }

  public final boolean weakCompareAndSetPlain(int i, long expectedValue, long newValue) {
    return compareAndSet(i, expectedValue, newValue);
  }

  public final boolean weakCompareAndSetVolatile(int i, long expectedValue, long newValue) {
    return compareAndSet(i, expectedValue, newValue);
  }

  public final long getAndIncrement(int i) {
    return getAndAdd(i, 1);
  }

  public final long getAndDecrement(int i) {
    return getAndAdd(i, -1);
  }

  public final long getAndAdd(int i, long delta) {
    long old = array[i];
    array[i] = old + delta;
    return old;
  }

  public final long incrementAndGet(int i) {
    return addAndGet(i, 1);
  }

  public final long decrementAndGet(int i) {
    return addAndGet(i, -1);
  }

  public final long addAndGet(int i, long delta) {
    array[i] += delta;
    return array[i];
  }

  public final long getAndUpdate(int i, LongUnaryOperator updateFunction) {
    long old = array[i];
    array[i] = updateFunction.applyAsLong(old);
    return old;
  }

  public final long updateAndGet(int i, LongUnaryOperator updateFunction) {
    array[i] = updateFunction.applyAsLong(array[i]);
    return array[i];
  }

  public final long getAndAccumulate(int i, long x, LongBinaryOperator accumulatorFunction) {
    long old = array[i];
    array[i] = accumulatorFunction.applyAsLong(old, x);
    return old;
  }

  public final long accumulateAndGet(int i, long x, LongBinaryOperator accumulatorFunction) {
    array[i] = accumulatorFunction.applyAsLong(array[i], x);
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
