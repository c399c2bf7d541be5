package dev.samovar.classlib.gaps;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import java.util.SortedSet;

/**
 * Static methods for {@code java.util.Collections} (bodies replaced or added by {@link
 * GapsPlugin}): {@code unmodifiableSortedSet}, which TeaVM lacks (joda-time), and an {@code
 * emptyList()} whose {@code clear()} is a no-op as on the JDK (TeaVM's throws; jsoup clears it).
 */
public final class CollectionsGaps {
  private CollectionsGaps() {}

  /** The JDK's empty list: every mutator that would change nothing does nothing. */
  @SuppressWarnings("rawtypes")
  private static final List EMPTY = new EmptyList();

  @SuppressWarnings("unchecked")
  public static <T> List<T> emptyList() {
    return EMPTY;
  }

  public static <T> SortedSet<T> unmodifiableSortedSet(SortedSet<T> set) {
    if (set == null) {
      throw new NullPointerException();
    }
    return new UnmodifiableSortedSet<>(set);
  }

  private static final class EmptyList extends AbstractList<Object> implements RandomAccess {
    @Override
    public Object get(int index) {
      throw new IndexOutOfBoundsException("Index: " + index);
    }

    @Override
    public int size() {
      return 0;
    }

    @Override
    public boolean equals(Object o) {
      return (o instanceof List) && ((List<?>) o).isEmpty();
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }

  private static final class UnmodifiableSortedSet<T> extends java.util.AbstractSet<T>
      implements SortedSet<T> {
    private final SortedSet<T> set;

    UnmodifiableSortedSet(SortedSet<T> set) {
      this.set = set;
    }

    @Override
    public Iterator<T> iterator() {
      Iterator<T> it = set.iterator();
      return new Iterator<T>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public T next() {
          return it.next();
        }
      };
    }

    @Override
    public int size() {
      return set.size();
    }

    @Override
    public boolean contains(Object o) {
      return set.contains(o);
    }

    @Override
    public boolean add(T e) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object o) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(Collection<? extends T> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Comparator<? super T> comparator() {
      return set.comparator();
    }

    @Override
    public SortedSet<T> subSet(T fromElement, T toElement) {
      return new UnmodifiableSortedSet<>(set.subSet(fromElement, toElement));
    }

    @Override
    public SortedSet<T> headSet(T toElement) {
      return new UnmodifiableSortedSet<>(set.headSet(toElement));
    }

    @Override
    public SortedSet<T> tailSet(T fromElement) {
      return new UnmodifiableSortedSet<>(set.tailSet(fromElement));
    }

    @Override
    public T first() {
      return set.first();
    }

    @Override
    public T last() {
      return set.last();
    }

    @Override
    public boolean equals(Object o) {
      return o == this || set.equals(o);
    }

    @Override
    public int hashCode() {
      return set.hashCode();
    }

    @Override
    public String toString() {
      return set.toString();
    }
  }
}
