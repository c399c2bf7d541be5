#!/usr/bin/env bash
# Rebuilds the test guests next to their sources (the .wasm files are committed so the tests need
# no C toolchain). Needs Debian's clang, lld and wasi-libc:
#   apt-get install -y clang-14 lld-14 wasi-libc libclang-rt-14-dev-wasm32
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
CC=${CC:-clang-14}
for src in *.c; do
  model=command
  if [ "$src" = calc.c ]; then model=reactor; fi
  "$CC" --target=wasm32-wasi -mexec-model=$model -O2 -Wall -Werror -Wl,--strip-all \
    -o "${src%.c}.wasm" "$src"
  echo "built ${src%.c}.wasm ($(wc -c < "${src%.c}.wasm") bytes)"
done
