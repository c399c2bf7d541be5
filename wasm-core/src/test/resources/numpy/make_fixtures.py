#!/usr/bin/env python3
"""Regenerates percentiles.tsv and histograms.tsv: numpy's answers that NumericNumpyTest compares
Numeric.stats (p50/p90/p99) and Numeric.histogram with, bit for bit.

Run from this directory with any numpy >= 1.22 (the 'linear' percentile and _lerp formula):
    python3 make_fixtures.py
Numbers are written with repr(), which round-trips exactly through Double.parseDouble.
"""
import warnings

import numpy as np

rng = np.random.default_rng(20240601)
ULP1 = float(np.nextafter(1.0, 2.0))


def fmt(xs):
    return " ".join(repr(float(x)) for x in xs)


def _data_cases():
    yield "single", [3.25]
    yield "two", [1.0, 2.0]
    yield "one-to-ten", [float(i) for i in range(1, 11)]
    yield "constant", [7.5] * 9
    yield "signed-zeros", [0.0, -0.0, 0.0, -0.0, 1.0]
    yield "negative-zero-low", [-0.0, 1.0, 2.0]
    yield "subnormals", [5e-324, 1e-323, 2.5e-323, 0.0, 1e-320]
    yield "tiny-range", [1.0, ULP1, 1.0, ULP1, 1.0]
    yield "huge", [1e300, -3e299, 7e299, 1.5e300, -1e300]
    yield "integers-with-ties", [float(x) for x in rng.integers(-5, 6, size=37)]
    yield "linspace-points", list(np.linspace(-1.0, 1.0, 11))
    yield "thirds", [i / 3 for i in range(-30, 31)]
    for n in (3, 4, 5, 10, 11, 99, 100, 101, 257):
        yield f"normal-{n}", list(rng.standard_normal(n) * 10.0 ** int(rng.integers(-3, 4)))
    for n in (2, 20, 200):
        yield f"uniform-{n}", list(rng.uniform(-1e6, 1e6, n))
    yield "exponential-150", list(rng.exponential(3.0, 150))


DATA = list(_data_cases())


def data_cases():
    return DATA


def percentile_cases():
    for name, xs in data_cases():
        yield name, xs
    yield "nan-first", [float("nan"), 1.0, 2.0, 3.0, 4.0]
    yield "nan-only", [float("nan")]


BINS = (1, 2, 3, 7, 10, 64)


def histogram_cases():
    for name, xs in data_cases():
        yield name, xs
    yield "empty", []
    yield "nan", [1.0, float("nan")]
    yield "inf", [1.0, float("inf")]
    yield "minus-inf", [float("-inf"), 1.0]
    yield "overflowing-range", [-1e308, 1e308]


def histogram(xs, bins):
    try:
        counts = np.histogram(np.array(xs, dtype=np.float64), bins)[0]
        return " ".join(str(int(c)) for c in counts)
    except (ValueError, IndexError):  # IndexError: numpy 2.x on some infinite inputs
        return "error"


def main():
    warnings.simplefilter("ignore")
    with open("percentiles.tsv", "w") as f:
        f.write("# name\txs\tnumpy.percentile(xs, [50, 90, 99])\n")
        for name, xs in percentile_cases():
            ps = np.percentile(np.array(xs, dtype=np.float64), [50, 90, 99])
            f.write(f"{name}\t{fmt(xs)}\t{fmt(ps)}\n")
    with open("histograms.tsv", "w") as f:
        f.write("# name\txs\tthen per bins: <bins>=numpy.histogram(xs, bins)[0] or <bins>=error\n")
        for name, xs in histogram_cases():
            results = "\t".join(f"{b}={histogram(xs, b)}" for b in BINS)
            f.write(f"{name}\t{fmt(xs)}\t{results}\n")


if __name__ == "__main__":
    main()
