"""The corpus runner: exactly once, recoding what changed, errors recorded once, time limits,
and batched parsing that gives what the one-document nlp stage gives."""
import copy
import io
import json

import duckdb
import pytest

from offramp.corpus import Settings, code_batch, code_corpus
from offramp.corpus._progress import Progress
from tests.conftest import SEED_DIR
from tests.corpus.corpusdata import make_articles, write_jsonl


def _tables(db):
    con = duckdb.connect(str(db), read_only=True)
    out = {
        "documents": con.execute("SELECT id, content_hash, n_events FROM documents ORDER BY id").fetchall(),
        "events": con.execute("SELECT * FROM events ORDER BY doc_id, event_id").fetchall(),
        "errors": con.execute("SELECT source, code, reason FROM errors ORDER BY source").fetchall(),
    }
    con.close()
    return out


def test_corpus_rerun_skips_unchanged_and_recodes_changed(tmp_path, nlp):
    arts = make_articles(12)
    src = tmp_path / "in.jsonl"

    def write(records):
        write_jsonl(src, records)
        with src.open("a", encoding="utf-8") as fh:
            fh.write('{"id": "cut", "text": "Peru and Chi\n')  # a line cut short

    write(arts)
    db = tmp_path / "c.duckdb"
    first = code_corpus([str(src)], db=db, workers=1, progress=False)
    assert (first.documents, first.failed) == (12, 1)
    before = _tables(db)
    assert [(e[0].rsplit(":", 1)[1], e[1]) for e in before["errors"]] == [("13", "E100")]
    assert "not JSON" in before["errors"][0][2]

    again = code_corpus([str(src)], db=db, workers=1, progress=False)
    assert (again.documents, again.unchanged, again.failed) == (0, 12, 1)
    assert _tables(db) == before  # the error is recorded once, not once per run

    arts[3] = {**arts[3], "text": "Sweden accused Norway of spying on its embassy."}
    write(arts)
    third = code_corpus([str(src)], db=db, workers=1, progress=False)
    assert (third.documents, third.unchanged) == (1, 11)
    after = _tables(db)
    assert len(after["documents"]) == 12
    mine = [e for e in after["events"] if e[1] == "art-0003"]
    assert [(e[2], e[12], e[13]) for e in mine] == [("ACCUSE", "SWE", "NOR")]
    ids = [(e[0], e[1]) for e in after["events"]]
    assert len(ids) == len(set(ids))


def test_corpus_output_order_is_input_order_with_workers(tmp_path, nlp):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, make_articles(30, seed=3))
    seen = {1: [], 2: []}
    for w in (1, 2):
        code_corpus([str(src)], workers=w, progress=False, batch_docs=4,
                    on_document=lambda d, w=w: seen[w].append((d.id, [e.to_dict() for e in d.events])))
    assert [i for i, _ in seen[1]] == [f"art-{i:04d}" for i in range(30)]
    assert seen[1] == seen[2]


def test_corpus_time_limit_fails_the_slow_document_only(nlp):
    from offramp.ingest import document_from_text

    long = document_from_text(" ".join(["Peru accused Chile of spying."] * 400), "slow", "2023-01-01")
    short = document_from_text("Chile thanked Peru.", "quick", "2023-01-01")
    out = code_batch([(0, long), (1, short)], Settings(time_limit=0.05))
    assert out[0].doc is None and "time limit" in out[0].error.reason
    assert out[1].doc is not None and out[1].error is None


@pytest.mark.parametrize("prefilter", [False, True])
def test_corpus_batched_parse_equals_the_nlp_stage(nlp, prefilter):
    import offramp
    from offramp.ingest import document_from_text, read_paths

    docs = [document_from_text(a["text"], a["id"], a["date"]) for a in make_articles(10, seed=5)]
    if (SEED_DIR / "seed.docs.jsonl").exists():
        docs += list(read_paths([str(SEED_DIR / "seed.docs.jsonl")]))
    ref = [offramp.code_document(copy.deepcopy(d)) for d in docs]
    got = [o.doc for o in code_batch(list(enumerate(copy.deepcopy(docs))), Settings(prefilter=prefilter))]
    for a, b in zip(ref, got):
        assert [e.to_dict() for e in a.events] == [e.to_dict() for e in b.events]
        assert [q.to_dict() for q in a.quotes] == [q.to_dict() for q in b.quotes]
        assert json.dumps(a.activities, default=str) == json.dumps(b.activities, default=str)
        if not prefilter:
            assert a.sentences == b.sentences


def test_corpus_prefilter_skips_paragraphs_without_events(nlp):
    from offramp.corpus._parse import parse_many
    from offramp.ingest import document_from_text

    doc = document_from_text("The weather stayed mild and dry all week.\n\n"
                             "Ticket sales for the concert opened at noon.\n\n"
                             "Ghana accused Togo of harbouring rebels.", "d", "2023-01-01")
    counts = parse_many([doc])
    assert counts == {"paragraphs": 3, "parsed": 1}
    assert len(doc.sentences) == 3  # the skipped paragraphs still have their sentences


def test_corpus_progress_plain_lines(nlp):
    buf = io.StringIO()
    p = Progress(enabled=True, total=10, interval=0, stream=buf)
    p.update(docs=3, events=5, errors=1)
    assert "4/10 documents" in buf.getvalue() and "errors" in buf.getvalue() and "ETA" in buf.getvalue()


def test_corpus_public_names():
    import offramp.corpus as c
    assert sorted(c.__all__) == sorted(
        ["code_corpus", "code_items", "code_batch", "watch", "code_bag", "code_dataframe",
         "to_parquet", "RunStats", "Settings", "Outcome", "default_workers"])
    import subprocess
    import sys
    # dask is imported only when a Dask API is used
    r = subprocess.run([sys.executable, "-c", "import sys, offramp.corpus; "
                        "print('dask' in sys.modules, 'distributed' in sys.modules)"],
                       capture_output=True, text=True)
    assert r.stdout.split() == ["False", "False"]
