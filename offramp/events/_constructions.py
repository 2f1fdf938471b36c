"""Constructions that make, retype or undo a trigger beyond its lexicon row: an expulsion
told as "gave the ambassador 48 hours to leave", an ultimatum, aid that arrives, a receipt, a
demand said as "must"; "sent troops" moves forces where "sent aid" helps, and a row for forces
or goods holds only when they are what moves."""
from __future__ import annotations

from dataclasses import replace

from ..actors import actors_of
from ..actors._resolve import QUANTITY
from ..model import Actor
from ._lexicon import LexEntry, lexicon
from ._parties import POSSESSIVE, _acts, _pobjs, _subject
from ._trigger import _CONFLICT, Candidate, _is_speech, _lookup, _war_kit
from ._penalty import _modal
from ._words import words

WORDS = words("arguments")


def _against_ill(tok) -> bool:
    """"fight corruption", "battled wildfires", "a campaign against malaria", "combat drug
    trafficking": what is fought is an ill, not a side."""
    def ill(n):
        if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
               or c.dep_ == "prep" and c.lower_ in ("from", "by") for c in n.children):
            return False  # "cross-border terrorism from Pakistan", "Hamas terrorism": a side named
        return n.lemma_.lower() in WORDS.ills or n.lower_ in WORDS.ills
    if any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in ("from", "by") for c in tok.children):
        return False  # "fight Hamas terrorism" (Hamas parsed as a second object), "... from Pakistan"
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
             for g in c.children if g.dep_ == "pobj"]
    return bool(objs) and all(ill(o) for o in objs)


def _untrained(tok, e: LexEntry) -> bool:
    """"reservists trained to repel a landing": no one is trained by another."""
    return e.word == "train" and e.pos == "V" and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in tok.children) and any(
        c.dep_ == "xcomp" or c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)
        for c in tok.children)


def _announced(c: Candidate, e: LexEntry, source: list[Actor]) -> LexEntry:
    """Codebook 4.2: some types already hold the future. "Will send aid" is a promise (AGREE,
    future); "will withdraw" a concession (CONCEDE, future); a side announcing its own
    attack, arrest or sanctions ("said it will begin an operation against X") makes a
    threat, and the threat itself is actual. Third parties' forecasts stay as they are."""
    if e.type == "AID":
        return replace(e, type="AGREE", mode=None, context=(), word=e.word + "+promise")
    if e.type == "RETREAT":
        return replace(e, type="CONCEDE", mode=None, context=(), word=e.word + "+promise")
    said = c.attributed_to.country if c.attributed_to else None
    if e.type in ("ASSAULT", "COERCE", "SANCTION") and said and (
            c.target or c.tok.lemma_.lower() in ("retaliate", "respond", "react")) and \
            said in {a.country for a in source}:
        c.modality = "actual"
        return replace(e, type="THREATEN", mode=None, context=(), word=e.word + "+announced")
    return e


def _forces_doing(tok) -> bool:
    """Armed forces leave a place they held: "American troops have begun leaving
    Afghanistan", "the last soldiers left the city"; not "left their base for drills"."""
    s = _subject(tok)
    if s is None or not (s.lower_ in WORDS.forces or s.lemma_.lower() in WORDS.armies):
        return False
    left = [c for c in tok.children if c.dep_ == "dobj"]
    return not left or any(o.pos_ == "PROPN" or o.lemma_.lower() in WORDS.held_places and not any(
        d.lower_ in POSSESSIVE for d in o.children) for o in left)


def _transfer(tok, e: LexEntry) -> LexEntry:
    """"send troops to X" moves forces (MOBILIZE), "send aid to X" helps (AID)."""
    if e.pos != "V" or tok.lemma_.lower() not in WORDS.transfer:
        return e
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    # arms sent to a party ("to Ukraine", "to Kyiv's forces", "to the Houthis") are aid, not a
    # show of force; warships sent "to the Mediterranean" are one
    # (but "to its forces near Kharkiv" reinforces its own, "to Venezuela's ports" goes to a place)
    def party(g):
        poss = [d for d in g.children if d.dep_ == "poss"]
        if any(d.lower_ in ("its", "their", "his", "our") for d in poss):
            return False
        return g.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or g.pos_ == "PROPN" and g.ent_type_ not in (
            "LOC", "FAC") or g.lower_ in WORDS.forces or g.lemma_.lower() in WORDS.armies or any(
            d.pos_ == "PROPN" for d in poss) and g.lemma_.lower() not in WORDS.held_places | WORDS.waypoints
    to_state = any(g.dep_ == "pobj" and party(g) for c in tok.children if c.lower_ in ("to", "into")
                   for g in c.children)
    helping = any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in WORDS.help for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() == "use" for g in c.children)
        for h in (tok, obj) if h is not None for c in h.children)  # "flew armoured vehicles in for use by the police"
    if obj is not None and (obj.lower_ in WORDS.forces or _war_kit(obj) and not to_state) \
            and e.type != "MOBILIZE" and not helping:  # "sent a ship to help X's investigators": aid
        return replace(e, type="MOBILIZE", mode=None, preps=("to", "into", "toward", "towards", "near"),
                       word=e.word + "+forces")
    return e


def _struck(tok) -> bool:
    """tok is what an attack hits: "opened fire on a police patrol", "ambushed a convoy",
    "the patrol was attacked"."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "at", "upon", "against"):
        gov = tok.head.head
        if gov.dep_ == "dobj" and gov.head.pos_ == "VERB":  # "opened fire on"
            gov = gov.head
    elif tok.dep_ in ("dobj", "nsubjpass"):
        gov = tok.head
    else:
        return False
    e = _lookup(gov)
    return e is not None and e.type == "ASSAULT"


def _conflict_clause(tok) -> bool:
    """The reported clause of a verb of saying holds a conflict act."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp") and any(
                (e := _lookup(t)) is not None and e.type in _CONFLICT for t in c.subtree):
            return True
    return False


def _harm_vowed(tok) -> bool:
    """"vowed to strike Israel", "promised to retaliate": a promise of harm is a threat."""
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in WORDS.harm_nouns | {"revenge", "retaliation"}:
            return True  # "vowed a response", "vows revenge"
        if c.dep_ == "xcomp" and c.lemma_.lower() in ("keep", "continue", "go"):
            c = next((g for g in c.children if g.dep_ == "xcomp"), c)  # "vowed to keep fighting"
        if (c.dep_ == "xcomp" or c.dep_ == "advcl" and any(x.lower_ == "to" for x in c.children)) \
                and (e := _lookup(c) or lexicon().get((c.lemma_.lower(), "V"))) is not None \
                and e.type in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE") and not _against_ill(c):
            return True  # ("fight on": the verb without its particle; not "to fight corruption")
        if c.dep_ == "ccomp" and any(g.dep_ == "nsubjpass" for g in c.children) and (
                c.lemma_.lower() in WORDS.harm_verbs | {"hunt", "track", "bring", "punish"}
                or (e := _lookup(c)) is not None and e.type in ("ASSAULT", "COERCE", "SANCTION")):
            return True  # "vowed that the attackers would be hunted down / punished"
    return False


def _goods_given(tok) -> bool:
    """What the verb hands over is goods, money, kit or refuge ("delivered 16 ambulances",
    "flew two planeloads of medical supplies", "gave them food", "deposited $2 billion")."""
    for o in tok.children:
        if o.dep_ not in ("dobj", "dative", "nsubjpass") and not (o.dep_ == "attr" and tok.lemma_ == "give"):
            continue
        things = [o] + [c for c in o.conjuncts]
        if o.lemma_.lower() in WORDS.loads:
            things += [g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        for t in things:
            low, lem = t.lower_, t.lemma_.lower()
            if low in WORDS.goods or lem in WORDS.goods | WORDS.kit | WORDS.relief or low in WORDS.equipment or any(
                    c.text in ("$", "€", "£") for c in t.children) or t.i > 0 and t.doc[t.i - 1].text in ("$", "€", "£"):
                return True
    return False


def _expulsion(tok) -> LexEntry | None:
    """"Gave the French ambassador 48 hours to leave", "ordered Nigerian diplomats to leave
    the country": an expulsion (SANCTION/expel), whoever is told to go."""
    low = tok.lemma_.lower()
    if tok.pos_ != "VERB" or low not in ("give", "order", "tell", "ask", "instruct"):
        return None
    # ("gave them 72 hours to leave": the parser may hang the leaving on the hours)
    near = [*tok.children, *(g for o in tok.children if o.dep_ == "dobj" for g in o.children if g.dep_ in ("relcl", "acl"))]
    if not any(c.dep_ in ("xcomp", "advcl", "ccomp", "relcl", "acl") and c.lemma_.lower() in ("leave", "depart", "quit")
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in near):
        return None  # (not "told the embassy he would leave": someone else goes)
    told = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if low == "give":
        ok = any(t.lemma_.lower() in WORDS.deadline for c in tok.children for t in c.subtree)
    else:
        ok = any(t.lemma_.lower() in WORDS.envoys for o in told for t in o.subtree)
    return lexicon().get(("expel", "V")) if ok and told else None


def _crowd_act(tok) -> LexEntry | None:
    """Crowds that gather at a place or break into it ("demonstrators gathered outside the
    Japanese embassy", "protesters stormed the Saudi embassy"): civilian protest (codebook
    3.12), a riot when they force their way in or burn; not an armed attack."""
    if tok.pos_ != "VERB":
        return None
    low = tok.lemma_.lower()
    broke_in = low == "break" and any(c.dep_ in ("prep", "prt") and c.lower_ in ("into", "through", "in")
                                      for c in tok.children)  # "broke through police lines", not "broke their fast"
    if low not in WORDS.gathering and low not in WORDS.rioting and not broke_in:
        return None
    s = _subject(tok)  # ("tried to storm the embassy": the triers)
    if s is not None and s.lower_ in QUANTITY:  # "hundreds of protesters"
        s = next((g for p in s.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children), s)
    if s is None:
        return None
    protesting = s.lower_ in WORDS.protesters or any(
        t.lemma_.lower() in WORDS.protesting for c in tok.children if c.dep_ in ("advcl", "xcomp", "prep")
        for t in c.subtree)  # "gathered outside the embassy chanting slogans", "... in protest"
    if not (s.lemma_.lower() in WORDS.crowds or s.lower_ in WORDS.crowds
            or protesting and low in WORDS.gathering and s.pos_ in ("NOUN", "PROPN") and s.lower_.endswith("s")):
        return None  # (but "several hundred Thais gathered ..., burning Cambodian flags")
    places = [o for o in tok.children if o.dep_ == "dobj"] + _pobjs(tok, ("outside", "at", "near", "into", "to", "in"))
    if low in WORDS.gathering and not protesting:
        return None  # "crowds gathered outside the palace to celebrate", "to apply for visas"
    if not protesting and not any(o.lemma_.lower() in WORDS.seats for o in places):
        return None  # "students stormed the stage"
    return lexicon()[("rally", "V")] if low in WORDS.gathering else lexicon()[("riot", "V")]


def _aid_arrival(tok) -> LexEntry | None:
    """"A WFP convoy of food trucks reached Wad Madani", "a Turkish aid ship arrived in Gaza",
    "Russian military instructors arrived in Niamey with air-defence equipment": aid that
    arrives is delivered (AID; the place's state receives it)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("arrive", "reach", "land", "dock"):
        return None
    s = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if s is None:
        return None
    low = s.lemma_.lower()
    mods = {c.lemma_.lower() for c in s.children if c.dep_ in ("compound", "amod")}
    goods = [g for p in s.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    withs = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children]
    # "a ship chartered by the EU with medical supplies": what the carrier brings
    loaded = [g for h in [s, *(a for a in s.children if a.dep_ == "acl")] for p in h.children
              if p.dep_ == "prep" and p.lower_ == "with" for g in p.children]
    aid = low in ("aid", "supplies", "relief") or low in WORDS.carriers and (
        mods & {"aid", "relief", "food", "humanitarian", "medical"}
        or any(g.lemma_.lower() in WORDS.goods | WORDS.relief | WORDS.kit | {"truck"} for g in goods + loaded)) \
        or low in WORDS.trainers and any(g.lemma_.lower() in WORDS.goods | WORDS.kit or g.lower_ in WORDS.equipment for g in withs)
    return lexicon().get(("supply", "V")) if aid else None


def _ultimatum(tok) -> LexEntry | None:
    """"Gave the soldiers until 3 a.m. to lay down their arms or face the consequences": an
    ultimatum with a stated consequence is a threat to the one given it (codebook 3.11)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("give", "issue", "set"):
        return None
    if not any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and any(
                g.dep_ == "conj" and g.lemma_.lower() in WORDS.undergo for g in c.children):
            return replace(lexicon()[("threaten", "V")], word="ultimatum", flags=frozenset())
    return None


def _ultimatum_content(tok) -> bool:
    """tok is what an ultimatum demands or its stated consequence ("to lay down their arms or
    face the consequences"): coded by the threat."""
    h = tok.head if tok.dep_ != "conj" else tok.head.head
    return tok.dep_ in ("advcl", "conj") and h.i != tok.i and _ultimatum(h) is not None and (
        tok.dep_ == "advcl" or tok.head.dep_ == "advcl")


def _forces_moving(doc, k, tok) -> bool:
    """"Chinese troops crossed into Indian territory", "two warships sailed into the strait":
    forces are the subject of a movement verb with no object of its own."""
    if any(c.dep_ == "dobj" for c in tok.children) or tok.pos_ != "VERB":
        return False
    s = _subject(tok)
    return s is not None and s.dep_ == "nsubj" and (
        s.lower_ in WORDS.forces or s.lower_ in WORDS.equipment or s.lemma_.lower() in WORDS.equipment
        or any(a.sector == "MIL" for a in actors_of(doc, k, s)))


def _show_of_force(tok) -> bool:
    """Forces moving as a show of force, not to help ("rushed to the scene to help
    survivors"), to flee ("crossed into India seeking refuge"), back home ("moved back to
    their bases") or into open sea ("sailed into the South China Sea")."""
    if any(c.lower_ in ("back", "home") for c in tok.children):
        return False
    if any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in WORDS.not_force for c in tok.children):
        return False
    return not any(g.lemma_.lower() in WORDS.waters for p in tok.children if p.dep_ == "prep"
                   for g in p.children if g.dep_ == "pobj")


def _received(doc, k, tok, e: LexEntry):
    """"X received weapons from Y": Y gave (AID); "received assurances from Y": Y promised
    (AGREE). The receiver is the target. None when the verb is not such a receipt."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in WORDS.receive:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    givers = _acts(doc, k, _pobjs(tok, ("from",)) or (_pobjs(obj, ("from",)) if obj is not None else []))
    s = _subject(tok)
    receivers = actors_of(doc, k, s) if s is not None else []
    if obj is None or not givers or not receivers:
        return None
    low = obj.lemma_.lower()
    if low in WORDS.goods or obj.lower_ in WORDS.goods:
        return replace(e, type="AID", mode=None, context=(), word=e.word + "+goods",
                       flags=frozenset()), givers, receivers
    if low in WORDS.pledges:
        return replace(e, type="AGREE", mode=None, context=(), word=e.word + "+pledge",
                       flags=frozenset()), givers, receivers
    return None


def _obligation(doc, k, tok) -> LexEntry | None:
    """"Bangladesh said Myanmar must create a conducive environment", "said that North Korea
    must first disarm": saying what another must do is a demand of it (the act itself stays
    hypothetical); whom it is made of is found as for "demanded that X ...". """
    if tok.lemma_.lower() not in WORDS.stating or not _is_speech(tok):
        return None  # "argues that X should" is a case made, not a demand
    speaker = _subject(tok)
    own = {a.country for a in actors_of(doc, k, speaker) if a.country} if speaker is not None else set()
    for c in tok.children:
        aux = {a.lower_ for a in c.children if a.dep_ in ("aux", "auxpass")}
        if c.dep_ != "ccomp" or not (aux & WORDS.must or c.lower_ == "ought") or "have" in aux \
                or c.lemma_.lower() in WORDS.braced:  # ("said China ought to release him")
            continue  # "must have been launched", "should have acted": a guess or hindsight
        told = [a for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ in ("PROPN", "NOUN")
                for a in actors_of(doc, k, s)]
        if told and not {a.country for a in told} & own:  # "Netanyahu said Israel must": resolve
            return replace(lexicon()[("demand", "V")], word="say+must")
    return None


_TOPIC = ("on", "about", "over", "regarding", "concerning")


def _unhesitating(tok) -> bool:
    """tok is what a side "would not hesitate to" do (or its object noun)."""
    t = tok.head if tok.dep_ == "dobj" else tok
    h = t.head
    return t.dep_ == "xcomp" and h.lemma_.lower() == "hesitate" and any(c.dep_ == "neg" for c in h.children) \
        and _modal(h)


def _face_off(sent) -> bool:
    """The sentence tells of the pair's own face-off: "their border", "the disputed border",
    "after the clashes"; not "the junta's fighting with jihadists", "the standoff with Chinese
    vessels", "the ceasefire in Gaza"."""
    for t in sent:
        low = t.lemma_.lower()
        if low in ("border", "frontier", "boundary") and any(
                c.lower_ == "their" or c.dep_ == "amod" and c.lower_ in ("disputed", "shared", "common", "contested")
                for c in t.children):
            return True
        if low in WORDS.standoff and low not in ("border", "frontier") and not any(
                c.dep_ == "poss" and c.lower_ != "their" or c.dep_ == "prep" and c.lower_ != "between"
                for c in t.children):
            return True
    return False


def _topics(doc, k, tok) -> set:
    """States an act is only about: "agreed to share information on North Korea"."""
    return {a.country for t in tok.subtree if t.dep_ == "prep" and t.lower_ in _TOPIC and t.head.i != tok.i
            for g in t.children if g.dep_ == "pobj"
            for x in [g, *(m for m in g.children if m.dep_ in ("amod", "compound", "poss"))]
            for a in actors_of(doc, k, x) if a.country}
    # ("data on North Korean launches": the launches' state too)
