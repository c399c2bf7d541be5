package dev.samovar.classlib.math;

/** fdlibm's reduction of x modulo pi/2: x = n*pi/2 + (y[0] + y[1]), |y| <= pi/4. */
final class RemPio2 {
  private RemPio2() {}

  private static final int[] NPIO2_HW = {
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
    0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
    0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
    0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB
  };
  private static final double TWO24 = 1.67772160000000000000e+07;
  private static final double INVPIO2 = 6.36619772367581382433e-01;
  private static final double PIO2_1 = 1.57079632673412561417e+00;
  private static final double PIO2_1T = 6.07710050650619224932e-11;
  private static final double PIO2_2 = 6.07710050630396597660e-11;
  private static final double PIO2_2T = 2.02226624879595063154e-21;
  private static final double PIO2_3 = 2.02226624871116645580e-21;
  private static final double PIO2_3T = 8.47842766036889956997e-32;

  static int reduce(double x, double[] y) {
    int hx = Words.hi(x);
    int ix = hx & 0x7fffffff;
    if (ix <= 0x3fe921fb) {
      y[0] = x;
      y[1] = 0;
      return 0;
    }
    if (ix < 0x4002d97c) {
      if (hx > 0) {
        double z = x - PIO2_1;
        if (ix != 0x3ff921fb) {
          y[0] = z - PIO2_1T;
          y[1] = (z - y[0]) - PIO2_1T;
        } else {
          z -= PIO2_2;
          y[0] = z - PIO2_2T;
          y[1] = (z - y[0]) - PIO2_2T;
        }
        return 1;
      }
      double z = x + PIO2_1;
      if (ix != 0x3ff921fb) {
        y[0] = z + PIO2_1T;
        y[1] = (z - y[0]) + PIO2_1T;
      } else {
        z += PIO2_2;
        y[0] = z + PIO2_2T;
        y[1] = (z - y[0]) + PIO2_2T;
      }
      return -1;
    }
    if (ix <= 0x413921fb) {
      double t = Words.abs(x);
      int n = (int) (t * INVPIO2 + 0.5);
      double fn = n;
      double r = t - fn * PIO2_1;
      double w = fn * PIO2_1T;
      if (n < 32 && ix != NPIO2_HW[n - 1]) {
        y[0] = r - w;
      } else {
        int j = ix >> 20;
        y[0] = r - w;
        int i = j - ((Words.hi(y[0]) >> 20) & 0x7ff);
        if (i > 16) {
          t = r;
          w = fn * PIO2_2;
          r = t - w;
          w = fn * PIO2_2T - ((t - r) - w);
          y[0] = r - w;
          i = j - ((Words.hi(y[0]) >> 20) & 0x7ff);
          if (i > 49) {
            t = r;
            w = fn * PIO2_3;
            r = t - w;
            w = fn * PIO2_3T - ((t - r) - w);
            y[0] = r - w;
          }
        }
      }
      y[1] = (r - y[0]) - w;
      if (hx < 0) {
        y[0] = -y[0];
        y[1] = -y[1];
        return -n;
      }
      return n;
    }
    if (ix >= 0x7ff00000) {
      y[0] = y[1] = x - x;
      return 0;
    }
    int e0 = (ix >> 20) - 1046;
    double z = Words.of(ix - (e0 << 20), Words.lo(x));
    double[] tx = new double[3];
    for (int i = 0; i < 2; i++) {
      tx[i] = (int) z;
      z = (z - tx[i]) * TWO24;
    }
    tx[2] = z;
    int nx = 3;
    while (tx[nx - 1] == 0.0) {
      nx--;
    }
    int n = KernelRemPio2.reduce(tx, y, e0, nx);
    if (hx < 0) {
      y[0] = -y[0];
      y[1] = -y[1];
      return -n;
    }
    return n;
  }
}
