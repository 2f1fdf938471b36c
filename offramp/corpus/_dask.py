"""Dask: the same coding function (`code_batch`) on a cluster.

Two ways in. `offramp code --engine dask` keeps reading and writing in this process and sends
batches to the cluster (`DaskExecutor`, bounded like the local pool). `code_bag`,
`code_dataframe` and `to_parquet` take a Dask collection of documents and never bring the
corpus to this process: each partition is coded where it lies and written as Parquet.
"""
from __future__ import annotations

from ..model import Document
from ._work import Failure, Outcome, Settings, code_batch

__all__ = ["DaskExecutor", "code_bag", "code_dataframe", "to_parquet", "event_records",
           "event_schema"]


class DaskExecutor:
    """Batches coded as Dask tasks. scheduler: tcp://HOST:PORT, or None for a LocalCluster of
    `workers` processes with one thread each (spaCy is not shared between threads)."""

    def __init__(self, settings: Settings, scheduler: str | None = None, workers: int | None = None):
        from distributed import Client, LocalCluster

        from ._runner import default_workers

        self.settings = settings
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=workers or default_workers(),
                                        threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        self.slots = 2 * max(1, sum(self.client.nthreads().values()))
        self.futures: dict = {}
        self.restarts = 0

    def free(self) -> int:
        return self.slots - len(self.futures)

    def outstanding(self) -> int:
        return len(self.futures)

    def submit(self, bid: int, batch: list) -> None:
        f = self.client.submit(code_batch, batch, self.settings, pure=False)
        self.futures[f] = (bid, batch)

    def collect(self, timeout: float) -> list[tuple[int, list[Outcome]]]:
        from distributed import wait

        if not self.futures:
            return []
        try:
            done, _ = wait(list(self.futures), timeout=timeout or 0.01, return_when="FIRST_COMPLETED")
        except TimeoutError:
            return []
        out = []
        for f in done:
            bid, batch = self.futures.pop(f)
            if f.status == "finished":
                out.append((bid, f.result()))
            else:  # the task itself failed (a worker lost too often): fail its documents
                why = f"dask task failed: {f.exception()!r}"
                out.append((bid, [Outcome(seq, error=Failure("E000", why, d.id), internal=True,
                                          doc_id=d.id) for seq, d in batch]))
        return out

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _as_document(x) -> Document:
    if isinstance(x, Document):
        return x
    from ..ingest import document_from_text
    return document_from_text(x["text"], str(x["id"]), x.get("date") or None,
                              title=x.get("title"), url=x.get("url"), source=x.get("source"),
                              origin=str(x.get("id")))


def event_records(doc: Document) -> list[dict]:
    """A coded document's events as flat rows, with the columns of the events table."""
    from ..store import EVENT_COLUMNS, event_row

    return [dict(zip(EVENT_COLUMNS, event_row(e))) for e in doc.to_dict(with_text=False)["events"]]


def _code_partition(items, settings: Settings, batch_docs: int = 24) -> list[dict]:
    """Event rows of one partition's documents (dicts with id, text, date or Documents)."""
    items = list(items)
    rows: list[dict] = []
    for i in range(0, len(items), batch_docs):
        pairs = []
        for k, x in enumerate(items[i:i + batch_docs]):
            try:
                pairs.append((k, _as_document(x)))
            except Exception:  # a bad record is one lost document, as in a local run
                continue
        for o in code_batch(pairs, settings):
            if o.doc is not None:
                rows.extend(event_records(o.doc))
    return rows


def event_schema():
    """The pyarrow schema of event rows (the events table's columns)."""
    import pyarrow as pa

    s, f, i, b = pa.string(), pa.float64(), pa.int64(), pa.bool_()
    types = {"context": pa.list_(s), "quad_class": i, "intensity": f,
             "source_countries": pa.list_(s), "target_countries": pa.list_(s), "lat": f,
             "lon": f, "geonameid": i, "attributed_anonymous": b, "sentence": i,
             "mentions": pa.list_(i)}
    from ..store import EVENT_COLUMNS
    return pa.schema([(c, types.get(c, s)) for c in EVENT_COLUMNS])


def _meta():
    import pandas as pd

    from ..store import EVENT_COLUMNS
    return pd.DataFrame({c: pd.Series(dtype="object") for c in EVENT_COLUMNS})


def code_bag(bag, settings: Settings = Settings()):
    """A Dask bag of documents → a Dask bag of event rows (dicts, events-table columns).

    bag: Documents or dicts {"id", "text", "date", optional "title", "url", "source"};
    settings: how to code (the same Settings as a local run).
    """
    return bag.map_partitions(_code_partition, settings)


def code_dataframe(ddf, settings: Settings = Settings()):
    """A Dask dataframe of documents (columns id, text, date, ...) → a dataframe of events.

    ddf: one row per document; settings: how to code.
    """
    import pandas as pd

    from ..store import EVENT_COLUMNS

    def part(pdf):
        recs = pdf.to_dict("records")
        return pd.DataFrame(_code_partition(recs, settings), columns=list(EVENT_COLUMNS))

    return ddf.map_partitions(part, meta=_meta())


def to_parquet(collection, path: str, settings: Settings = Settings(), **kw) -> None:
    """Code a Dask bag or dataframe of documents on the cluster and write the events as Parquet.

    collection: a dask.bag.Bag or dask.dataframe.DataFrame of documents; path: output folder
    (one file per partition); settings: how to code; kw: passed to dask's to_parquet.
    """
    import dask.bag as dbag

    from ..store import EVENT_COLUMNS

    if isinstance(collection, dbag.Bag):
        events = code_bag(collection, settings).to_dataframe(meta=_meta())
    else:
        events = code_dataframe(collection, settings)
    events.to_parquet(path, schema=event_schema(), write_index=False, **kw)
