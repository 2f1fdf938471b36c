"""Per-document lookups the attribution rules share: offsets, quoted ranges, speakers so far."""
from __future__ import annotations

from bisect import bisect_right

from ..actors import actors_of
from ..model import Actor, Document
from ._marks import QuoteSpan
from ._speech import speaker_token

__all__ = ["Context", "inside", "person_like"]

_PRONOUNS = {"he", "she", "they", "him", "her", "them"}
_PERSONAL = {"he", "she", "him", "her"}


class Context:
    """Per-document lookups shared by all quotations: offsets, quoted ranges, speakers.

    doc: the Document after the nlp and actors stages; spans: its quotations from _marks.
    """

    def __init__(self, doc: Document, spans: list[QuoteSpan]):
        self.doc = doc
        self.sents = doc.work.get("sents", [])
        self.off = [s.start - sp.start_char for s, sp in zip(doc.sentences, self.sents)]
        self.parts = sorted(p for s in spans for p in s.parts)
        self.starts = [a for a, _ in self.parts]
        self.by_para: dict[int, list[int]] = {}
        for s in doc.sentences:
            self.by_para.setdefault(s.paragraph, []).append(s.index)
        self.spoken: list[tuple[int, int, Actor]] = []  # (position, paragraph, speaker)

    def sentence_paragraph(self, p: int) -> int | None:
        k = self.sentence_at(max(p - 1, 0))
        return self.doc.sentences[k].paragraph if k is not None else None

    def pos(self, k: int, tok) -> int:
        return self.off[k] + tok.idx

    def quoted(self, k: int, tok) -> bool:
        """Whether tok (sentence k) lies inside any quotation."""
        p = self.pos(k, tok)
        i = bisect_right(self.starts, p) - 1
        return i >= 0 and p < self.parts[i][1]

    def sentence_at(self, p: int) -> int | None:
        for s in self.doc.sentences:
            if s.start <= p < s.end:
                return s.index
        return None

    def speaker(self, k: int, verb) -> Actor | None:
        """The Actor speaking through verb in sentence k, or None."""
        tok = speaker_token(verb)
        if tok is None:
            return None
        if tok.lower_ in _PRONOUNS:
            person = self.person_before(k, tok) if tok.lower_ in _PERSONAL else None
            who = person or self.recent(
                self.doc.sentences[k].paragraph, self.pos(k, tok), back=2)
            if who is not None:
                return who
        acts = actors_of(self.doc, k, tok)
        if acts:
            return acts[0]
        if tok.pos_ in ("NOUN", "PROPN") and not self.quoted(k, tok):
            return Actor(text=tok.doc[tok.left_edge.i:tok.i + 1].text)
        return None

    def person_before(self, k: int, pron) -> Actor | None:
        """The last person in subject position before pronoun pron, this paragraph or the one before."""
        para = self.doc.sentences[k].paragraph
        for j in range(k, -1, -1):
            if self.doc.sentences[j].paragraph < para - 1:
                break
            for t in reversed(self.sents[j]):
                if (j == k and t.i >= pron.i) or t.dep_ != "nsubj" or t.lower_ in _PRONOUNS:
                    continue
                if self.quoted(j, t):
                    continue
                acts = actors_of(self.doc, j, t)
                if acts and person_like(acts[0], t):
                    return acts[0]
        return None

    def recent(self, para: int, before: int, back: int = 0) -> Actor | None:
        """The last speaker recorded before position `before`, at most `back` paragraphs up."""
        for p, q, a in reversed(self.spoken):
            if p < before and para - back <= q <= para:
                return a
        return None


def person_like(a: Actor, tok) -> bool:
    """A person or an official, not a country or a body speaking as a whole."""
    return bool(a.anonymous or a.role or tok.ent_type_ == "PERSON")


def inside(span: QuoteSpan, p: int) -> bool:
    return any(a <= p < b for a, b in span.parts)
