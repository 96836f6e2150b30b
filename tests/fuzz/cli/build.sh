#!/usr/bin/env bash
# build.sh — builds the fuzz targets of the CLI's readers (tests/fuzz/cli/fuzz_*.c) by hand
# next to the CMake-built ones, until tests/fuzz/CMakeLists.txt builds them itself. They need
# CLI sources and jansson, libarchive and gumbo, which the library-only targets do not.
# A target CMake already built is left alone.
# Usage: tests/fuzz/cli/build.sh BUILD_DIR   (a build configured with -DPRECIS_BUILD_FUZZERS=ON)
set -euo pipefail
build=$(cd "${1:?usage: build.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
lib="$build/libprecis.a"
[ -f "$lib" ] || { echo "build.sh: $lib missing: build $build first" >&2; exit 1; }
cc=${CC:-clang}
flags=(-g -O1 -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer -std=c17
  -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -D_GNU_SOURCE
  -I"$root/include" -I"$root/src" -I"$root/src/cli" -I"$here")
read -r -a pkg_cflags <<<"$(pkg-config --cflags jansson libarchive gumbo)"
read -r -a pkg_libs <<<"$(pkg-config --libs jansson libarchive gumbo)"
sys_libs=(-lutf8proc -lstemmer -lpthread -lm)
batch=("$root/src/cli/batch_read.c" "$root/src/cli/batch_common.c" "$root/src/cli/batch_html.c"
  "$root/src/cli/common.c")
mkdir -p "$build/tests/fuzz"
for name in fuzz_jsonl fuzz_archive fuzz_html fuzz_eval; do
  out="$build/tests/fuzz/$name"
  src="$here/$name.c"
  [ -f "$src" ] || continue
  if [ -x "$out" ] && [ "$out" -nt "$src" ] && [ "$out" -nt "$lib" ]; then continue; fi
  case $name in
    fuzz_eval) extra=() ;;
    fuzz_html) extra=("$root/src/cli/batch_html.c" "$root/src/cli/batch_common.c") ;;
    *) extra=("${batch[@]}") ;;
  esac
  "$cc" "${flags[@]}" "${pkg_cflags[@]}" -o "$out" "$src" "${extra[@]}" "$lib" "${pkg_libs[@]}" "${sys_libs[@]}"
  echo "built $out"
done
