#!/usr/bin/env bash
# run.sh BUILD_DIR — installs the build into a temporary prefix, then builds the consumer
# twice: with CMake's find_package(precis) and with pkg-config. Both must run.
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
libdir=$(find "$work/prefix" -name 'libprecis.so*' -printf '%h\n' | head -1)

cmake -S "$here" -B "$work/cm" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/cm" >/dev/null
out=$(LD_LIBRARY_PATH="$libdir" "$work/cm/consumer")
echo "find_package: $out"
[ "$out" = "precis 0.1.0: 3 sentences" ]

export PKG_CONFIG_PATH="$libdir/pkgconfig"
cc -std=c17 -o "$work/pc" "$here/consumer.c" $(pkg-config --cflags --libs precis)
out=$(LD_LIBRARY_PATH="$libdir" "$work/pc")
echo "pkg-config: $out"
[ "$out" = "precis 0.1.0: 3 sentences" ]
echo "2 passed, 0 failed"
