"""events: triggers from the lexicon, actors from the parse, modality, date, place."""
from __future__ import annotations

from ..model import Document
from ._asides import aside_reason, set_aside
from ._extract import candidates
from ._finish import build_events, merge_mentions
from ._lexicon import lexicon
from ._modality import modality_of
from ._trigger import Candidate

__all__ = ["run", "candidates", "Candidate", "lexicon", "modality_of", "aside_reason"]


def run(doc: Document) -> Document:
    """Code the events of a document whose actors are resolved."""
    cands = candidates(doc)
    doc.work["candidates"] = cands
    doc.events, doc.asides = set_aside(merge_mentions(build_events(doc, cands)))
    return doc
