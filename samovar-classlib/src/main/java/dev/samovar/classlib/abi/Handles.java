package dev.samovar.classlib.abi;

/**
 * The table of objects a host holds as opaque handles. A handle is {@code generation << 24 | slot}:
 * the generation (1..127) changes each time a slot is reused, so a closed handle is refused instead
 * of reaching whichever object took its slot. Handles are always positive; 0 is {@code null}.
 */
public final class Handles {
  private static final int SLOT_BITS = 24;
  private static final int MAX_SLOTS = 1 << SLOT_BITS;

  private static Object[] objects = new Object[16];
  private static byte[] generations = new byte[16];
  private static int[] free = new int[16];
  private static int freeCount;
  private static int used;
  private static int live;

  private Handles() {}

  /** Registers {@code o} and returns its handle ({@code 0} for {@code null}). */
  public static int add(Object o) {
    if (o == null) {
      return 0;
    }
    int slot;
    if (freeCount > 0) {
      slot = free[--freeCount];
    } else {
      if (used == MAX_SLOTS) {
        throw new IllegalStateException(
            "Too many open handles (" + MAX_SLOTS + "); close the ones you no longer need");
      }
      if (used == objects.length) {
        int size = Math.min(MAX_SLOTS, objects.length * 2);
        objects = java.util.Arrays.copyOf(objects, size);
        generations = java.util.Arrays.copyOf(generations, size);
      }
      slot = used++;
    }
    int generation = generations[slot] & 0x7F;
    if (generation == 0) {
      generation = 1;
      generations[slot] = 1;
    }
    objects[slot] = o;
    live++;
    return generation << SLOT_BITS | slot;
  }

  /** The object behind {@code handle}; a closed or unknown handle throws. */
  public static Object get(int handle) {
    int slot = handle & (MAX_SLOTS - 1);
    int generation = handle >>> SLOT_BITS;
    if (handle <= 0
        || slot >= used
        || objects[slot] == null
        || (generations[slot] & 0x7F) != generation) {
      throw new IllegalStateException(
          "Handle " + handle + " is closed or was never issued by this instance");
    }
    return objects[slot];
  }

  /** Forgets {@code handle}, returning its object; a closed or unknown handle throws. */
  public static Object release(int handle) {
    Object o = get(handle);
    int slot = handle & (MAX_SLOTS - 1);
    objects[slot] = null;
    int next = (generations[slot] & 0x7F) + 1;
    generations[slot] = (byte) (next > 127 ? 1 : next);
    if (freeCount == free.length) {
      free = java.util.Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = slot;
    live--;
    return o;
  }

  /** Handles issued and not yet released. */
  public static int live() {
    return live;
  }
}
