package dev.samovar.classlib.lang;

/**
 * {@code Character.getType} from a table generated from the JDK. TeaVM 0.13.1's own table treats
 * ranges given in UnicodeData.txt by their two ends (CJK ideographs 4E00..9FFF, Hangul syllables,
 * Tangut...) as letters only at those two ends, so {@code isLetter('日')} was false. Every {@code
 * is*} method of TeaVM's Character derives from {@code getType}, so this fixes them all.
 */
public final class CharacterImpl {
  private static int[] starts;
  private static byte[] types;

  private CharacterImpl() {}

  public static int getType(int codePoint) {
    if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
      return Character.UNASSIGNED;
    }
    if (starts == null) {
      decode();
    }
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= codePoint) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return types[lo];
  }

  private static void decode() {
    int n = CharacterTypes.RANGES;
    int[] s = new int[n];
    byte[] t = new byte[n];
    String data = CharacterTypes.DATA;
    for (int i = 0; i < n; i++) {
      int v = (data.charAt(2 * i) << 15) | data.charAt(2 * i + 1);
      s[i] = v >>> 5;
      t[i] = (byte) (v & 31);
    }
    types = t;
    starts = s;
  }
}
