"""The other end of an act when its arguments name no actor there: the thing it is aimed at
("rejected the plan"), whoever made that thing or did the act it names earlier in the story
("condemned the strikes"), the side a refusal waits on, the state a mission serves in. An act
kept with such a target is not lost for want of one."""
from __future__ import annotations

from ..actors import actors_of, inner_actors, is_state
from ..model import Actor
from ._lexicon import DEFAULT_PREPS, LexEntry
from ._parties import _acts, _dedupe, _modifier_actors, _pobjs, _speaker_of, _subject
from ._trigger import _AIMED, _STANCE, _is_speech, _lemma_in, _lookup
from ._words import words

WORDS = words("arguments")


def _stray_target(doc, k, tok, e: LexEntry, source: list[Actor]) -> list[Actor]:
    """"imposed sanctions over the crisis, including travel bans and asset freezes, on
    Myanmar's commanders": the "on" phrase the parser hung further down the verb's clause."""
    own = {a.country for a in source if a.country}
    for t in tok.head.subtree:
        if t.i > tok.i and t.dep_ == "prep" and t.lower_ in (e.preps or DEFAULT_PREPS):
            for g in t.children:
                found = [a for a in actors_of(doc, k, g) if a.country and a.country not in own]
                if g.dep_ == "pobj" and found:
                    return found
    return []


_LINES = {"border", "frontier", "boundary", "borders", "frontiers"}


def _facing(doc, k, tok, source: list[Actor]) -> list[Actor]:
    """Whom forces moved or pulled back face when no target is named: the state across "the
    border with China", or the one a move is "a warning to" ("moved a carrier into the
    Mediterranean as a warning to Iran")."""
    own = {a.country for a in source if a.country}
    heads = [tok, *(c for c in tok.children if c.dep_ in ("prt", "advmod"))]  # "pulled back from"
    near = ("from", "to", "toward", "towards", "near", "along", "at", "on", "as", "in")
    pobjs = [g for h in heads for g in _pobjs(h, near)]
    # "on alert along the border", "to positions near the border"
    pobjs += [g for p in pobjs if p.lemma_.lower() not in _LINES for g in _pobjs(p, near)]
    for p in pobjs:
        if p.lemma_.lower() in _LINES or p.lemma_.lower() == "warning":
            # (the parser may hang "with China" on the verb, right after "the border")
            after = p.right_edge.i + 1
            nxt = [tok.doc[after]] if after < tok.sent.end and tok.doc[after].lower_ in ("with", "to") else []
            found = [a for g in _pobjs(p, ("with", "to")) + [g for w in nxt for g in w.children if g.dep_ == "pobj"]
                     + [m for m in p.children if m.dep_ in ("amod", "compound", "poss")]  # "the Venezuelan border"
                     for a in actors_of(doc, k, g) if a.country and a.country not in own]
            if found:
                return found
    return _purpose_against(doc, k, tok, own)


def _purpose_against(doc, k, tok, own) -> list[Actor]:
    """"mobilized the army for a ground assault against Gaza", "mobilized troops to move
    against Syria's chemical weapons": the one the forces are readied against."""
    for t in tok.subtree:
        if t.dep_ == "prep" and t.lower_ == "against" and t.head.i != tok.i:
            up, hops = t.head, 0
            while up.i != tok.i and up.dep_ in ("pobj", "prep", "xcomp", "advcl", "acl", "dobj") and hops < 4:
                up, hops = up.head, hops + 1
            if up.i == tok.i:
                found = [a for g in t.children if g.dep_ == "pobj"
                         for a in inner_actors(doc, k, g, exclude=frozenset(own)) if a.country and a.country not in own]
                if found:
                    return found
    return []


def _recalled_from(doc, k, tok) -> list[Actor]:
    """"Serbia to recall ambassador from Montenegro": an envoy no one owns is the recaller's
    own, and the state it is recalled from is the one acted on."""
    return [a for o in tok.children if o.dep_ == "dobj" for g in _pobjs(o, ("from",))
            for a in actors_of(doc, k, g) if a.country]


def _object_target(doc, k, tok, e: LexEntry):
    """What a directed act is aimed at when it is not an actor ("rejected the plan",
    "condemned the ruling", "fired at a Liberian-flagged carrier"): kept as an object so
    the act is not lost; its country is a state named inside it, else comes later from
    the place or the story. RETURNS (actors, the object noun or None)."""
    objs = [c for c in tok.children if c.dep_ == "dobj"] \
        if e.pos == "V" and "instrument" not in e.flags else []  # "fired a missile" aims at no missile
    if e.type not in _AIMED:  # "sent a destroyer": what moves (but "struck a cargo ship": what is hit)
        objs = [o for o in objs if o.lower_ not in WORDS.equipment]
    if e.word == "call out":  # "called [the embargo "economic warfare"]": the thing named
        objs = [next((g for g in o.children if g.dep_ in ("nmod", "compound") and g.i < o.i), o) for o in objs]
    preps = tuple(p for p in (e.preps or DEFAULT_PREPS)
                  if p not in WORDS.place_preps or e.type in _AIMED and p == "at"
                  or e.type == "ACCUSE" and p == "into")  # "an inquiry into the killings"
    objs += _pobjs(tok, preps)
    if not objs and e.pos == "N" and tok.dep_ == "dobj" and _lemma_in(tok.head, WORDS.light):
        # "imposed sanctions on Monday on a network selling Iranian oil": the verb's phrase
        objs += [o for o in _pobjs(tok.head, preps) if o.ent_type_ not in ("DATE", "TIME")]
    if not objs and e.pos == "V" and e.type in _STANCE:
        # "threatened to shell the tree", "refused to allow the plane to land": what the act is aimed at
        for c in tok.children:
            if c.dep_ == "xcomp":
                objs = [g for g in c.children if g.dep_ == "dobj"]
                if c.lemma_.lower() in WORDS.permit:
                    objs += [t for g in c.children if g.dep_ in ("ccomp", "xcomp")
                             for t in g.children if t.dep_ in ("nsubj", "nsubjpass")]
    if not objs and e.pos in ("V", "VO") and not _is_speech(tok):
        # "convicted the bank to pay", "found Barbarin guilty": the one made to do or be so
        objs = [g for c in tok.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ != "VBG"
                for g in c.children if g.dep_ == "nsubj" and g.i < c.i and g.i > tok.i]
    if e.pos == "N" and e.of_role == "target":
        objs += _pobjs(tok, ("of",))
    accused: dict = {}
    if e.type == "ACCUSE":
        # "an investigation into claims that two servicemen abused children": the accused
        # ("claims that journalists were targeted by Israeli forces": the forces, not the victims)
        accused = {o.i: g for o in objs if _lemma_in(o, WORDS.claims) for c in o.children
                   if c.dep_ in ("acl", "ccomp") for g in [*c.children, *(
                       x for a in c.children if a.dep_ == "agent" for x in a.children)]
                   if (g.dep_ == "nsubj" or g.dep_ == "pobj" and g.head.dep_ == "agent")
                   and g.pos_ in ("NOUN", "PROPN")}
        objs = [accused.get(o.i, o) for o in objs]
    accused_at = {g.i for g in accused.values()}  # soldiers accused are a target, not forces sent
    for o in objs:
        if o.pos_ in ("NOUN", "PROPN") and (o.lower_ not in WORDS.forces or o.i in accused_at) \
                and o.ent_type_ not in ("DATE", "TIME"):
            if e.type in ("SANCTION", "REJECT") and (got := [a for a in _acts(
                    doc, k, _pobjs(o, ("to", "for")) + _pobjs(tok, ("to", "for"))) if a.country]):
                return got, o  # "a suspension of aid to Egypt": whoever was to get it
            span, whole = _phrase(o), o.doc[o.left_edge.i:o.right_edge.i + 1]
            if len(span) <= 12:
                # whose it is: a state named in the phrase, or in its clause if short ("a
                # rally they had planned outside the Chinese consulate")
                owner = next((a.country for t in (whole if len(whole) <= 12 else span)
                              for a in actors_of(doc, k, t) if a.country and (
                                  t.ent_type_ in ("NORP", "GPE") or _hyphen_owner(t))), None)
                return [Actor(text=span.text, role="object", country=owner)], o
    return [], None


def _hyphen_owner(t) -> bool:
    """t opens a hyphenated owner word the tagger did not mark as a nationality: "an
    Israeli-linked ship", "a Russian-flagged tanker"."""
    return t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "-" and t.doc[t.i + 2].lower_ in (
        "linked", "owned", "flagged", "operated", "registered", "managed", "chartered", "bound")


def _phrase(o):
    """A noun's phrase without its clauses: "the captain of a rescue ship" (carrying ...)."""
    cut = [c for c in o.subtree if c.dep_ in ("acl", "relcl", "advcl") and c.head.i != o.i or
           c.dep_ in ("acl", "relcl", "appos") and c.head.i == o.i]
    end = min([c.left_edge.i for c in cut if c.i > o.i] + [o.right_edge.i + 1])
    while end - 1 > o.i and o.doc[end - 1].is_punct:
        end -= 1
    return o.doc[o.left_edge.i:end]


def _author(doc, k, head, source: list[Actor]) -> list[Actor]:
    """"condemned the resolution", "rejected the report": whoever passed, issued or published
    that text earlier in the story ("the board passed a resolution criticising Tehran")."""
    if head is None or not _lemma_in(head, WORDS.papers):
        return []
    own = {a.country for a in source if a.country}
    lemma = head.lemma_.lower()
    for j in range(k, -1, -1):
        for t in reversed(list(doc.work["sents"][j])):
            if t.i == head.i or t.lemma_.lower() != lemma or t.dep_ not in ("dobj", "nsubjpass"):
                continue
            s = _subject(t.head) if t.dep_ == "dobj" else next(
                (g for c in t.head.children if c.dep_ == "agent" for g in c.children), None)
            found = [a for a in ((actors_of(doc, j, s) or _modifier_actors(doc, j, s)) if s is not None else [])
                     if a.country and a.country not in own]
            if found:
                return found
    if lemma in ("statement", "remark", "comment"):
        # "rejected the statements as interference": whoever spoke in the sentences before
        said: list[Actor] = []
        for j in range(max(0, k - 2), k):
            for t in doc.work["sents"][j]:
                if _is_speech(t) and (sp := _speaker_of(doc, j, t)) is not None and sp.country not in own \
                        and sp.country not in {a.country for a in said}:
                    said.append(sp)
        return said
    return []


def _held_until(doc, k, tok, source: list[Actor]) -> list[Actor]:
    """"will not lift the embargo until Cuba undertakes reforms", "will not end the strike
    until their demands are met by the authorities": a refusal held until another side
    acts is aimed at that side."""
    texts, own = {a.text for a in source}, {(a.country, a.sector) for a in source if a.country}
    found = []
    for v in [tok, *([tok.head] if tok.dep_ == "xcomp" else []), *(c for c in tok.children if c.dep_ == "xcomp")]:
        for cl in v.children:
            if cl.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in WORDS.until for m in cl.children):
                continue
            if not _present(cl):
                continue  # "rejected the plan hours before Israeli jets struck": a time, no condition
            for verb in [cl, *(c for c in cl.children if c.dep_ == "conj")]:
                doers = [g for g in verb.children if g.dep_ in ("nsubj", "nsubjpass")] + [
                    g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                found += [a for g in doers for a in actors_of(doc, k, g) if (a.country or a.name or a.sector)
                          and a.text not in texts and (a.country, a.sector) not in own]
    return _dedupe(found)


def _present(verb) -> bool:
    """A clause in the present, as conditions are put ("until Cuba frees", "until their
    demands are met", "before a new pay system is reviewed")."""
    return verb.tag_ in ("VBZ", "VBP", "VB") and not any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD"
                                                          for a in verb.children) or any(
        a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBP", "MD") for a in verb.children)


def _mediated(doc, k, tok, source: list[Actor]) -> list[Actor]:
    """"launched a mediation effort to prevent a confrontation between Turkey and Syria":
    a go-between's act reaches the two sides named under it, however deep."""
    texts, own = {a.text for a in source}, {a.country for a in source if a.country}
    for t in tok.subtree:
        if t.lower_ == "between" and t.dep_ == "prep" and (t.head.i == tok.i or _lemma_in(t.head, WORDS.rifts)):
            sides = [g for p in t.children if p.dep_ == "pobj" for g in [p, *p.conjuncts]]
            found = [a for g in sides for a in actors_of(doc, k, g)
                     if a.text not in texts and a.country not in own]
            if found:
                return _dedupe(found)
    return []


def _mission_host(doc, k, tok) -> list[Actor]:
    """The state a force or mission serves in: "contribute troops to the NATO-led force in
    Afghanistan", "sending troops to the UN peacekeeping force in South Sudan"."""
    for verb in [tok, *(c for c in tok.children if c.dep_ == "xcomp")]:
        for m in _pobjs(verb, ("to", "for", "into")):
            if m.lemma_.lower() in WORDS.missions:
                hosts = [a for a in _acts(doc, k, _pobjs(m, ("in",))) if is_state(a.country)]
                if hosts:
                    return hosts
    return []


def _haven(doc, k, tok) -> list[Actor]:
    """"sought refuge in Bangladesh", "sought asylum in Spain": the state asked to shelter."""
    shelter = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in WORDS.refuge]
    if not shelter:
        return []
    places = _pobjs(tok, ("in", "at")) + _pobjs(shelter[0], ("in", "at"))
    return [a for a in _acts(doc, k, places) if a.country][:1]


def _maker(doc, k, head, source: list[Actor]) -> list[Actor]:
    """"rejected every offer made by the Taliban", "dismissed the appeal lodged by X",
    "granted the order sought by the ACLU", "rejected an offer from Kabul": the one whose
    thing it is receives the act."""
    if head is None:
        return []
    agents = [g for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
              for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    own = {(a.country, a.name) for a in source}
    found = [a for g in agents for a in actors_of(doc, k, g)
             if (a.country or a.name or a.sector) and (a.country, a.name) not in own]
    # "a proposal from India", not "reports from the front" nor "a petition by a majority"
    found += [a for g in _pobjs(head, ("from", "by")) for a in actors_of(doc, k, g)
              if (a.country or a.name) and (a.country, a.name) not in own]
    if not found and agents and agents[0].pos_ == "NOUN" and not actors_of(doc, k, agents[0]):
        # "an appeal filed by lawyers of Ivica Todoric": people, if no known actor
        return [Actor(text=_phrase(agents[0]).text, role="object")]
    return _dedupe(found)


def _earlier_doer(earlier: list, head, source: list[Actor], doc=None) -> list[Actor]:
    """"condemned the strikes", "rejected the criticism": an act named earlier in the story
    is the one's who did it; the target is that doer. "Condemned the move": the doer of the
    last act told before this sentence; "condemned the filling": whoever was said to fill."""
    e = _lookup(head) if head is not None else None
    own = {a.country for a in source if a.country}
    if e is None and head is not None and any(c.lower_ in ("the", "this", "that", "these") for c in head.children):
        if head.lemma_.lower() in WORDS.anaphoric:
            for c in reversed(earlier):
                doers = [a for a in c.source if a.country and a.country not in own]
                if not c.dropped and c.tok.sent.start < head.sent.start and doers:
                    return [Actor(**{**a.__dict__}) for a in doers]
            return []
        stem = head.lemma_.lower().removesuffix("ing")
        sents = doc.work["sents"] if doc is not None else []
        for j in range(len(sents) - 1, -1, -1):
            if sents[j].start >= head.sent.start or sents[j].doc is not head.doc:
                continue
            for t in reversed(list(sents[j])):
                if t.pos_ == "VERB" and t.lemma_.lower() in (stem, stem + "e") and (s := _subject(t)) is not None:
                    doers = [a for a in actors_of(doc, j, s) if a.country and a.country not in own]
                    return [Actor(**{**a.__dict__}) for a in doers]
        return []
    if e is None:
        return []
    for c in reversed(earlier):
        if c.dropped or c.entry.type != e.type and c.tok.lemma_ != head.lemma_ or not c.source:
            continue
        if any(a.country in own for a in c.source):
            continue  # the side's own strikes with its allies: not the attacks it warns of
        doers = [a for a in c.source if a.country and a.country not in own]
        if doers:
            return [Actor(**{**a.__dict__}) for a in doers]
    return []
