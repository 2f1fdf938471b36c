"""Who says so, and what a sentence says about notification, observers, the calendar, Chapter III."""
from __future__ import annotations

from dataclasses import dataclass

from ..actors import actors_of, inner_actors
from ..model import Actor
from ._data import cues

__all__ = ["StatusMatch", "find_statuses", "speaker", "doer", "label", "REPORTER",
           "is_rule_statement"]

# claimant of what the article states in its own voice
REPORTER = "reporter"


@dataclass
class StatusMatch:
    """A reported status. status: e.g. "not notified"; rule: notification | observation |
    calendar | chapter-iii; start, end: doc token span of the words (end exclusive)."""

    status: str
    rule: str
    start: int
    end: int
    text: str


def label(actor: Actor | None) -> str:
    """A short name for a claimant: "RUS MIL", "USA GOV", "NATO", "BLR GOV (Lukashenko)"."""
    if actor is None:
        return REPORTER
    if not actor.country:
        return actor.name or actor.text or REPORTER   # "Western officials", "a spokesperson"
    out = " ".join(p for p in (actor.country, actor.sector) if p)
    if actor.name:
        out += f" ({actor.name})"
    return out


def _tokens(sent, a: int, b: int):
    span = sent.doc.char_span(sent.start_char + a, sent.start_char + b, alignment_mode="expand")
    return (span.start, span.end) if span is not None else None


def find_statuses(sent, context: str = "") -> list[StatusMatch]:
    """Status phrases of one sentence, earlier entries of cues.yaml winning overlaps.

    sent: a spaCy Span; context: earlier text that may supply what a status `needs`
    ("Russia did not respond" after a sentence about a Chapter III request).
    """
    low = sent.text.lower()
    taken: list[tuple[int, int]] = []
    out: list[StatusMatch] = []
    for entry in cues().statuses:
        if entry["needs"] is not None and not entry["needs"].search(low + " " + context.lower()):
            continue
        for rx in entry["patterns"]:
            for m in rx.finditer(low):
                if any(m.start() < e and m.end() > s for s, e in taken):
                    continue
                span = _tokens(sent, m.start(), m.end())
                if span is None:
                    continue
                taken.append((m.start(), m.end()))
                out.append(StatusMatch(entry["status"], entry["rule"], span[0], span[1],
                                       sent.text[m.start():m.end()]))
    out.sort(key=lambda s: s.start)
    return out


def is_rule_statement(sent, generic_noun: bool) -> bool:
    """True when a sentence states the rule ("... must be notified if more than 9,000 troops").

    sent: a spaCy Span; generic_noun: the sentence has a bare activity noun (no owner, no article).
    """
    c = cues()
    low = sent.text.lower()
    if not any(rx.search(low) for rx in c.rx["obligation_patterns"]):
        return False
    conditional = any(t.lower_ in c["condition_words"] and t.dep_ in ("mark", "advmod")
                      for t in sent)
    return conditional or generic_noun


def _subject(verb):
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        # "did say" after "has not provided": a conjoined or participial verb shares the subject
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head is not verb:
            verb = verb.head
        else:
            return None
    return None


def _by_agent(verb):
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def speaker(doc, k: int, tok, skip: frozenset[int] = frozenset()) -> list[Actor]:
    """Who the words at tok are attributed to: the subject of the reporting verb above them,
    the owner of an "estimate", or "according to X"; [] when the article says it itself.

    doc: the Document; k: sentence index; tok: a token of the claim; skip: token indices that
    are part of the claim itself (its own verb is not its reporter).
    """
    c = cues()
    verbs, nouns = c.words("report_verbs"), c.words("report_nouns")
    t = tok
    for _ in range(10):
        lemma = t.lemma_.lower()
        if t.i not in skip:
            if t.pos_ in ("VERB", "AUX") and lemma in verbs:
                subj = _subject(t) if not any(x.dep_ == "auxpass" for x in t.children) \
                    else _by_agent(t)
                if subj is not None and subj.i != tok.i:
                    found = actors_of(doc, k, subj) or inner_actors(doc, k, subj)
                    if found:
                        return found
            if t.pos_ == "NOUN" and lemma in nouns:
                found = inner_actors(doc, k, t)
                if found:
                    return found
        if t.head is t:
            break
        t = t.head
    sent = tok.sent
    for w in sent:
        if w.lower_ == "according":
            for to in w.children:
                for g in to.children:
                    if g.dep_ == "pobj":
                        found = actors_of(doc, k, g) or inner_actors(doc, k, g)
                        if found:
                            return found
    return []


def doer(doc, k: int, start: int, end: int) -> list[Actor]:
    """Subject of the verb inside a status phrase: who "invoked Chapter III", who "did not respond".

    doc: the Document; k: sentence index; start, end: doc token span of the phrase.
    """
    sent = doc.work["sents"][k]
    for t in sent.doc[start:end]:
        v = t if t.pos_ in ("VERB", "AUX") else t.head
        subj = _subject(v) if v.pos_ in ("VERB", "AUX") else None
        if subj is not None:
            found = actors_of(doc, k, subj) or inner_actors(doc, k, subj)
            if found:
                return found
    return []
