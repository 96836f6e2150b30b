#!/usr/bin/env python3
"""dask_batch.py — `precis batch --fields summary,brief,facts` on a Dask cluster.

Usage:
    python3 examples/dask_batch.py INPUT.jsonl OUTPUT.jsonl [--scheduler ADDRESS]
                                   [--partitions N] [--workers N] [--fields LIST]

Reads INPUT (JSONL, plain or .gz) with dask.bag, runs precis in the workers (one model per
worker process, made on first use) and writes OUTPUT with one record per input line, in
input order: the same records as `precis batch --fields summary,brief,facts INPUT` (same
ids, INPUT:LINE for records without one; same source, INPUT as given). Without --scheduler
it starts a distributed.LocalCluster here (--workers processes, one thread each); with
--scheduler tcp://HOST:8786 it runs on that cluster, whose workers need the precis package
installed (docs/SCALE.md).

How the work is cut: the file is read by one task (a .gz cannot be split, and line numbers
name the records without ids), its lines are numbered there, then the bag is cut into
--partitions pieces (default 4 per worker), each processed by one task. Results come back
partition by partition in order and are written as they arrive, so OUTPUT is in input order
while later partitions are still running.
"""
import argparse
import os
import sys
import time


def number_lines(lines):
    """(line number, line) for the lines of one file (one partition: the whole file)."""
    return [(n, line) for n, line in enumerate(lines, 1)]


def process_partition(pairs, source, fields):
    """The record lines of one partition. Runs in a worker: the package's default model is
    made once per worker process and shared by the partitions it runs."""
    import precis

    return list(precis.jsonl_records(pairs, source, fields=fields))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", help="JSONL file, plain or .gz")
    ap.add_argument("output", help="JSONL file to write ('-' for standard output)")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    ap.add_argument("--partitions", type=int, help="partitions to process (default: 4 per worker)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="LocalCluster worker processes (default: the number of cores)")
    ap.add_argument("--fields", default="summary,brief,facts", help="views to write (default all three)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")
    args = ap.parse_args(argv)

    import dask.bag as db
    from distributed import Client, LocalCluster

    if not os.path.exists(args.input):
        print(f"dask_batch.py: {args.input}: No such file or directory", file=sys.stderr)
        return 4
    start = time.monotonic()
    if args.scheduler:
        cluster = None
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    up = time.monotonic() - start
    try:
        workers = max(1, len(client.scheduler_info()["workers"]))
        parts = args.partitions or 4 * workers
        # One partition for the file (compression inferred from the name), lines numbered
        # there, then cut into `parts` pieces for the workers.
        lines = db.read_text(args.input, blocksize=None, compression="infer")
        bag = lines.map_partitions(number_lines).repartition(npartitions=parts)
        records = bag.map_partitions(process_partition, args.input, args.fields)
        futures = client.compute(records.to_delayed())
        out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
        n = 0
        try:
            for fut in futures:
                chunk = fut.result()
                fut.release()
                if chunk:
                    out.write("\n".join(chunk))
                    out.write("\n")
                    n += len(chunk)
        finally:
            if out is not sys.stdout:
                out.close()
        if not args.quiet:
            took = time.monotonic() - start
            print(f"dask_batch.py: {n} documents in {took:.2f} s on {workers} workers "
                  f"({up:.2f} s to start or reach the cluster), {len(futures)} partitions",
                  file=sys.stderr)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
