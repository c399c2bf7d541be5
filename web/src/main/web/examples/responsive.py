# aio: a ~3 s Java call runs in a worker while the page clock (top right) keeps ticking, then a
# call that takes too long is cancelled by asyncio.wait_for and the module still works.
import asyncio
import time

import javacore
import samovar_page as page

# A call of about 3 s: edit distances of growing strings (the work is n²), until one takes 2.5 s.
# The first calls also warm the worker up (they run before the wasm compiler has tiered up).
n = 4_000
for attempt in range(5):
    a = ("kitten" * (n // 6 + 1))[:n]
    b = ("sitting" * (n // 7 + 1))[:n]
    ticks = page.ticks()
    page.mark("java-aio-start")
    t0 = time.perf_counter()
    d = await javacore.aio.levenshtein(a, b)
    dt = time.perf_counter() - t0
    page.mark("java-aio-end")
    print(f"aio.levenshtein of two {n:,}-character strings = {d} in {dt:.2f} s; meanwhile the page clock "
          f"ticked {page.ticks() - ticks} times (every 50 ms: {dt / 0.05:.0f})")
    if dt >= 2.5 or n >= 40_000:
        break
    n = int(min(40_000, n * (3.2 / dt) ** 0.5))

t0 = time.perf_counter()
try:
    await asyncio.wait_for(javacore.aio.levenshtein(a, b), timeout=0.5)
    print("no timeout?!")
except (TimeoutError, asyncio.TimeoutError):
    print(f"wait_for(..., timeout=0.5) raised TimeoutError after {time.perf_counter() - t0:.2f} s; the worker was terminated")

print("the module still works: add(2, 3) =", javacore.add(2, 3), "| aio.add(2, 3) =", await javacore.aio.add(2, 3))
print("levenshtein('kitten', 'sitting') =", await javacore.aio.levenshtein("kitten", "sitting"))
