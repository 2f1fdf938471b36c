"""Turn candidates into Events: ontology codes, date, place, ids; merge repeated mentions."""
from __future__ import annotations

import datetime as dt
import hashlib

from ..model import Document, Event, Location
from ._extract import Candidate
from ._modality import clause_path

__all__ = ["build_events", "merge_mentions"]

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "publication": 4, None: 5}


def _ontology(typ: str, mode: str | None, context):
    try:
        from .. import ontology as o
        cameo = o.cameo_for(typ, mode, list(context) or None)
        return cameo, o.quad_class(typ), o.intensity(typ, mode, cameo)
    except (ImportError, AttributeError, ValueError):
        return None, None, None


def _times(doc: Document, k: int, sent):
    cache = doc.work.setdefault("times", {})
    if k not in cache:
        from ..dates import find_time_expressions
        cache[k] = find_time_expressions(sent)
    return cache[k]


def _when(doc: Document, c: Candidate, pub: dt.date | None):
    """The date of the time expression on the trigger's clause path, else publication."""
    from ..dates import resolve_expr, tense_of

    exprs = _times(doc, c.k, c.tok.sent)
    if exprs:
        tense = "future" if c.modality == "future" else tense_of(c.tok)
        for node in clause_path(c.tok):
            for x in exprs:
                if x.head == node.i:
                    r = resolve_expr(x, pub, tense)
                    if r is not None:
                        return r.date, r.precision, x.text
    if pub is None:
        return None, None, None
    return pub.isoformat(), "publication", None


def _where(doc: Document, c: Candidate) -> Location | None:
    try:
        from ..places import locate
    except ImportError:
        return None
    prefer = [a.country for a in c.source + c.target if a.country and len(a.country) == 3]
    return locate(c.tok.sent, c.tok.i, prefer_countries=prefer)


def build_events(doc: Document, cands: list[Candidate]) -> list[Event]:
    pub = dt.date.fromisoformat(doc.date) if doc.date else None
    events = []
    for c in cands:
        if c.dropped:
            continue
        e = c.entry
        cameo, quad, inten = _ontology(e.type, e.mode, e.context)
        date, precision, date_text = _when(doc, c, pub)
        sent = doc.sentences[c.k]
        ev = Event(doc_id=doc.id, type=e.type, source=c.source, target=c.target,
                   sentence=c.k, evidence=sent.text, trigger=_orig(doc, c), rule=e.rule,
                   mode=e.mode, context=list(e.context), cameo=cameo, quad_class=quad,
                   intensity=inten, modality=c.modality, date=date, date_precision=precision,
                   date_text=date_text, location=_where(doc, c), attributed_to=c.attributed_to,
                   mentions=[c.k], _head=c.tok.i)
        events.append(ev)
    return events


def _orig(doc: Document, c: Candidate) -> str:
    """The trigger as written (headlines are parsed in sentence case)."""
    sent = doc.sentences[c.k]
    span = c.tok.sent
    off = c.tok.idx - span.start_char
    return sent.text[off:off + len(c.tok.text)] or c.tok.text


def _key(ev: Event):
    return (ev.type, frozenset(a.country for a in ev.source),
            frozenset(a.country for a in ev.target), ev.modality)


def _better(a: Event, b: Event) -> bool:
    """Is b a more informative mention than a?"""
    ra, rb = _PRECISION_RANK.get(a.date_precision, 5), _PRECISION_RANK.get(b.date_precision, 5)
    if rb != ra:
        return rb < ra
    return a.location is None and b.location is not None


def merge_mentions(events: list[Event]) -> list[Event]:
    """One event per (type, dyad, modality) in a document; target-less mentions join a
    directed one of the same type and source. Distinct day dates stay distinct events."""
    kept: list[Event] = []
    for ev in events:
        match = None
        for k in kept:
            same = _key(k) == _key(ev)
            loose = (k.type == ev.type and k.modality == ev.modality and
                     {a.country for a in k.source} == {a.country for a in ev.source} and
                     (not ev.target or not k.target))
            if not (same or loose):
                continue
            if (k.date_precision == ev.date_precision == "day" and k.date != ev.date):
                continue
            match = k
            break
        if match is None:
            kept.append(ev)
            continue
        if not match.target and ev.target or _better(match, ev):
            i = kept.index(match)
            ev.mentions = sorted(set(match.mentions + ev.mentions))
            if ev.location is None:
                ev.location = match.location
            kept[i] = ev
        else:
            match.mentions = sorted(set(match.mentions + ev.mentions))
            if match.location is None:
                match.location = ev.location
    for ev in kept:
        h = hashlib.sha1("|".join([ev.doc_id, str(ev.sentence), str(ev._head), ev.type,
                                   ",".join(sorted(str(a.country) for a in ev.source)),
                                   ",".join(sorted(str(a.country) for a in ev.target))]).encode())
        ev.event_id = h.hexdigest()[:16]
    return kept
