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
# Extra arguments go to the Maven build. Environment:
#   BENCH_REPEATS=5      measured repeats per host (slow hosts get fewer: the Chicory interpreter
#                        runs a program once, cold, when 5 runs would exceed 20 s; a core-export cell gets
#                        at most 600 ms of measured batches, and a size is skipped when the
#                        previous one took over 150 ms per call)
#   BENCH_SECTIONS=programs,startup,core,abi   a subset to run
#   BENCH_SKIP_BUILD=1   reuse the wasm outputs already built (recompile only)
#   BENCH_JVM_OPTS       flags of the bench JVM (default -XX:-DontCompileHugeMethods, needed for
#                        Chicory's compiled code: see wasi-runner/README.md)
# About 12 minutes on 2 cores (each section prints its wall time at the end of the report).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
# Built in the reactor (no install): the bench's class path is the modules' own target/ outputs,
# never the shared ~/.m2 snapshots. BENCH_SKIP_BUILD=1 only recompiles (the wasm outputs exist).
phase=package
[ -n "${BENCH_SKIP_BUILD:-}" ] && phase=test-compile
mvn -B -q -ntp -DskipTests -Dquick "$phase" dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/tests/target/bench-classpath.txt" -pl tests -am "$@"
cd tests
# The bench runs in its own JVM with the test class path (JMH forks more JVMs from it for the JVM
# side; the node and Pyodide hosts run as node subprocesses).
BENCH_JVM_OPTS="${BENCH_JVM_OPTS:--XX:-DontCompileHugeMethods}"
# shellcheck disable=SC2086
exec java $BENCH_JVM_OPTS -Dbench.repeats="${BENCH_REPEATS:-5}" \
  -Dbench.sections="${BENCH_SECTIONS:-programs,startup,core,abi}" \
  -classpath "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  dev.samovar.tests.bench.Bench
