"""Pick the place of an event: the place phrase attached to its trigger, geocoded.

The search follows the parse outwards from the trigger: phrases on the trigger itself,
then on its object ("held talks in Minsk" when "in Minsk" hangs on "talks"), then on the
tokens above it up to the verb of its clause. The nearest attachment wins; among
phrases on one token, "in"/"at" beat "near", which beats "to" and "from".
"""
from __future__ import annotations

from collections.abc import Collection, Iterable

from offramp.model import Location
from offramp.places._gazetteer import Gazetteer
from offramp.places._phrases import PlacePhrase, find_place_phrases

RELATION_ORDER = ("in", "at", "inside", "within", "throughout", "on", "obj", "subj", "into",
                  "onto", "near", "outside", "off", "around", "across", "over", "along",
                  "beside", "beyond", "behind", "through", "via", "toward", "towards", "to",
                  "from", "mod")
_RANK = {r: i for i, r in enumerate(RELATION_ORDER)}
_OBJECT_DEPS = ("dobj", "attr", "oprd", "nsubjpass")
# a verb with one of these arcs heads its own clause; climbing stops there
_CLAUSE_DEPS = ("ROOT", "ccomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp")


def _path(trigger) -> list:
    """Tokens to search, nearest first: trigger, its objects, then heads up to the clause verb."""
    path = [trigger]
    path += [c for c in trigger.children if c.dep_ in _OBJECT_DEPS]
    tok = trigger
    while tok.head.i != tok.i:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in _CLAUSE_DEPS:
            break
        tok = tok.head
        path.append(tok)
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("conj", "xcomp"):
            break
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
        ordered += sorted(by_head.get(tok.i, []), key=lambda p: (_RANK.get(p.relation, 99), p.start))
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
    for phrase in _ordered(phrases, _path(sent.doc[head_i])):
        found = gaz.geocode(phrase.name, prefer, text=sent.text)
        if found is not None:
            return found
    return None
