"""Dates of events: a time expression on the trigger's clause, in its noun phrase or on the
say-verb above it; else a date the article gives the same place or incident; else publication."""
from __future__ import annotations

import datetime as dt

from ..model import Document, Event
from ._modality import clause_path
from ._trigger import Candidate, _is_speech
from ._words import words

WORDS = words("placing")


def _times(doc: Document, k: int, sent):
    cache = doc.work.setdefault("times", {})
    if k not in cache:
        from ..dates import find_time_expressions
        cache[k] = find_time_expressions(sent)
    return cache[k]


def _when(doc: Document, c: Candidate, pub: dt.date | None):
    """The date of the event, from the first of:

    1. a time expression on the trigger's clause path ("shelled the town on Tuesday");
    2. one inside the trigger's or its objects' noun phrase, where the parser often hangs
       a clause's adverbial ("discuss the request with his counterpart in Warsaw next
       Monday");
    3. the time of the say-verb above the trigger, for what the statement itself does:
       a verb coordinated with it ("said on Monday evening that ..., and demanded their
       release": the demand is Monday's), or a speech act reported as the speaker's own in
       the present or simple past ("said on Tuesday it rejects/rejected the offer"). Never
       for pluperfect acts ("said on Tuesday its forces had shelled ...": that happened
       before), nor for other acts it reports ("said on Tuesday troops shelled ...": the
       statement dates the report, not the shelling), nor for future or hypothetical ones;
    4. else the publication date.
    """
    from ..dates import resolve_expr, tense_of

    # "the first visit since 2016": the last such event was then, not this one (but "a boycott
    # since July" began then)
    exprs = [x for x in _times(doc, c.k, c.tok.sent)
             if not (x.text.lower().startswith("since ") and _record(c.tok))]
    if exprs:
        tense = "future" if c.modality == "future" else tense_of(c.tok)
        path = clause_path(c.tok, dating=True)
        stopped = False
        for node in path:
            for x in exprs:
                if x.head == node.i:
                    r = resolve_expr(x, pub, tense)
                    if r is not None:
                        return r.date, r.precision, x.text
            if node.dep_ == "xcomp" and c.modality != "actual":
                stopped = True
                break  # "agreed on Tuesday to resume talks": Tuesday dates the agreeing
        if not stopped:
            found = _np_time(exprs, c, pub, tense) or _say_time(exprs, c, path, pub)
            if found:
                return found
    if pub is None:
        return None, None, None
    return pub.isoformat(), "publication", None


def _record(tok) -> bool:
    """The event is ranked against earlier ones: "the first visit", "the heaviest shelling"."""
    return any(t.lower_ in WORDS.record for c in tok.lefts for t in c.subtree) or \
        tok.dep_ in ("dobj", "attr") and any(c.lower_ in WORDS.record for c in tok.head.children)


def _np_time(exprs, c: Candidate, pub, tense):
    """A time expression hanging inside the trigger's or its objects' noun phrase."""
    from ..dates import resolve_expr
    from ..places._locate import _nested, free_relative

    what, verbs = free_relative(c.tok)  # "struck what officials said were depots on Monday"
    nouns = [c.tok, *(k for k in c.tok.children if k.dep_ in ("dobj", "attr", "nsubjpass")), *what]
    inner = {t.i for n in nouns for t in _nested(n)} | {n.i for n in nouns[1:]} | \
        {v.i for v in verbs if what}
    for x in exprs:
        if x.head in inner:
            r = resolve_expr(x, pub, tense)
            if r is not None:
                return r.date, r.precision, x.text
    return None


def _pluperfect(tok) -> bool:
    """"had shelled", or a noun whose verb is ("had carried out strikes")."""
    steps = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head is not tok and steps < 4:
        tok, steps = tok.head, steps + 1
    return tok.tag_ == "VBN" and any(k.dep_ in ("aux", "auxpass") and k.lower_ in ("had", "'d")
                                     for k in tok.children)


def _say_verb(c: Candidate, path):
    """(speech verb, how the trigger's clause hangs on it) or (None, None): the verb the
    clause path stopped at, or a say-verb hanging on the root ("..., the ministry said")."""
    top = path[-1]
    if top.head.i != top.i and _is_speech(top.head):
        return top.head, top.dep_
    if top.head.i == top.i:
        for k in top.children:
            if k.dep_ in ("parataxis", "ccomp") and k.i > c.tok.i and _is_speech(k):
                return k, "inverted"
    return None, None


# acts done by saying something: a statement dates them ("said on Monday it rejects ...");
# talks, agreements and concessions it reports may have come before
_DATED_BY_SAYING = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"}


def _say_time(exprs, c: Candidate, path, pub):
    from ..dates import resolve_expr, tense_of

    if c.modality in ("future", "hypothetical"):
        return None
    say, via = _say_verb(c, path)
    if say is None or _pluperfect(c.tok):
        return None
    if via == "conj":
        pass  # "said on Monday ... and demanded": one speaker, one occasion
    elif via in ("ccomp", "inverted", "parataxis"):
        if c.entry.type not in _DATED_BY_SAYING:
            return None
        own = c.attributed_to is None or not c.attributed_to.country or \
            c.attributed_to.country in {a.country for a in c.source}
        if not own and tense_of(c.tok) != "present":
            return None  # "Serbia said on Monday that Kosovo demanded": when, unknown
    else:
        return None
    for x in exprs:
        if x.head == say.i:
            r = resolve_expr(x, pub, tense_of(say))
            if r is not None:
                return r.date, r.precision, x.text
    return None


def _parallel_dates(doc: Document, pub) -> dict[str, tuple]:
    """"in Kyiv and Berlin on Wednesday and Thursday": place i takes date i."""
    from ..dates import resolve_expr, tense_of
    from ..places import find_place_phrases

    out: dict[str, tuple] = {}
    for k, sent in enumerate(doc.work.get("sents", [])):
        times = [x for x in _times(doc, k, sent) if x.group is not None]
        if not times:
            continue
        tgroups: dict[int, list] = {}
        for x in times:
            tgroups.setdefault(x.group, []).append(x)
        pgroups: dict[int, list] = {}
        for p in find_place_phrases(sent):
            pgroups.setdefault(p.group, []).append(p)
        for tg in tgroups.values():
            for pg in pgroups.values():
                if len(tg) == len(pg) >= 2:
                    for x, p in zip(tg, pg):
                        head = sent.doc[x.head] if x.head >= 0 else sent.root
                        r = resolve_expr(x, pub, tense_of(head))
                        if r is not None:
                            out[p.name.lower()] = (r.date, r.precision, x.text)
    return out


_INCIDENT_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT"}


def _refers_back(tok) -> bool:
    """A trigger that looks back to something the article already told: a pluperfect
    ("the men had opened fire"), a definite noun ("the shelling killed two") or the act
    someone is accused of ("accused X of shelling villages")."""
    if tok.pos_ == "NOUN":
        return any(k.dep_ == "det" and k.lower_ in ("the", "this", "that") for k in tok.children)
    if _pluperfect(tok):
        return True
    # "accused Pakistani forces of shelling villages (, wounding four)": an accusation is
    # about something done already
    while tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head is not tok:
        tok = tok.head
        if tok.lemma_.lower() in WORDS.blame_verbs:
            return True  # "accused X of shelling villages, wounding four": misattached
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for") \
        and tok.head.head.lemma_.lower() in WORDS.blame_verbs


def _dates_by_incident(doc: Document, events: list[Event], pub) -> None:
    """An undated actual event that refers back ("had opened fire", "the attack") takes the
    date of the incident told just before it: the one day all actual, day-dated past events
    of the three sentences before carry. A physical act with no place of its own also takes
    their one place, if it lies in the country it is done to. Two different days there, or none, and it keeps the publication date."""
    sents = doc.work.get("sents", [])
    for e in events:
        if e.date_precision != "publication" or e.modality != "actual" or e.sentence <= 0 \
                or e.sentence >= len(sents) or not _refers_back(sents[e.sentence].doc[e._head]):
            continue
        window = [f for f in events if e.sentence - 3 <= f.sentence < e.sentence
                  and f.modality == "actual" and f.date_precision == "day"
                  and (pub is None or f.date < pub.isoformat())]
        dates = {f.date for f in window}
        if len(dates) != 1:
            continue
        src = window[-1]
        e.date, e.date_precision, e.date_text = src.date, "day", src.date_text
        # the place only where the act lands: Hezbollah's reply to strikes in Lebanon
        # is not in Lebanon
        side = {a.country for a in e.target} or {a.country for a in e.source}
        found = [f.location for f in window if f.location and f.type in _INCIDENT_TYPES]
        if e.location is None and e.type in _INCIDENT_TYPES and len({x.name for x in found}) == 1 \
                and found[0].country in side:
            e.location = found[0]


def _dates_by_place(doc: Document, events: list[Event], pub) -> None:
    """An event with no date of its own, at a place the article dates elsewhere (an
    itinerary), takes that date; one that refers back to an incident takes its date."""
    _dates_by_incident(doc, events, pub)
    undated = [e for e in events if e.date_precision == "publication" and e.location
               and e.modality == "future"]
    if not undated:
        return
    known = _parallel_dates(doc, pub)
    for e in events:
        if e.location and e.date_precision == "day" and e.modality == "future":
            known.setdefault(e.location.name.lower(), (e.date, "day", e.date_text))
    for e in undated:
        for name in {e.location.name.lower(), (e.location.text or "").lower()}:
            if name in known:
                e.date, e.date_precision, e.date_text = known[name]
                break
