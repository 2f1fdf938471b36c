"""events: triggers from the lexicon, actors from the parse, modality, date, place."""
from __future__ import annotations

from ..model import Document
from ._extract import Candidate, candidates
from ._finish import build_events, merge_mentions
from ._lexicon import lexicon
from ._modality import modality_of

__all__ = ["run", "candidates", "Candidate", "lexicon", "modality_of"]


def run(doc: Document) -> Document:
    """Code the events of a document whose actors are resolved."""
    cands = candidates(doc)
    doc.work["candidates"] = cands
    doc.events = merge_mentions(build_events(doc, cands))
    return doc
