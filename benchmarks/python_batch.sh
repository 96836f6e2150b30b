#!/usr/bin/env bash
# python_batch.sh — the Python package's batch() and the Dask recipe against `precis batch`.
#
#   bash benchmarks/python_batch.sh [BUILD_DIR] [REPEAT]
#
# Reads ../shared/data/summ/cnndm_dev.jsonl (or $PRECIS_DATA/summ/...) at run time, repeats
# it REPEAT times (default 20: 5,000 documents, so that Dask's start-up does not decide the
# figure) into a temporary file, and times, in one run and on 2 cores each:
#   precis batch -j 2 --fields summary,brief,facts        (the CLI, the reference)
#   precis.batch(records, jobs=2, as_json=True)             (the package, 2 threads)
#   examples/dask_batch.py --workers 2                      (a LocalCluster of 2 processes)
# in PYTHON_BENCH_ROUNDS rounds (default 3) of the three back to back, and prints docs/s,
# CPU time per document and the ratios to the CLI (the median of each round's ratio, so
# that a change in the load of the shared machine hits both sides of a ratio alike).
# Floors: the package >= 90% of the CLI's docs/s, Dask >= 70%; exit 1 when one is missed.
# The outputs are also compared (identical).
# Uses BUILD_DIR/python-venv (made by tests/python/run.sh when missing).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
repeat=${2:-20}
data=${PRECIS_DATA:-$here/../../shared/data}
input=$data/summ/cnndm_dev.jsonl
if [ ! -f "$input" ]; then
  echo "python_batch: SKIPPED: no $input (set PRECIS_DATA to the folder that holds summ/)"
  exit 0
fi
if [ ! -x "$build/python-venv/bin/python" ]; then
  bash "$here/../tests/python/run.sh" "$build" setup
fi
exec "$build/python-venv/bin/python" "$here/python_batch.py" --precis "$build/precis" \
  --input "$input" --repeat "$repeat" --rounds "${PYTHON_BENCH_ROUNDS:-3}"
