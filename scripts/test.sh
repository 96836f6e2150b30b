#!/usr/bin/env bash
# test.sh — builds precis (installing what is missing) and runs the whole test suite:
# Criterion unit tests and the CLI tests, through ctest.
# Usage: scripts/test.sh [BUILD_DIR] [extra cmake arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
scripts/setup.sh "$build" "$@"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
