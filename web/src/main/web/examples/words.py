# Word frequencies of the pasted text: Java (javacore.word_frequencies) against the same algorithm
# in pure Python. A word is a run of letters, digits and apostrophes, lower-cased.
import time

import javacore
import samovar_page as page

TOP = 15
text = page.pasted_text()
print(f"{len(text):,} characters of pasted text")


def py_word_frequencies(text, top):
    """javacore.word_frequencies in pure Python: the same scan, count and order."""
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


javacore.word_frequencies(text[:5000], TOP)  # warm-up (the wasm compiler tiers up on first calls)

t0 = time.perf_counter()
java = javacore.word_frequencies(text, TOP)
java_s = time.perf_counter() - t0

t0 = time.perf_counter()
java_aio = await javacore.aio.word_frequencies(text, TOP)
aio_s = time.perf_counter() - t0

t0 = time.perf_counter()
py = py_word_frequencies(text, TOP)
py_s = time.perf_counter() - t0

print(f"top {TOP} words (Java):")
rows = [line.split("\t") for line in java.splitlines()]
for word, n in rows:
    print(f"  {word:<16} {n:>7}")
print("Java and pure Python agree:", java == py, "| direct and aio agree:", java == java_aio)

page.bars([w for w, _ in rows], [int(n) for _, n in rows], f"Top {TOP} words (javacore.word_frequencies)")
page.timing("word frequencies", java_s, py_s, aio_s)
print(f"time: Java {java_s * 1000:.1f} ms (aio worker {aio_s * 1000:.1f} ms), "
      f"pure Python {py_s * 1000:.0f} ms -> Python/Java ratio {py_s / java_s:.1f}x")
