"""Pick the place of an event: the place phrase attached to its trigger, geocoded.

The search follows the parse outwards from the trigger: phrases on the trigger itself,
then on its object ("held talks in Minsk" when "in Minsk" hangs on "talks"), then on the
tokens above it up to the verb of its clause, then deeper inside the trigger's and its
objects' noun phrases ("talks with his counterpart in Manila"). The nearest attachment wins; among
phrases on one token, "in"/"at" beat "near", which beats "to" and "from".
"""
from __future__ import annotations

from collections.abc import Collection, Iterable

from offramp.model import Location
from offramp.places._gazetteer import Gazetteer
from offramp.places._phrases import PlacePhrase, find_place_phrases
from offramp.places._text import is_capitalised

RELATION_ORDER = ("in", "at", "inside", "within", "throughout", "on", "obj", "subj", "into",
                  "onto", "near", "outside", "off", "around", "across", "over", "along",
                  "beside", "beyond", "behind", "through", "via", "toward", "towards", "to",
                  "from", "mod")
_RANK = {r: i for i, r in enumerate(RELATION_ORDER)}
_OBJECT_DEPS = ("dobj", "attr", "oprd", "nsubjpass")
# a verb with one of these arcs heads its own clause; climbing stops there
_CLAUSE_DEPS = ("ROOT", "ccomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp")


def _participle(tok) -> bool:
    """A subjectless participle clause ("..., killing two soldiers") shares its head's
    place: it is the same act seen from its result."""
    return tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)


def _objects(tok) -> list:
    """tok's objects, including the noun of a free relative the parser hangs as a clause:
    "struck what the military said were weapons depots near Nabatieh"."""
    objs = [c for c in tok.children if c.dep_ in _OBJECT_DEPS]
    # "host Rutte and the leaders of ... in Helsinki": every member of a list of objects
    objs += [c for o in objs for c in o.conjuncts if c.i > o.i]
    return objs + free_relative(tok)[0]


def free_relative(tok) -> tuple[list, list]:
    """(nouns, verbs) of "V what (X said) were N": N is V's object, and the verbs on the
    way ("said", "were") are where the parser hangs the clause's adverbials."""
    frontier, verbs = [c for c in tok.children if c.dep_ == "ccomp"], []
    for _ in range(2):
        nxt = []
        for verb in frontier:
            verbs.append(verb)
            if any(c.dep_ == "nsubj" and c.lower_ == "what" for c in verb.children):
                nouns = [c for c in verb.children if c.dep_ in ("attr", "dobj")]
                if nouns:
                    return nouns, verbs
            nxt += [c for c in verb.children if c.dep_ == "ccomp"]
        frontier = nxt
    return [], []


def _nested(tok, depth: int = 3, preps=None) -> list:
    """Nouns hanging from tok through prepositions, nearest first ("talks with his
    counterpart in Manila", "waters near the Kinmen islands"), and the participles that
    describe them; never into another clause; preps: only through these prepositions."""
    out, frontier = [], [tok]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            # a participle describing the noun shares its phrases: "a concert held by the
            # KIA near Hpakant", "boats delivering supplies to troops at Second Thomas Shoal"
            nxt += [c for c in t.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")
                    and t.pos_ in ("NOUN", "PROPN")]
            for prep in (c for c in t.children if c.dep_ in ("prep", "agent")
                         and (preps is None or c.lower_ in preps)):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    nxt.append(obj)
                    nxt += [c for c in obj.conjuncts if c.i > obj.i]
        out += nxt
        frontier = nxt
    return out


def _path(trigger) -> list:
    """Tokens to search, nearest first: trigger, its objects, then heads up to the clause
    verb (with the objects of a verb the trigger is coordinated with: "entered waters near
    X and boarded a boat"), then nouns hanging from the trigger and those objects."""
    path = [trigger]
    nouns = [trigger, *_objects(trigger)]
    path += nouns[1:]
    tok = trigger
    while tok.head.i != tok.i:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in _CLAUSE_DEPS and not _participle(tok):
            break
        came, tok = tok, tok.head
        path.append(tok)
        if came.dep_ == "conj" or _participle(came):
            shared = _objects(tok)
            path += shared
            nouns += shared
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("conj", "xcomp") and not _participle(tok):
            break
    for noun in nouns:
        path += _nested(noun)
    # last: the subject, for "a Kyiv court jailed him"
    path += [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    seen: set[int] = set()
    return [t for t in path if not (t.i in seen or seen.add(t.i))]


def _ordered(phrases: list[PlacePhrase], path) -> list[PlacePhrase]:
    by_head: dict[int, list[PlacePhrase]] = {}
    for phrase in phrases:
        by_head.setdefault(phrase.head, []).append(phrase)
    ordered = []
    for tok in path:
        ordered += sorted(by_head.get(tok.i, []), key=lambda p: (_RANK.get(p.relation, 99), p.name_start))
    return ordered


def locate(sent, head_i: int, prefer_countries: Iterable[str] = (),
           gazetteer: Gazetteer | None = None,
           relations: Collection[str] | None = None) -> Location | None:
    """The geocoded place where the event triggered at head_i happens, or None.

    sent: spaCy Span of the sentence; head_i: doc-level index (token.i) of the trigger;
    prefer_countries: ISO alpha-3 codes of the countries in play (the actors');
    gazetteer: the gazetteer to use (default: the shared one); relations: only phrases
    with these relations count (default: all, e.g. ("in", "at") to skip "near"/"to").
    """
    if not sent.start <= head_i < sent.end:
        return None
    gaz = gazetteer or Gazetteer.default()
    prefer = tuple(prefer_countries or ())
    phrases = [p for p in find_place_phrases(sent, gaz) if relations is None or p.relation in relations]
    phrases = [p for p in phrases if not _owner_of_sited(p, phrases, sent.doc)]
    trigger = sent.doc[head_i]
    path = _path(trigger)
    near = _ordered(phrases, path)
    # an origin ("ships from Japan") or a body's seat ("a Kyiv court") only when nothing
    # on the path says where; before them, the site phrases of the clause around the
    # trigger: its verb's objects and adjuncts ("lodged a protest through its embassy in
    # Beijing"), a scene set at the head of the sentence ("In Pemba, the WFP said ...")
    seen = {p.start for p in near}
    wider = [p for p in _ordered(phrases, _around(trigger, path))
             if p.relation in _SITE_RELS and p.start not in seen]
    wider += [p for p in phrases if p.start not in seen and _fronted(p, trigger)]
    for tier in ([p for p in near if p.relation not in _LAST_RELS], wider,
                 [p for p in near if p.relation in _LAST_RELS]):
        for phrase in tier:
            found = _nationality(phrase.name, gaz) if phrase.label == "NORP" else None
            found = found or gaz.geocode(phrase.name, prefer, text=sent.text)
            if found is not None:
                return found
        # a village or district the offline gazetteer lacks ("in Khurvaleti"): keep its
        # name, with no country or coordinates, rather than a place further off
        for phrase in tier:
            if (phrase.label in ("GPE", "LOC", "FAC") or not phrase.known) \
                    and phrase.relation in _UNRESOLVED_RELS and is_capitalised(phrase.name):
                return Location(name=phrase.name, text=phrase.name)
    return None


def _nationality(word: str, gaz) -> Location | None:
    """"near the Thai border": a nationality word names its state ("Thai" is also a
    village in Malaysia, which nobody means here)."""
    from ..actors import gazetteer
    states = {e.country for e in gazetteer().names.get(word, []) if e.kind == "demonym" and e.country}
    if len(states) != 1:
        return None
    found = gaz.country_location(states.pop())
    if found is not None:
        found.text = word
    return found


def _owner_of_sited(p, phrases, doc) -> bool:
    """"into Azerbaijan's embassy in Tehran": the owner of a building that has its own
    place named is not where it happened."""
    name = doc[p.name_end - 1]
    if name.dep_ != "poss":
        return False
    owned = name.head
    return any(q is not p and doc[q.name_start].head.head.i == owned.i for q in phrases)


_UNRESOLVED_RELS = {"in", "at", "near", "outside", "inside", "through", "across", "on", "obj"}
_LAST_RELS = {"from", "mod"}
_SITE_RELS = {"in", "at", "near", "inside", "outside", "within", "on", "off", "across",
              "through", "throughout", "around", "along"}


def _around(trigger, path) -> list:
    """The clause verb the path stopped at, with its objects and what hangs from them
    through prepositions: where a trigger inside an adjunct ("under Saudi mediation") or
    an object ("lodged a protest") finds the clause's place."""
    # across "and" into another clause, only where that clause happened ("rallied outside
    # the building in Yerevan, and police detained 30"), not whom it was with ("spoke
    # with officials in Islamabad, and Qatar urged both sides": the urging has no place)
    own, tok = True, trigger
    ancestors: dict[int, bool] = {}
    while tok.head.i != tok.i:
        own = own and not (tok.dep_ == "conj" and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))
        tok = tok.head
        ancestors[tok.i] = own
    verb = next((t for t in reversed(path) if t.pos_ in ("VERB", "AUX") and t.i in ancestors), None)
    if verb is None:
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return []
    if not ancestors.get(verb.i, True):
        return [verb] + _nested(verb, preps=_SITE_RELS)
    heads = [verb, *_objects(verb)]
    # a noun trigger in an adjunct of a clause below ("had taken a new turn with the
    # deployment of troops in Belarus for exercises"): that clause's verb is nearer
    inner = next((t for t in path[1:] if t.pos_ in ("VERB", "AUX") and t.i in ancestors), None)
    if inner is not None and inner.i != verb.i and trigger.pos_ in ("NOUN", "PROPN") and ancestors.get(inner.i, True):
        heads = [inner, *_objects(inner)] + heads
    return heads + [n for h in heads for n in _nested(h)]


def _fronted(phrase, trigger) -> bool:
    """"In Pemba, the WFP said it had handed out food": a place put before the whole
    sentence, on a verb the trigger hangs from."""
    sent = trigger.sent
    first = sent.start
    while first < sent.end and (sent.doc[first].is_punct or sent.doc[first].pos_ == "CCONJ"):
        first += 1
    return phrase.start == first and phrase.relation in ("in", "at") and \
        any(a.i == phrase.head for a in trigger.ancestors) and \
        sent.doc[phrase.end].text == "," if phrase.end < sent.end else False
