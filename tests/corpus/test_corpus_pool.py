"""Worker processes: a worker killed mid-batch loses nothing; its batch is coded again."""
import os
import signal
import time

from offramp.corpus import Settings
from offramp.corpus._pool import ProcessExecutor
from offramp.ingest import document_from_text
from tests.corpus.corpusdata import make_articles


def test_corpus_pool_survives_a_killed_worker(nlp):
    arts = make_articles(24, seed=9)
    docs = [document_from_text(a["text"], a["id"], a["date"]) for a in arts]
    ex = ProcessExecutor(2, Settings(), per_worker=2)
    try:
        for b in range(6):
            ex.submit(b, [(b * 4 + k, docs[b * 4 + k]) for k in range(4)])
        got, killed = {}, None
        deadline = time.monotonic() + 120
        while len(got) < 24 and time.monotonic() < deadline:
            for _, outcomes in ex.collect(0.2):
                got.update({o.seq: o for o in outcomes})
            if killed is None:
                busy = [w for w in ex.workers.values() if w.started]
                if busy:
                    killed = busy[0].proc.pid
                    os.kill(killed, signal.SIGKILL)
        assert killed is not None and ex.restarts >= 1
        assert sorted(got) == list(range(24))
        assert all(o.doc is not None and o.doc.id == arts[s]["id"] for s, o in got.items())
    finally:
        ex.close()
    assert not ex.workers
