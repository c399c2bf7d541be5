package dev.samovar.tests.programs;

/** Spectral norm (benchmarks game) of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1). */
public final class SpectralNorm {
  private SpectralNorm() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    double[] u = new double[n];
    double[] v = new double[n];
    double[] tmp = new double[n];
    java.util.Arrays.fill(u, 1.0);
    for (int i = 0; i < 10; i++) {
      atAv(u, v, tmp);
      atAv(v, u, tmp);
    }
    double vbv = 0;
    double vv = 0;
    for (int i = 0; i < n; i++) {
      vbv += u[i] * v[i];
      vv += v[i] * v[i];
    }
    System.out.println(StrictMath.sqrt(vbv / vv));
  }

  private static double a(int i, int j) {
    return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
  }

  private static void av(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      double s = 0;
      for (int j = 0; j < x.length; j++) {
        s += a(i, j) * x[j];
      }
      y[i] = s;
    }
  }

  private static void atv(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      double s = 0;
      for (int j = 0; j < x.length; j++) {
        s += a(j, i) * x[j];
      }
      y[i] = s;
    }
  }

  private static void atAv(double[] x, double[] y, double[] tmp) {
    av(x, tmp);
    atv(tmp, y);
  }
}
