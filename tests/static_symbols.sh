#!/usr/bin/env bash
# static_symbols.sh LIBPRECIS_A — fails when the installed static library defines a global
# symbol outside the public precis_ namespace (or defines no precis_ symbol at all).
set -euo pipefail
lib=$1
command -v nm >/dev/null || { echo "nm missing" >&2; exit 77; }
syms=$(nm -g --defined-only "$lib" | awk 'NF == 3 { print $3 }')
public=$(grep -c '^precis_' <<<"$syms" || true)
if [ "$public" -eq 0 ]; then
    echo "static_symbols: no precis_ symbol in $lib" >&2
    exit 1
fi
others=$(grep -v '^precis_' <<<"$syms" || true)
if [ -n "$others" ]; then
    echo "static_symbols: $lib exports symbols outside precis_:" >&2
    echo "$others" >&2
    exit 1
fi
echo "static_symbols: $public global symbols, all precis_"
