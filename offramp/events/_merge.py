"""Merge repeated mentions of one event in a document into one, and give each event its id."""
from __future__ import annotations

import hashlib

from ..model import Event
from ._lexicon import SYMMETRIC

__all__ = ["merge_mentions"]


_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "publication": 4, None: 5}


def _key(ev: Event):
    s, t = frozenset(_srcs(ev)), frozenset(_tgts(ev))
    if ev.type in SYMMETRIC:
        s = t = s | t  # "A met B" and "B met A" are one meeting
    return (ev.type, s, t, ev.modality)


def _other_deed(a: Event, b: Event) -> bool:
    """Two deeds told with different verbs in the body of a story ("police blocked the
    marchers ... and detained six"; "the ministry closed the party's offices") are different
    acts; the headline and lead summarise what the body retells, so they still merge."""
    if a.sentence == b.sentence or min(a.sentence, b.sentence) < 2:
        return False
    words = {r.rule.partition(":")[2].split("+")[0] for r in (a, b)}
    return a.type in _DEEDS and len(words) == 2 and all(".verbs." in r.rule for r in (a, b))


_DEEDS = {"COERCE", "SANCTION", "AID", "RETREAT", "CONCEDE"}  # (a build-up retold with new verbs is one)


def _dates_clash(a: Event, b: Event) -> bool:
    """Two mentions dated to different periods are different events (but not two words of
    one sentence: "summoned the ambassador on Wednesday to hand him a protest note")."""
    if a.sentence == b.sentence and a.date_text == b.date_text:
        return False
    exact = ("day", "week", "month", "year")
    if a.date_precision in exact and b.date_precision in exact:
        return a.date != b.date and not (a.date_precision != "day" or b.date_precision != "day") \
            or a.date_precision != b.date_precision and a.date[:7] != b.date[:7]
    # a mention without a date of its own (publication) may be any of them: one event per
    # type, dyad and modality in an article, as a coder would count it
    return False


def _better(a: Event, b: Event) -> bool:
    """Is b a more informative mention than a?"""
    ra, rb = _PRECISION_RANK.get(a.date_precision, 5), _PRECISION_RANK.get(b.date_precision, 5)
    if rb != ra:
        return rb < ra
    return a.location is None and b.location is not None


def _srcs(ev):
    return {a.country for a in ev.source}


def _tgts(ev):
    return {a.country for a in ev.target}


def _weak_target(ev) -> bool:
    """No target, or only the host state inferred from the place, or a thing."""
    return all(a.role in ("host", "object") for a in ev.target)


def _join_sides(kept: Event, other: Event) -> None:
    """The merged mention's words for the same sides stay with the event: "attacked an army
    camp in Mali, killing 19 soldiers" hit both the camp and the soldiers. Only actors of
    states (or none) already on that side join, so the coded dyad does not change."""
    for side in ("source", "target"):
        mine, theirs = getattr(kept, side), getattr(other, side)
        states, texts = {a.country for a in mine}, {a.text for a in mine}
        setattr(kept, side, mine + [a for a in theirs if a.country in states and a.text not in texts])


def merge_mentions(events: list[Event]) -> list[Event]:
    """One event per (type, dyad, modality) in a document; target-less mentions join a
    directed one of the same type and source. Distinct day dates stay distinct events."""
    kept: list[Event] = []
    for ev in events:
        match = None
        for k in kept:
            same = _key(k) == _key(ev)
            # target-less or narrower mentions of the same act join the fuller one
            loose = (k.type == ev.type and k.modality == ev.modality and _srcs(k) == _srcs(ev)
                     and (_weak_target(ev) or _weak_target(k) or _tgts(ev) <= _tgts(k)
                          or _tgts(k) <= _tgts(ev)))
            if not (same or loose):
                continue
            if _dates_clash(k, ev) or _other_deed(k, ev):
                continue
            match = k
            break
        if match is None:
            kept.append(ev)
            continue
        if match._partial and not ev._partial or _weak_target(match) and not _weak_target(ev) \
                or len(_tgts(ev)) > len(_tgts(match)) \
                and not _weak_target(ev) or (_tgts(ev) == _tgts(match) and _better(match, ev)):
            i = kept.index(match)
            _join_sides(ev, match)
            ev._partial = ev._partial and match._partial  # one directed mention is enough
            ev.mentions = sorted(set(match.mentions + ev.mentions))
            if ev.location is None:
                ev.location = match.location
            if _PRECISION_RANK.get(match.date_precision, 5) < _PRECISION_RANK.get(ev.date_precision, 5):
                # the fuller mention wins on actors, the better-dated one on the date
                ev.date, ev.date_precision, ev.date_text = match.date, match.date_precision, match.date_text
            kept[i] = ev
        else:
            _join_sides(match, ev)
            match._partial = ev._partial and match._partial
            match.mentions = sorted(set(match.mentions + ev.mentions))
            if match.location is None:
                match.location = ev.location
            if _PRECISION_RANK.get(ev.date_precision, 5) < _PRECISION_RANK.get(match.date_precision, 5):
                # a headline's undated mention takes the day the body gives, so the story's
                # attack of another day stays another event
                match.date, match.date_precision, match.date_text = ev.date, ev.date_precision, ev.date_text
    kept = [ev for ev in kept if not ev._partial]
    for ev in kept:
        h = hashlib.sha1("|".join([ev.doc_id, str(ev.sentence), str(ev._head), ev.type,
                                   ",".join(sorted(str(a.country) for a in ev.source)),
                                   ",".join(sorted(str(a.country) for a in ev.target))]).encode())
        ev.event_id = h.hexdigest()[:16]
    return kept
