"""The body of benchmarks/python_batch.sh (see there): times the CLI, precis.batch and the
Dask recipe on the same JSONL and prints docs/s and ratios. Run with the package's venv."""
import argparse
import json
import os
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

        def dask():
            subprocess.run([sys.executable, os.path.join(HERE, "..", "examples", "dask_batch.py"),
                            "in.jsonl", "dask.jsonl", "--workers", "2", "-q"], cwd=tmp, check=True)

        # CLI, package, Dask, then the CLI and the package again: the machine is shared, so
        # each figure is the better of two runs and a drift in load hits both sides alike.
        t = {"cli": [], "package": [], "dask": []}
        for name, fn in [("cli", cli), ("package", package), ("dask", dask), ("cli", cli),
                         ("package", package)]:
            _, dt = timed(fn)
            t[name].append(dt)
        best = {k: min(v) for k, v in t.items()}
        rate = {k: n / v for k, v in best.items()}
        with open(os.path.join(tmp, "cli.jsonl"), "rb") as f:
            ref = f.read()
        same = {}
        for name, file in (("package", "py.jsonl"), ("dask", "dask.jsonl")):
            with open(os.path.join(tmp, file), "rb") as f:
                same[name] = f.read() == ref
        floors = {"package": 0.90, "dask": 0.70}
        print(f"{'what':<41} {'s':>7} {'docs/s':>8} {'of CLI':>7}")
        rows = [("precis batch -j 2 (CLI)", "cli"), ("precis.batch(jobs=2, as_json=True)", "package"),
                ("dask_batch.py --workers 2 (LocalCluster)", "dask")]
        ok = True
        for label, key in rows:
            ratio = rate[key] / rate["cli"]
            verdict = ""
            if key in floors:
                passed = ratio >= floors[key] and same[key]
                ok &= passed
                verdict = (f"  floor {floors[key]:.0%}: {'ok' if passed else 'MISSED'}"
                           f"; output {'identical' if same[key] else 'DIFFERENT'}")
            print(f"{label:<41} {best[key]:7.2f} {rate[key]:8.0f} {ratio:7.0%}{verdict}")
        print("(Dask's time includes starting the LocalCluster and its 2 worker processes.)")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
