"""Crash safety: `offramp code DIR --db FILE` killed with SIGKILL at random points, then run
again until it finishes, leaves the same database as a run never interrupted.

The default run kills 3 times; OFFRAMP_KILL_ROUNDS=N and OFFRAMP_KILL_DOCS=M (as `make fuzz`
sets) kill N times over M documents. OFFRAMP_KILL_SEED picks other kill points.
"""
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("OFFRAMP_KILL_ROUNDS", "3"))
SEED = int(os.environ.get("OFFRAMP_KILL_SEED", "20260"))
DOCS = int(os.environ.get("OFFRAMP_KILL_DOCS", "90"))  # over 48: the run moves to worker processes
TABLES = ("documents", "events", "quotes", "activities", "errors")

_STATES = ["Poland", "Lithuania", "Russia", "Ukraine", "Belarus", "Germany", "France",
           "Turkey", "Finland", "Estonia", "Moldova", "Romania"]
_ACTS = ["accused {b} of violating the ceasefire", "held talks with {b} in Vienna",
         "threatened to expel diplomats from {b}", "sent humanitarian aid to {b}",
         "signed a trade agreement with {b}", "condemned the missile strike by {b}",
         "rejected the peace proposal from {b}", "will meet officials from {b} next week"]


def _article(rng: random.Random, n: int) -> dict:
    sents = []
    for _ in range(rng.randint(2, 6)):
        a, b = rng.sample(_STATES, 2)
        sents.append(f"{a} {rng.choice(_ACTS).format(b=b)} on {rng.choice(['Monday', 'Friday'])}, "
                     f"a spokesman said.")
    if rng.random() < 0.3:
        sents.append(f'"We will not accept this," the foreign minister of {rng.choice(_STATES)} said.')
    return {"id": f"kill-{n:03d}", "date": f"2023-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "title": f"Report {n}", "text": " ".join(sents)}


def make_corpus(folder: Path, n_docs: int = 90, seed: int = 5) -> Path:
    """JSONL and text files of made-up articles, plus inputs that fail (bad UTF-8, bad JSON)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    docs = [_article(rng, i) for i in range(n_docs)]
    half = n_docs // 2
    for name, part in (("a.jsonl", docs[:half]), ("b.jsonl", docs[half:n_docs - 6])):
        lines = [json.dumps(d) for d in part]
        if name == "b.jsonl":
            lines.insert(3, '{"text": "broken line')  # one failure inside a file
        (folder / name).write_text("\n".join(lines) + "\n")
    for d in docs[n_docs - 6:]:
        (folder / f"{d['id']}.txt").write_text(d["title"] + "\n\n" + d["text"])
    (folder / "latin1.txt").write_bytes("Gen\xe8ve talks ended.".encode("latin-1"))
    return folder


def _cmd(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "offramp.cli", "code", str(folder), "--db", str(db),
            "--format", "jsonl", "--no-progress"]


def _run(folder: Path, db: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(_cmd(folder, db), cwd=ROOT, capture_output=True, timeout=timeout)


def _killed_run(folder: Path, db: Path, after_lines: int, extra_delay: float) -> int:
    """Start a run, SIGKILL its whole process group after `after_lines` lines of output plus
    extra_delay seconds; returns the lines seen (-1 when the run ended first)."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    p = subprocess.Popen(_cmd(folder, db), cwd=ROOT, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    seen = 0
    deadline = time.monotonic() + 600
    while seen < after_lines and time.monotonic() < deadline:
        if not p.stdout.readline():
            p.wait()
            return -1  # finished before the kill point
        seen += 1
    time.sleep(extra_delay)
    try:
        os.killpg(p.pid, signal.SIGKILL)  # the coordinator and every worker it started
    except ProcessLookupError:
        pass
    p.wait()
    p.stdout.close()
    return seen


def snapshot(db: Path) -> dict:
    """Every row of the five tables, timestamps left out, sorted; and duplicate counts."""
    import duckdb

    out = {}
    with duckdb.connect(str(db), read_only=True) as con:
        for t in TABLES:
            cols = [c for c, typ in con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ? ORDER BY ordinal_position", [t]).fetchall()
                if not typ.startswith("TIMESTAMP")]
            sel = ", ".join(f'"{c}"' for c in cols)
            out[t] = sorted(map(repr, con.execute(f"SELECT {sel} FROM {t}").fetchall()))
        out["duplicate_documents"] = con.execute(
            "SELECT count(*) - count(DISTINCT id) FROM documents").fetchone()[0]
        out["duplicate_events"] = con.execute(
            "SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0]
    return out


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    work = tmp_path_factory.mktemp("kill")
    folder = make_corpus(work / "in", DOCS)
    t0 = time.monotonic()
    r = _run(folder, work / "ref.duckdb")
    took = time.monotonic() - t0
    assert r.returncode == 0, r.stderr.decode()[-800:]
    lines = r.stdout.count(b"\n")
    return folder, snapshot(work / "ref.duckdb"), lines, took


def test_hardening_kill_reference_run_is_complete(reference):
    folder, ref, lines, took = reference
    assert len(ref["documents"]) == DOCS  # the latin-1 file and the broken line fail
    assert len(ref["errors"]) == 2 and lines > 50
    assert ref["duplicate_documents"] == 0 and ref["duplicate_events"] == 0
    print(f"\nreference run: {len(ref['documents'])} documents, {len(ref['events'])} events, "
          f"{lines} output lines in {took:.1f} s")


def test_hardening_kill_sigkill_at_random_points_then_rerun_equals_reference(reference, tmp_path):
    folder, ref, lines, _ = reference
    rng = random.Random(SEED)
    db = tmp_path / "killed.duckdb"
    kills, stored = [], 0
    for i in range(ROUNDS):
        # a random point in the next share of the output still to come (a rerun prints
        # only what it codes), then a random delay: lands in start-up, reading, coding, a
        # worker batch or a write; the shares spread the kills over the whole run
        left = int((DOCS - stored) * lines / DOCS * 0.8)
        at = rng.randint(0, max(left // (ROUNDS - i) - 1, 0))
        seen = _killed_run(folder, db, at, rng.uniform(0, 0.2 if at else 3.0))
        if db.exists():  # every interrupted state is already consistent: no duplicates
            mid = snapshot(db)
            assert mid["duplicate_documents"] == 0 and mid["duplicate_events"] == 0
            assert set(mid["documents"]) <= set(ref["documents"])
            stored = len(mid["documents"])
        kills.append((seen, stored))
    r = _run(folder, db)
    assert r.returncode == 0, r.stderr.decode()[-800:]
    final = snapshot(db)
    print(f"\nkills (output lines seen, documents stored): {kills}; final run: "
          f"{r.stderr.decode().strip().splitlines()[-1]}")
    for t in TABLES:
        assert final[t] == ref[t], f"table {t} differs from the uninterrupted run"
    assert final["duplicate_documents"] == 0 and final["duplicate_events"] == 0
    assert sum(seen >= 0 for seen, _ in kills) >= 1  # a kill hit a running process
