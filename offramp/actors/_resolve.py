"""Find actor mentions in parsed sentences and resolve them to (country, sector, name).

Resolution runs once per document in text order, so that "Lavrov" after "Russian Foreign
Minister Sergei Lavrov" and "the official" after "a senior State Department official" can
borrow what the first mention said. Results are cached per token for the event stage.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..model import Actor, Document
from ._data import Entry, gazetteer, is_state

__all__ = ["resolve_document", "actors_of", "inner_actors", "matcher"]

_NP_LEFT = {"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "case", "punct",
            "advmod", "npadvmod", "cc", "conj", "prep", "pobj"}
_PRONOUNS = {"he", "she", "him", "her", "his"}
_PLURAL = {"they", "them", "their"}
_OFFICIAL_SECTORS = {"GOV", "MIL", "SPY", "COP", "LEG", "JUD", "PRM"}
_FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}
_COUNTRY_KINDS = {"name", "short", "demonym", "demonym_plural", "adj", "capital", "seat", "body"}


@lru_cache(maxsize=1)
def matcher():
    """PhraseMatchers for names (exact case) and sector words (lower case)."""
    from spacy.matcher import PhraseMatcher

    from ..nlp import get_nlp

    nlp = get_nlp()
    gaz = gazetteer()
    names = PhraseMatcher(nlp.vocab, attr="ORTH")
    names.add("N", [nlp.make_doc(t) for t in gaz.names])
    sectors = PhraseMatcher(nlp.vocab, attr="LOWER")
    sectors.add("S", [nlp.make_doc(t) for t in gaz.sectors])
    return names, sectors


def _pick(entries: list[Entry], date: str | None) -> Entry:
    """The entry valid on the document date; a person past their term keeps country only."""
    if len(entries) == 1 and entries[0].kind != "person":
        return entries[0]
    persons = [e for e in entries if e.kind == "person"]
    if persons and date:
        for e in persons:
            if (not e.valid_from or e.valid_from <= date) and (not e.valid_to or date <= e.valid_to):
                return e
        if all(e.valid_from and date < e.valid_from for e in persons):
            e = min(persons, key=lambda x: x.valid_from)  # not yet in office: no post, no "former"
            return Entry(kind="person", country=e.country, name=e.name)
        e = max(persons, key=lambda x: x.valid_to or "")
        return Entry(kind="person", country=e.country, sector="ELI", name=e.name, role=e.role)
    return persons[-1] if persons else entries[0]


class _State:
    def __init__(self, doc: Document):
        self.date = doc.date
        self.memory: dict[str, Actor] = {}
        self.last_person: Actor | None = None
        self.last_subject: Actor | None = None  # "he" prefers the last person in subject position
        self.people: list = []  # (k, token, actor) of each person named: "him" looks back
        self.last_state: Actor | None = None    # "it" → the last country or body as subject
        self.last_official: Actor | None = None  # "the foreign ministry" → that state's
        self.prev_official: Actor | None = None  # ... as of the sentence before
        self.opening: dict[tuple[int, int], str | None] = {}  # sentence start → state of "In Beijing, ..."
        self.last_plural = None  # (k, token): "they" → the last plural or coordinated subject
        self.resolved: dict[tuple[int, int], list[Actor]] = {}
        self.k = 0  # the sentence being resolved
        self.last_by_kind: dict[str, Actor] = {}  # "armed"/"body" → the last one named
        from collections import Counter
        self.country_counts: Counter = Counter()  # states mentioned so far: "both sides"
        self.cache: dict[int, list[Actor]] = {}   # id of spaCy token's doc & i → actors


def _doc_matches(sdoc) -> list[tuple[int, int, int, str]]:
    names, sectors = matcher()
    return ([(b - a, a, b, "name") for _, a, b in names(sdoc)]
            + [(b - a, a, b, "sector") for _, a, b in sectors(sdoc)])


_REGION_WORDS = {"Central", "Latin", "South", "North", "Pan", "Meso"}


def _matches(sent, doc_found):
    """token i → (kind, entry, span) for the longest gazetteer match covering it."""
    gaz = gazetteer()
    doc = sent.doc
    out: dict[int, tuple] = {}
    found = [f for f in doc_found if sent.start <= f[1] and f[2] <= sent.end]
    # longest first; of two as long, a name before a title ("[African Union] leaders"), and
    # the later one ("President [Xi Jinping]"): a name phrase ends in its head
    for n, a, b, kind in sorted(found, key=lambda x: (-x[0], x[3] != "name", -x[2])):
        if any(i in out for i in range(a, b)):
            continue
        text = doc[a:b].text
        entry = gaz.names.get(text) if kind == "name" else gaz.sectors.get(text.lower())
        if entry is None:
            continue
        if kind == "name" and _other_person(doc, a, b, entry):
            continue  # "Imran Rahim" is not Imran Khan: a first name of someone else
        if kind == "name" and a > sent.start and doc[a - 1].text in _REGION_WORDS \
                and all(e.kind in ("demonym", "demonym_plural", "adj") for e in entry):
            continue  # "Central American", "Latin Americans": a region's people, not the state's
        for i in range(a, b):
            out[i] = (kind, entry, (a, b))
    for t in sent:  # a name the parser was given as one token ("Save the Children")
        if t.i not in out and " " in t.text and (entry := gaz.names.get(t.text)):
            out[t.i] = ("name", entry, (t.i, t.i + 1))
    # "U.S.-Russia", "NATO-Russia": one token naming two actors
    for t in sent:
        if t.i not in out and "-" in t.text.strip("-"):
            parts = [gaz.names.get(p) for p in t.text.split("-")]
            if len(parts) >= 2 and all(parts):
                out[t.i] = ("pair", parts, (t.i, t.i + 1))
    return out


def _person_tail(tok) -> bool:
    """The surname after a first name the parser marked alone ("[Imran] Rahim"), which
    _other_person keeps from being a listed person."""
    if tok.pos_ != "PROPN" or tok.ent_type_ or tok.i == 0 or not tok.text.istitle():
        return False
    prev = tok.doc[tok.i - 1]
    return prev.ent_type_ == "PERSON" and prev.ent_iob_ == "B" and prev.dep_ == "compound" \
        and prev.head.i == tok.i and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_type_ != "PERSON")


def _other_person(doc, a, b, entries) -> bool:
    """A one-word alias of a listed person ("Imran", "Boris") that a name the list does not
    know goes on ("Imran Rahim"): someone else."""
    if b - a != 1 or b >= len(doc) or not all(e.kind == "person" for e in entries):
        return False
    nxt = doc[b]
    return nxt.pos_ == "PROPN" and nxt.ent_type_ in ("", "PERSON") and nxt.text.istitle() \
        and doc[a].dep_ == "compound" and doc[a].head.i >= b \
        and not any(nxt.text in (e.name or "").split() for e in entries)


# "Iranian-backed Houthi rebels", "the Russian-backed breakaway region": the patron is
# not the actor (it may be coded as supporting it, never as acting in its place)
_PATRON = {"back", "backed", "support", "supported", "sponsor", "sponsored", "fund", "funded",
           "finance", "financed", "arm", "armed", "train", "trained", "ally", "allied", "align",
           "aligned", "install", "installed", "inspire", "inspired"}


def _np_tokens(tok):
    """The tokens of the noun phrase headed by tok: left modifiers and appositions."""
    toks = [tok]
    for c in tok.lefts:
        if c.dep_ in _NP_LEFT and c.lemma_.lower() not in _PATRON:
            toks.extend(c.subtree)
    titled = tok.lower_ in gazetteer().sectors or tok.lower_ in _HEAD_OF
    # "In Addis Ababa, the AU's council demanded": a fronted place is not the one set beside it
    # (the parser may leave "In" without its object and make the place the subject)
    first = tok.sent.start
    fronted = tok.doc[first].lower_ in ("in", "at", "from") and tok.left_edge.i == first + 1
    for c in tok.rights:
        if c.dep_ == "appos" and not fronted or (c.dep_ == "prep" and c.lower_ == "of" and tok.ent_type_ == "ORG") \
                or (c.dep_ == "prep" and c.lower_ in ("for", "of") and titled) \
                or (c.dep_ == "prep" and c.lower_ == "from" and titled and (
                    tok.dep_ in ("nsubj", "nsubjpass") or _from_body(c))):
            # "a spokesman for the Russian defence ministry"; "officials from Russia said";
            # "received ministers from the Georgian government" (not "troops from Iraq")
            if not any(g.dep_ == "pcomp" for g in c.children):  # not "[the envoy] of ignoring ..."
                toks.extend(_phrase(c) if not (c.dep_ == "appos" and c.lemma_.lower() in _RELATIONS)
                            else [t for t in _phrase(c) if not any(  # "the US, an ally of the Philippines"
                                p.dep_ == "prep" and p.head.i == c.i and t in p.subtree for p in c.children)])
    return sorted(set(toks), key=lambda t: t.i)


# a description set beside a name that relates it to another party, who is not it: "the
# United States, a treaty ally of the Philippines", "Algeria, the Polisario's main backer"
_RELATIONS = {"ally", "neighbour", "neighbor", "partner", "backer", "supporter", "rival", "enemy", "foe",
              "friend", "critic", "adversary", "opponent", "patron", "sponsor", "buyer", "creditor"}


_SEAT_KINDS = {"body", "group"}


def _from_body(prep) -> bool:
    """"from the Georgian government", "from the foreign ministry": an institution, which
    people come from as its members (a place is only where they set out)."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    entry = gazetteer().sectors.get(obj.lower_) if obj is not None else None
    return entry is not None and entry.kind in _SEAT_KINDS and entry.sector in _OFFICIAL_SECTORS


def _is_ministry(entry: Entry) -> bool:
    """A body every state has one of: "foreign ministry", "ministry of defence", "the
    presidential office" (not an embassy, which sits abroad)."""
    return entry.kind == "body" and entry.sector in _OFFICIAL_SECTORS and (
        "ministry" in entry.role or "office" in entry.role or entry.role in _COMMANDS)


_COMMANDS = {"general staff", "high command", "military command"}


def _opening_state(sent, st: "_State") -> str | None:
    """The state of the capital or country a sentence opens in: "In Beijing, the ..."."""
    key = (id(sent.doc), sent.start)  # (each paragraph is a spaCy doc of its own)
    if key not in st.opening:
        found = None
        first = sent[0]
        if first.lower_ == "in" and len(sent) > 3:
            obj = next((c for c in first.children if c.dep_ == "pobj"), None)
            comma = obj is not None and obj.i + 1 < sent.end and sent.doc[obj.i + 1].text == ","
            entries = gazetteer().names.get(obj.text, []) if comma else []
            found = next((e.country for e in entries if e.kind in ("capital", "name")
                          and is_state(e.country)), None)
        st.opening[key] = found
    return st.opening[key]


def _phrase(tok) -> list:
    """tok's subtree without its clauses: "the bank, which was founded by X" is not X."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in ("relcl", "acl", "advcl", "ccomp") and not (
                c.dep_ == "amod" and c.lemma_.lower() in _PATRON) and not (
                c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children)):  # "[X] of ignoring ..."
            out.extend(_phrase(c))
    return out


def _actor_from(entry: Entry, text: str) -> Actor:
    return Actor(text=text, name=entry.name, country=entry.country, sector=entry.sector,
                 role=entry.role, org=entry.org)


_NAMED = {"ORG", "GPE", "NORP", "FAC"}


# "travelled to Geneva", "left for Doha": a trip's destination is a place, not a party
_GOING = {"travel", "go", "fly", "head", "come", "return", "leave", "depart", "trip", "visit",
          "journey", "move", "arrive", "relocate", "flee", "evacuate", "drive", "sail"}


def _primary_town(name: str) -> bool:
    """The offline gazetteer of places knows name as a town's own name."""
    try:
        from ..places import Gazetteer
    except ImportError:
        return False
    return Gazetteer.default().knows(name, primary_only=True)


def _named(tok, st: _State) -> list[Actor]:
    """A named entity the gazetteer does not know: an organisation with no country, or a
    town whose country the offline gazetteer of places gives ("Nablus" → PSE)."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or tok.i != _ent_head(ent).i:
        return []  # only the head of a name stands for it
    text = ent.text.strip()
    # "Kigali said" (metonymy), "shelled Kharkiv", "an attack on Belgorod", "aid to Gaza", "a
    # package for Mariupol": the town's state; "in Geneva" is a place, not a party. The small
    # model often calls a lone town name ORG or PERSON.
    aimed = tok.head.lower_ in ("on", "against", "into") or tok.head.lower_ in ("to", "for") \
        and tok.head.head.lemma_.lower() not in _GOING
    town = ent.label_ == "GPE" or ent.label_ in ("ORG", "PERSON") and len(ent) == 1 \
        and tok.dep_ == "pobj" and aimed and _primary_town(text)
    if town and (tok.dep_ in ("nsubj", "nsubjpass", "dobj") or tok.dep_ == "pobj" and aimed):
        try:
            from ..places import geocode
            loc = geocode(text)
        except ImportError:
            loc = None
        if loc is not None and loc.country:
            # a town an act is meant for is its people; one that acts or is struck, its rulers
            meant_for = tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for")
            return [Actor(text=text, country=loc.country, sector=None if meant_for else "GOV")]
        return []
    if ent.label_ == "GPE":
        return []
    if ent.label_ == "ORG" and len(text) > 2:
        known = st.memory.get("name:" + text)
        if known:
            return [known]
        owner = _owner(tok, st)
        if owner is not None:
            return [Actor(text=text, name=text, country=owner.country, org=owner.org)]
        return [Actor(text=text, name=text, country=_leading_state(ent) or _town_state(ent, tok, st))]
    return []


def _person_town(tok, st: "_State") -> Actor | None:
    """A "person" no one has named before, written where a place goes, that the gazetteer
    of places knows."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or tok.i != ent.end - 1 or st.memory.get("name:" + ent.text) \
            or st.memory.get("name:" + tok.text):
        return None
    country = _town_state(ent, tok, st)
    return Actor(text=ent.text, name=ent.text, country=country) if country else None


_FACILITIES = {"airport", "port", "seaport", "harbour", "harbor"}


def _facility_state(tok, st: "_State") -> str | None:
    """The state of the town an airport or port is named after ("Kismayo airport")."""
    words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not words:
        return None
    name = tok.doc[words[0].i:words[-1].i + 1].text
    known = next((e.country for e in gazetteer().names.get(name, [])
                  if e.kind in ("name", "capital") and is_state(e.country)), None)
    if known:
        return known
    try:
        from ..places import geocode
    except ImportError:
        return None
    loc = geocode(name, prefer_countries=[c for c, _ in st.country_counts.most_common(3)],
                  text=tok.sent.text)
    return loc.country if loc is not None and is_state(loc.country) else None


_AT_PLACE = {"in", "near", "at", "into", "around", "outside", "inside", "toward", "towards", "across",
             "through", "outskirts"}
_PLACE_PARTS = {"most", "much", "part", "rest", "outskirts", "town", "city", "village", "centre",
                "center", "street", "suburb", "heart", "province", "region", "district", "area",
                "port", "capital", "siege", "fall", "control"}


def _town_state(ent, tok, st: "_State") -> str | None:
    """The state of a town the parser took for an organisation or a person ("seized most
    of Goma", "an ambush near Gao"): only where a place is written ("near X", "the town of
    X"), never "met X" or "pressure on X" (a surname may be a town too), and never for a
    name with an organisation word in it ("Freedom Alliance")."""
    prep = tok.head
    if tok.dep_ != "pobj" or not (prep.lower_ in _AT_PLACE or prep.lower_ == "of"
                                  and prep.head.lemma_.lower() in _PLACE_PARTS):
        return None
    if any(t.text in _ORG_WORDS or not t.text[:1].isupper() for t in ent if t.pos_ != "DET"):
        return None
    try:
        from ..places import geocode
    except ImportError:
        return None
    loc = geocode(ent.text.strip(), prefer_countries=[c for c, _ in st.country_counts.most_common(3)],
                  text=tok.sent.text)
    return loc.country if loc is not None and is_state(loc.country) else None


def _owner(tok, st) -> Actor | None:
    """The possessor of an organisation with no country of its own: "the IAEA's Board of
    Governors", "the agency's Board of Governors"."""
    return next((o for c in tok.children if c.dep_ == "poss" and c.lower_ not in _PRONOUNS
                 for o in st.resolved.get((st.k, c.i), []) if o.country and not _is_person(o)), None)


def _possessor(tok, st) -> Actor | None:
    """The organisation that owns tok ("the CMPAJAC's chairman"), not a person, a pronoun or
    a state (whose titles the phrase path reads: "the two armies' directors general")."""
    return next((o for c in tok.children if c.dep_ == "poss" and c.lower_ not in _PRONOUNS
                 and c.lower_ not in ("its", "their")
                 for o in st.resolved.get((st.k, c.i), [])
                 if not _is_person(o) and not is_state(o.country)), None)


def _ent_head(ent):
    """The word that stands for a name: its last, or for an organisation the one the parse
    makes its head ("[Committee] for Open Courts")."""
    if ent.label_ == "ORG":
        heads = [t for t in ent if not ent.start <= t.head.i < ent.end or t.head.i == t.i]
        if len(heads) == 1:
            return heads[0]
    return ent[-1]


_ORG_WORDS = {"Network", "Coalition", "Committee", "Council", "Foundation", "Institute", "Initiative",
              "Alliance", "Association", "Federation", "Society", "Centre", "Center", "Trust", "Fund",
              "Forum", "Campaign", "Project", "Observatory", "Watch", "League", "Front", "Movement",
              "Commission", "Collective", "Coordination", "Platform", "Partnership"}
_NAME_PREPS = {"of", "for", "against", "without", "on"}
_NAME_GLUE = {"the", "of", "for", "against", "without", "on", "and", "&"}


def _unknown_org(tok, m):
    """The span of an organisation's name the parser did not mark as one, in subject
    position: capitalised words joined as "X for Y" ("Jurisdiction for Peace ordered"), or
    ending in an organisation word ("Open Courts Initiative said"); None if it is not one.
    No word of it may be a known name, a place, a person or a people ("Residents of Gaza")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("NOUN", "PROPN") \
            or not tok.text[:1].isupper() or tok.i in m or tok.ent_type_ not in ("", "ORG"):
        return None
    words = [tok]
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "det"):
            words.extend(c.subtree)
    preps = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ in _NAME_PREPS]
    for c in preps:
        words.extend(_phrase(c))
    words = sorted(set(words), key=lambda t: t.i)
    if words[-1].i - words[0].i + 1 != len(words):
        return None  # not one stretch of text
    while words and words[0].lower_ == "the":
        words = words[1:]
    content = [t for t in words if t.lower_ not in _NAME_GLUE]
    if len(content) < 2 or not (preps or content[-1].text in _ORG_WORDS):
        return None
    for t in content:
        hit = m.get(t.i)
        if t is content[0] and _body_abbrev(t, hit) and len(content) > 2:
            continue  # "the U.N. Conciliation Commission": a body's own organ
        if not t.text[:1].isupper() or t.pos_ not in ("NOUN", "PROPN", "ADJ") \
                or t.ent_type_ not in ("", "ORG") or hit and hit[0] != "sector":
            return None
    return tok.doc[words[0].i:words[-1].i + 1]


def _body_abbrev(t, hit) -> bool:
    """An international body's short name ("U.N.", "AU", "OSCE"), which opens the names of
    its organs and missions."""
    return bool(hit) and hit[0] == "name" and hit[2] == (t.i, t.i + 1) \
        and t.text.replace(".", "").isupper() and any(e.kind == "body" for e in hit[1])


def _leading_state(ent) -> str | None:
    """"Malaysia Airlines", "the Estonian Centre for Defence Investment": a body whose name
    opens with a state's name or adjective belongs to that state; "the UN Conciliation
    Commission" to the body it opens with (not "UN Watch", a watchdog of it)."""
    toks = [t for t in ent if t.pos_ != "DET"]  # "the", "All Pakistan Muslim League"
    gaz = gazetteer()
    if len(toks) > 2 and toks[-1].text != "Watch" and toks[0].text.replace(".", "").isupper():
        body = next((e for e in gaz.names.get(toks[0].text, []) if e.kind == "body"), None)
        if body is not None:
            return body.country
    for n in (2, 1):
        if len(toks) > n:
            for e in gaz.names.get(" ".join(t.text for t in toks[:n]), []):
                if e.kind in ("name", "demonym", "adj") and is_state(e.country):
                    return e.country
    return None


_SHARED_SEATS = {"Foreign Office", "Home Office", "Foreign Ministry", "Defence Ministry",
                 "Defense Ministry", "Interior Ministry"}
_SAME_ONE = {"same", "senior", "top", "second", "other", "first"}
_SAYING = {"say", "tell", "announce", "claim", "state", "insist", "warn", "add", "deny", "confirm",
           "report", "declare", "assert", "acknowledge", "admit"}
# "the group" after "Hezbollah", "the agency" after "UNHCR": the last actor of that kind
_GROUP_WORDS = {"group": "armed", "movement": "armed", "militia": "armed", "militias": "armed",
                "paramilitaries": "armed", "insurgents": "armed", "agency": "body",
                "organisation": "body", "organization": "body", "alliance": "body", "bloc": "body"}
_ARMED = {"REB", "PRM", "INS"}
_TWO_SIDES_HEADS = {"sides", "countries", "nations", "armies", "leaders", "delegations", "governments",
                    "parties", "neighbours", "neighbors", "rivals", "foes", "militaries", "presidents",
                    "ministers", "capitals", "states", "allies", "enemies", "adversaries"}
_TWO_SIDES_SECTOR = {"armies": "MIL", "militaries": "MIL", "leaders": "GOV", "delegations": "GOV",
                     "governments": "GOV", "presidents": "GOV", "ministers": "GOV"}


def _definite(tok) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ in ("compound", "amod", "poss") for c in tok.children)


def _two_sides(tok) -> bool:
    """"both sides", "the two countries", "the warring parties"."""
    mods = {c.lower_ for c in tok.children}
    # "two ministers resigned" is any two; "the two ministers" are the story's
    return bool(mods & {"both", "warring"} or "two" in mods and mods & {"the", "their"})


def _the_two(tok) -> bool:
    """"the two agreed to meet": the pair just named, with no noun after "two"."""
    return tok.lower_ == "two" and tok.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in tok.children)


_PAIRED_PEOPLE = {"leader", "president", "minister", "premier", "head", "man", "official"}


def _both_sides(tok, text, st: "_State", sector: str | None = None, people_only: bool = False) -> list[Actor]:
    """The two states the article is about so far, most mentioned first; but "spoke with
    Trump ... and the two leaders agreed": the two people's states the sentence has just named."""
    here: list[str] = []
    if tok.lemma_.lower() in _PAIRED_PEOPLE or tok.lower_ == "two":
        for k, t, a in st.people:
            if k == st.k and t.i < tok.i and is_state(a.country) and a.country not in here:
                here.append(a.country)
    if people_only and not here:  # "X met Y in California. The two agreed ...": the sentence before
        for k, t, a in st.people:
            if k == st.k - 1 and is_state(a.country) and a.country not in here:
                here.append(a.country)
    if people_only and len(here) != 2:
        return []
    top = here if len(here) == 2 else [c for c, _ in st.country_counts.most_common(2)]
    sector = sector or _TWO_SIDES_SECTOR.get(tok.lower_)
    return [Actor(text=text, country=c, sector=sector) for c in top] if len(top) == 2 else []


def _of_both_sides(tok, m):
    """The "both countries" of "the leaders of both countries", "officials from both sides",
    "both sides' negotiators", or None."""
    cands = [c for c in tok.children if c.dep_ == "poss"]
    cands += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "on", "in")
              for g in c.children if g.dep_ == "pobj"]
    return next((g for g in cands if g.lower_ in _TWO_SIDES_HEADS and _two_sides(g)
                 and g.i not in m), None)


def _controller(tok, st: "_State") -> list[Actor]:
    """"called on Rwanda to withdraw its forces", "urged Baku to pull its troops back": a
    possessive in an infinitive belongs to the one asked to act."""
    if tok.dep_ != "poss":
        return []
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    boss = verb.head
    obj = next((c for c in boss.children if c.dep_ in ("dobj", "dative")), None) or next(
        (g for c in boss.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
         for g in c.children if g.dep_ == "pobj"), None)
    return st.resolved.get((st.k, obj.i), []) if obj is not None else []


def _reporter(tok, st: "_State") -> list[Actor]:
    """The subject of the verb of saying whose reported clause holds tok as (the possessor
    of) its subject, with no other subject in between ("X said it had fired")."""
    clause = tok.head if tok.dep_ == "poss" else tok
    if clause.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = clause.head
    say = verb.head
    if verb.dep_ != "ccomp" or say.pos_ != "VERB" or say.lemma_.lower() not in _SAYING:
        return []
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in tok.doc[say.i + 1:clause.i]):
        return []  # "said: if India tries ..., it will ...": "it" is nearer to India
    subj = next((c for c in say.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > tok.i:
        return []
    acts = st.resolved.get((st.k, subj.i), [])
    if tok.lower_ in ("it", "its"):  # "it" is a state or body, never a person
        bodies = [a for a in acts if not _is_person(a)]
        acts = [a for a in bodies if a.country] or [a for a in bodies if a.sector and a.role is None]
        # ("The army said its troops ...": the army's, whoever's army the story makes it)
    return acts


def _is_person(a: Actor) -> bool:
    return bool(a.name) and a.role is not None


_BARE = {"name", "short", "demonym", "demonym_plural", "adj", "capital"}
_INSTITUTION = {"group", "body", "seat"}
_SPONSORED = {"backed", "sponsored", "supported", "funded", "armed", "trained", "allied", "aligned",
              "based"}  # "a UK-based group" is where it sits, not who it is


def _one_institution(countries: list[Entry], via: dict) -> list[Entry]:
    """"Israel's Mossad", "British Royal Marines", "Iranian-backed Hezbollah": a phrase that
    names an institution with a country is that institution alone; the state that owns or
    backs it is no second actor. Coordinated states ("Russia and Belarus") are other phrases."""
    named = {e.country for e in countries if e.kind in _INSTITUTION and e.country}
    if not named:
        return countries

    def sponsor(t) -> bool:  # "Iranian-backed": the backer is not the one acting
        return t is not None and (t.head.lower_ in _SPONSORED or any(
            n.lower_ in _SPONSORED for n in t.doc[t.i + 1:t.i + 3]))

    return [e for e in countries if e.kind not in _BARE
            or e.country not in named and not sponsor(via.get(e))]


_CHAMBERS = {"House", "Congressional"}  # "House Democrats": the US party still


def _generic_party(tok, e: Entry, m) -> bool:
    """"Democrats", "Republicans" after a name word of their own ("Christian Democrats",
    "Social Democrats") or another state's name ("Sweden Democrats") are another party."""
    if e.kind != "group" or e.sector != "PTY" or not tok.text.istitle():
        return False
    for c in tok.lefts:
        if c.dep_ not in ("compound", "amod") or not c.text[:1].isupper() or c.text in _CHAMBERS:
            continue
        hit = m.get(c.i)
        if hit is None or hit[0] == "name" and any(x.country != e.country for x in hit[1]):
            return True
    return False


_SPEAKERS = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespersons"}
# words that are a title only before "of" and a known name: "the head of the IAEA"
_HEAD_OF = {"head", "heads", "director", "directors", "boss", "bosses", "chairman", "chairmen",
            "chairwoman", "chairperson", "chair"}


def _head_of(tok, m) -> Entry | None:
    """A title for "the head of X", "the director of X" when X is a known actor (not "the
    head of the family", nor "shot in the head")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of" and any(t.i in m for t in _phrase(c)):
            return Entry(kind="title", sector="GOV", role=tok.lemma_.lower())
    return None


# titles whose holder serves the possessor: "his spokesman" is his country's
_STANDS_IN = {"deputy", "successor", "predecessor"}
_SERVING = _STANDS_IN | {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
                         "envoy", "emissary", "lawyer", "chief of staff", "press secretary"}


def _span_root(doc, span):
    """The word of doc[a:b] whose head lies outside it (the last one if none does)."""
    a, b = span
    return next((t for t in doc[a:b] if not a <= t.head.i < b or t.head.i == t.i), doc[b - 1])


def _appos_person(tok):
    """The person named in apposition to a title: "his deputy, David Mabuza"."""
    return next((c for c in tok.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                 and tok.doc[c.left_edge.i - 1].text == ","), None)


def _modifier(doc, span) -> bool:
    """Whether the words doc[a:b] only modify a word outside them ("Muslim" of "Muslim League")."""
    a, b = span
    return all(t.dep_ in ("compound", "amod", "nmod") for t in doc[a:b]) and \
        not all(a <= t.head.i < b for t in doc[a:b])


# "nearly 70 countries", "Gulf states", "Western powers": many states acting together
_COLLECTIVE = {"countries", "nations", "states", "powers", "governments", "republics", "monarchies",
               "democracies", "superpowers"}
# "powers" are states only with words that say so ("sweeping powers" are not)
_POWER_WORDS = {"western", "world", "major", "great", "foreign", "regional", "global", "european", "arab",
                "nuclear", "colonial", "outside", "islamic", "muslim", "asian", "african", "gulf", "big",
                "allied", "other", "several", "some", "many", "six", "five", "four", "three", "two"}
_VAGUE_DETS = {"the", "these", "those", "such", "this", "that"}
_STATES = Entry(kind="group", sector="GOV")


def _collective(tok, toks, m, text: str) -> list[Actor] | str | None:
    """"Nearly 70 countries", "several European governments", "Gulf states": GOV, with a
    country only when a state or body is named ("EU countries"); a word of region or people
    ("European", "Arab", "Soviet") is no single state ("named" when one is). None if tok is no such phrase: "the
    countries" alone points back to states named before, "the two countries" to both sides."""
    if tok.lower_ not in _COLLECTIVE or tok.tag_ not in ("NNS", "NNPS") or _two_sides(tok) \
            or _of_both_sides(tok, m) is not None:
        return None
    head = m.get(tok.i)
    if head is not None and (head[0] != "sector" or head[2] != (tok.i, tok.i + 1)):
        return None  # part of a name: "United States", "United Nations"
    if not _subject_like(tok):
        return None  # as an object ("a summit of neighbouring states") it is no one to code
    lefts = [c for c in tok.lefts if c.dep_ != "punct"]
    if not any(c.dep_ in ("amod", "compound", "nmod", "npadvmod") for c in lefts) and (
            not lefts or any(c.lower_ in _VAGUE_DETS for c in lefts)):
        return None  # "the three governments" are ones named before
    if tok.lower_ == "powers" and not any(w.lower_ in _POWER_WORDS or w.like_num or m.get(w.i)
                                            for c in lefts for w in c.subtree):
        return None
    for w in toks:
        hit = m.get(w.i)
        if hit is not None and hit[0] in ("name", "pair") and w.tag_ != "JJ" and w.ent_type_ != "NORP":
            return "named"  # "EU countries", "the governments of Mali and Niger": as any GOV phrase
    return [Actor(text=text, sector="GOV", role="collective")]


def _subject_like(tok) -> bool:
    """A subject, a subject's conjunct, or the agent of a passive ("condemned by ...")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "pobj" and tok.head.dep_ == "agent"


# "the Egyptian affiliate of the Islamic State", "the armed wing of Hamas"
_PARTS = {"affiliate", "affiliates", "branch", "branches", "wing", "wings", "faction", "factions",
          "offshoot", "offshoots", "arm", "cell", "cells", "chapter", "franchise", "splinter"}
_ARMED_WORDS = {"armed", "military", "militant", "paramilitary"}


def _part_of(tok, m, st: "_State") -> list[Actor]:
    """A part of a named group acts as that group: its sector and name; a nationality before
    the part gives its country ("the Pakistani branch of the Taliban" is PAK). An armed wing
    of a party or movement is a rebel force."""
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if prep is None:
        return []
    phrase = _phrase(prep)
    group = None
    for t in sorted(phrase, key=lambda x: x.i):
        hit = m.get(t.i)
        if hit and hit[0] == "name":
            e = _pick(hit[1], st.date)
            if e.kind in ("group", "body", "org"):
                group = e
            break  # only the first name: "a faction of the SPLA in Sudan"
    if group is None:
        obj = next((g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "ORG"), None)
        if obj is None:
            return []
        ent = next(e for e in tok.doc.ents if e.start <= obj.i < e.end)  # "a faction of the SPLA"
        group = Entry(kind="org", name=ent.text.removeprefix("the ").strip(), country=_leading_state(ent))
    country, sector = group.country, group.sector
    for c in tok.lefts:
        hit = m.get(c.i)
        if hit and hit[0] == "name" and c.dep_ in ("amod", "compound", "nmod"):
            e = _pick(hit[1], st.date)
            if e.kind in _BARE and is_state(e.country):
                country = e.country
        elif c.lower_ in _ARMED_WORDS and sector in (None, "PTY", "SOC", "OPP"):
            sector = "REB"
    doc = tok.doc
    text = doc[tok.left_edge.i:max(t.i for t in phrase) + 1].text
    return [Actor(text=text, name=group.name, country=country, sector=sector, org=group.org)]


# heads of a described organisation no gazetteer names: "an Iran-allied group", "the
# women-led Hirak movement", "a U.S. government watchdog agency"
_ORG_HEADS = {"group", "groups", "movement", "movements", "front", "agency", "agencies", "committee",
              "committees", "commission", "council", "coalition", "alliance", "network", "team",
              "command", "campaign", "association", "foundation", "outfit", "bloc"}


def _described_org(tok, m) -> bool:
    """An organisation word with words before it that say which one, in subject position
    ("an Iran-allied group said"), not "a group of protesters" (a quantity) nor "the group"
    (which points back)."""
    if tok.lower_ not in _ORG_HEADS or tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
        return False
    return any(c.dep_ in ("amod", "compound", "nmod", "npadvmod") or c.dep_ == "poss"
               and c.lower_ not in _PRONOUNS and c.lower_ not in ("its", "their") for c in tok.lefts)


def _proper_words(tok) -> str | None:
    """The capitalised words naming an organisation before its head ("Hirak" movement)."""
    words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(w.text for w in words) + " " + tok.text if words else None


# titles only one state uses (or a few), for when no state is named: "Secretary of State X"
_TITLE_HOMES = {"secretary of state": ("USA",), "deputy secretary of state": ("USA",),
                "secretary of defense": ("USA",), "secretary of war": ("USA",),
                "foreign secretary": ("GBR", "IND", "PAK", "BGD", "NPL", "LKA"),
                "home secretary": ("GBR", "IND", "PAK", "BGD")}


def _title_home(role: str | None, toks, st: "_State") -> str | None:
    """The state of a title only it (or one of a few) uses, the one the story names most
    ("Foreign Secretary" in an Indian story is India's); not the British "Secretary of
    State for Defence"."""
    homes = _TITLE_HOMES.get((role or "").lower().removeprefix("acting ").strip())
    if not homes:
        return None
    doc = toks[0].doc
    last = toks[-1].i
    if any(t.lower_ == "state" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "for" for t in toks) \
            or last + 1 < len(doc) and doc[last + 1].lower_ == "for":
        return None
    return max(homes, key=lambda c: (st.country_counts.get(c, 0), -homes.index(c)))


_WATERS = {"Sea", "Gulf", "Strait", "Straits", "Bay", "Ocean", "Sound", "Channel"}


# "his counterpart", "her rival": someone else's side
_ANOTHERS = {"counterpart", "rival", "opponent", "host", "guest", "visitor", "interlocutor", "critic",
             "enemy", "foe", "challenger"}


def _teller(tok, st: _State) -> Actor | None:
    """The named person whose clause holds tok: the subject of a verb above it."""
    t = tok
    while t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            if any(o.dep_ in ("dobj", "dative") and o.i < tok.i and o.ent_type_ == "PERSON" for o in t.children):
                return None  # "accused Putin of sending his forces", "told Erdogan that his forces": his?
            for s in t.children:
                if s.dep_ == "nsubj" and s.i != tok.i:
                    got = [a for a in st.resolved.get((st.k, s.i), []) if a.country and (a.name or a.role)]
                    if got:
                        return got[0]
    return None


# "the North", "the South": the state of a divided pair the story has named by its full name
_HALVES = {"North": ("PRK",), "South": ("KOR", "SSD")}


def _half(word: str, st: _State) -> str | None:
    named = [c for c in _HALVES[word] if st.country_counts.get(c)]
    return named[0] if len(named) == 1 else None


def _resolve_np(tok, m, st: _State) -> list[Actor]:
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.text in _WATERS:
        return []  # "the Sea of Japan", "the Gulf of Oman": a place's name, not the state
    toks = _np_tokens(tok)
    text = tok.doc[toks[0].i:toks[-1].i + 1].text.strip(" ,’'")
    if text.count("(") > text.count(")"):
        text = text + ")" if "(" in text[1:] else text.lstrip("(").strip()  # "the Organization (WHO"
    elif text.count(")") > text.count("("):
        text = text.rstrip(")").strip()
    head = m.get(tok.i)
    if head is None and tok.lower_ in _HEAD_OF and (title := _head_of(tok, m)):
        head = ("sector", title, (tok.i, tok.i + 1))  # "the head of the IAEA"
    low = tok.lower_
    if head is None and tok.text in _HALVES and tok.pos_ == "PROPN" and tok.i > 0 \
            and tok.doc[tok.i - 1].lower_ == "the" and (half := _half(tok.text, st)):
        return [Actor(text=text, country=half, sector="GOV")]  # "the North" in a story of the Koreas
    if head is None and tok.ent_type_ in _NAMED and tok.pos_ == "PROPN":
        found = _named(tok, st)
        if found and tok.dep_ in ("nsubj", "nsubjpass") and not found[0].country:
            st.last_state = found[0]  # "Amnesty International said it ..."
        return found
    if head is None and tok.ent_type_ == "PERSON" and (town := _person_town(tok, st)):
        return [town]  # "an ambush near Gao": a town the parser took for a person
    if head is None and (low in _PLURAL or low in ("it", "its")):
        said = _reporter(tok, st) or _controller(tok, st)  # "the Houthis said it had fired"
        if said:
            return [Actor(**a.__dict__) for a in said]
    if head is None and (low == "them" or low == "they" and (
            st.last_plural is None or st.last_plural[0] != st.k)) and (near := _object_antecedent(tok, st)):
        return [Actor(**p.__dict__) for p in near]
    if low in _PLURAL and head is None:
        # a pronoun is coded as what it stands for: the antecedent's words, not "they"
        return [Actor(**p.__dict__) for p in _plural_antecedent(st)]
    if head is None and _the_two(tok):
        return _both_sides(tok, text, st, people_only=True)  # "the two" are two people just named
    if head is None and tok.lower_ in _TWO_SIDES_HEADS and _two_sides(tok):
        return _both_sides(tok, text, st)
    if low in _GROUP_WORDS and _definite(tok) and (head is None or head[0] == "sector"
                                                   and head[2] == (tok.i, tok.i + 1)):
        # "the militia" is also a sector word: the generic one only when none was named
        p = st.last_by_kind.get(_GROUP_WORDS[low])
        if p or head is None:
            return [Actor(**{**p.__dict__, "text": p.text})] if p else []
    if head is None and tok.pos_ == "NOUN" and (ap := _appos_person(tok)) is not None:
        # "Netanyahu's rival, Benny Gantz": the person the apposition names
        return [Actor(**{**a.__dict__, "text": text}) for a in _resolve_np(ap, m, st)]
    if head is None and (span := _unknown_org(tok, m)) is not None:
        # an organisation the parser did not find: "Jurisdiction for Peace ordered"
        name = span.text
        known = st.memory.get("name:" + name)
        owner = _owner(tok, st)
        found = Actor(**known.__dict__) if known else Actor(
            text=name, name=name, country=owner.country if owner else _leading_state(span),
            org=owner.org if owner else None)
        st.memory["name:" + name] = found
        if not found.country:
            st.last_state = found  # "X said it"
        return [found]
    if head is None and low in _HEAD_OF and (boss := _possessor(tok, st)) is not None:
        # "the movement's chairman": the head of an organisation speaks as it
        return [Actor(text=text, country=boss.country, sector=boss.sector, org=boss.org,
                      role=tok.lemma_.lower())]
    if head is None and low in _PARTS and (part := _part_of(tok, m, st)):
        return part  # "the Egyptian affiliate of the Islamic State": that group
    if (head is None or head[0] == "sector") and (many := _collective(tok, toks, m, text)) is not None:
        if many != "named":
            return many  # "nearly 70 countries", "Gulf states"
        head = head or ("sector", _STATES, (tok.i, tok.i + 1))
    org_head = head is None and _described_org(tok, m)  # "an Iran-allied group"
    if head is None and tok.pos_ == "PROPN" and not tok.ent_type_ and (
            known := st.memory.get("name:" + tok.text)) is not None and known.name \
            and tok.text in known.name.split():
        # a surname named before that the parser did not mark as a name this time ("Rahim said")
        return [Actor(**{**known.__dict__, "text": tok.text})]
    if head is None and low in _FACILITIES and tok.dep_ in ("nsubj", "nsubjpass") and (
            site := _facility_state(tok, st)):
        # "Kismayo airport refused to let the plane land": those who run it, of its town's state
        return [Actor(text=text, country=site, sector="GOV")]
    if head is None and not org_head and tok.ent_type_ != "PERSON" and not _person_tail(tok) \
            and low not in _PRONOUNS \
            and low not in ("it", "its"):
        return []
    if low in _PRONOUNS and head is None:
        p = _object_person(tok, st) if tok.dep_ in _OBJECTS else st.last_subject or st.last_person
        return [Actor(**p.__dict__)] if p else []
    if low in ("it", "its") and head is None:
        # "Iran said it would ...", "Sudan ... its army": the last state in subject position
        p = st.last_state
        if p is None:
            return []
        return [Actor(text=p.text, country=p.country, org=p.org,
                      name=None if p.country else p.name)]
    if head is not None and head[0] == "sector" and (pair := _of_both_sides(tok, m) or (
            tok if tok.lower_ in _TWO_SIDES_HEADS and _two_sides(tok)
            and not any(m.get(c.i, ("",))[0] in ("name", "pair") for c in tok.children) else None)):
        # "the leaders of both countries", "officials from both sides": one each
        entry = head[1]
        role = entry.role if entry.kind == "title" else None
        found = _both_sides(pair, text, st, sector=entry.sector)
        for a in found:
            a.role = role
            a.anonymous = bool(role and a.sector in _OFFICIAL_SECTORS)
        return found
    countries: list[Entry] = []
    name = None
    person: Entry | None = None
    sector: Entry | None = None
    seen_spans = set()
    via: dict[Entry, object] = {}  # which token named each of countries
    mod_sector: Entry | None = None  # the body before the head: "the army's spokesman"
    ministry = False  # a state's ministry with no state named: "the foreign ministry"
    if head is not None and head[0] == "sector" and tok.i not in m:
        sector = head[1]  # "the head of ..."
    for t in toks:
        hit = m.get(t.i)
        if not hit or hit[2] in seen_spans:
            continue
        seen_spans.add(hit[2])
        kind, entry = hit[0], hit[1]
        if kind == "pair":
            return [_actor_from(_pick(e, st.date), tok.text) for e in entry]
        if kind == "sector":
            ministry = ministry or _is_ministry(entry)
            modifier = _modifier(tok.doc, hit[2])
            if hit[2][1] <= tok.i and entry.kind != "title":
                mod_sector = entry
            if modifier and entry.kind == "group" and entry.sector == "CVL" and t.text[:1].isupper():
                continue  # "Muslim League", "a Sunni party": a community word as adjective
            if sector is None or t.i == tok.i or hit[2][1] > tok.i and not modifier:
                sector = entry  # "a spokesman for the defence ministry": its head word
            continue
        e = _pick(entry, st.date)
        if t.i == tok.i and hit[2] == (tok.i, tok.i + 1) and _generic_party(tok, e, m):
            # "the Christian Democrats", "Sweden Democrats": not the US party
            sector = Entry(kind="group", sector="PTY")
            if not any(m.get(c.i) for c in tok.lefts):
                name = " ".join(x.text for x in toks if x.dep_ in ("compound", "amod") or x.i == tok.i)
            continue
        root = _span_root(tok.doc, hit[2])
        if e.kind == "capital" and root.dep_ == "compound" and root.head.pos_ == "PROPN":
            continue  # "Vienna Document", "Minsk Group": a name, not the government
        if e.kind == "seat" and tok.doc[hit[2][0]:hit[2][1]].text in _SHARED_SEATS \
                and not st.country_counts.get(e.country):
            # "the Foreign Office" of a Pakistani story is Pakistan's: British only when
            # Britain is in the story
            sector = sector or Entry(kind="body", sector=e.sector)
            ministry = True
            continue
        if e.kind == "person" and t.i != tok.i and hit[2][1] <= tok.i and (
                _span_root(tok.doc, hit[2]).dep_ == "poss" or head is not None and head[0] == "sector"):
            # "Putin's spokesman", "the Biden administration": his country, not him
            countries.append(Entry(kind="name", country=e.country))
            via[countries[-1]] = t
            continue
        if e.kind in ("person", "org"):
            person = e
        elif t.dep_ == "poss" and countries and t.i != tok.i:
            continue
        else:
            countries.append(e)
            via[e] = t
    countries = _one_institution(countries, via)
    named = tok if tok.ent_type_ == "PERSON" or _person_tail(tok) else _appos_person(tok)
    if named is tok and head is not None and head[0] == "name" and not any(
            e.kind == "person" for e in head[1]):
        named = None  # "Havana" tagged as a person is still the capital
    if person is None and named is not None:
        # "President X", and a title's apposition: "his deputy, David Mabuza"
        ent = next((e for e in tok.doc.ents if e.start <= named.i < e.end), None)
        name = ent.text if ent is not None else named.text
        if ent is None and _person_tail(named):
            name = tok.doc[named.i - 1:named.i + 1].text  # "Imran Rahim"
        known = st.memory.get("name:" + named.text) or st.memory.get("name:" + name)
        if known is not None:
            person = Entry(kind="person", country=known.country, sector=known.sector,
                           name=known.name, role=known.role)
    if sector is not None and tok.lower_ in _SPEAKERS and mod_sector is not None:
        # "the army's spokesman", "a court spokeswoman": the sector spoken for
        sector = Entry(kind=sector.kind, sector=mod_sector.sector, role=sector.role)
    base_sector = sector.sector if sector else None
    role = sector.role if sector and sector.kind == "title" else None
    actors: list[Actor] = []
    if countries:
        for e in countries:
            # "Boko Haram commanders" are rebels whatever their rank
            sec = e.sector if e.kind == "group" and e.sector else \
                base_sector or (person.sector if person else None) or e.sector
            actors.append(Actor(text=text, name=(person.name if person else name) or e.name,
                                country=e.country, sector=sec, role=role or (person.role if person else None),
                                org=e.org))
    elif person is not None:
        actors.append(Actor(text=text, name=person.name or name, country=person.country,
                            sector=base_sector or person.sector, role=role or person.role,
                            org=person.org))
    elif sector is not None or name:
        # "the official" after "a senior State Department official"; not "western forces"
        # after "British forces": a qualified mention is someone else
        qualified = any(c.dep_ == "amod" and c.i < tok.i and c.lower_ not in _SAME_ONE for c in tok.children) \
            or any(c.dep_ == "prep" and c.lower_ in ("in", "from", "at") and any(
                g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children) for c in tok.children)
        # ("police in Pemba" are the police of that place, not the last police named)
        remembered = st.memory.get("role:" + tok.lemma_.lower()) if sector and not qualified else None
        # "Israel said its jets struck": Israeli jets; "Ramaphosa ... his deputy": South
        # Africa's, and so is "his spokesman"; not "his counterpart"
        mine = ("its", "their") + (("his", "her") if name or tok.lemma_.lower() in _SERVING else ())
        # "the bloc's special envoy": the body "the bloc" points back to
        owner = next((o for c in tok.children
                      if c.dep_ == "poss" and (c.lower_ in mine or c.lower_ in _GROUP_WORDS or c.text in _HALVES)
                      for o in st.resolved.get((st.k, c.i), []) if o.country), None)
        if owner is None and tok.lemma_.lower() not in _ANOTHERS and any(
                c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children):
            owner = _teller(tok, st)  # "Deby warned that his forces would pursue": Deby's
        if owner is not None:
            remembered = owner
            if tok.lemma_.lower() in _STANDS_IN and owner.sector:
                base_sector = owner.sector  # the president's deputy is no member of parliament
        a = Actor(text=text, name=name, sector=base_sector, role=role)
        if owner is not None and name is not None:
            a.country = owner.country
        elif remembered is not None and name is None:
            a.country = remembered.country
            a.sector = a.sector or remembered.sector
        elif tok.lower_ in ("peacekeepers", "peacekeeper") and name is None:
            a.country = "UN"  # unqualified peacekeepers are the UN's ("Russian peacekeepers" are not)
        actors.append(a)
    if org_head and not actors:
        # an organisation known only by what the sentence says of it: its own words, or
        # its owner's state ("the bloc's commission")
        owner = _owner(tok, st)
        actors.append(Actor(text=text, name=_proper_words(tok), org=owner.org if owner else None,
                            country=owner.country if owner else _leading_state(toks)))
    if role and actors and all(a.country is None for a in actors) and (
            home := _title_home(role, toks, st)):
        for a in actors:  # "Secretary of State Mike Pompeo": the US's
            a.country = home
    if actors and all(a.country is None for a in actors) and tok.dep_ == "nsubj" and tok.head.i == tok.sent.root.i \
            and all(a.sector in _OFFICIAL_SECTORS for a in actors) and (home := _opening_state(tok.sent, st)):
        for a in actors:  # "In Khartoum, presidential adviser Mustafa Osman Ismail scoffed"
            a.country = home
    if ministry and actors and all(a.country is None for a in actors):
        # "Iraq's foreign minister dismissed it ... The foreign ministry summoned": the
        # ministry of the state last acting, or of the capital the sentence opens in
        home = _opening_state(tok.sent, st) or (st.prev_official.country if st.prev_official else None)
        for a in actors:
            a.country = home
    # dedupe coordinated modifiers naming the same country
    uniq, keys = [], set()
    for a in actors:
        if (a.country, a.sector, a.name) not in keys:
            keys.add((a.country, a.sector, a.name))
            uniq.append(a)
    for a in uniq:
        a.anonymous = bool(role and not a.name and sector and sector.kind == "title"
                           and a.sector in _OFFICIAL_SECTORS)
        if a.name:
            st.memory["name:" + a.name] = a
            st.memory["name:" + a.name.split()[-1]] = a
            if tok.pos_ == "PROPN" and a.country and tok.dep_ != "compound" and tok.text != a.name.split()[-1]:
                st.memory.setdefault("name:" + tok.text, a)  # "Idriss Deby" listed as Déby: "Deby said"
            # "he" is a person: not "the Secret Service", not "Hezbollah"
            if a.country and (person is not None and person.kind == "person" or named is not None):
                parts = a.name.split()
                if len(parts) in (2, 3) and parts[0][:1].isupper() and parts[0].isalpha():
                    # "Cheng Wei ... Cheng said": names that put the family name first
                    st.memory.setdefault("name:" + parts[0], a)
                st.last_person = a
                st.people.append((st.k, tok, a))
                if tok.dep_ in ("nsubj", "nsubjpass") and not _reported(tok):
                    st.last_subject = a
        elif a.anonymous and a.country and tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "NN":
            st.last_subject = a  # "Pakistan's defence minister accused ... he said": he
        if not a.name and a.country and tok.tag_ == "NN" and sector is not None and sector.role:
            st.people.append((st.k, tok, a))  # "charged the Dutch sailor ... convicted him"
        if sector and a.country:
            st.memory["role:" + tok.lemma_.lower()] = a
        if is_state(a.country) and tok.dep_ in ("nsubj", "nsubjpass") and (
                a.sector in _OFFICIAL_SECTORS or tok.pos_ == "PROPN" and not a.name):
            st.last_official = a  # a state's official, body or the state itself, as subject
        if a.country and person is None and tok.dep_ in ("nsubj", "nsubjpass") and (
                tok.pos_ == "PROPN" or tok.tag_ == "NN" and sector is not None and sector.kind != "title"):
            st.last_state = a  # "Iran said it", "the Iraqi military says it"
    return uniq


def resolve_document(doc: Document) -> None:
    """Resolve every candidate actor token of the document, in text order."""
    st = _State(doc)
    cache: dict[tuple[int, int], list[Actor]] = st.resolved
    per_doc: dict[int, list] = {}
    for k, sent in enumerate(doc.work.get("sents", [])):
        if id(sent.doc) not in per_doc:
            per_doc[id(sent.doc)] = _doc_matches(sent.doc)
        st.k = k
        st.prev_official = st.last_official  # not "X's envoy was summoned by the ministry"
        m = _matches(sent, per_doc[id(sent.doc)])
        doc.work.setdefault("matches", {})[k] = m
        for t in sent:
            if t.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "X") or t.i in m or _the_two(t):
                acts = _resolve_np(t, m, st)
                if acts:
                    cache[(k, t.i)] = acts
                    _remember(st, t, acts)
                    if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in _PLURAL and (
                            t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)):
                        st.last_plural = (k, t)
    _displaced_origins(doc, cache)
    doc.work["actors"] = cache


_FLEEING = {"flee", "escape", "leave"}


def _displaced_origins(doc: Document, cache) -> None:
    """"3,000 refugees from Burkina Faso", "villagers fleeing Myanmar": uprooted people with no
    country of their own are of the state they left."""
    sents = doc.work.get("sents", [])
    for (k, i), acts in list(cache.items()):
        if not any(a.sector == "REF" and a.country is None for a in acts):
            continue
        tok = sents[k].doc[i]
        holders = [tok] + ([tok.head] if tok.dep_ == "dobj" else [])  # "took in refugees from X"
        origin = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                  for g in c.children if g.dep_ == "pobj"]
        origin += [g for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in _FLEEING
                   for g in c.children if g.dep_ == "dobj"]
        states = [a.country for g in origin for a in cache.get((k, g.i), []) if is_state(a.country)]
        if states:
            cache[(k, i)] = [replace(a, country=states[0]) if a.sector == "REF" and a.country is None
                             else a for a in acts]


def _remember(st: _State, tok, acts: list[Actor]) -> None:
    if tok.lower_ in _PRONOUNS or tok.lower_ in _PLURAL or tok.lower_ in ("it", "its"):
        return
    for a in acts:
        if is_state(a.country) and (tok.pos_ == "PROPN" or tok.dep_ == "amod"):
            st.country_counts[a.country] += 1
        if a.country and a.sector in _ARMED:
            st.last_by_kind["armed"] = a
        elif a.country and (not is_state(a.country) or a.org) and tok.pos_ == "PROPN":
            st.last_by_kind["body"] = a


_OBJECTS = {"dobj", "pobj", "dative", "iobj"}


def _object_person(tok, st: _State) -> Actor | None:
    """"Putin met Macron and praised him": an object pronoun is the last person named who
    is not the subject of its own verb (that would be "himself")."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)  # "met X and praised him": met's subject too
    own = {c.i for v in chain for c in v.children if c.dep_ in ("nsubj", "nsubjpass")}
    for k, t, a in reversed(st.people):
        if k == st.k and (t.i in own or t.i > tok.i):
            continue
        return a
    return None


def _reported(subj) -> bool:
    """The subject of a clause someone reports ("Stoltenberg said that Erdogan would ..."):
    the next sentence's "he" is the one who said it, not the one spoken of."""
    verb = subj.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp"


def _object_antecedent(tok, st: _State) -> list[Actor]:
    """"expelled two diplomats, accusing them of spying": "them" is the nearest plural
    named earlier in its sentence, never its own clause's subject."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subj = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    for t in reversed(tok.sent[:tok.i - tok.sent.start]):
        if t.i in subj or t.dep_ == "conj" or not (
                t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)):
            continue
        found = st.resolved.get((st.k, t.i))
        if found:
            out = list(found)
            for c in t.children:
                if c.dep_ == "conj":
                    out += st.resolved.get((st.k, c.i), [])
            return out
    return []


def _plural_antecedent(st: _State) -> list[Actor]:
    """The actors of the last plural subject and its conjuncts ("Russia and Belarus")."""
    if st.last_plural is None:
        return []
    k, t = st.last_plural
    out, stack = [], [t]
    while stack:
        x = stack.pop(0)
        out.extend(st.resolved.get((k, x.i), []))
        stack.extend(c for c in x.children if c.dep_ == "conj")
    return out


def actors_of(doc: Document, k: int, tok) -> list[Actor]:
    """Actors named by the noun phrase headed by tok (sentence k), coordination included."""
    cache = doc.work.get("actors", {})
    out: list[Actor] = []
    stack = [tok]
    while stack:
        t = stack.pop(0)
        out.extend(cache.get((k, t.i), []))
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return out


_INNER_PREPS = ("of", "to", "for", "on", "against", "from", "with", "at", "toward", "towards", "between",
                "by")  # "a motion by Mubarak", "demands by protesters"
QUANTITY = {"thousands", "hundreds", "dozens", "millions", "scores", "tens", "group", "groups",
            "number", "crowd", "crowds", "wave", "convoy", "column", "unit", "delegation"}


def inner_actors(doc: Document, k: int, tok, depth: int = 3, exclude=frozenset()) -> list[Actor]:
    """Actors inside a non-actor phrase: "the Kremlin's demands", "expansion of NATO".

    exclude: countries that do not count ("lifted its ban on X": "its" is the source).
    """
    def keep(a):  # "its ban" is the source itself; "Iran's prisoners" are other Iranians
        return a.country not in exclude or not a.country or a.sector or a.name

    own = [a for a in actors_of(doc, k, tok) if keep(a)]
    if own or depth == 0:
        return own
    out: list[Actor] = []
    for c in tok.children:  # "his rival, Laurent Gbagbo": the apposition names him, not "his"
        if c.dep_ == "appos":
            out.extend(a for a in actors_of(doc, k, c) if keep(a))
    mods = [] if out else [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod", "amod")]
    for c in mods:
        pronoun = c.lower_ in _PRONOUNS or c.lower_ in ("its", "their")
        out.extend(a for a in actors_of(doc, k, c) if keep(a) and not (pronoun and a.country in exclude))
    for c in tok.children:
        if not out and c.dep_ == "prep" and c.lower_ in _INNER_PREPS:
            for g in c.children:
                if g.dep_ == "pobj":
                    out.extend(inner_actors(doc, k, g, depth - 1, exclude))
    return out
