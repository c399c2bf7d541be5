# Summary statistics of one million doubles: Java (javacore, compiled to WebAssembly) against the
# same algorithm in pure Python, then a histogram drawn from Java's counts.
import array
import math
import random
import time

import javacore
import samovar_page as page

N = 1_000_000
rng = random.Random(2026)
xs = array.array("d", [rng.gauss(100.0, 15.0) for _ in range(N)])
print(f"{len(xs):,} doubles, normal(100, 15), seed 2026")


def py_stats(xs):
    """javacore.stats in pure Python: Welford's mean and variance, min, max, linear percentiles."""
    n = len(xs)
    mean = xs[0]
    m2 = 0.0
    lo = hi = xs[0]
    for i in range(1, n):
        x = xs[i]
        d = x - mean
        mean += d / (i + 1)
        m2 += d * (x - mean)
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    s = sorted(xs)

    def pct(p):
        r = (n - 1) * (p / 100)
        if r >= n - 1:
            return s[-1]
        k = int(r)
        t = r - k
        a, b = s[k], s[k + 1]
        return b - (b - a) * (1 - t) if t >= 0.5 else a + (b - a) * t

    return [float(n), mean, m2 / n, lo, hi, pct(50), pct(90), pct(99)]


# Warm-up: a function's first calls run the wasm baseline compiler's code until it has tiered up.
t0 = time.perf_counter()
javacore.stats(xs[:100_000])
cold_s = time.perf_counter() - t0

t0 = time.perf_counter()
java = javacore.stats(xs)  # direct call on this thread
java_s = time.perf_counter() - t0

t0 = time.perf_counter()
java_aio = await javacore.aio.stats(xs)  # the same call in a worker: the page stays responsive
aio_s = time.perf_counter() - t0

t0 = time.perf_counter()
py = py_stats(xs)
py_s = time.perf_counter() - t0

names = ["count", "mean", "variance", "min", "max", "p50", "p90", "p99"]
print(f"{'':>9} {'Java (wasm)':>22} {'pure Python':>22}")
for name, j, p in zip(names, java, py):
    print(f"{name:>9} {j!r:>22} {p!r:>22}")
agree = all(math.isclose(j, p, rel_tol=1e-12) for j, p in zip(java, py))
print("Java and pure Python agree:", agree, "| direct and aio agree:", list(java) == list(java_aio))

counts = javacore.histogram(xs, 40)
page.histogram(list(counts), java[3], java[4], "Histogram of the 1e6 doubles (javacore.histogram, 40 bins)")
print(f"histogram: {len(counts)} bins, {sum(counts):,} values")

page.timing("stats, 1e6 doubles", java_s, py_s, aio_s)
print(f"warm-up: javacore.stats of 1e5 doubles took {cold_s * 1000:.1f} ms")
print(f"time: Java {java_s * 1000:.1f} ms (aio worker {aio_s * 1000:.1f} ms), "
      f"pure Python {py_s * 1000:.0f} ms -> Python/Java ratio {py_s / java_s:.1f}x")
