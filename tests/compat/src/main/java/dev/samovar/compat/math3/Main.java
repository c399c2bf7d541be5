package dev.samovar.compat.math3;

import org.apache.commons.math3.fraction.Fraction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.primes.Primes;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.apache.commons.math3.util.ArithmeticUtils;
import org.apache.commons.math3.util.CombinatoricsUtils;

/** Apache commons-math3: descriptive statistics, regression, linear algebra, fractions, primes. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    DescriptiveStatistics stats = new DescriptiveStatistics();
    for (int i = 1; i <= 100; i++) {
      stats.addValue((i * 37) % 101 + 0.5);
    }
    System.out.println("mean " + stats.getMean() + " sd " + stats.getStandardDeviation());
    System.out.println("median " + stats.getPercentile(50) + " p90 " + stats.getPercentile(90));
    System.out.println("skewness " + stats.getSkewness() + " kurtosis " + stats.getKurtosis());

    SimpleRegression regression = new SimpleRegression();
    for (int x = 0; x < 20; x++) {
      regression.addData(x, 3.0 * x + 2.0 + ((x * 7) % 5 - 2) * 0.1);
    }
    System.out.println(
        "slope "
            + regression.getSlope()
            + " intercept "
            + regression.getIntercept()
            + " r2 "
            + regression.getRSquare());

    RealMatrix m = new Array2DRowRealMatrix(new double[][] {{4, 3, 2}, {2, 1, 3}, {3, 2, 1}});
    LUDecomposition lu = new LUDecomposition(m);
    RealVector solution = lu.getSolver().solve(new ArrayRealVector(new double[] {1, 2, 3}));
    System.out.println("det " + lu.getDeterminant() + " x " + solution);
    System.out.println(
        "inverse row 0 " + java.util.Arrays.toString(lu.getSolver().getInverse().getRow(0)));

    Fraction f = new Fraction(3, 4).add(new Fraction(5, 6)).multiply(new Fraction(2, 3));
    System.out.println("fraction " + f + " = " + f.doubleValue());
    System.out.println(
        "primes "
            + Primes.isPrime(1_000_003)
            + " next "
            + Primes.nextPrime(1_000_000)
            + " factors "
            + Primes.primeFactors(360));
    System.out.println(
        "gcd "
            + ArithmeticUtils.gcd(1071, 462)
            + " C(40,20) "
            + CombinatoricsUtils.binomialCoefficient(40, 20));
  }
}
