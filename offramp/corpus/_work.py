"""The coding function every engine runs: a batch of documents in, one outcome per document.

The local pool, the in-process path and Dask workers all call `code_batch`, so a corpus coded
on a cluster equals one coded on a laptop, event for event.
"""
from __future__ import annotations

import contextlib
import signal
import threading
from dataclasses import dataclass

from ..errors import InputError, OfframpError, TimeLimitError
from ..model import Document

__all__ = ["Settings", "Outcome", "Failure", "code_batch", "setup", "warm_up", "load_actors_once",
           "TimeLimit"]


@dataclass(frozen=True)
class Settings:
    """How documents are coded. Picklable: it travels to worker processes.

    prefilter: skip the statistical pipeline for paragraphs that cannot matter;
    time_limit: seconds one document may take (None or 0: no limit);
    actors: a YAML file of extra actors to load in every process.
    """

    prefilter: bool = True
    time_limit: float | None = 60.0
    actors: str | None = None


@dataclass(frozen=True)
class Failure:
    """A failure as plain data (exceptions do not pickle their source back faithfully).

    code: the error code (E100...); reason: the message; source: where it happened.
    """

    code: str
    reason: str
    source: str | None = None

    @classmethod
    def of(cls, err, source: str | None = None) -> "Failure":
        return cls(getattr(err, "code", "E000"), getattr(err, "reason", str(err)),
                   getattr(err, "source", None) or source)

    def __str__(self) -> str:
        return f"{self.code} {self.source + ': ' if self.source else ''}{self.reason}"


@dataclass
class Outcome:
    """What became of one input. seq: its place in the input; doc: the coded Document, or
    None on failure; error: the failure; internal: the failure is a bug, not bad input."""

    seq: int
    doc: Document | None = None
    error: Failure | None = None
    internal: bool = False
    doc_id: str | None = None


class TimeLimit(Exception):
    """Raised inside a worker when a document runs past its time limit."""


_ready: dict[str, object] = {}
_actor_files: dict[str, int] = {}


def load_actors_once(path) -> int:
    """Load a user's actor file into this process's gazetteer unless already loaded.

    path: the YAML file. RETURNS: the number of entries it holds.
    """
    import os

    key = os.path.realpath(str(path))
    if key not in _actor_files:
        from ..actors import load_actor_file
        from ..nlp import get_nlp
        from ._parse import relevance

        _actor_files[key] = load_actor_file(path)
        # a model or filter built before the file was read does not know its names
        if get_nlp.cache_info().currsize:
            get_nlp.cache_clear()
        relevance.cache_clear()
        _ready.clear()
    return _actor_files[key]


def setup(settings: Settings):
    """Load what coding needs once per process (actors file, spaCy model, filter, stages)."""
    if settings.actors:
        load_actors_once(settings.actors)
    key = settings.actors or ""
    if key in _ready:
        return _ready[key]
    from ..nlp import get_nlp
    from ..pipeline import stages as _stages
    from ._parse import relevance

    get_nlp()
    if settings.prefilter:
        relevance()
    # every stage but nlp: parse_many does the nlp stage's work for a whole batch at once
    _ready[key] = [s for s in _stages() if s.name != "nlp"]
    return _ready[key]


def warm_up() -> None:
    """Load everything coding touches (model, gazetteers, lexicons, date parser) by coding
    one short article, so that processes forked from this one start ready."""
    from ..ingest import document_from_text

    doc = document_from_text(
        "Norway and Sweden signed a fisheries deal in Oslo on Monday, officials said.\n\n"
        "“We will keep talking,” the Swedish foreign minister told reporters in Uppsala. "
        "An exercise with 3,000 troops began near Tromso last week.", "warm-up", "2023-01-02")
    code_batch([(0, doc)], Settings())
    try:
        from ..places import geocode
        geocode("Geneva")  # the offline gazetteer of places is built on first use
    except ImportError:
        pass


def _on_alarm(signum, frame):
    raise TimeLimit()


@contextlib.contextmanager
def _deadline(seconds: float | None):
    """Raise TimeLimit after seconds; only where signals work (a process's main thread)."""
    if not seconds or threading.current_thread() is not threading.main_thread() \
            or not hasattr(signal, "setitimer"):
        yield
        return
    old = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def code_batch(batch: list[tuple[int, Document]], settings: Settings) -> list[Outcome]:
    """Code documents; never raises for one bad document.

    batch: (seq, Document) pairs; settings: how to code.
    RETURNS: one Outcome per pair, in the same order.
    """
    from ..pipeline import run_stages
    from ._parse import parse_many

    stages = setup(settings)
    limit = settings.time_limit or None
    docs = [d for _, d in batch]
    warned = [len(d.warnings) for d in docs]
    try:
        with _deadline(limit * len(docs) if limit else None):
            parse_many(docs, prefilter=settings.prefilter)
        parsed = True
    except (TimeLimit, Exception):  # parse again one by one to find the document at fault
        parsed = False
        for d, n in zip(docs, warned):
            d.work.clear()
            d.sentences = []
            del d.warnings[n:]
    out = []
    for seq, doc in batch:
        try:
            with _deadline(limit):
                if not parsed:
                    parse_many([doc], prefilter=settings.prefilter)
                run_stages(doc, stages)
            out.append(Outcome(seq, doc, doc_id=doc.id))
        except TimeLimit:
            out.append(Outcome(seq, error=Failure.of(TimeLimitError(
                f"coding took longer than the time limit of {limit:g} s", source=doc.id)),
                doc_id=doc.id))
        except OfframpError as e:
            out.append(Outcome(seq, error=Failure.of(e, doc.id), doc_id=doc.id))
        except Exception as e:  # a bug on one document must not lose the rest of the run
            out.append(Outcome(seq, error=Failure("E000", f"internal error {type(e).__name__}: {e}",
                                                  doc.id), internal=True, doc_id=doc.id))
        finally:
            doc.work.clear()  # spaCy objects never travel between processes
    return out
