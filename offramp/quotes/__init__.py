"""quotes: direct quotations and who said them → `doc.quotes`, `doc.work["quote_speaker"]`.

Runs after the nlp and actors stages. Quotation spans come from the quote marks alone
(`_marks`); the parse then decides which are statements and who speaks (`_attribute`).
"""
from __future__ import annotations

from ..model import Document, Quote
from ._attribute import Context, attribute
from ._marks import QuoteSpan, find_spans
from ._speech import speech_verbs

__all__ = ["run", "find_spans", "QuoteSpan", "speech_verbs"]


def _paragraphs(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of each parsed paragraph, from its sentences."""
    out: dict[int, list[int]] = {}
    for s in doc.sentences:
        r = out.setdefault(s.paragraph, [s.start, s.end])
        r[0], r[1] = min(r[0], s.start), max(r[1], s.end)
    return [tuple(out[p]) for p in sorted(out)]


def run(doc: Document) -> Document:
    """Fill doc.quotes and doc.work['quote_speaker'] (sentence index → speaker Actor)."""
    spans = find_spans(doc.text, _paragraphs(doc))
    ctx = Context(doc, spans)
    quotes: list[Quote] = []
    by_sentence = {}
    for span in spans:
        statement, who = attribute(ctx, span)
        if not statement:
            continue
        ks = [s.index for s in doc.sentences
              if any(s.start < b and a < s.end for a, b in span.parts)]
        quotes.append(Quote(text=span.text(doc.text), speaker=who, sentence=ks[0],
                            start=span.start, end=span.end))
        if who is not None:
            for k in ks:
                by_sentence.setdefault(k, who)
    doc.quotes = quotes
    doc.work["quote_speaker"] = by_sentence
    return doc
