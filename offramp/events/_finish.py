"""Turn candidates into Events: ontology codes, date, place, ids; merge repeated mentions."""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from dataclasses import replace

from ..actors import is_state
from ..model import Actor, Document, Event, Location
from ._lexicon import SYMMETRIC
from ._modality import clause_path
from ._parties import POSSESSIVE
from ._trigger import _UNDIRECTED, Candidate, _is_speech
from ._words import words

WORDS = words("placing")

__all__ = ["build_events", "merge_mentions"]

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "publication": 4, None: 5}


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


_AUTHORITY = {"GOV", "JUD", "COP", "LEG"}
_OUTLAWS = {"REB", "CRM", "UAF"}
_DOMESTIC = {"COERCE", "ACCUSE", "SANCTION", "REQUEST", "REJECT", "RETREAT", "CONCEDE"}


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


def _generic(a: Actor) -> bool:
    """Unnamed people with no country; a thing aimed at ("the drills") is not one of them.
    A named body no resource knows ("the National Salvation Front") is local like them."""
    if a.country is not None or a.role in ("object", "collective"):
        return False  # (nor "nearly 70 countries": many states, none of them the story's)
    words = (a.text or "").lower().split()
    return not a.name or bool(words) and words[-1] in WORDS.org_heads


def _fill_generic(doc, c, loc, typ, source, target):
    """Unnamed people with no country ("journalists", "banks") beside actors with one are
    of the country where it happens; a state's police, courts and ministries act at home."""
    # a place that is itself a party ("arms from Iran") says nothing of the others' country
    party_words = {w for a in source + target for w in (a.text or "").split()}
    here = _state_of(loc) if loc and (loc.text or loc.name) not in party_words \
        else None
    here = here or _sentence_country(doc, c)
    from_text = here is not None
    if any(_generic(a) and a.sector == "REB" for a in source):
        # "Karen rebels overran an army base": rebels fight the state they are in (a gunman
        # at an embassy need not be of the embassy's state)
        home = next((a.country for a in target if is_state(a.country) and a.sector in _AUTHORITY | {"MIL", None}), None)
        if home:
            source = [replace(a, country=home) if _generic(a) and a.sector == "REB" else a for a in source]
    if here is None and any(_generic(a) and not _outsider(a) for a in source):
        # the dateline speaks for local actors, not for targets abroad; with no dateline,
        # the state the story names most
        here = _home_country(doc) or _undated_home(doc, {a.country for a in target})
    if any(_generic(a) for a in source) and here:
        source = [replace(a, country=here) if _generic(a) else a for a in source]
    if any(_generic(a) for a in target):
        fill = here if from_text else None
        if typ in _RELEASES and all(_captive(a) for a in target if _generic(a)) and not any(
                a.sector in _OUTLAWS for a in source):  # (rebels free their own state's soldiers)
            # "would return the 12 captured soldiers": a state hands back the other side's
            # men, the other state the story names most, wherever it was said
            own = {a.country for a in source}
            fill = next((x for x in _named_states(doc) if x not in own), None)
        if typ in _VERBAL and all(a.sector == "REB" for a in target if _generic(a)):
            # "Myanmar's generals blamed the rebels": a state's rebels are its own, wherever
            # the sentence happens to be (but strikes on militants in Gaza land in Gaza)
            fill = next((a.country for a in source if is_state(a.country) and a.sector in
                         _AUTHORITY | {"MIL", None}), fill)
        if fill is None and typ in _DOMESTIC:
            # (a foreign minister urging "the generals" is not urging his own)
            fill = next((a.country for a in source if a.sector in _AUTHORITY and a.country
                         and "foreign" not in (a.role or "")), None)
        if fill is None and all(a.sector in _OUTLAWS for a in target if _generic(a)):
            # "the army would respond if the rebels attack", "police killed five gang members":
            # a state's forces face their own rebels and gangs unless a place says otherwise
            fill = next((a.country for a in source if a.sector in _AUTHORITY | {"MIL"}
                         and is_state(a.country)), None)
        if fill is None and typ in _VERBAL_AT and all(
                (a.text or "").lower().startswith("the ") and a.sector in _RULERS for a in target if _generic(a)):
            # "urged the generals to halt the violence", "condemned the junta": the rulers of
            # the state the story is about, when the speaker is someone else
            own = {a.country for a in source}
            fill = next((x for x in _story_countries(doc) if x not in own), None)
        if fill:
            target = [replace(a, country=fill) if _generic(a) else a for a in target]
    return source, target


_RELEASES = {"CONCEDE", "RETREAT"}
# acts aimed at a thing whose owner the text leaves to the story: "rejected the ultimatum",
# "welcomed the reopening", "suspended ministerial contacts", "Seoul vows response"
_OWNER_FROM_STORY = {"THREATEN", "REJECT", "SUPPORT", "SANCTION", "ACCUSE", "REQUEST", "CONCEDE", "AGREE"}
_BODIES = {"UN", "EU", "NATO", "OSCE", "IGO"}


def _counterpart(doc, c, source, target) -> list[Actor]:
    """A thing or unplaced party aimed at in a story about two states belongs to the other
    one: the state the story names most besides the doer ("Japan strikes Seoul off its list;
    Seoul vows response": Japan). "Urged all parties" reaches the two states named most. A
    person, or people of a sector ("protesters"), is not filled this way."""
    if len(doc.sentences) < 3:
        return target  # a lone sentence is no story
    others, clear = _others(doc, c, source)
    out = []
    for a in target:
        words = " ".join((a.text or "").lower().replace('"', "").split())
        if words in WORDS.all_sides:
            out += [replace(a, country=x) for x in others[:2]] if len(others) >= 2 else [a]
        elif clear and a.sector in (None, "UNK", "BUS") and words.split(" ")[-1] not in WORDS.friends \
                and not _stateless_persons(doc, c, [a]):
            out.append(replace(a, country=clear))  # the one state clearly in play
        else:
            out.append(a)
    return out


def _others(doc, c, source) -> tuple[list[str], str | None]:
    """The states the story names so far besides the source's, most named first, and the
    one clearly in play among them (named more than any other), if any."""
    own = {a.country for a in source}
    counts = _states_so_far(doc, c.k)
    others = [x for x, _ in counts.most_common() if x not in own]
    clear = others[0] if others and (len(others) == 1 or counts[others[0]] > counts[others[1]]) else None
    return others, clear


def _clear_other(doc, c, source) -> str | None:
    """The one other state a story of two sides is about, seen from a state source."""
    if len(doc.sentences) < 3 or not any(is_state(a.country) for a in source):
        return None
    return _others(doc, c, source)[1]


def _states_so_far(doc, k: int):
    """How often the story names each state up to sentence k."""
    from collections import Counter
    return Counter(a.country for (j, _), acts in doc.work.get("actors", {}).items() if j <= k
                   for a in acts if is_state(a.country))


def _stateless_persons(doc, c, target) -> set[str]:
    """Names of the target people with no country whom the parser tagged as persons."""
    names = {a.name for a in target if a.country is None and a.name and a.role != "object"}
    if not names:
        return set()
    tagged = {e.text for e in doc.work["sents"][c.k].ents if e.label_ == "PERSON"}
    return {n for n in names if n in tagged or any(n.endswith(t) or t.endswith(n) for t in tagged)}


def _captive(a: Actor) -> bool:
    """Soldiers, or people said to be captured or prisoners of war."""
    words = set((a.text or "").lower().split())
    return a.sector == "MIL" or bool(words & {"captured", "pows", "prisoners-of-war"}) or \
        {"prisoners", "of", "war"} <= words


_VERBAL_AT = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "SANCTION"}
_RULERS = {"GOV", "MIL"}


def _junta(a: Actor) -> bool:
    """"the junta", "junta aircraft": a military government, which rules where the story is."""
    return "junta" in (a.text or "").lower().split()


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


def _outsider(a: Actor) -> bool:
    """"a Western leader", "foreign diplomats": not of the place the story was filed from
    (but "the foreign ministry", "a foreign office spokesman" are a state's own)."""
    words = (a.text or "").lower().split()
    return any(w in WORDS.outside and not (w == "foreign" and nxt in WORDS.own_offices)
               for w, nxt in zip(words, words[1:] + [""]))


def _unplaced_official(a: Actor) -> bool:
    """An official or force with no state of its own in the text, not an outsider ("a Western
    leader") nor a plural bloc ("several governments", "Gulf states")."""
    words = (a.text or "").lower().split()
    return a.country is None and a.sector in _AUTHORITY | {"MIL"} and not _outsider(a) \
        and a.role != "collective"


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
        if e.type == "THREATEN" and not target and not c.target and e.word.endswith(("+announced", "+harm")) \
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


def _orig(doc: Document, c: Candidate) -> str:
    """The trigger as written (headlines are parsed in sentence case)."""
    sent = doc.sentences[c.k]
    span = c.tok.sent
    off = c.tok.idx - span.start_char
    return sent.text[off:off + len(c.tok.text)] or c.tok.text


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
    kept = [ev for ev in kept if not ev._partial]
    for ev in kept:
        h = hashlib.sha1("|".join([ev.doc_id, str(ev.sentence), str(ev._head), ev.type,
                                   ",".join(sorted(str(a.country) for a in ev.source)),
                                   ",".join(sorted(str(a.country) for a in ev.target))]).encode())
        ev.event_id = h.hexdigest()[:16]
    return kept
