#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: installs what the tests need (npm packages,
# Debian Chromium when root), then builds and verifies the whole Maven reactor.
#   scripts/test.sh            # everything, as CI runs it
#   scripts/test.sh -Dquick    # extra Maven flags are passed through (-Dquick skips format checks)
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[test] %s\n' "$*"; }

command -v node >/dev/null || { echo "test.sh: node (20+) is required; install Debian's nodejs" >&2; exit 1; }
command -v mvn >/dev/null || { echo "test.sh: mvn (3.8+) is required; install Debian's maven" >&2; exit 1; }

if [ ! -d node_modules/pyodide ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci (pyodide, playwright-core, binaryen, browser_wasi_shim)"
  npm ci --no-audit --no-fund
fi

if ! command -v chromium >/dev/null && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    log "installing Debian chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "test.sh: Chromium is missing and we are not root; run: sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi

log "mvn verify"
mvn -B -ntp verify "$@"
