package dev.samovar.tests.programs;

/** Mandelbrot (benchmarks game), printing a checksum of the bitmap instead of the PBM bytes. */
public final class Mandelbrot {
  private Mandelbrot() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int checksum = 0;
    int bits = 0;
    int bit = 0;
    for (int y = 0; y < n; y++) {
      double ci = 2.0 * y / n - 1.0;
      for (int x = 0; x < n; x++) {
        double cr = 2.0 * x / n - 1.5;
        double zr = 0;
        double zi = 0;
        int i = 0;
        while (i < 50 && zr * zr + zi * zi <= 4.0) {
          double t = zr * zr - zi * zi + cr;
          zi = 2.0 * zr * zi + ci;
          zr = t;
          i++;
        }
        bits = (bits << 1) | (i == 50 ? 1 : 0);
        if (++bit == 8) {
          checksum = checksum * 31 + bits;
          bits = 0;
          bit = 0;
        }
      }
    }
    System.out.println("mandelbrot " + n + " checksum " + checksum);
  }
}
