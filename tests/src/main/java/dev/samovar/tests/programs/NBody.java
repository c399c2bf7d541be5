package dev.samovar.tests.programs;

/** The n-body simulation (benchmarks game): Jovian planets, symplectic integrator. */
public final class NBody {
  private static final double PI = 3.141592653589793;
  private static final double SOLAR_MASS = 4 * PI * PI;
  private static final double DAYS_PER_YEAR = 365.24;

  private NBody() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    double[][] b = {
      {0, 0, 0, 0, 0, 0, SOLAR_MASS},
      {
        4.84143144246472090e+00,
        -1.16032004402742839e+00,
        -1.03622044471123109e-01,
        1.66007664274403694e-03 * DAYS_PER_YEAR,
        7.69901118419740425e-03 * DAYS_PER_YEAR,
        -6.90460016972063023e-05 * DAYS_PER_YEAR,
        9.54791938424326609e-04 * SOLAR_MASS
      },
      {
        8.34336671824457987e+00,
        4.12479856412430479e+00,
        -4.03523417114321381e-01,
        -2.76742510726862411e-03 * DAYS_PER_YEAR,
        4.99852801234917238e-03 * DAYS_PER_YEAR,
        2.30417297573763929e-05 * DAYS_PER_YEAR,
        2.85885980666130812e-04 * SOLAR_MASS
      },
      {
        1.28943695621391310e+01,
        -1.51111514016986312e+01,
        -2.23307578892655734e-01,
        2.96460137564761618e-03 * DAYS_PER_YEAR,
        2.37847173959480950e-03 * DAYS_PER_YEAR,
        -2.96589568540237556e-05 * DAYS_PER_YEAR,
        4.36624404335156298e-05 * SOLAR_MASS
      },
      {
        1.53796971148509165e+01,
        -2.59193146099879641e+01,
        1.79258772950371181e-01,
        2.68067772490389322e-03 * DAYS_PER_YEAR,
        1.62824170038242295e-03 * DAYS_PER_YEAR,
        -9.51592254519715870e-05 * DAYS_PER_YEAR,
        5.15138902046611451e-05 * SOLAR_MASS
      }
    };
    double px = 0;
    double py = 0;
    double pz = 0;
    for (double[] body : b) {
      px += body[3] * body[6];
      py += body[4] * body[6];
      pz += body[5] * body[6];
    }
    b[0][3] = -px / SOLAR_MASS;
    b[0][4] = -py / SOLAR_MASS;
    b[0][5] = -pz / SOLAR_MASS;
    System.out.println(energy(b));
    for (int i = 0; i < n; i++) {
      advance(b, 0.01);
    }
    System.out.println(energy(b));
  }

  private static void advance(double[][] b, double dt) {
    for (int i = 0; i < b.length; i++) {
      for (int j = i + 1; j < b.length; j++) {
        double dx = b[i][0] - b[j][0];
        double dy = b[i][1] - b[j][1];
        double dz = b[i][2] - b[j][2];
        double d2 = dx * dx + dy * dy + dz * dz;
        double mag = dt / (d2 * StrictMath.sqrt(d2));
        b[i][3] -= dx * b[j][6] * mag;
        b[i][4] -= dy * b[j][6] * mag;
        b[i][5] -= dz * b[j][6] * mag;
        b[j][3] += dx * b[i][6] * mag;
        b[j][4] += dy * b[i][6] * mag;
        b[j][5] += dz * b[i][6] * mag;
      }
    }
    for (double[] body : b) {
      body[0] += dt * body[3];
      body[1] += dt * body[4];
      body[2] += dt * body[5];
    }
  }

  private static double energy(double[][] b) {
    double e = 0;
    for (int i = 0; i < b.length; i++) {
      e += 0.5 * b[i][6] * (b[i][3] * b[i][3] + b[i][4] * b[i][4] + b[i][5] * b[i][5]);
      for (int j = i + 1; j < b.length; j++) {
        double dx = b[i][0] - b[j][0];
        double dy = b[i][1] - b[j][1];
        double dz = b[i][2] - b[j][2];
        e -= b[i][6] * b[j][6] / StrictMath.sqrt(dx * dx + dy * dy + dz * dz);
      }
    }
    return e;
  }
}
