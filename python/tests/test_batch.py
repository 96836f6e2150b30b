"""precis.batch and the JSONL helpers write what `precis batch` writes, byte for byte."""
import gzip
import json
import subprocess

import precis
from conftest import NON_ASCII, SOURCE, golden_texts

TEXTS = [t for _, t in golden_texts()]


def jsonl_lines():
    """Records that exercise every member of a batch line, and their failures."""
    recs = [{"id": f"g-{i}", "text": t} for i, t in enumerate(TEXTS)]
    recs += [
        {"text": TEXTS[0], "title": "Dockers strike over pay", "date": "2024-05-02T10:00:00Z"},
        {"id": 17, "text": NON_ASCII, "sentences": 1},
        {"id": 2.5, "text": TEXTS[1], "words": "40", "lang": "en"},
        {"id": "tab\tand \"quotes\" and ünïcode", "text": TEXTS[2], "title": "Título " * 120},
        {"id": "empty", "text": ""},
        {"id": "bad-budget", "text": TEXTS[3], "sentences": 0},
        {"id": "bad-lang", "text": TEXTS[3], "lang": "zz-not-a-tag-at-all"},
        {"id": "no-text", "body": "no text field"},
        {"id": "null-title", "text": TEXTS[4], "title": None, "date": ""},
        {"id": "comments", "text": (SOURCE / "tests/data/nonstory/comments_only.txt").read_text()},
    ]
    lines = [json.dumps(r, ensure_ascii=bool(i % 2)) for i, r in enumerate(recs)]
    lines.insert(3, "")            # a blank line: no record, but it counts for line numbers
    lines.insert(5, "[1, 2, 3]")   # not an object
    return lines


def cli_lines(cli, path, *args):
    out = subprocess.run([cli, "batch", "-q", *args, path.name], cwd=path.parent,
                         capture_output=True, text=True)
    assert out.returncode in (0, 1), out.stderr
    return out.stdout.splitlines()


def test_jsonl_records_match_the_cli(cli, tmp_path):
    path = tmp_path / "in.jsonl"
    lines = jsonl_lines()
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expect = cli_lines(cli, path)
    got = list(precis.jsonl_records(enumerate(lines, 1), "in.jsonl"))
    assert len(got) == len(expect) == len(lines) - 1
    for g, e in zip(got, expect):
        assert g == e
    assert any('"error"' in e for e in expect) and any('"title"' in e for e in expect)
    assert any('"no_story":true' in e for e in expect)


def test_batch_over_dicts_matches_cli_on_stdin(cli, tmp_path):
    lines = [l for l in jsonl_lines() if l.startswith("{")]
    path = tmp_path / "stdin.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with open(path, "rb") as f:
        expect = subprocess.run([cli, "batch", "-q", "-j", "2", "-"], stdin=f,
                                capture_output=True, text=True).stdout.splitlines()
    got = list(precis.batch([json.loads(l) for l in lines], jobs=2, as_json=True))
    assert got == expect
    assert list(precis.batch([json.loads(l) for l in lines], jobs=2)) == [json.loads(e) for e in expect]


def test_fields_and_options_match_the_cli(cli, tmp_path):
    path = tmp_path / "in.jsonl"
    recs = [{"id": i, "text": t} for i, t in enumerate(TEXTS)]
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    expect = cli_lines(cli, path, "--fields", "facts,summary", "-n", "2", "--method", "textrank",
                       "--brief-words", "30", "--date", "2024-01-15")
    got = list(precis.jsonl_records(enumerate(path.read_text().splitlines(), 1), "in.jsonl",
                                    fields="facts,summary", sentences=2, method="textrank",
                                    brief_words=30, date="2024-01-15"))
    assert got == expect
    assert list(json.loads(got[0])) == ["id", "source", "summary", "facts", "schema"]


def test_malformed_json_line_keeps_its_shape(cli, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "fine. text."}\n{"text": oops}\n', encoding="utf-8")
    expect = [json.loads(l) for l in cli_lines(cli, path)]
    got = [json.loads(l) for l in precis.jsonl_records(enumerate(path.read_text().splitlines(), 1), "in.jsonl")]
    assert got[0] == expect[0]
    assert list(got[1]) == list(expect[1]) == ["id", "source", "error", "schema"]
    assert got[1]["id"] == expect[1]["id"] == "in.jsonl:2"
    assert got[1]["error"].startswith("malformed JSON at line 2")


def test_html_is_refused_not_misread(cli, tmp_path):
    page = "\ufeff  \n<!DOCTYPE html><html><body><article><p>" + TEXTS[0] + "</p></article></body></html>"
    rec = precis.record({"id": "page", "text": page})
    assert list(rec) == ["id", "source", "error", "schema"] and "HTML" in rec["error"]
    assert "summary" in precis.record({"id": "prose", "text": "A <b>bold</b> claim. " + TEXTS[0]})


def test_record_helper():
    rec = precis.record({"id": "x", "text": TEXTS[0]}, fields="brief")
    assert list(rec) == ["id", "source", "brief", "schema"] and rec["id"] == "x"
    line = precis.record(TEXTS[0], as_json=True, source="s")
    assert line.startswith('{"id":"s:1","source":"s"')
