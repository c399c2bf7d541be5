# aio: a ~3 s Java call runs in a worker while the page clock (top right) keeps ticking, then a
# call that takes too long is cancelled by asyncio.wait_for and the module still works.
import asyncio
import time

import javacore
import samovar_page as page

# Edit distance of two ~12,000-character strings: 144 million steps of Java, about 3 s in wasm.
a = "kitten" * 2000
b = "sitting" * 1700

ticks = page.ticks()
page.mark("java-aio-start")
t0 = time.perf_counter()
d = await javacore.aio.levenshtein(a, b)
dt = time.perf_counter() - t0
page.mark("java-aio-end")
print(f"aio.levenshtein = {d} in {dt:.2f} s; meanwhile the page clock ticked {page.ticks() - ticks} times "
      f"(about {dt / 0.05:.0f} expected every 50 ms)")

t0 = time.perf_counter()
try:
    await asyncio.wait_for(javacore.aio.levenshtein(a, b), timeout=0.5)
    print("no timeout?!")
except (TimeoutError, asyncio.TimeoutError):
    print(f"wait_for(..., timeout=0.5) raised TimeoutError after {time.perf_counter() - t0:.2f} s; the worker was terminated")

print("the module still works: add(2, 3) =", javacore.add(2, 3), "| aio.add(2, 3) =", await javacore.aio.add(2, 3))
print("levenshtein('kitten', 'sitting') =", await javacore.aio.levenshtein("kitten", "sitting"))
