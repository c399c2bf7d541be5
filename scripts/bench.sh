#!/usr/bin/env bash
# Benchmarks (not part of the test run): builds everything, then times the benchmark programs on the
# JVM, Chicory (compiler, interpreter), Node's WASI and wasmtime, writing tests/target/bench/report.md
# and chart.svg. Extra arguments go to Maven; BENCH_REPEATS=3 sets the repeats.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
mvn -B -q -ntp -DskipTests -Dquick install -pl tests -am
cd tests
# The bench runs in its own JVM with the test class path (JMH forks more JVMs from it for the JVM
# side). BENCH_JVM_OPTS: the measured JVM flag for Chicory's compiled code (see
# wasi-runner/README.md); BENCH_REPEATS: measured repeats per host (default 5).
BENCH_JVM_OPTS="${BENCH_JVM_OPTS:--XX:-DontCompileHugeMethods}"
mvn -B -q -ntp -Dquick exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
  -Dexec.args="$BENCH_JVM_OPTS -Dbench.repeats=${BENCH_REPEATS:-5} -classpath %classpath dev.samovar.tests.bench.Bench" "$@"
