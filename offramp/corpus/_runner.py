"""A corpus run: read, skip what is stored unchanged, code in batches, write in input order.

One process reads and writes; workers only code. Results are written in the order of the
input (a reorder buffer waits for late batches) by one writer whose transactions hold whole
documents only, so a run stopped at any moment, even by kill -9, leaves whole documents, and
a rerun of the same input, which skips what is stored unchanged, ends with the same database
as a run never stopped. Memory stays bounded: reading pauses while workers and buffer are full.
"""
from __future__ import annotations

import os
import time
from typing import Callable, Iterable

from ..errors import OfframpError
from ..model import Document
from ._work import Failure, Outcome, Settings
from ._writer import UNCHANGED, RunStats, Writer

__all__ = ["RunStats", "code_items", "code_corpus", "default_workers", "make_executor"]


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
        self.warm_at = inline_docs // 2
        self.restarts = 0

    def _active(self):
        return self.pool if self.pool is not None else self.inline

    def free(self) -> int:
        return self._active().free()

    def outstanding(self) -> int:
        return self.inline.outstanding() + (self.pool.outstanding() if self.pool else 0)

    def submit(self, bid, batch) -> None:
        if self.pool is None and self.warm_at is not None and self.left <= self.warm_at:
            from ._pool import start_fork_server
            start_fork_server()  # it warms up while this process codes the next batches
            self.warm_at = None
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
               progress=None, batch_docs: int = 24, batch_chars: int = 40_000,
               commit_docs: int = 64) -> RunStats:
    """Code Documents (and record InputErrors) from items, in order.

    items: Document or InputError objects; store: an open offramp Store, or None;
    settings: how to code; executor: where batches run (default from workers);
    on_document: called with each coded Document in input order; log: called with messages;
    recode: code documents even when stored unchanged; progress: a Progress or None;
    batch_docs, batch_chars: most documents and characters in one batch;
    commit_docs: most documents in one database transaction (1: one per document).
    """
    from ..store import content_hash

    out = Writer(store, on_document, log, progress, commit_docs=commit_docs)
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
                    buffer[seq] = UNCHANGED
                else:
                    cur.append((seq, item))
                    chars += len(item.text)
                seq += item is not None
            if cur and ex.free() > 0 and (not more or len(buffer) + len(cur) >= limit):
                flush()
            while nxt in buffer:
                out.take(buffer.pop(nxt))
                nxt += 1
            out.tick()
            if not more and nxt == seq and not cur:
                break
            for _, outcomes in ex.collect(0.5 if ex.outstanding() else 0):
                for o in outcomes:
                    buffer[o.seq] = o
        out.flush()
    finally:
        out.stats.restarts = getattr(ex, "restarts", 0)
        if own:
            ex.close()
        out.stats.seconds = time.monotonic() - t0
    return out.stats


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
    stored; progress: False for no progress on stderr (else a bar on a terminal, plain
    lines every 10 s otherwise);
    new_feed_items_only: skip feed entries whose id is stored, without fetching them.
    """
    from ..ingest import read_paths
    from ._progress import Progress

    # a bar on a terminal, a plain line every 10 s in a log, nothing when asked for nothing
    prog = Progress(enabled=progress is not False)
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
