"""A corpus run: read, skip what is stored unchanged, code in batches, write in input order.

One process reads and writes; workers only code. Results are written in the order of the
input (a reorder buffer waits for late batches), each document in one transaction, so a run
stopped at any moment, even by kill -9, leaves whole documents only, and a rerun of the same
input, which skips what is stored unchanged, ends with the same database as a run never
stopped. Memory stays bounded: reading pauses while the workers and the buffer are full.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Callable, Iterable

from ..errors import OfframpError
from ..model import Document
from ._work import Failure, Outcome, Settings

__all__ = ["RunStats", "code_items", "code_corpus", "default_workers"]

_UNCHANGED = "unchanged"


@dataclass
class RunStats:
    """What a run did. documents: coded and kept; events: their events; failed: inputs that
    failed; unchanged: documents skipped because stored with the same content; words: words
    of the documents coded; seconds: wall time; restarts: worker processes replaced."""

    documents: int = 0
    events: int = 0
    failed: int = 0
    unchanged: int = 0
    words: int = 0
    seconds: float = 0.0
    restarts: int = 0

    def summary(self) -> str:
        s = f"{self.documents} documents coded, {self.events} events, {self.failed} failed"
        return s + (f", {self.unchanged} unchanged skipped" if self.unchanged else "")


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


class _Auto:
    """In-process for the first documents; worker processes once the input proves large,
    so that coding one article does not pay for starting a pool."""

    def __init__(self, make_pool, settings: Settings, inline_docs: int):
        from ._pool import InlineExecutor

        self.inline = InlineExecutor(settings)
        self.pool = None
        self.make_pool = make_pool
        self.left = inline_docs
        self.restarts = 0

    def _active(self):
        return self.pool if self.pool is not None else self.inline

    def free(self) -> int:
        return self._active().free()

    def outstanding(self) -> int:
        return self.inline.outstanding() + (self.pool.outstanding() if self.pool else 0)

    def submit(self, bid, batch) -> None:
        if self.pool is None and self.left <= 0:
            self.pool = self.make_pool()
        if self.pool is None:
            self.left -= len(batch)
            self.inline.submit(bid, batch)
        else:
            self.pool.submit(bid, batch)

    def collect(self, timeout: float):
        out = self.inline.collect(0)
        if self.pool is not None:
            out += self.pool.collect(0 if out else timeout)
            self.restarts = self.pool.restarts
        return out

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()


def make_executor(engine: str, workers: int | None, settings: Settings,
                  scheduler: str | None = None):
    """The executor for an engine. engine: local | dask; workers: processes (None: all cores,
    started only once the input has more than a few documents); scheduler: Dask address."""
    from ._pool import InlineExecutor, ProcessExecutor

    if engine == "dask":
        from ._dask import DaskExecutor
        return DaskExecutor(settings, scheduler=scheduler, workers=workers)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (local, dask)")
    if workers is None:
        n = default_workers()
        if n == 1:
            return InlineExecutor(settings)
        return _Auto(lambda: ProcessExecutor(n, settings), settings, inline_docs=48)
    if workers <= 1:
        return InlineExecutor(settings)
    return ProcessExecutor(workers, settings)


def code_items(items: Iterable, *, store=None, settings: Settings = Settings(),
               executor=None, workers: int | None = 1, on_document: Callable | None = None,
               log: Callable[[str], None] | None = None, recode: bool = False,
               progress=None, batch_docs: int = 24, batch_chars: int = 40_000) -> RunStats:
    """Code Documents (and record InputErrors) from items, in order.

    items: Document or InputError objects; store: an open offramp Store, or None;
    settings: how to code; executor: where batches run (default from workers);
    on_document: called with each coded Document in input order; log: called with messages;
    recode: code documents even when stored unchanged; progress: a Progress or None;
    batch_docs, batch_chars: most documents and characters in one batch.
    """
    from ..store import content_hash

    log = log or (lambda msg: None)
    stats = RunStats()
    t0 = time.monotonic()
    own = executor is None
    ex = executor or make_executor("local", workers, settings)
    buffer: dict[int, object] = {}
    limit = (getattr(ex, "per_worker", 2) * max(workers or 1, 1) + 4) * batch_docs * 2
    seq = nxt = bid = 0
    cur: list[tuple[int, Document]] = []
    chars = 0
    it = iter(items)
    more = True

    def flush():
        nonlocal cur, chars, bid
        if cur:
            ex.submit(bid, cur)
            bid += 1
            cur, chars = [], 0

    def emit(o):
        if o == _UNCHANGED:
            stats.unchanged += 1
            if progress:
                progress.update(skipped=1)
            return
        if o.error is not None:
            stats.failed += 1
            if o.doc_id is None:
                log(f"skipped: {o.error}")
            else:
                log(f"{o.doc_id}: {o.error.reason if o.internal else o.error}")
            if store is not None:
                store.record_error(o.error)
            if progress:
                progress.update(errors=1)
            return
        doc = o.doc
        if doc.date is None:
            log(f"{doc.id}: no publication date; relative dates left unresolved "
                "(give --date YYYY-MM-DD)")
        if store is not None:
            store.write(doc)
        stats.documents += 1
        stats.events += len(doc.events)
        stats.words += len(doc.text.split())
        if on_document is not None:
            on_document(doc)
        if progress:
            progress.update(docs=1, events=len(doc.events))

    try:
        while True:
            while more and len(buffer) + len(cur) < limit:
                if len(cur) >= batch_docs or chars >= batch_chars:
                    if ex.free() <= 0:
                        break  # workers busy: stop reading until a batch comes back
                    flush()
                    continue
                item = next(it, None)
                if item is None:
                    more = False
                elif isinstance(item, OfframpError):
                    buffer[seq] = Outcome(seq, error=Failure.of(item))
                elif store is not None and not recode and \
                        store.known_hash(item.id) == content_hash(item):
                    buffer[seq] = _UNCHANGED
                else:
                    cur.append((seq, item))
                    chars += len(item.text)
                seq += item is not None
            if cur and ex.free() > 0 and (not more or len(buffer) + len(cur) >= limit):
                flush()
            while nxt in buffer:
                emit(buffer.pop(nxt))
                nxt += 1
            if not more and nxt == seq and not cur:
                break
            for _, outcomes in ex.collect(0.5 if ex.outstanding() else 0):
                for o in outcomes:
                    buffer[o.seq] = o
    finally:
        stats.restarts = getattr(ex, "restarts", 0)
        if own:
            ex.close()
        stats.seconds = time.monotonic() - t0
    return stats


def code_corpus(paths, *, date=None, db=None, engine: str = "local", workers: int | None = None,
                scheduler: str | None = None, settings: Settings = Settings(),
                on_document: Callable | None = None, log: Callable[[str], None] | None = None,
                recode: bool = False, progress: bool | None = None,
                new_feed_items_only: bool = False, **batching) -> RunStats:
    """Code every document of the inputs into a database and/or a callback.

    paths: files, folders, globs, feed or page URLs, '-'; date: publication date for inputs
    without one; db: DuckDB file (documents keyed by id and content hash); engine: local or
    dask; workers: processes (None: all cores); scheduler: a Dask scheduler address (None: a
    local cluster); settings: prefilter, time limit, actors file; on_document: called with
    each coded Document in input order; log: called with messages; recode: ignore what is
    stored; progress: show progress on stderr (None: when stderr is a terminal);
    new_feed_items_only: skip feed entries whose id is stored, without fetching them.
    """
    import sys

    from ..ingest import read_paths
    from ._progress import Progress

    show = sys.stderr.isatty() if progress is None else progress
    prog = Progress(enabled=show)
    prog.count_in_background(paths)
    ex = make_executor(engine, workers, settings, scheduler)
    store = None
    try:
        if db is not None:
            from ..store import Store
            store = Store(str(db))
        skip = None
        if new_feed_items_only and store is not None:
            skip = lambda entry_id: store.known_hash(entry_id) is not None  # noqa: E731
        return code_items(read_paths(paths, date, skip=skip), store=store, settings=settings,
                          executor=ex, workers=workers or default_workers(),
                          on_document=on_document, log=log, recode=recode, progress=prog,
                          **batching)
    finally:
        ex.close()
        prog.close()
        if store is not None:
            store.close()
