// Regenerates src/test/resources/dev/samovar/classlib/text/jdk25-tostring.txt (Double/Float.toString
// of JDK 19+, the shortest-decimal algorithm). Run with any JDK >= 19 from this module directory:
//   java tools/GenToStringGolden.java > src/test/resources/dev/samovar/classlib/text/jdk25-tostring.txt
import java.util.*;
public class GenToStringGolden { public static void main(String[] a) {
  Random r = new Random(20261122);
  StringBuilder sb = new StringBuilder();
  List<Double> ds = new ArrayList<>(List.of(0.1, 1.0/3, 1e23, 8.41e21, 5e-324, Double.MAX_VALUE, Double.MIN_NORMAL, 100.0, 1e7, 9999999.999999998, 1e-3, 9.999999999999998E-4, 1e-5, 2e-3, 0.3, 1e16, 2.0E-3, 123456789.0, 1.0E22, 4.35, 2.2250738585072014E-308, 2.225073858507201E-308));
  for (int i = 0; i < 8000; i++) {
    double d;
    switch (i % 4) {
      case 0: d = Double.longBitsToDouble(r.nextLong()); break;
      case 1: d = r.nextDouble() * Math.pow(10, r.nextInt(40) - 20); break;
      case 2: d = Math.pow(10, r.nextInt(600) - 300) * (1 + (r.nextInt(3) - 1) * Math.ulp(1.0)); break;
      default: d = Double.longBitsToDouble(r.nextLong() & 0x000FFFFFFFFFFFFFL | ((long) r.nextInt(2046) + 1) << 52 & 0x7FF0000000000000L); d = Math.scalb(1.0, r.nextInt(2000) - 1074); break;
    }
    if (!Double.isNaN(d)) ds.add(d);
  }
  for (double d : ds) sb.append("D ").append(Long.toHexString(Double.doubleToRawLongBits(d))).append(' ').append(Double.toString(d)).append('\n');
  for (int i = 0; i < 3000; i++) {
    float f = i % 2 == 0 ? Float.intBitsToFloat(r.nextInt()) : (float) (r.nextDouble() * Math.pow(10, r.nextInt(20) - 10));
    if (!Float.isNaN(f)) sb.append("F ").append(Integer.toHexString(Float.floatToRawIntBits(f))).append(' ').append(Float.toString(f)).append('\n');
  }
  for (float f : new float[]{1.4e-45f, 3.4028235e38f, 0.1f, 1e10f, 33.3f, 1.0E-3f, 1.0E7f}) sb.append("F ").append(Integer.toHexString(Float.floatToRawIntBits(f))).append(' ').append(Float.toString(f)).append('\n');
  System.out.print(sb);
}}
