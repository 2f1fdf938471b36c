"""A run killed with SIGKILL at a random moment, then rerun, ends with the database of a run
never stopped: no document lost, none twice. OFFRAMP_KILL_ROUNDS=N kills N times (default 1)."""
import os
import random
import signal
import subprocess
import sys
import time

import duckdb
import psutil

from offramp.corpus import code_corpus
from tests.conftest import ROOT
from tests.corpus.corpusdata import make_articles, write_jsonl


def _snapshot(db) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    q = {
        "documents": "SELECT id, date, title, text, content_hash, n_events FROM documents ORDER BY id",
        "events": "SELECT * FROM events ORDER BY doc_id, event_id",
        "quotes": "SELECT * FROM quotes ORDER BY doc_id, idx",
        "activities": "SELECT * FROM activities ORDER BY doc_id, idx",
        "errors": "SELECT source, code, reason FROM errors ORDER BY source",
    }
    out = {k: con.execute(v).fetchall() for k, v in q.items()}
    con.close()
    return out


def _kill_midway(src, db, after_lines: int) -> int:
    """Start `offramp code` with 2 workers; SIGKILL it once it has printed after_lines events."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    p = subprocess.Popen([sys.executable, "-m", "offramp.cli", "code", str(src), "--db", str(db),
                          "--workers", "2", "--format", "jsonl"], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    seen = 0
    kids = []
    for _ in p.stdout:
        seen += 1
        if seen == 1:
            kids = psutil.Process(p.pid).children(recursive=True)
        if seen >= after_lines:
            break
    os.kill(p.pid, signal.SIGKILL)
    p.wait(30)
    p.stdout.close()
    # the worker processes (and their fork server) notice and leave by themselves
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(k.is_running() and k.status() != psutil.STATUS_ZOMBIE
                                              for k in kids):
        time.sleep(0.2)
    assert not [k.pid for k in kids if k.is_running() and k.status() != psutil.STATUS_ZOMBIE]
    return seen


def test_corpus_kill_9_then_rerun_equals_an_uninterrupted_run(tmp_path, nlp):
    arts = make_articles(120, seed=11)
    arts[40] = {"id": "art-broken"}  # one bad record: its error must be recorded exactly once
    src = tmp_path / "in.jsonl"
    write_jsonl(src, arts)
    ref = tmp_path / "ref.duckdb"
    code_corpus([str(src)], db=ref, workers=1, progress=False)
    want = _snapshot(ref)
    assert len(want["documents"]) == 119 and len(want["errors"]) == 1
    rounds = int(os.environ.get("OFFRAMP_KILL_ROUNDS", "1"))
    rnd = random.Random()
    for r in range(rounds):
        db = tmp_path / f"killed{r}.duckdb"
        k = rnd.randint(1, len(want["events"]) // 2)
        printed = _kill_midway(src, db, k)
        mid = _snapshot(db) if db.exists() else {"documents": []}
        assert len(mid["documents"]) < len(want["documents"]), "the kill came after the end"
        stats = code_corpus([str(src)], db=db, workers=1, progress=False)
        assert stats.unchanged == len(mid["documents"]), f"kill after {k} events"
        assert _snapshot(db) == want, f"kill after {k} events ({printed} printed)"
