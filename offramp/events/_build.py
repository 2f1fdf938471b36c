"""Turn candidates into Event records: ontology codes, date, place, and the countries and
sides the sentence leaves implicit."""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from ..actors import actors_of, is_state
from ..model import Actor, Document, Event
from ._dating import _dates_by_place, _when
from ._parties import POSSESSIVE
from ._placing import (_HOSTED, _ON_TERRITORY, _home_country, _in_country, _most_named, _placed_on,
                       _sentence_country, _state_of, _story_countries, _undated_home, _where)
from ._trigger import _UNDIRECTED, Candidate, _lookup
from ._unnamed import (_AUTHORITY, _BODIES, _DOMESTIC, _OWNER_FROM_STORY, _RELEASES, _clear_other,
                       _counterpart, _fill_generic, _generic, _junta, _stateless_persons,
                       _unplaced_official)

__all__ = ["build_events"]


def _ontology(typ: str, mode: str | None, context):
    return _ontology_of(typ, mode, tuple(context))


@functools.lru_cache(maxsize=2048)
def _ontology_of(typ: str, mode: str | None, context: tuple):
    """CAMEO code, quad class and intensity of a coding: a few hundred combinations occur,
    and the crosswalk scan behind each is slow enough to be worth keeping."""
    try:
        from .. import ontology as o
        cameo = o.cameo_for(typ, mode, list(context) or None)
        return cameo, o.quad_class(typ), o.intensity(typ, mode, cameo)
    except (ImportError, AttributeError, ValueError):
        return None, None, None


# measures a government lays on its own land and people, or lifts from them
_MEASURES = {"curfew", "emergency", "law", "lockdown", "restriction", "restrictions", "siege", "rule",
             "blockade", "shutdown"}


def _beside(text: str, loc) -> bool:
    """The place is named only as a neighbour: "near Gaza", "along the border with Belarus"."""
    name = loc.text or loc.name or ""
    i = text.find(name)
    return i > 0 and bool(re.search(r"\b(near|along|bordering|border with|frontier with|close to)\s+(the\s+)?$",
                                    text[max(0, i - 40):i]))


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
        loc = _where(doc, c)
        target, partial, source = c.target, c.partial, c.source
        if c.host_source:
            if not _state_of(loc) or loc.text in {a.text for a in target}:
                continue  # no state named where it was done: no doer to code
            source = [Actor(text=loc.text or loc.name, country=loc.country, sector="GOV", role="host")]
        said_by = c.attributed_to.country if c.attributed_to and c.attributed_to.country else None
        # "a Venezuelan official said the government had no plans to ...": his government;
        # "the military's spokesman said the army had killed ...": its army; but "a UN
        # spokesman said soldiers had fired" is no UN act, nor "a French diplomat said the
        # army had seized power in Niger" a French one
        if said_by and any(_generic(a) and a.sector in _AUTHORITY | {"MIL"} for a in source):
            elsewhere = {a.country for a in target if is_state(a.country)} | {_state_of(loc)}
            own = _AUTHORITY | ({"MIL"} if is_state(said_by) and (c.attributed_to.sector == "MIL" or (
                c.attributed_to.sector in ("GOV", None) and not elsewhere - {said_by, None})) else set())
            source = [replace(a, country=said_by) if _generic(a) and a.sector in own else a for a in source]
        if any(_generic(a) and _junta(a) for a in source + target) and (rulers := _most_named(doc)):
            source = [replace(a, country=rulers) if _generic(a) and _junta(a) else a for a in source]
            target = [replace(a, country=rulers) if _generic(a) and _junta(a) else a for a in target]
        if c.stateless and not any(a.country for a in source + target):
            # domestic actors with no country of their own ("police", "a court") act where
            # the event happens ("a court in Argentina released ..."), else where the story
            # was filed; failing both they stay without a country rather than being lost
            home = _state_of(loc) or _sentence_country(doc, c) or _home_country(doc) or _undated_home(doc)
            if home:
                source = [replace(a, country=home) if a.role != "collective" else a for a in source]
                target = [replace(a, country=home) if a.role != "collective" else a for a in target]
        elif any(_generic(a) for a in source + target):
            source, target = _fill_generic(doc, c, loc, e.type, source, target)
        if e.type in _DOMESTIC | _RELEASES and (home := next((
                a.country for a in source if is_state(a.country) and a.sector in _AUTHORITY), None)) \
                and (persons := _stateless_persons(doc, c, target)):
            # "a Nicaraguan court sentenced bishop Rolando Alvarez": a state's courts and
            # police deal with its own people unless the text says whose someone is
            target = [replace(a, country=home) if a.name in persons else a for a in target]
        own = {(a.country, a.sector, a.name, a.role) for a in source}
        src_c = {a.country for a in source if a.country}
        # NATO reinforcing "its KFOR mission": a body is never its own target
        target = [a for a in target if not (a.country in src_c and not is_state(a.country))]
        # "laid down their arms", "recalled its own envoy", "reinforced its mission": the
        # source's own people and things are not its targets
        names = {a.name for a in source}
        target = [a for a in target if (a.country, a.sector, a.name, a.role) not in own and not (
            a.country in src_c and (a.text or "").lower().split(" ")[0] in POSSESSIVE
            and not (a.name and a.name not in names))]  # "sacked his deputy, Jacob Zuma": a person
        if c.target and not target and e.type not in _UNDIRECTED:
            partial = True  # its only target was itself: a directed act with no one on the other end
        if e.type == "THREATEN" and not target and not c.target and (
                e.word.endswith(("+announced", "+harm")) or _own_side_warned(doc, c, source)) \
                and (other := _clear_other(doc, c, source)):
            # "Moscow said it would retaliate" in a story about Russia and Moldova: at Moldova
            target, partial = [Actor(text=other, country=other, role="counterpart")], False
        if _state_of(loc):
            # "shelling Kharkiv": a town the parser took for a name is the place, and its state
            spots = {loc.text, loc.name}
            target = [replace(a, country=loc.country) if not a.country and (
                a.name in spots or not a.name and a.text in spots) else a for a in target]
        if e.type in _HOSTED and _state_of(loc) and loc.country not in src_c and any(a.role == "object" and not a.country for a in target):
            # "struck targets in Syria": things hit are where the strike lands
            target = [replace(a, country=loc.country) if a.role == "object" and not a.country else a
                      for a in target]
        if e.type == "MOBILIZE" and c.modality in ("actual", "future") and not any(a.country for a in target) \
                and not (loc and loc.country) and _toward_a_border(doc, c) \
                and (other := _clear_other(doc, c, source)):
            # "placed troops along the border on maximum alert" in a story of two states: facing
            # the other one
            target, partial = [Actor(text=other, country=other, role="counterpart")], False
        if e.type in _HOSTED and not target and loc and loc.country and \
                loc.country not in {a.country for a in source}:
            # troops sent into another state's territory: that state is the recipient
            target = [Actor(text=loc.text or loc.name, country=loc.country, role="host")]
            partial = False
        elif e.type in ("AGREE", "CONSULT") and not target and (here := _in_country(doc, c)) and \
                here not in {a.country for a in source} and (e.type == "AGREE" or any(
                    is_state(a.country) for a in source)):
            # "agreed to expand its mission in Iraq": what is agreed happens there; "attended
            # a summit in Switzerland": the host receives the visit
            target = [Actor(text=(loc.text or loc.name) if loc and loc.country == here else here,
                            country=here, role="host")]
            partial = False
        elif e.type in _ON_TERRITORY and not c.target and not target and loc and source \
                and _placed_on(c.tok, loc):
            # "imposed a curfew in parts of Kashmir", "declared a ceasefire in Idlib", "aid for
            # those affected in Yemen": an act on a territory and its people, the state's own
            # too; a region no state owns outright stays a place with no country
            target = [Actor(text=loc.text or loc.name, country=_state_of(loc), role="place")]
            partial = False
            if e.word.split()[-1] in _MEASURES and (home := next((a.country for a in source if is_state(a.country)),
                                                                None)) and target[0].country != home \
                    and _beside(sent.text, loc):
                # "a state of emergency in areas along the border with Belarus": its own land
                target = [Actor(text=home, country=home, role="place")]
        elif e.type in ("COERCE", "CONCEDE") and not c.target and not target and e.word.split()[-1] in _MEASURES \
                and (home := next((a.country for a in source if is_state(a.country)), None)):
            # "imposed a nationwide curfew", "lifted the travel restrictions", "declared a state
            # of emergency": a measure with no place named lies on the ruler's own country
            target = [Actor(text=home, country=home, role="place")]
            partial = False
        if len(doc.sentences) >= 3 and any(_unplaced_official(a) for a in source) and (
                home := next((x for x in _story_countries(doc) if x not in {a.country for a in target}), None)):
            # "Trade Minister Don Farrell held talks with China's commerce minister": an
            # official whose state the text does not give serves the state the story is about
            # (the dateline's, else the one named most), not the one he deals with
            source = [replace(a, country=home) if _unplaced_official(a) else a for a in source]
        if e.type in _OWNER_FROM_STORY and target and not any(a.country for a in target) \
                and any(is_state(a.country) or a.country in _BODIES for a in source):
            target = _counterpart(doc, c, source, target)
        ev = Event(doc_id=doc.id, type=e.type, source=source, target=target,
                   sentence=c.k, evidence=sent.text, trigger=_orig(doc, c), rule=e.rule,
                   mode=e.mode, context=list(e.context), cameo=cameo, quad_class=quad,
                   intensity=inten, modality=c.modality, date=date, date_precision=precision,
                   date_text=date_text, location=loc, attributed_to=c.attributed_to,
                   mentions=[c.k], _head=c.tok.i, _partial=partial)
        events.append(ev)
    _dates_by_place(doc, events, pub)
    return events


def _orig(doc: Document, c: Candidate) -> str:
    """The trigger as written (headlines are parsed in sentence case)."""
    sent = doc.sentences[c.k]
    span = c.tok.sent
    off = c.tok.idx - span.start_char
    return sent.text[off:off + len(c.tok.text)] or c.tok.text


_RESPONSES = {"take", "respond", "retaliate", "react", "hit", "strike"}
_MEASURES_TAKEN = {"measure", "step", "countermeasure", "action"}


def _own_side_warned(doc, c, source) -> bool:
    """"warned that China would take all necessary measures", said by China: a threat from
    its own side, aimed at the other state of the story."""
    own = {a.country for a in source if a.country}
    for x in c.tok.children:
        # only a response: "would take all necessary measures", "would retaliate" (not "it would
        # take years", "would run out of money")
        if x.lemma_.lower() not in _RESPONSES or x.lemma_.lower() == "take" and not any(
                o.dep_ == "dobj" and o.lemma_.lower() in _MEASURES_TAKEN for o in x.children):
            continue
        if x.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in ("would", "will") for a in x.children) \
                and _lookup(x) is None and not any(  # ("would expel the ambassador": coded as such)
                    v.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in v.children) for v in x.children):
            # (nor "we will take measures if Tbilisi does not ...": the condition names whom)
            s = next((t for t in x.children if t.dep_ == "nsubj"), None)
            if s is not None and (s.lower_ in ("it", "we") or own & {a.country for a in actors_of(doc, c.k, s)}):
                return True
    return False


def _toward_a_border(doc, c) -> bool:
    """Forces moved or readied along, near or to a border the sentence names no state for."""
    if any(x.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in x.children) for x in c.tok.children):
        return False  # "deployed troops to the border to stop smugglers": a purpose of its own
    for t in c.tok.subtree:
        if t.lemma_.lower() in ("border", "frontier") and t.dep_ == "pobj" and t.head.lower_ in (
                "along", "near", "to", "toward", "towards", "on", "at") and not any(
                actors_of(doc, c.k, x) for x in t.subtree) and not any(
                m.dep_ == "amod" for m in t.children) and (  # "the southern border": whose is unsaid
                t.right_edge.i + 1 >= len(t.doc) or t.doc[t.right_edge.i + 1].lower_ not in ("with", "of")):
            return True
    return False
