#!/usr/bin/env bash
# setup.sh — installs what precis needs on Debian 12 (as root) and builds it into build/.
# Usage: scripts/setup.sh [BUILD_DIR] [extra cmake arguments...]
# Installs the build dependencies and the tools the test suite uses; does nothing for a
# package that is already there. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true

packages=(
  build-essential cmake pkg-config          # compiler and build
  libutf8proc-dev libstemmer-dev            # Unicode, Snowball stemmers
  libjansson-dev libarchive-dev libgumbo-dev # JSON, archives, HTML (the CLI's readers)
  libcurl4-openssl-dev                      # URLs (the CLI fetches pages; the library never does)
  libcriterion-dev                          # unit tests
  python3 jq zip gzip zstd parallel         # CLI tests build and check fixtures with these
  python3-jsonschema                        # tests/cli/json_schema.sh validates outputs (docs/schema)
  python3-dev python3-venv python3-pip python3-setuptools python3-wheel python3-cffi
                                            # the Python package (python/, docs/PYTHON.md)
  python3-pytest python3-hypothesis         # its tests (tests/python/run.sh)
  python3-dask python3-distributed          # examples/dask_batch.py and its test
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup.sh: missing packages: ${missing[*]}; run as root or install them" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build" -j "$(nproc)"
