"""The one writer of a corpus run: outcomes in input order → database, callback, messages.

Coded documents are committed in groups (`Store.write_many`: each document whole or not at
all, replacing its earlier rows); a group closes after `commit_docs` documents or
`commit_seconds`, whichever comes first, and `commit_docs=1` commits each document alone.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

from ..errors import StoreError

__all__ = ["RunStats", "Writer", "UNCHANGED"]

UNCHANGED = "unchanged"


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


class Writer:
    """Takes outcomes in input order. store: an open Store or None; on_document: called with
    each document once stored; log: called with messages; progress: a Progress or None."""

    def __init__(self, store=None, on_document: Callable | None = None,
                 log: Callable[[str], None] | None = None, progress=None,
                 commit_docs: int = 64, commit_seconds: float = 2.0):
        self.store, self.on_document, self.progress = store, on_document, progress
        self.log = log or (lambda msg: None)
        self.commit_docs, self.commit_seconds = commit_docs, commit_seconds
        self.stats = RunStats()
        self.pending: list = []
        self.since = 0.0

    def take(self, o) -> None:
        """One outcome: UNCHANGED, a failure, or a coded document."""
        if o == UNCHANGED:
            self.stats.unchanged += 1
            if self.progress:
                self.progress.update(skipped=1)
        elif o.error is not None:
            self.stats.failed += 1
            self.log(f"skipped: {o.error}" if o.doc_id is None else
                     f"{o.doc_id}: {o.error.reason if o.internal else o.error}")
            if self.store is not None:
                self.store.record_error(o.error)
            if self.progress:
                self.progress.update(errors=1)
        else:
            if o.doc.date is None:
                self.log(f"{o.doc.id}: no publication date; relative dates left unresolved "
                         "(give --date YYYY-MM-DD)")
            if not self.pending:
                self.since = time.monotonic()
            self.pending.append(o.doc)
            if len(self.pending) >= self.commit_docs:
                self.flush()

    def tick(self) -> None:
        """Commit a group that has waited long enough (called while the run waits)."""
        if self.pending and time.monotonic() - self.since >= self.commit_seconds:
            self.flush()

    def _one_by_one(self, docs: list) -> list:
        """After a group failed: each document alone, so one that cannot be stored is a
        recorded failure, not the end of the run. A database that takes nothing still raises."""
        kept = []
        for doc in docs:
            try:
                self.store.write(doc)
                kept.append(doc)
            except StoreError as e:
                self.stats.failed += 1
                self.log(f"{doc.id}: {e}")
                safe = str(doc.id).encode("utf-8", "backslashreplace").decode("utf-8")
                self.store.record_error(StoreError(e.reason, source=safe))
        if docs and not kept and len(docs) > 1:
            raise StoreError(f"no document of a group of {len(docs)} could be stored",
                             source=self.store.path)
        return kept

    def flush(self) -> None:
        docs, self.pending = self.pending, []
        if not docs:
            return
        if self.store is not None:
            try:
                if len(docs) == 1:
                    self.store.write(docs[0])
                else:
                    self.store.write_many(docs)
            except StoreError:
                docs = self._one_by_one(docs)
        for doc in docs:
            self.stats.documents += 1
            self.stats.events += len(doc.events)
            self.stats.words += len(doc.text.split())
            if self.on_document is not None:
                self.on_document(doc)
            if self.progress:
                self.progress.update(docs=1, events=len(doc.events))
