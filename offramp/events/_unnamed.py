"""Countries for actors the text leaves without one: unnamed people, officials and rebels take
the state of the place, the speaker or the story; a thing aimed at, the story's other state."""
from __future__ import annotations

from dataclasses import replace

from ..actors import is_state
from ..model import Actor
from ._placing import (_VERBAL, _home_country, _named_states, _sentence_country, _state_of,
                       _story_countries, _undated_home)
from ._words import words

WORDS = words("placing")


_AUTHORITY = {"GOV", "JUD", "COP", "LEG"}
_OUTLAWS = {"REB", "CRM", "UAF"}
_DOMESTIC = {"COERCE", "ACCUSE", "SANCTION", "REQUEST", "REJECT", "RETREAT", "CONCEDE"}


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
    # ("people in Somalia" are placed there, not a party named Somalia)
    party_words = {w for a in source + target for w in (a.text or "").split(" in ")[0].split()}
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
        if fill is None and all(a.sector in _AUTHORITY | {"MIL"} for a in target if _generic(a)):
            # "the FARC freed a police corporal": rebels hold and fight their own state's men
            fill = next((a.country for a in source if a.sector in _OUTLAWS and is_state(a.country)), None)
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
