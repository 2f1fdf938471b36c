"""The `offramp code` command end to end, and the founding article's score."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED_DIR, SHARED

OFFRAMP = [sys.executable, "-m", "offramp.cli"]
FIELDS = {"doc_id", "event_id", "type", "mode", "context", "cameo", "quad_class", "intensity",
          "source", "target", "modality", "date", "date_precision", "location",
          "attributed_to", "sentence", "evidence", "trigger", "rule"}


def run(*args, stdin=None):
    return subprocess.run(OFFRAMP + list(args), capture_output=True, text=True, cwd=ROOT,
                          input=stdin, timeout=300)


def test_cli_code_jsonl_contract_and_bad_files_do_not_stop_the_run(tmp_path):
    (tmp_path / "a.txt").write_text("Tunisia and Algeria signed a gas deal on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00bad")
    (tmp_path / "c.txt").write_text("", encoding="utf-8")
    (tmp_path / "d.txt").write_text("Ghana accused Togo of harbouring rebels.", encoding="utf-8")
    db = tmp_path / "out.duckdb"
    r = run("code", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "c.txt"),
            str(tmp_path / "d.txt"), "--date", "2023-05-16", "--format", "jsonl", "--db", str(db))
    assert r.returncode == 0, r.stderr
    events = [json.loads(l) for l in r.stdout.splitlines()]
    assert {e["type"] for e in events} >= {"ACCUSE"}
    for e in events:
        assert FIELDS <= set(e)
        for a in e["source"] + e["target"]:
            assert {"text", "name", "country", "sector", "role"} <= set(a)
    assert "2 failed" in r.stderr and "not UTF-8" in r.stderr and "empty" in r.stderr
    import duckdb
    con = duckdb.connect(str(db))
    assert con.execute("select count(*) from documents").fetchone()[0] == 2
    assert con.execute("select count(*) from errors").fetchone()[0] == 2


def test_cli_code_stdin_without_date_warns(tmp_path):
    r = run("code", "-", "--format", "jsonl", stdin="Cuba released political prisoners last week.")
    assert r.returncode == 0
    assert "no publication date" in r.stderr


def test_cli_bad_date_is_a_clear_error():
    r = run("code", "-", "--date", "2022-13-45", stdin="x")
    assert r.returncode == 2 and "not a valid" in r.stderr


def test_cli_formats_documents_and_plover(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Fiji and Tonga agreed to cooperate on fisheries.", encoding="utf-8")
    docs = run("code", str(p), "--date", "2023-05-16", "--format", "documents")
    d = json.loads(docs.stdout.splitlines()[0])
    assert {"id", "events", "quotes", "activities"} <= set(d)
    pl = run("code", str(p), "--date", "2023-05-16", "--format", "plover")
    rec = json.loads(pl.stdout.splitlines()[0])
    assert {"id", "date", "actor", "recipient", "event", "mode", "context", "event_text"} <= set(rec)


@pytest.mark.skipif(not (SEED_DIR / "seed.gold.jsonl").exists(), reason="../shared not beside the repo")
def test_cli_founding_article_score(tmp_path):
    r = run("code", str(SEED_DIR / "seed.docs.jsonl"), "--format", "jsonl")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(r.stdout, encoding="utf-8")
    s = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold",
                        str(SEED_DIR / "seed.gold.jsonl"), "--pred", str(pred), "--json"],
                       capture_output=True, text=True)
    res = json.loads(s.stdout.splitlines()[0])
    assert res["triple_modality"]["f1"] >= 0.90
    assert res["forbid"]["violations"] == 0
    assert res["attributes"]["date"]["accuracy"] >= 0.95
    assert res["attributes"]["location"]["accuracy"] >= 0.95
