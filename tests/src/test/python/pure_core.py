"""javacore's main exports in pure Python: the same algorithms, for the bench's comparison in Pyodide.

One shared module (the page examples in web/ carry inline copies of stats, sha256 and
word_frequencies; these are the same algorithms). Also the bench's input generators, identical in
Java (CoreInputs), JavaScript (tests/node/bench/core-bench.mjs) and here.
"""

import math
import struct

# --- inputs (the same on every host) ---------------------------------------------------------


def doubles(n):
    """xs[i] = sin(i) * 1000."""
    return [math.sin(i) * 1000.0 for i in range(n)]


def byte_data(n):
    """b[i] = (i * 131 + (i >> 9)) & 255."""
    return bytes((i * 131 + (i >> 9)) & 255 for i in range(n))


def _word(k):
    v = (k * 7919) % 5000
    out = []
    while True:
        out.append(chr(97 + v % 26))
        v //= 26
        if v == 0:
            return "".join(out)


def text(n):
    """n characters of words (5,000 distinct ones) separated by spaces."""
    parts = []
    size = 0
    k = 0
    while size < n:
        w = _word(k) + " "
        parts.append(w)
        size += len(w)
        k += 1
    return "".join(parts)[:n]


# --- the algorithms ----------------------------------------------------------------------------


def stats(xs):
    """javacore.stats: Welford's mean and variance, min, max, linear percentiles (50, 90, 99)."""
    n = len(xs)
    if n == 0:
        raise ValueError("stats: empty input")
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


def sort(xs):
    """javacore.sort: a sorted copy."""
    return sorted(xs)


def scale(xs, factor):
    """javacore.scale: every element times factor."""
    return [x * factor for x in xs]


def histogram(xs, bins):
    """javacore.histogram: counts in equal-width bins over [min, max], the last bin closed."""
    counts = [0] * bins
    if not xs:
        return counts
    first, last = min(xs), max(xs)
    if first == last:
        first -= 0.5
        last += 0.5
    span = last - first
    step = span / bins
    edges = [i * step + first for i in range(bins)] + [last]
    for x in xs:
        b = int((x - first) / span * bins)
        if b == bins:
            b -= 1
        if x < edges[b]:
            b -= 1
        elif b != bins - 1 and x >= edges[b + 1]:
            b += 1
        counts[b] += 1
    return counts


_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


def crc32(data):
    """javacore.crc32: CRC-32 (IEEE 802.3), table-driven, as a signed 32-bit int."""
    c = 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    c ^= 0xFFFFFFFF
    return c - (1 << 32) if c >= 1 << 31 else c


_K = [
    0x428A2F98, 0x71374491, 0xB5C0FBCF, 0xE9B5DBA5, 0x3956C25B, 0x59F111F1, 0x923F82A4, 0xAB1C5ED5,
    0xD807AA98, 0x12835B01, 0x243185BE, 0x550C7DC3, 0x72BE5D74, 0x80DEB1FE, 0x9BDC06A7, 0xC19BF174,
    0xE49B69C1, 0xEFBE4786, 0x0FC19DC6, 0x240CA1CC, 0x2DE92C6F, 0x4A7484AA, 0x5CB0A9DC, 0x76F988DA,
    0x983E5152, 0xA831C66D, 0xB00327C8, 0xBF597FC7, 0xC6E00BF3, 0xD5A79147, 0x06CA6351, 0x14292967,
    0x27B70A85, 0x2E1B2138, 0x4D2C6DFC, 0x53380D13, 0x650A7354, 0x766A0ABB, 0x81C2C92E, 0x92722C85,
    0xA2BFE8A1, 0xA81A664B, 0xC24B8B70, 0xC76C51A3, 0xD192E819, 0xD6990624, 0xF40E3585, 0x106AA070,
    0x19A4C116, 0x1E376C08, 0x2748774C, 0x34B0BCB5, 0x391C0CB3, 0x4ED8AA4A, 0x5B9CCA4F, 0x682E6FF3,
    0x748F82EE, 0x78A5636F, 0x84C87814, 0x8CC70208, 0x90BEFFFA, 0xA4506CEB, 0xBEF9A3F7, 0xC67178F2,
]


def sha256(data):
    """javacore.sha256: SHA-256 (FIPS 180-4)."""
    M = 0xFFFFFFFF
    h = [0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19]
    msg = bytes(data) + b"\x80" + b"\x00" * ((55 - len(data)) % 64) + struct.pack(">Q", len(data) * 8)
    for off in range(0, len(msg), 64):
        w = list(struct.unpack(">16I", msg[off:off + 64]))
        for i in range(16, 64):
            x, y = w[i - 15], w[i - 2]
            s0 = ((x >> 7 | x << 25) ^ (x >> 18 | x << 14) ^ (x >> 3)) & M
            s1 = ((y >> 17 | y << 15) ^ (y >> 19 | y << 13) ^ (y >> 10)) & M
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & M)
        a, b, c, d, e, f, g, hh = h
        for i in range(64):
            S1 = ((e >> 6 | e << 26) ^ (e >> 11 | e << 21) ^ (e >> 25 | e << 7)) & M
            t1 = (hh + S1 + ((e & f) ^ (~e & g)) + _K[i] + w[i]) & M
            S0 = ((a >> 2 | a << 30) ^ (a >> 13 | a << 19) ^ (a >> 22 | a << 10)) & M
            t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) & M
            hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & M, c, b, a, (t1 + t2) & M
        h = [(v + x) & M for v, x in zip(h, (a, b, c, d, e, f, g, hh))]
    return b"".join(struct.pack(">I", v) for v in h)


def word_frequencies(text, top):
    """javacore.word_frequencies: the top words (letters, digits, apostrophes; lower-cased)."""
    counts = {}
    start = -1
    for i, c in enumerate(text):
        if c.isalnum() or c == "'":
            if start < 0:
                start = i
        elif start >= 0:
            w = text[start:i].lower()
            counts[w] = counts.get(w, 0) + 1
            start = -1
    if start >= 0:
        w = text[start:].lower()
        counts[w] = counts.get(w, 0) + 1
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return "".join(f"{w}\t{n}\n" for w, n in best)
