"""offramp: news text in, PLOVER political events out.

    >>> import offramp
    >>> doc = offramp.code("Russia and Ukraine held talks in Istanbul on Tuesday.", date="2022-03-29")
    >>> [(e.type, e.source[0].country, e.target[0].country) for e in doc.events]
"""
from __future__ import annotations

from .errors import DataError, InputError, OfframpError, StoreError
from .model import Actor, Document, Event, Location, Quote, Sentence

__all__ = ["code", "code_document", "Document", "Event", "Actor", "Location", "Quote",
           "Sentence", "OfframpError", "InputError", "DataError", "StoreError", "__version__"]
__version__ = "0.1.0"


def code_document(doc: Document, keep_work: bool = False) -> Document:
    """Code an ingested Document in place and return it."""
    from .pipeline import run_stages
    return run_stages(doc, keep_work=keep_work)


def code(text: str, date=None, doc_id: str | None = None, keep_work: bool = False) -> Document:
    """Code one article's text. date: publication date (YYYY-MM-DD) for relative dates."""
    import hashlib

    from .ingest import document_from_text
    doc_id = doc_id or "doc-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return code_document(document_from_text(text, doc_id, date), keep_work=keep_work)
