package dev.samovar.classlib.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Every function against {@link StrictMath} on the JVM, bit for bit. */
class SamovarMathTest {
  private static final int RANDOM = 60_000;

  static double[] inputs(long seed, double scale) {
    Random r = new Random(seed);
    List<Double> xs = new ArrayList<>();
    double[] special = {
      0.0,
      -0.0,
      1.0,
      -1.0,
      0.5,
      -0.5,
      2.0,
      Double.MIN_VALUE,
      -Double.MIN_VALUE,
      Double.MIN_NORMAL,
      Double.MAX_VALUE,
      -Double.MAX_VALUE,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.NaN,
      Math.PI,
      Math.PI / 2,
      Math.PI / 4,
      -Math.PI / 2,
      3 * Math.PI / 4,
      1e-300,
      1e300,
      709.78,
      710.0,
      -745.2,
      1e-20,
      0.1,
      22.0,
      1e22,
      5e-324,
      0.9999999999999999,
      1.0000000000000002,
      0x1.0p-1022,
      0x1.0p-1074,
      1e9,
      1e15,
      1e18
    };
    for (double s : special) {
      xs.add(s);
    }
    for (int i = 0; i < RANDOM; i++) {
      switch (i % 5) {
        case 0:
          xs.add(Double.longBitsToDouble(r.nextLong()));
          break;
        case 1:
          xs.add((r.nextDouble() * 2 - 1) * scale);
          break;
        case 2:
          xs.add((r.nextDouble() * 2 - 1) * Math.pow(2, r.nextInt(80) - 40));
          break;
        case 3:
          xs.add((r.nextDouble() * 2 - 1) * 1e6 * scale);
          break;
        default:
          xs.add(Math.round(r.nextDouble() * 64) * Math.PI / 4 + (r.nextDouble() - 0.5) * 1e-9);
          break;
      }
    }
    double[] out = new double[xs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = xs.get(i);
    }
    return out;
  }

  private static void same(
      String name, DoubleUnaryOperator ours, DoubleUnaryOperator jdk, double scale) {
    List<String> bad = new ArrayList<>();
    for (double x : inputs(name.hashCode(), scale)) {
      double a = ours.applyAsDouble(x);
      double b = jdk.applyAsDouble(x);
      boolean equal =
          Double.isNaN(b)
              ? Double.isNaN(a)
              : Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
      if (!equal && bad.size() < 10) {
        bad.add(
            name
                + "("
                + x
                + " / "
                + Long.toHexString(Double.doubleToRawLongBits(x))
                + ") = "
                + a
                + ", StrictMath: "
                + b);
      }
    }
    assertEquals(List.of(), bad);
  }

  private static void same2(
      String name, DoubleBinaryOperator ours, DoubleBinaryOperator jdk, double scale) {
    List<String> bad = new ArrayList<>();
    double[] xs = inputs(name.hashCode(), scale);
    double[] ys = inputs(name.hashCode() * 31L, scale);
    Random r = new Random(7);
    for (int i = 0; i < xs.length; i++) {
      double x = xs[i];
      double y = i % 3 == 0 ? ys[r.nextInt(40)] : ys[i];
      double a = ours.applyAsDouble(x, y);
      double b = jdk.applyAsDouble(x, y);
      boolean equal =
          Double.isNaN(b)
              ? Double.isNaN(a)
              : Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
      if (!equal && bad.size() < 10) {
        bad.add(name + "(" + x + ", " + y + ") = " + a + ", StrictMath: " + b);
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void trig() {
    same("sin", SamovarMath::sin, StrictMath::sin, 10);
    same("cos", SamovarMath::cos, StrictMath::cos, 10);
    same("tan", SamovarMath::tan, StrictMath::tan, 10);
  }

  @Test
  void inverseTrig() {
    same("asin", SamovarMath::asin, StrictMath::asin, 1);
    same("acos", SamovarMath::acos, StrictMath::acos, 1);
    same("atan", SamovarMath::atan, StrictMath::atan, 10);
    same2("atan2", SamovarMath::atan2, StrictMath::atan2, 10);
  }

  @Test
  void expLog() {
    same("exp", SamovarMath::exp, StrictMath::exp, 50);
    same("expm1", SamovarMath::expm1, StrictMath::expm1, 50);
    same("log", SamovarMath::log, StrictMath::log, 1e5);
    same("log10", SamovarMath::log10, StrictMath::log10, 1e5);
    same("log1p", SamovarMath::log1p, StrictMath::log1p, 2);
  }

  @Test
  void hyperbolic() {
    same("sinh", SamovarMath::sinh, StrictMath::sinh, 30);
    same("cosh", SamovarMath::cosh, StrictMath::cosh, 30);
    same("tanh", SamovarMath::tanh, StrictMath::tanh, 30);
  }

  @Test
  void powersAndRoots() {
    same2("pow", SamovarMath::pow, StrictMath::pow, 20);
    same("cbrt", SamovarMath::cbrt, StrictMath::cbrt, 1e6);
    same2("hypot", SamovarMath::hypot, StrictMath::hypot, 1e3);
    same("sqrt", SamovarMath::sqrt, StrictMath::sqrt, 1e6);
  }

  @Test
  void roundingAndRemainder() {
    same("floor", SamovarMath::floor, StrictMath::floor, 1e3);
    same("ceil", SamovarMath::ceil, StrictMath::ceil, 1e3);
    same("rint", SamovarMath::rint, StrictMath::rint, 1e3);
    same("round", x -> SamovarMath.round(x), x -> StrictMath.round(x), 1e3);
    same("roundf", x -> SamovarMath.round((float) x), x -> StrictMath.round((float) x), 1e3);
    same2("IEEEremainder", SamovarMath::IEEEremainder, StrictMath::IEEEremainder, 1e3);
    same("toRadians", SamovarMath::toRadians, StrictMath::toRadians, 1e3);
    same("toDegrees", SamovarMath::toDegrees, StrictMath::toDegrees, 1e3);
    same2("max", SamovarMath::max, StrictMath::max, 1e3);
    same2("min", SamovarMath::min, StrictMath::min, 1e3);
    double oddNan = Double.longBitsToDouble(0x7ff0000000000123L);
    assertEquals(
        Double.doubleToRawLongBits(Math.max(oddNan, 1.0)),
        Double.doubleToRawLongBits(SamovarMath.max(oddNan, 1.0)));
    assertEquals(
        Double.doubleToRawLongBits(Math.min(1.0, oddNan)),
        Double.doubleToRawLongBits(SamovarMath.min(1.0, oddNan)));
  }
}
