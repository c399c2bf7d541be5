#!/usr/bin/env bash
# Benchmarks (not part of the test run): builds everything, then, in one run, times
#   programs  the six benchmark programs on the JVM (JMH), Chicory (compiler, interpreter), Node's
#             WASI and wasmtime;
#   startup   `javacore help` from process start to exit per host;
#   core      javacore's exports (stats, sort, scale, histogram, sha256, crc32, wordFrequencies) at
#             sizes 1e3…1e7 on the JVM (JMH), Chicory's compiler (Java client), Node (JS bindings),
#             Pyodide in Node (the wheel) and the same algorithms in pure Python in that Pyodide;
#   abi       per-call cost of the typed ABI (add, a 1 KB string, double[] 1e3…1e7) on Chicory's
#             compiler and Node, as ratios to the JVM;
# and writes tests/target/bench/report.md, chart.svg (programs) and core.svg (time vs size).
# Extra arguments go to Maven. Environment:
#   BENCH_REPEATS=5      measured repeats per host (slow hosts get fewer: the Chicory interpreter
#                        runs a program once when 5 runs would exceed 20 s; a core-export cell gets
#                        at most 600 ms of measured batches, and a size is skipped when the
#                        previous one took over 150 ms per call)
#   BENCH_SECTIONS=programs,startup,core,abi   a subset to run
#   BENCH_SKIP_BUILD=1   reuse the installed build
#   BENCH_JVM_OPTS       flags of the bench JVM (default -XX:-DontCompileHugeMethods, needed for
#                        Chicory's compiled code: see wasi-runner/README.md)
# About 12 minutes on 2 cores (each section prints its wall time at the end of the report).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  mvn -B -q -ntp -DskipTests -Dquick install -pl tests -am
fi
cd tests
# The bench runs in its own JVM with the test class path (JMH forks more JVMs from it for the JVM
# side; the node and Pyodide hosts run as node subprocesses).
BENCH_JVM_OPTS="${BENCH_JVM_OPTS:--XX:-DontCompileHugeMethods}"
mvn -B -q -ntp -Dquick exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
  -Dexec.args="$BENCH_JVM_OPTS -Dbench.repeats=${BENCH_REPEATS:-5} -Dbench.sections=${BENCH_SECTIONS:-programs,startup,core,abi} -classpath %classpath dev.samovar.tests.bench.Bench" "$@"
