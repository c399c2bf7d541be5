#!/usr/bin/env bash
# The main job: build the flagship core to javacore.wasm, then run the same binary on the JVM
# (bin/samovar, Chicory) and on Node's WASI, counting the words of a sample file; then call a typed
# export on Chicory and through the generated JS bindings on Node.
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

echo "[demo] a typed export on Chicory (samovar run --invoke, arguments by the Java signature):"
bin/samovar run --invoke stats "$wasm" 3,1,4,1,5,9,2,6

echo "[demo] the same export through the generated JavaScript bindings, on Node:"
node --input-type=module -e "
import { readFileSync } from 'node:fs';
import { load } from './wasm-core/target/samovar/bindings/js/javacore.mjs';
const core = await load(readFileSync('$wasm'));
console.log('stats', Array.from(core.stats([3, 1, 4, 1, 5, 9, 2, 6])));
console.log('sha256(\"abc\")', Buffer.from(core.sha256(new TextEncoder().encode('abc'))).toString('hex'));
"
echo "[demo] Python: wasm-core/target/samovar/$(cd wasm-core/target/samovar && ls javacore-*.whl) — in Pyodide: await pyodide.loadPackage(url); import javacore"
