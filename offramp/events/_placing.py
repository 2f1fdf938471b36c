"""Where events happen: the place of a trigger and the state of a place, and the countries a
story is about (its dateline's, the states it names most)."""
from __future__ import annotations

import re

from ..actors import is_state
from ..model import Document, Location
from ._trigger import Candidate, _is_speech


_HOSTED = {"MOBILIZE", "ASSAULT", "PROTEST", "RETREAT", "AGREE"}  # "bombed targets in Lebanon", "a protest in Beijing"
_ON_TERRITORY = {"AID", "COERCE", "CONCEDE", "ASSAULT", "RETREAT", "SANCTION"}
_VERBAL = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}


def _where(doc: Document, c: Candidate) -> Location | None:
    """The place attached to the trigger; a statement made somewhere ("told reporters in
    Moscow that Russia wants ...") happens where it is made."""
    from ..places import locate

    # an ambiguous name ("Pemba") is read in the story's countries: the actors', then the
    # dateline's and the most named ones
    prefer = [a.country for a in c.source + c.target if is_state(a.country)] + _story_countries(doc)
    loc = locate(c.tok.sent, c.tok.i, prefer_countries=prefer, relations=_PLACE_RELS)
    if loc is None and c.entry.type in _VERBAL:
        t = c.tok
        while t.head.i != t.i:
            came, t = t, t.head
            if _is_speech(t) and came.dep_ in ("ccomp", "xcomp"):
                return locate(c.tok.sent, t.i, prefer_countries=prefer, relations=_PLACE_RELS)
    return loc


_PLACE_RELS = ("in", "at", "inside", "outside", "near", "on", "to", "into", "across", "from",
               "mod", "obj", "subj", "over")


def _placed_on(tok, loc) -> bool:
    """The place is in a phrase of the act itself ("a curfew in parts of Kashmir", "imposed
    a curfew in X", "aid for those in Yemen"), not where it was said or a scene-setter."""
    near = {tok.i, tok.head.i} | {c.i for c in tok.children if c.dep_ in ("dobj", "pobj")}
    if tok.head.lower_ == "of" and tok.dep_ == "pobj":  # "declared a state of siege in X"
        near |= {tok.head.head.i, tok.head.head.head.i}
    words = set(re.findall(r"[\w'-]+", loc.text or loc.name or ""))  # "Idlib, Syria"
    for t in tok.sent:
        if t.text in words and t.dep_ in ("pobj", "compound") and any(
                a.dep_ == "prep" and a.lower_ in ("in", "across", "for", "throughout", "inside", "on")
                and a.head.i in near for a in [t, *t.ancestors][:5]):
            return True
    return False


def _state_of(loc) -> str | None:
    """The state code of a place (not a region or body code), or None."""
    return loc.country if loc and is_state(loc.country) else None


def _named_states(doc: Document) -> list[str]:
    """The states the story names, most named first (counted once per document)."""
    if "named_states" not in doc.work:
        from collections import Counter
        counts = Counter(a.country for acts in doc.work.get("actors", {}).values() for a in acts
                         if is_state(a.country))
        doc.work["named_states"] = [c for c, _ in counts.most_common()]
    return doc.work["named_states"]


def _most_named(doc: Document) -> str | None:
    """The state the story names most, dateline or not."""
    return next(iter(_named_states(doc)), None)


def _undated_home(doc: Document, parties=()) -> str | None:
    """With no dateline, a story of some length is about the state it names most (one not
    already a party); a lone sentence has no such story."""
    if doc.dateline or len(doc.sentences) < 3:
        return None
    return next((x for x in _named_states(doc) if x not in parties), None)


def _sentence_country(doc: Document, c: Candidate) -> str | None:
    """The one country of all the places a sentence names, if there is just one and it is
    not a party already ("obtained arms from Iran": Iran gives, the fighters are not Iranian)."""
    from ..places import find_place_phrases, geocode

    cache = doc.work.setdefault("sent_country", {})
    if c.k not in cache:
        sent = c.tok.sent
        cache[c.k] = {_state_of(geocode(p.name, text=sent.text)) for p in find_place_phrases(sent)} - {None}
    found = cache[c.k] - {a.country for a in c.source + c.target}
    return next(iter(found)) if len(cache[c.k]) == 1 and len(found) == 1 else None


def _in_country(doc: Document, c: Candidate) -> str | None:
    """The one country named after "in" in the sentence ("a mission in Iraq")."""
    from ..actors import actors_of

    found = {a.country for t in c.tok.sent if t.dep_ == "pobj" and t.head.lower_ in ("in", "inside")
             and (t.ent_type_ in ("GPE", "LOC") or t.pos_ == "PROPN") for a in actors_of(doc, c.k, t)
             if is_state(a.country)}
    return found.pop() if len(found) == 1 else None


def _story_countries(doc: Document) -> list[str]:
    """The dateline's country, then the states the story names most (at most three)."""
    if "story_countries" not in doc.work:
        home = _home_country(doc)
        doc.work["story_countries"] = ([home] if home else []) + [
            c for c in _named_states(doc)[:3] if c != home]
    return doc.work["story_countries"]


def _home_country(doc: Document) -> str | None:
    """The country of the dateline ("ALGIERS, Algeria -"), if it geocodes."""
    if "home" not in doc.work:
        home = None
        if doc.dateline:
            from ..places import geocode
            name, _, qual = doc.dateline.partition(",")
            loc = geocode(name.strip().title(), text=doc.dateline.title()) or (
                geocode(qual.strip().title()) if qual.strip() else None)
            home = _state_of(loc)
        doc.work["home"] = home
    return doc.work["home"]
