"""The body of benchmarks/python_batch.sh (see there): times the CLI, precis.batch and the
Dask recipe on the same JSONL and prints docs/s and ratios. Run with the package's venv."""
import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = "summary,brief,facts"


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--precis", required=True)
    ap.add_argument("--input", required=True)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    import precis

    with open(args.input, encoding="utf-8") as f:
        lines = [l for l in f.read().splitlines() if l.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for _ in range(args.repeat):
                f.write("\n".join(lines) + "\n")
        n = len(lines) * args.repeat
        size = os.path.getsize(src) / 1e6
        print(f"python_batch: {os.path.basename(args.input)} repeated {args.repeat} times: "
              f"{n} documents, {size:.1f} MB; fields {FIELDS}; 2 cores each")

        def cli():
            with open(os.path.join(tmp, "cli.jsonl"), "w") as out:
                subprocess.run([args.precis, "batch", "-q", "-j", "2", "--fields", FIELDS, "in.jsonl"],
                               cwd=tmp, stdout=out, check=True)

        def package():
            # the whole job as a Python program does it: read, parse, process, write
            with open(src, encoding="utf-8") as f, open(os.path.join(tmp, "py.jsonl"), "w") as out:
                recs = (json.loads(l) for l in f)
                for line in precis.batch(recs, jobs=2, fields=FIELDS, source="in.jsonl", as_json=True):
                    out.write(line)
                    out.write("\n")

        startup = []

        def dask():
            run = subprocess.run([sys.executable, os.path.join(HERE, "..", "examples", "dask_batch.py"),
                                  "in.jsonl", "dask.jsonl", "--workers", "2"], cwd=tmp, check=True,
                                 stderr=subprocess.PIPE, text=True)
            m = re.search(r"\(([0-9.]+) s to start", run.stderr)
            startup.append(float(m.group(1)) if m else 0.0)

        # Rounds of CLI, package, Dask back to back; each round's ratios compare runs made
        # under the same load (the machine is shared), and the median round is reported.
        print(f"load average before: {os.getloadavg()[0]:.2f} (2 cores)")
        runs = {"cli": [], "package": [], "dask": []}
        for _ in range(args.rounds):
            for name, fn in (("cli", cli), ("package", package), ("dask", dask)):
                r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                c0 = time.process_time()
                _, dt = timed(fn)
                r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = (time.process_time() - c0) + (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
                runs[name].append((dt, cpu))
        print(f"load average after:  {os.getloadavg()[0]:.2f}")
        with open(os.path.join(tmp, "cli.jsonl"), "rb") as f:
            ref = f.read()
        same = {}
        for name, file in (("package", "py.jsonl"), ("dask", "dask.jsonl")):
            with open(os.path.join(tmp, file), "rb") as f:
                same[name] = f.read() == ref
        floors = {"package": 0.90, "dask": 0.70}
        ratios = {k: statistics.median(runs["cli"][i][0] / runs[k][i][0] for i in range(args.rounds))
                  for k in runs}
        wall = {k: statistics.median(dt for dt, _ in v) for k, v in runs.items()}
        cpu = {k: statistics.median(c for _, c in v) for k, v in runs.items()}
        print(f"{'what':<41} {'s':>7} {'docs/s':>8} {'CPU ms/doc':>10} {'of CLI':>7}")
        rows = [("precis batch -j 2 (CLI)", "cli"), ("precis.batch(jobs=2, as_json=True)", "package"),
                ("dask_batch.py --workers 2 (LocalCluster)", "dask")]
        ok = True
        for label, key in rows:
            verdict = ""
            if key in floors:
                passed = ratios[key] >= floors[key] and same[key]
                ok &= passed
                verdict = (f"  floor {floors[key]:.0%}: {'ok' if passed else 'MISSED'}"
                           f"; output {'identical' if same[key] else 'DIFFERENT'}")
            print(f"{label:<41} {wall[key]:7.2f} {n / wall[key]:8.0f} {1000 * cpu[key] / n:10.2f} "
                  f"{ratios[key]:7.0%}{verdict}")
        up = statistics.median(startup)
        after = [runs["dask"][i][0] - startup[i] for i in range(args.rounds)]
        print(f"{'  the same after its start-up':<41} {statistics.median(after):7.2f} "
              f"{n / statistics.median(after):8.0f} {'':>10} "
              f"{statistics.median(runs['cli'][i][0] / after[i] for i in range(args.rounds)):7.0%}"
              f"  (start-up {up:.2f} s; the floor is judged with it)")
        print(f"(medians of {args.rounds} rounds; 'of CLI' is the median of each round's ratio. Dask's "
              "time includes starting the LocalCluster and its 2 worker processes; its CPU counts "
              "the workers, the scheduler and the client.)")
        return 0 if ok else 1



if __name__ == "__main__":
    sys.exit(main())
