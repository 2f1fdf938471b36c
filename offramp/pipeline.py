"""The runner: a Document through the stages in order. It loops and checks, nothing else."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .limits import check_deadline
from .model import Document

__all__ = ["Stage", "STAGES", "run_stages", "check_stages", "stages"]


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Document], Document]
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    optional: bool = False  # a failure is a warning on the document, not a lost document


def _stages() -> list[Stage]:
    from . import actors, events, nlp
    st = [Stage("nlp", nlp.run, ("text",), ("sentences", "sents")),
          Stage("actors", actors.run, ("sents",), ("actors",))]
    try:
        from . import quotes
        if hasattr(quotes, "run"):
            st.append(Stage("quotes", quotes.run, ("sents", "actors"), ("quotes", "quote_speaker"),
                            optional=True))
    except ImportError:
        pass
    st.append(Stage("events", events.run, ("sents", "actors"), ("events",)))
    try:
        from . import csbm
        if hasattr(csbm, "run"):
            st.append(Stage("csbm", csbm.run, ("sents", "actors", "events"), ("activities",),
                            optional=True))
    except ImportError:
        pass
    return st


STAGES: list[Stage] = []


def stages() -> list[Stage]:
    """The default stages, in order."""
    return _stages()


def check_stages(stages: list[Stage]) -> list[str]:
    """Problems in the stage order: a stage requiring what no earlier stage provides."""
    have = {"text"}
    problems = []
    for s in stages:
        missing = [r for r in s.requires if r not in have]
        if missing:
            problems.append(f"stage {s.name!r} requires {missing} before it")
        have.update(s.provides)
    return problems


def run_stages(doc: Document, stages: list[Stage] | None = None, keep_work: bool = False) -> Document:
    """Run doc through the stages; each must return the Document it was given."""
    if stages is None:
        if not STAGES:
            STAGES.extend(_stages())
        stages = STAGES
    for s in stages:
        check_deadline(doc.id)  # a time_limit off the main thread can only stop us here
        if s.optional:
            try:
                out = s.run(doc)
            except Exception as e:  # noqa: BLE001 — events must survive a side stage's bug
                doc.warnings.append(f"stage {s.name} failed: {type(e).__name__}: {e}")
                continue
        else:
            out = s.run(doc)
        if out is not doc:
            raise TypeError(f"stage {s.name!r} returned {type(out).__name__}, not the Document")
    if not keep_work:
        doc.work.clear()
    return doc
