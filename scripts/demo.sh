#!/usr/bin/env bash
# The main job: build the flagship core to javacore.wasm, then run the same binary on the JVM
# (bin/samovar, Chicory) and on Node's WASI, counting the words of a sample file.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "[demo] building javacore.wasm and the samovar runner (mvn install, tests skipped)"
mvn -B -q -ntp -DskipTests install -pl wasi-runner -am

wasm=wasm-core/target/samovar/javacore.wasm
printf '[demo] %s: %s bytes (%s gzip)\n' "$wasm" "$(wc -c < "$wasm")" "$(gzip -9 -c "$wasm" | wc -c)"

echo "[demo] samovar run (Chicory on the JVM):"
bin/samovar run --dir wasm-core/samples::/data "$wasm" wordcount /data/in.txt --top 5

echo "[demo] Node's WASI, same binary:"
node --no-warnings tests/src/test/node/wasi-run.mjs --dir wasm-core/samples::/data "$wasm" \
  wordcount /data/in.txt --top 5
