#!/usr/bin/env bash
# run.sh BUILD_DIR setup | BUILD_DIR pytest [PYTEST ARGS...]
#
# The Python package's tests (python/tests), run by ctest. `setup` makes a virtual
# environment under BUILD_DIR/python-venv with Debian's Python and its packages
# (--system-site-packages: cffi, pytest, hypothesis, dask, distributed come from apt, see
# scripts/setup.sh) and installs ./python into it offline, linked to BUILD_DIR's
# libprecis.a. `pytest` runs pytest in that environment, outside the source tree so that
# `import precis` is the installed package.
# Exit 77 (skipped) when Debian's python3 lacks venv or cffi: scripts/setup.sh installs them.
set -euo pipefail
build=$(cd "$1" && pwd)
what=$2
shift 2
root=$(cd "$(dirname "$0")/../.." && pwd)
venv=$build/python-venv
py=/usr/bin/python3   # Debian's interpreter: the one apt's python3-* packages are for

if [ "$what" = setup ]; then
  if ! "$py" -c 'import venv, ensurepip, cffi' 2>/dev/null; then
    echo "python3-venv or python3-cffi missing: run scripts/setup.sh" >&2
    exit 77
  fi
  # the extension's own C (python/precis/_ext.c) is held to the library's warnings
  cc -std=c17 -fsyntax-only -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
    -Wvla -Werror -Wno-unused-function -I"$root/include" "$root/python/precis/_ext.c"
  rm -rf "$venv"
  "$py" -m venv --system-site-packages "$venv"
  PRECIS_BUILD_DIR=$build "$venv/bin/pip" install --quiet --no-build-isolation --no-index \
    --disable-pip-version-check "$root/python"
  "$venv/bin/python" -c 'import precis; print("precis", precis.__version__, "over libprecis", precis.library_version())'
  exit 0
fi

[ -x "$venv/bin/python" ] || { echo "no $venv (python_setup was skipped)" >&2; exit 77; }
export PRECIS_CLI=${PRECIS_CLI:-$build/precis}
export PRECIS_SOURCE_DIR=$root
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
exec "$venv/bin/python" -m pytest -p no:cacheprovider -q "$@"
