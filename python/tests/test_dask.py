"""examples/dask_batch.py on a LocalCluster of 2 workers writes what `precis batch` writes."""
import gzip
import json
import random
import re
import subprocess
import sys

from conftest import SOURCE, golden_texts

DOCUMENTS = 300


def corpus():
    """Documents recombined from the repository's own fixture articles: paragraphs of
    different articles in a seeded order, some records with ids, titles, dates, budgets."""
    paragraphs = [p.strip() for _, t in golden_texts() for p in re.split(r"\n\s*\n", t) if p.strip()]
    rnd = random.Random(18)
    for i in range(DOCUMENTS):
        rec = {"text": "\n\n".join(rnd.sample(paragraphs, rnd.randint(1, 6)))}
        if i % 3:
            rec["id"] = f"doc-{i}"
        if i % 7 == 0:
            rec["title"] = rnd.choice(paragraphs).split(".")[0][:80]
        if i % 11 == 0:
            rec["date"] = f"2024-0{1 + i % 9}-1{i % 10}"
        if i % 13 == 0:
            rec["sentences"] = 1 + i % 4
        yield json.dumps(rec, ensure_ascii=i % 2 == 0)


def test_dask_batch_matches_the_cli(cli, tmp_path):
    lines = list(corpus())
    lines.insert(100, "")
    lines.insert(200, "{not json")
    path = tmp_path / "in.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    run = subprocess.run([sys.executable, str(SOURCE / "examples" / "dask_batch.py"), path.name,
                          str(out), "--workers", "2", "--partitions", "6"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "on 2 workers" in run.stderr
    cli_out = subprocess.run([cli, "batch", "-q", "-j", "2", "--fields", "summary,brief,facts",
                              path.name], cwd=tmp_path, capture_output=True, text=True)
    expect = cli_out.stdout.splitlines()
    got = out.read_text(encoding="utf-8").splitlines()
    assert len(got) == len(expect) == DOCUMENTS + 1
    differ = 0
    for g, e in zip(got, expect):
        gr, er = json.loads(g), json.loads(e)
        if "error" in er:  # the malformed line: same shape; Python's words for the reason
            assert list(gr) == list(er) and gr["id"] == er["id"]
            continue
        assert gr == er, (gr["id"], er["id"])
        differ += g != e
    assert differ == 0  # and byte for byte
