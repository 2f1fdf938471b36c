"""Where the parties of an act sit in the parse: the subject of its clause (climbing through
infinitives, coordination and reported speech), the objects of its prepositions, the actors
inside a noun phrase, and the speaker a claim belongs to. Every argument rule asks these."""
from __future__ import annotations

from dataclasses import replace

from ..actors import actors_of, inner_actors, is_state
from ..model import Actor
from ._modality import HINDER, SPEECH, reported_conj
from ._trigger import _is_speech, _lookup
from ._words import words

WORDS = words("arguments")


_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CLIMB = ("xcomp", "advcl", "conj", "pcomp", "relcl", "acl", "ccomp", "prep", "pobj", "dobj",
          "advmod", "npadvmod", "attr", "appos", "acomp")


POSSESSIVE = WORDS.possessive


def _appos_subject(verb):
    """"Since detaining President Bazoum, the junta has revoked ...": the parser hangs the
    subject on the object before it as an apposition and leaves the verb with none."""
    first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")])
    when = [c for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.i < first
            and c.right_edge.i == first - 1 and c.right_edge.i - c.left_edge.i < 4
            and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)]
    if when:  # "In Addis Ababa, the AU's council on Tuesday demanded": past the time phrase
        first = when[0].left_edge.i
    if first == verb.sent.start or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    prev = verb.doc[first - 1]
    a = next((t for t in [prev, *prev.ancestors] if t.dep_ == "appos"), None)
    if a is None or a.right_edge.i != first - 1 or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in a.children) and a.left_edge.lower_ != "the":
        return None
    return a


def _subject(tok, depth: int = 0):
    """The subject token of tok's clause, climbing through infinitives and coordination."""
    for c in tok.children:
        if c.dep_ in ("nsubj", "csubj") or depth > 0 and c.dep_ == "nsubjpass" and \
                any(x.dep_ == "xcomp" for x in tok.children):
            if c.lower_ in WORDS.relative and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
                # "the United States, which suspended aid": its antecedent; "Hungary, the only
                # member that has not approved": the name the description is set beside
                ante = tok.head
                return ante.head if ante.dep_ == "appos" and ante.head.pos_ == "PROPN" else ante
            first = c.sent.start
            if c.doc[first].lower_ in ("in", "at") and c.left_edge.i == first + 1 and (
                    beside := next((a for a in c.children if a.dep_ == "appos"), None)) is not None:
                return beside  # "In Addis Ababa, the AU's council demanded": "In" left without its place
            return c  # "India and Pakistan are expected to hold talks"
    if tok.dep_ == "nsubjpass":
        return None
    if tok.head.i == tok.i and (lost := _appos_subject(tok)) is not None:
        return lost
    if depth > 6 or tok.head.i == tok.i:
        return None
    if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "plans to attack": whose plans — the possessor, or the subject of the clause
        poss = next((c for c in tok.head.children if c.dep_ == "poss"), None)
        return poss if poss is not None else _subject(tok.head, depth + 1)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj" and tok.head.head.pos_ == "VERB" \
            and tok.head.lemma_.lower() in WORDS.enacted and tok.head.head.lemma_.lower() in WORDS.enacting:
        return _subject(tok.head.head, depth + 1)  # "Putin signed a law banning imports": Putin bans
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        if tok.tag_ == "VBG" and prev is not None and prev.pos_ in ("NOUN", "PROPN") \
                and prev.i != tok.head.i and prev.head.i != tok.i:
            return prev  # "the crisis over troops amassing near ...": the parser attached high
        return tok.head  # "troops amassing near ...", "forces that crossed ..."
    if tok.dep_ == "xcomp":
        obj = next((c for c in tok.head.children if c.dep_ in ("dobj", "dative")
                    and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if obj is None:  # "called on Rwanda to withdraw": Rwanda would withdraw
            obj = _on_whom(tok)
        if obj is not None:
            return obj  # "Egypt urged Israel to halt the offensive": Israel would halt it
    if tok.dep_ == "advcl" and tok.head.lemma_.lower() in ("call", "prevail") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and (obj := _on_whom(tok)) is not None:
        return obj  # parsed as a purpose clause: "called on Tanzania to let them in"
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for") and tok.head.head.dep_ == "dobj" \
            and tok.head.head.head.lemma_.lower() in WORDS.accusing:
        return tok.head.head  # "accused the ambassador [of ignoring ...]", hung on the noun
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for") and tok.head.head.pos_ == "VERB" \
            and not any(c.lower_ == "instead" for c in tok.head.children) \
            or tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in HINDER:
        # (but "struck Lebanon instead of striking Iran": the one who struck)
        obj = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj  # "accused Azerbaijan of massing troops": Azerbaijan masses them
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and tok.head.head.lower_ == "out" \
            and tok.head.head.head.pos_ == "VERB" and (obj := next(
                (c for c in tok.head.head.head.children if c.dep_ == "dobj"), None)) is not None:
        return obj  # "talked Israel out of striking": Israel would have struck
    if (sayer := _sayer_of_conj(tok)) is not None:
        return _subject(sayer, depth + 1)
    if tok.dep_ in _CLIMB:
        h = tok.head
        if h.lemma_.lower() in SPEECH and tok.dep_ == "ccomp":
            return None  # a reported clause has its own subject; don't borrow the speaker
        return _subject(h, depth + 1)
    return None


def _on_whom(tok):
    """"called on Rwanda to withdraw": the one called on, or None."""
    return next((g for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                 for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")), None)


def _pobjs(tok, preps) -> list:
    out = []
    for c in tok.children:
        if (c.dep_ in ("prep", "agent") or c.dep_ == "dative" and c.pos_ == "ADP") \
                and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
            out.extend(o for g in c.children if g.dep_ == "pcomp" and (o := _what_called(g)) is not None)
    return out


def _what_called(clause):
    """"fired at what it called militant bases in Pakistan": the thing named is the object."""
    if any(w.lower_ == "what" and w.dep_ in ("dobj", "nsubjpass") for w in clause.children):
        return next((o for o in clause.children if o.dep_ == "oprd"), None)
    return None


def _adjacent_pobjs(tok, preps) -> list:
    """A PP right after a noun but attached to its verb ("rejected the demands for X")."""
    end = max(t.i for t in tok.subtree) + 1
    if end >= tok.sent.end:
        return []
    nxt = tok.doc[end]
    if nxt.dep_ == "prep" and nxt.lower_ in preps and nxt.head.i == tok.head.i:
        return [g for g in nxt.children if g.dep_ == "pobj"]
    return []


def _acts(doc, k, toks, inner=True, exclude=frozenset()) -> list[Actor]:
    out: list[Actor] = []
    for t in toks:
        got = inner_actors(doc, k, t, exclude=exclude) if inner else actors_of(doc, k, t)
        out.extend(_placed_people(doc, k, t, got, exclude))
    return out


_PEOPLE = {"UNK", "CVL", None}


def _placed_people(doc, k, tok, acts: list[Actor], exclude=frozenset()) -> list[Actor]:
    """"people in Somalia, Ethiopia and Kenya": unnamed people of no state are the people of
    each state the phrase places them in."""
    if not acts or any(a.country or a.name or a.sector not in _PEOPLE or a.role for a in acts):
        return acts
    where = ("in", "across", "throughout")  # (the parser may hang the place on the verb)
    states = [a for g in _pobjs(tok, where) + _adjacent_pobjs(tok, where) for a in actors_of(doc, k, g)
              if is_state(a.country) and a.country not in exclude]  # ("spoke to supporters in Caracas")
    if not states:
        return acts
    return [replace(a, country=s.country, text=f"{a.text} in {s.text}") for a in acts for s in states]


def _modifier_actors(doc, k, tok) -> list[Actor]:
    """Actors in a noun's pre-modifiers: "U.S.-Russia talks", "Russian invasion"."""
    out: list[Actor] = []

    def walk(t):
        yield t
        for c in t.children:
            if c.dep_ not in ("prep", "relcl", "acl", "advcl"):  # stay inside the noun phrase
                yield from walk(c)

    for c in tok.lefts:
        if c.dep_ in ("poss", "compound", "nmod", "amod"):
            for t in walk(c):
                out.extend(a for a in actors_of(doc, k, t) if a not in out and a.country)
    return out


def _anti_actors(doc, k, tok) -> list[Actor]:
    """Actors in an "anti-X" pre-modifier of a noun act."""
    out: list[Actor] = []
    for t in tok.subtree:
        if t.i >= tok.i:
            break
        if t.i >= 2 and t.nbor(-1).text == "-" and t.nbor(-2).lower_ == "anti" or t.lower_.startswith("anti-"):
            out.extend(a for a in actors_of(doc, k, t) if a.country and a not in out)
    return out


# acts a sayer does by speaking: the sayer's own next act, what a stance word names
_SAYERS_ACTS = {"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}


def _sayer_of_conj(tok):
    """The verb of saying whose own act tok is (see reported_conj), when tok is an act of
    speech ("and called on Naypyitaw to ..."); else None."""
    if not reported_conj(tok) or not _is_speech(tok.head.head):
        return None
    e = _lookup(tok)
    if e is None or e.type not in _SAYERS_ACTS and "speech" not in e.flags:
        return None
    return tok.head.head


def _reporting_verb(tok):
    """The verb of saying whose reported clause holds tok, if any."""
    t = tok
    while t.head.i != t.i:
        came, t = t, t.head
        if _is_speech(t) and came.dep_ in ("ccomp", "xcomp", "parataxis", "advcl", "conj", "dobj"):
            return t
    return None


def _speaker_of(doc, k, verb) -> Actor | None:
    s = _subject(verb)
    acts = [a for a in actors_of(doc, k, s) if a.country] if s is not None else []
    return acts[0] if acts else None


def _speaker(doc, k, tok) -> Actor | None:
    """Who claims the clause of tok: the subject of a governing verb of saying, else the
    speaker of the quotation the sentence belongs to."""
    t = tok
    while t.head.i != t.i:
        came = t
        t = t.head
        if _is_speech(t) and came.dep_ in ("ccomp", "xcomp", "parataxis", "advcl", "conj", "dobj"):
            if (a := _speaker_of(doc, k, t)) is not None:
                return a
    for c in tok.sent.root.children if tok.sent is not None else []:
        if _is_speech(c) and c.dep_ in ("parataxis", "ccomp"):
            if (a := _speaker_of(doc, k, c)) is not None:
                return a
    q = doc.work.get("quote_speaker", {}).get(k)
    return q


def _dedupe(acts: list[Actor]) -> list[Actor]:
    out, seen = [], set()
    for a in acts:
        key = (a.country, a.sector, a.name)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


_IRREGULAR = {"REB", "PRM", "INS", "UAF", "CRM"}


def _same_side(a: Actor, b: Actor) -> bool:
    """One side: the same state, and not a state's government against armed groups of its
    own country ("Iraqi militias" are not Baghdad)."""
    return a.country == b.country and (a.sector in _IRREGULAR) == (b.sector in _IRREGULAR)
