"""Dask: a LocalCluster of 2 worker processes codes exactly what the local engine codes."""
import json

import pytest

from offramp.corpus import Settings, code_batch, code_items
from offramp.corpus._dask import DaskExecutor, event_records, to_parquet
from offramp.ingest import document_from_text
from tests.corpus.corpusdata import make_articles

distributed = pytest.importorskip("distributed")


def _key(rows):
    return [json.dumps(r, sort_keys=True, default=str) for r in rows]


def test_corpus_dask_local_cluster_equals_local_engine(tmp_path, nlp):
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    import pyarrow.parquet as pq

    arts = make_articles(16, seed=21)
    docs = [document_from_text(a["text"], a["id"], a["date"]) for a in arts]
    local = [r for o in code_batch(list(enumerate(docs)), Settings()) for r in event_records(o.doc)]
    assert local

    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        to_parquet(db.from_sequence(arts, npartitions=4), str(tmp_path / "bag"))
        to_parquet(dd.from_pandas(pd.DataFrame(arts), npartitions=3), str(tmp_path / "df"))
        # the path of `offramp code --engine dask --scheduler ADDRESS`
        ex = DaskExecutor(Settings(), scheduler=cluster.scheduler_address)
        seen = []
        try:
            stats = code_items(iter([document_from_text(a["text"], a["id"], a["date"]) for a in arts]),
                               executor=ex, workers=2, batch_docs=3,
                               on_document=lambda d: seen.extend(event_records(d)))
        finally:
            ex.close()

    assert stats.documents == 16
    assert _key(seen) == _key(local)  # same events, same order
    for name in ("bag", "df"):
        got = pq.read_table(tmp_path / name).to_pylist()
        assert _key(got) == _key(local), name
