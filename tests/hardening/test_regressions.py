"""Minimal reproductions of the crashes fuzzing found, one test each.

Each was a crash before its fix in offramp/ingest or offramp/corpus; a new crash found by
fuzzing gets a test here (xfail, strict, with an entry in fuzzdocs.KNOWN) until it is fixed.
"""
import subprocess
import sys
from pathlib import Path

import pytest

import offramp
from offramp.errors import OfframpError
from offramp.ingest import read_text

ROOT = Path(__file__).resolve().parents[2]


def _code_all(data: bytes, origin: str, date=None) -> list:
    """Read and code every document of an input; errors come back as items, crashes raise."""
    out = []
    for item in read_text(data, origin, date):
        if not isinstance(item, OfframpError):
            try:
                offramp.code_document(item)
            except OfframpError as e:
                item = e
        out.append(item)
    return out


def test_hardening_regression_lone_surrogate_in_jsonl():
    items = _code_all(b'{"text": "Russia \\ud800 attacked Ukraine on Monday."}', "a.jsonl")
    assert len(items) == 1  # coded with U+FFFD in its place, or refused with a reason


@pytest.mark.parametrize("title", ["5", "{\"a\": 1}", "[1]", "1.5"])
def test_hardening_regression_title_that_is_not_a_string(title):
    line = '{"text": "Russia attacked Ukraine.", "title": %s}' % title
    items = _code_all(line.encode(), "a.jsonl")
    assert len(items) == 1


@pytest.mark.parametrize("date,text", [("0001-01-01", "Russia attacked Ukraine yesterday."),
                                       ("9999-12-31", "Russia will attack Ukraine tomorrow."),
                                       ("0001-01-01", "Russia attacked Ukraine in May."),
                                       ("9999-12-31", "Russia will attack Ukraine in January.")])
def test_hardening_regression_publication_date_at_the_calendar_edge(date, text):
    items = _code_all(text.encode(), "a.txt", date)
    assert len(items) == 1


def test_hardening_regression_svg_after_xml_declaration():
    items = _code_all(b"<?xml version='1.0'?><html><svg>", "p.html")
    assert len(items) == 1 and isinstance(items[0], OfframpError)


def test_hardening_regression_one_bad_page_does_not_end_the_run(tmp_path):
    (tmp_path / "a.html").write_bytes(b"<?xml version='1.0'?><html><svg>")
    (tmp_path / "b.txt").write_text("Russia attacked Ukraine on Monday, officials said.")
    r = subprocess.run([sys.executable, "-m", "offramp.cli", "code", str(tmp_path), "--format",
                        "jsonl", "--date", "2022-03-01"], capture_output=True, cwd=ROOT, timeout=300)
    err = r.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "1 documents coded" in err, err[-600:]
    assert b'"ATTACK"' in r.stdout or b'"ASSAULT"' in r.stdout


def test_hardening_regression_odd_field_types_do_not_end_a_stored_run(tmp_path):
    lines = ['{"id": "a", "text": "Russia attacked Ukraine on Monday.", "url": {"x": 1}}',
             '{"id": "b", "text": "Poland met Lithuania on Friday.", "source": 7}',
             '{"id": "c", "text": "France criticised Iran on Sunday."}',
             '{"id": "d\\ud800", "text": "Spain met Italy.", "title": "\\udfff"}']
    (tmp_path / "in.jsonl").write_text("\n".join(lines))
    r = subprocess.run([sys.executable, "-m", "offramp.cli", "code", str(tmp_path / "in.jsonl"),
                        "--db", str(tmp_path / "x.duckdb"), "--format", "jsonl"],
                       capture_output=True, cwd=ROOT, timeout=300)
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 0 and "documents coded" in err, err[-600:]


def test_hardening_regression_one_unstorable_document_fails_alone(tmp_path):
    from offramp.corpus._work import Outcome
    from offramp.corpus._writer import Writer
    from offramp.model import Document
    from offramp.store import Store

    store = Store(str(tmp_path / "w.duckdb"))
    good = [Document(id=f"g{i}", text="Talks went on.", date="2022-03-01") for i in range(3)]
    bad = Document(id="bad\ud800", text="Talks went on.", date="2022-03-01")  # made by hand
    w = Writer(store, commit_docs=10)
    for i, doc in enumerate(good[:2] + [bad] + good[2:]):
        w.take(Outcome(i, doc, doc_id=doc.id))
    w.flush()
    assert (w.stats.documents, w.stats.failed) == (3, 1) and store.count("documents") == 3
    assert store.conn.execute("SELECT code FROM errors").fetchall() == [("E300",)]
    store.close()
