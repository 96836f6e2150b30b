#!/usr/bin/env bash
# test.sh — builds precis (installing what is missing) and runs the whole test suite:
# Criterion unit tests and the CLI tests, through ctest.
# Usage: scripts/test.sh [BUILD_DIR] [extra cmake arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
scripts/setup.sh "$build" "$@"
# The HTML page test renders in a real browser; install it when missing (as root).
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
