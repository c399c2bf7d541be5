#!/usr/bin/env bash
# Benchmarks (not part of the test run): builds everything, then times the benchmark programs on the
# JVM, Chicory (compiler, interpreter), Node's WASI and wasmtime, writing tests/target/bench/report.md
# and chart.svg. Extra arguments go to Maven, e.g. -Dbench.repeats=3.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
mvn -B -q -ntp -DskipTests -Dquick install -pl tests -am
cd tests
# The measured JVM flag for Chicory's compiled code (see wasi-runner/README.md); override with
# MAVEN_OPTS to compare.
export MAVEN_OPTS="${MAVEN_OPTS:--XX:-DontCompileHugeMethods}"
mvn -B -q -ntp -Dquick exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=dev.samovar.tests.bench.Bench "$@"
