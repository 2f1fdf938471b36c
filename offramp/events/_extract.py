"""Find event triggers in parsed sentences and their source and target actors. candidates()
walks the tokens of each sentence and asks the modules beside it for the trigger (_trigger,
_constructions), its arguments (_verbs, _nouns, _targets), a charge denied (_denials) and how
the sentence's candidates settle together (_settle); the retypings and drops that need the
whole candidate stay here, in the order they apply."""
from __future__ import annotations

from dataclasses import replace

from ..actors import actors_of, is_state
from ..actors._resolve import QUANTITY
from ..model import Actor, Document
from ._constructions import (_against_ill, _aid_arrival, _announced, _conflict_clause, _crowd_act, _expulsion,
                             _face_off, _forces_doing, _forces_moving, _goods_given, _harm_vowed, _obligation,
                             _received, _show_of_force, _struck, _topics, _transfer, _ultimatum,
                             _ultimatum_content, _unhesitating, _untrained)
from ._denials import _denied_charge, _dismissed_claim
from ._lexicon import SYMMETRIC, lexicon
from ._modality import modality_of
from ._nouns import _adj_args, _governor, _held, _noun_args
from ._penalty import penalties
from ._parties import POSSESSIVE, _acts, _dedupe, _modifier_actors, _pobjs, _speaker, _subject
from ._settle import (_conditional_threats, _decided_measures, _fold_contents, _left_partner,
                      _one_promise)
from ._targets import (_author, _earlier_doer, _facing, _haven, _held_until, _maker, _mediated,
                       _mission_host, _object_target, _recalled_from, _stray_target)
from ._trigger import (_UNDIRECTED, Candidate, _bare_strike, _idiom_object, _lemma_in, _lookup, _name_calling, _war_kit,
                       _scare_quoted)
from ._verbs import _verb_args
from ._words import words

# other code imported this from here before the split: it stays importable from here
from ._trigger import _is_speech  # noqa: F401

WORDS = words("arguments")

__all__ = ["Candidate", "candidates"]


_COOP = {"CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "SUPPORT"}


# acts that can be aimed at a thing: "condemned the ruling", "rejected the plan"; a
# meeting or an aid delivery with no actor on the other side stays partial
_AIMED_AT_THINGS = {"SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION",
                    "COERCE", "ASSAULT"}


# acts only a state's authorities do to people on its soil: "was arrested / expelled /
# summoned / detained / released in X" names its doer by the place
_HOST_ACTS = {"COERCE", "SANCTION", "ACCUSE", "RETREAT", "CONCEDE"}


_TRADED = {"fire", "shell", "violate ceasefire", "violate truce", "violate armistice", "breach ceasefire",
           "break ceasefire"}


def _split_recip(src: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    first = src[0]
    rest = [a for a in src[1:] if a.country != first.country or a.sector != first.sector]
    return [first], rest


def _enacts(tok) -> bool:
    """tok is what a signed or passed text does: "signed a law ratifying the treaty"."""
    return tok.dep_ == "acl" and tok.head.lemma_.lower() in WORDS.enacted \
        and tok.head.head.lemma_.lower() in WORDS.enacting


def _armed_doer(doc, k, tok) -> bool:
    """The doer is armed forces or their craft: "fighter jets", "warships", "the navy"."""
    s = _subject(tok)
    return s is not None and (s.lower_ in WORDS.forces or s.lemma_.lower() in WORDS.armies
                              or s.lower_ in WORDS.equipment or _lemma_in(s, WORDS.weapons)
                              or any(a.sector == "MIL" for a in actors_of(doc, k, s)))


def _willing(tok):
    """The word of willingness governing tok ("ready to resume talks"), or None."""
    t = tok
    for _ in range(3):
        if t.dep_ not in ("xcomp", "prep", "pcomp", "pobj", "dobj") or t.head.i == t.i:
            return None
        t = t.head
        if t.lower_ in WORDS.willing or t.lemma_.lower() in WORDS.willing:
            return t
    return None


def _agentless(tok) -> bool:
    return any(c.dep_ == "nsubjpass" for c in tok.children) and not any(
        c.dep_ == "agent" for c in tok.children) and tok.lemma_.lower() not in WORDS.stative


def _actor_targets(target: list[Actor]) -> list[Actor]:
    return [a for a in target if a.role != "object"]


def _refusal(tok) -> bool:
    """"will not X", "would not X", "won't X": a stated refusal, not a report that X did not
    happen; for a noun, its light verb ("will not begin talks")."""
    verb = _refusing_verb(tok)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail" and verb.lemma_.lower() in _SETTLING:
        return True  # "Serbia and Kosovo failed to reach an agreement": each rebuffed the other
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll", "shall") for c in verb.children)


_SETTLING = {"reach", "agree", "strike", "clinch", "conclude", "secure", "seal", "sign", "finalise", "finalize"}


def _refusing_verb(tok):
    """The verb that carries a noun act ("will not begin talks", "would not take part in the
    summit"), else tok itself."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return tok
    gov = _governor(tok)
    if gov is None and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() == "part" \
            and tok.head.head.head.lemma_.lower() == "take":
        gov = tok.head.head.head  # "take part in the summit"
    return gov if gov is not None and (_lemma_in(gov, WORDS.light) or gov.lemma_.lower() == "take") else tok


def _other_office(a: Actor, source: list[Actor]) -> bool:
    """"the president refused a request from the justice minister": two offices of one state."""
    return bool(a.role) and all(s.role and s.role != a.role for s in source)


def _usable(a: Actor) -> bool:
    """An actor worth coding: a country, or a named body or person, or a sector."""
    return bool(a.country or a.name or a.sector or a.role == "object")


def _prefer_countries(acts: list[Actor]) -> list[Actor]:
    """Drop bare sector words ("troops") beside actors whose country is known."""
    if any(a.country for a in acts):
        return [a for a in acts if a.country or a.name]
    return acts


def _state_subject(tok) -> bool:
    """The one protesting is a state or office ("Pakistan", "the ministry"), not a crowd
    ("thousands of Serbs", "Kurds")."""
    gov = _governor(tok) if tok.pos_ in ("NOUN", "PROPN") else None
    s = _subject(gov if gov is not None else tok)
    return s is not None and s.tag_ not in ("NNS", "NNPS") and s.lower_ not in QUANTITY


def _headline_present(doc, k, tok) -> bool:
    """A present-tense verb of the headline with no modal of its own."""
    return k == 0 and bool(doc.title) and doc.sentences[0].text.strip() in doc.title \
        and tok.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "neg") for c in tok.children)


_ENDED = {"end", "halt", "stop", "cessation", "suspension", "pause"}
_HOSTILE = {"ASSAULT", "COERCE", "THREATEN", "SANCTION", "ACCUSE"}


def _abroad_people(a: Actor) -> bool:
    """People a state has abroad or at sea ("its diplomats", "its citizens", "its fishermen"),
    whom another state detains or expels; not its own opposition, officials or civilians."""
    return (a.text or "").lower().split()[-1] in WORDS.abroad_people


def _blamed_doer(doc, k, tok, earlier, source) -> list[Actor]:
    """The doer of an attack condemned by its name alone ("condemned the bombing of Bentiu"),
    told earlier in the story; the place or victim inside the name is not the one blamed."""
    for o in (c for c in tok.children if c.dep_ == "dobj"):
        oe = _lookup(o)
        if oe is None or oe.type not in ("ASSAULT", "COERCE") or any(
                c.dep_ in ("poss", "amod", "compound") and actors_of(doc, k, c) for c in o.children) \
                or _pobjs(o, ("by",)):
            continue
        # the same attack: one on the place or victim the name gives ("the bombing of the
        # mosque in Kabul" is not the shelling told earlier of Syria)
        named = {a.country for t in o.subtree if t.i != o.i for a in actors_of(doc, k, t) if a.country}
        own = {a.country for a in source if a.country}
        stem = o.lemma_.lower().removesuffix("ing")
        told = [c for c in earlier if not c.dropped and c.entry.type == oe.type and c.modality == "actual"
                and c.k < k and (not named or named & {a.country for a in c.target})
                and any(a.country and a.country not in own for a in c.source)]
        # the same word first ("the bombing": who bombed), else the last attack told
        for c in sorted(told, key=lambda c: (c.tok.lemma_.lower() in (stem, stem + "e"), c.tok.i), reverse=True):
            return [Actor(**{**a.__dict__}) for a in c.source if a.country and a.country not in own]
    return []


def candidates(doc: Document) -> list[Candidate]:
    """Every trigger in the document with its arguments (dropped ones carry a reason)."""
    out: list[Candidate] = []
    for k, sent in enumerate(doc.work.get("sents", [])):
        prev_source: list[Actor] = []
        prev_target: list[Actor] = []
        for tok in sent:
            e = _expulsion(tok) or _ultimatum(tok) or _crowd_act(tok) or _lookup(tok) or _obligation(doc, k, tok) \
                or _aid_arrival(tok)
            receipt = None
            if (e is None or e.type in ("CONSULT", "AGREE")) and tok.lemma_.lower() in WORDS.receive:
                receipt = _received(doc, k, tok, e or lexicon()[("receive", "V")])
            if e is None and receipt is None:
                continue
            e = e or receipt[0]
            if e.pos == "N" and (tok.dep_ == "compound" and not _held(tok) or any(
                    t.lower_ in WORDS.not_event_mod
                    for t in sent.doc[max(sent.start, tok.left_edge.i - 1):tok.i])):
                continue  # "ceasefire agreement": the head noun carries the event
            if e.pos == "N" and _idiom_object(tok):
                continue
            if tok.lemma_.lower() == "target" and tok.dep_ == "acl" and any(
                    (g := _lookup(n)) is not None and g.type != "ASSAULT" or n.lemma_.lower() in WORDS.measures
                    for n in [tok.head, *(p for m in tok.head.children if m.dep_ == "prep" and m.lower_ == "of"
                                          for p in m.children if p.dep_ == "pobj")]):
                continue  # "sanctions against Belarus targeting airlines": whom the measure aims at
            if e.pos == "N" and e.type == "MOBILIZE" and tok.dep_ == "pobj" and tok.head.lower_ == "on" \
                    and (g := _lookup(tok.head.head)) is not None and g.type == "MOBILIZE" \
                    and not any(x.dep_ == "auxpass" for x in tok.head.head.children):
                continue  # "placed troops on maximum alert": the verb codes it
            if e.type in ("SUPPORT", "COOPERATE") and tok.tag_ == "VBG" and not _enacts(tok) and (
                    tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") or tok.dep_ == "ROOT"
                    and not any(c.dep_ == "aux" for c in tok.children)
                    and any(c.tag_ == "VBD" and c.dep_ in ("ccomp", "conj") for c in tok.children)):
                # (the parser may make the participle the root: "Militias backing X clashed")
                # "armed groups backing the rival prime ministers fought": who they are, not news
                out.append(Candidate(k=k, tok=tok, entry=e, dropped="describes who someone is"))
                continue
            if _scare_quoted(tok) and any(a.lemma_.lower() in WORDS.accusing | WORDS.call for a in tok.ancestors):
                # "accused Sudan of exploiting the offensive to 'invade' Ethiopian land": the
                # accuser's word for what was done, coded as the accusation
                out.append(Candidate(k=k, tok=tok, entry=e, dropped="a characterisation in someone's words"))
                continue
            named = tok
            while named.dep_ in ("pobj", "prep") and named.head.i != named.i:
                named = named.head  # "called the incident an act of aggression": the act named
            if e.pos == "N" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in WORDS.call and _name_calling(tok.head) \
                    and not _modifier_actors(doc, k, tok) \
                    and not _pobjs(tok, ("by",)):
                # "the Kremlin called the drills 'a rehearsal for aggression'": drills told
                # before, not the caller's; the calling is the accusation
                out.append(Candidate(k=k, tok=tok, entry=e, dropped="an act someone names, not theirs"))
                continue
            if e.pos == "N" and named.dep_ == "oprd" and named.head.lemma_.lower() in WORDS.call:
                # "what they called Russia's occupation": someone's words for an act, coded as
                # the accusation they make, not as a reported act
                out.append(Candidate(k=k, tok=tok, entry=e, dropped="a characterisation in someone's words"))
                continue
            if e.type in ("ASSAULT", "COERCE") and tok.dep_ == "advcl" and tok.tag_ == "VBG" \
                    and _crowd_act(tok.head) is not None:
                # "Thais gathered outside the embassy, burning flags": the protest's own acts
                out.append(Candidate(k=k, tok=tok, entry=e, dropped="part of a crowd's protest"))
                continue
            if "charge" in e.flags and not _conflict_clause(tok):
                continue
            if e.type == "SUPPORT" and e.pos == "N" and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                    and (g := _lookup(tok.head.head)) is not None and g.type == "PROTEST":
                continue  # "rallied in support of X": the rally is the act
            if "carry" in e.flags and not any(c.dep_ == "dobj" and (
                    c.lower_ in WORDS.forces or _war_kit(c) or c.lemma_.lower() in WORDS.equipment)
                    for c in tok.children) and not _forces_moving(doc, k, tok):
                continue  # "moved to block the bill" moves no troops
            if "forces" in e.flags and not _forces_doing(tok):
                continue  # "the minister left Paris" withdraws no one
            if "armed" in e.flags and not _armed_doer(doc, k, tok):
                continue  # "a fishing trawler violated Indonesian waters": no show of force
            if "state" in e.flags and (s0 := _subject(tok)) is not None and any(
                    t.lower_ in WORDS.companies for t in s0.subtree):
                continue  # "Kenya Airways halted flights to Mogadishu": a company's safety step
            if "goods" in e.flags and not _goods_given(tok):
                continue  # "delivered a speech", "gave a warning"
            e = _transfer(tok, e)
            if e.pos == "V" and tok.tag_ == "VBN" and tok.dep_ in ("pobj", "dobj", "nsubj") and not any(
                    c.dep_ in ("aux", "auxpass", "agent", "nsubj", "nsubjpass") for c in tok.children):
                continue  # "the number of wounded", "the dead and the injured": people, not an act
            if e.word == "general strike" and _bare_strike(tok) and any(
                    c.entry.type == "ASSAULT" and c.tok.lemma_.lower() == "strike" for c in out):
                # "civilians were killed in the strikes": the strikes the story already told of
                e = lexicon()[("strike", "N")]
            if e.type == "COOPERATE" and tok.lemma_.lower() in ("hand", "give", "deliver", "transfer") and any(
                    c.dep_ == "dobj" and (c.lower_ in WORDS.equipment or c.lemma_.lower() in WORDS.goods | WORDS.kit)
                    for c in tok.children):
                # "handed over 12 vehicles to the border police": goods given are aid
                e = replace(e, type="AID", mode=None, context=(), word=e.word + "+goods")
            if e.type == "ASSAULT" and tok.lemma_.lower() in ("fire", "launch") and tok.i >= 2 \
                    and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "test":
                # "test-fired a missile": a weapons test shows force, it hits no one (codebook 3.14)
                e = replace(e, type="MOBILIZE", mode="weapons", context=(), word="test-" + e.word)
            if e.type == "AGREE" and e.pos == "V" and tok.lemma_.lower() not in WORDS.deciding and _harm_vowed(tok):
                e = replace(e, type="THREATEN", mode=None, context=(), word=e.word + "+harm",
                            flags=frozenset())
            c = Candidate(k=k, tok=tok, entry=e)
            got = receipt
            args = _verb_args if e.pos in ("V", "VO") else _adj_args if e.pos == "A" else _noun_args
            source, target = got[1:] if got else args(doc, k, tok, e, prev_source, prev_target)
            if e.pos == "N" and e.type in ("ASSAULT", "COERCE") and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "of") \
                    and tok.head.head.lemma_.lower() in _ENDED and not _modifier_actors(doc, k, tok) \
                    and not _pobjs(tok, ("between", "by")):
                # "demanded an end to the fighting in Sudan": the fighting is others', whom the
                # demand does not name; not the demander's attack
                out.append(Candidate(k=k, tok=tok, entry=e, dropped="an act someone wants ended, its doers unnamed"))
                continue
            if got:
                c.entry = e = got[0]
            if (was := tok.doc.user_data.get("lifted", {}).get(tok.i)) is not None and source and \
                    {a.country for a in source if a.country} & {a.country for a in target if a.country}:
                # a parse repair made the speaker accuse its own state: the reported side acts
                s0 = _subject(tok.doc[was])
                source = actors_of(doc, k, s0) if s0 is not None else source
            if not target and len(source) > 1 and "recip" in e.flags and not e.word.startswith("mediat"):
                source, target = _split_recip(source)
            elif e.type in SYMMETRIC and len({a.country for a in source if a.country}) > 1 \
                    and not any(a.country for a in target if a.country not in _topics(doc, k, tok)) \
                    and not e.word.startswith("mediat"):
                # "Russia and Ukraine agreed to swap prisoners": each agreed with the other
                source, target = _split_recip([a for a in source if a.country])
            # "A and B exchanged fire", "A clashed with B": each fired at the other
            mirror = "recip" in e.flags and e.type == "ASSAULT"
            if e.type == "ASSAULT" and not target and e.word in _TRADED and (s0 := _subject(tok)) is not None \
                    and any(c.dep_ == "conj" for c in s0.children) \
                    and len({(a.country, a.sector) for a in source if a.country}) == 2:
                # "Syria and Israel have fired across the ceasefire line", "the MILF and the
                # government violated the truce": two sides joined as doers fired at each other
                source, target = _split_recip([a for a in source if a.country])
                mirror = True
            if e.type == "RETREAT" and e.pos == "V" and not target and len({a.country for a in source if is_state(a.country)}) == 2 \
                    and _face_off(sent):
                # "Kyrgyz and Tajik troops began withdrawing from the border after the fighting":
                # each pulls back from the other (not allies' warships leaving an area)
                source, target = _split_recip([a for a in source if is_state(a.country)])
                mirror = True
            source = _prefer_countries(_dedupe([a for a in source if _usable(a)]))
            target = _prefer_countries(target)
            src_c = {a.country for a in source}
            if e.type in _HOSTILE and target and all(
                    (a.text or "").lower().split(" ")[0] in ("its", "their") and a.country in src_c
                    and "own" not in (a.text or "").lower().split() and (a.sector == "MIL" or a.role == "object"
                                                                         or _abroad_people(a))
                    for a in target) \
                    and (sp := _speaker(doc, k, tok)) is not None and is_state(sp.country) and sp.country not in src_c:
                # "Georgia said Russia shot down its drone": no one shoots down its own craft or
                # forces; the teller's (but "said Cuba detained its protesters": Cuba's own)
                target = [replace(a, country=sp.country) for a in target]
            target = _dedupe([a for a in target if _usable(a) and (
                a.country is None or a.country not in src_c
                or a.sector not in {s.sector for s in source}
                or _other_office(a, source))])
            if e.type in ("MOBILIZE", "AID", "AGREE") and source and all(
                    not is_state(a.country) for a in target) and (hosts := _mission_host(doc, k, tok)):
                target = hosts  # "sent troops to the UN force in South Sudan": the host state
            if e.type == "REQUEST" and any(a.country for a in source) and not _actor_targets(target) and (
                    haven := _haven(doc, k, tok)) and not {a.country for a in haven} & {a.country for a in source}:
                target = haven  # people of one state seeking refuge in another; not "in nearby Goma"
            if e.type in ("MOBILIZE", "RETREAT") and source and not any(a.country for a in _actor_targets(target)):
                target = _facing(doc, k, tok, source) or target
            if e.type == "CONSULT" and source and not target and e.word.startswith("mediat"):
                target = _mediated(doc, k, tok, source)
            if e.type == "REJECT" and source and all(
                    a.role == "object" or (a.text or "").lower().split(" ")[0] in POSSESSIVE for a in target):
                # nobody but things or its own on the other end: whom the refusal waits on
                target = _held_until(doc, k, tok, source) or target
            if e.type == "ACCUSE" and e.pos == "V" and (blamed := _blamed_doer(doc, k, tok, out, source)):
                target = blamed  # "condemned the bombing of Bentiu": the bomber, not the town
            if source and not target and e.type in _AIMED_AT_THINGS:
                target, head = _object_target(doc, k, tok, e)
                if target and not target[0].country:
                    target = _maker(doc, k, head, source) or _earlier_doer(out, head, source, doc) \
                        or _author(doc, k, head, source) or target
            if e.type == "ACCUSE" and e.pos == "V" and any(
                    (w := _lookup(p)) is not None and w.type == "ASSAULT" and not any(
                        x.dep_ == "prep" and x.lower_ == "of" for x in p.children)  # "a barrage of criticism"
                    for p in _pobjs(tok, ("with",)) + [
                        g for o in tok.children if o.dep_ == "dobj" for g in _pobjs(o, ("with",))]):
                # "blasted Philippine vessels with water cannon": a blow, not words
                c.entry = e = replace(e, type="ASSAULT", mode=None, context=(), word=e.word + "+weapon")
            if e.type == "PROTEST" and e.word == "protest" and source and all(
                    a.country and a.sector in (None, "GOV", "LEG") for a in source) and _state_subject(tok):
                # a state that "protested" or "lodged a protest" complains: diplomatic ACCUSE
                c.entry = e = replace(e, type="ACCUSE", mode="disapprove", context=("diplomatic",),
                                      word="protest+state")
            if e.type == "REJECT" and e.word in ("block", "bar") and source and (all(
                    a.sector in ("COP", "MIL") for a in source) or (s0 := _subject(tok)) is not None
                    and s0.lemma_.lower() in WORDS.vessels) and target and all(
                    a.role != "object" for a in target):
                # "police blocked the supporters from marching": force on people, not a veto
                c.entry = e = replace(e, type="COERCE", mode="restrict", word=e.word + "+people")
            if e.type == "REJECT" and e.word in ("cancel", "call off", "suspend") and any(
                    x.dep_ == "dobj" and x.lemma_.lower() in WORDS.ties | {"programme", "program", "exchange"}
                    and not ((xe := _lookup(x)) is not None and xe.type == "CONSULT") for x in tok.children):
                # "cancelled exchange programmes with their Japanese sister cities": a tie cut
                c.entry = e = replace(e, type="SANCTION", mode="discontinue", word=e.word + "+ties")
            if e.pos == "VO" and e.word.split()[0] in ("end", "terminate") and e.word.split()[-1] in (
                    "talks", "negotiation", "dialogue") and not _acts(doc, k, _pobjs(tok, ("with",)) + [
                    p for x in tok.children if x.dep_ == "dobj" for p in _pobjs(x, ("with",))]):
                c.dropped = "talks ended with no party left: their close, not a break"
            if e.type == "AID" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "order" and \
                    tok.lemma_.lower() in ("pay", "compensate", "return", "refund"):
                c.dropped = "a payment ordered by a court: coded as the order"
            if e.word == "order" and e.pos == "V" and source and all(a.sector == "JUD" for a in source) and any(
                    x.dep_ == "xcomp" and x.lemma_.lower() in ("pay", "compensate", "return", "refund")
                    for x in tok.children):
                # codebook 3.13: a court-ordered payment is SANCTION/convict, not a request
                c.entry = e = replace(e, type="SANCTION", mode="convict", word="order+pay")
            if e.type == "REJECT" and e.word in ("cancel", "call off") and (obj := next(
                    (x for x in tok.children if x.dep_ in ("dobj", "nsubjpass")), None)) is not None \
                    and (oe := _lookup(obj)) is not None and oe.type not in ("CONSULT", "AGREE", "COOPERATE"):
                if oe.type == "PROTEST":  # codebook 3.4: suspending a protest campaign concedes
                    c.entry = e = replace(e, type="CONCEDE", mode=None, word=e.word + "+protest")
                else:  # "called off the offensive": that act is not done, and no one is rebuffed
                    c.dropped = "a called-off act of one's own, not a rejection of another"
            if _ultimatum_content(tok):
                c.dropped = "what an ultimatum demands, coded as the threat"
            if e.type in ("ASSAULT", "THREATEN", "COERCE") and _against_ill(tok):
                c.dropped = "fights an ill, not a side"  # "pledged to fight corruption"
            if e.type == "COERCE" and e.word.split()[-1] == "emergency" and any(
                    t.lemma_.lower() in WORDS.ills or t.lower_ in WORDS.ills for t in tok.sent):
                c.dropped = "an emergency against a disaster or disease, not coercion"  # "as wildfires spread"
            if e.type == "RETREAT" and any(
                    c.dep_ == "prep" and c.lower_ == "from" and any(
                        g.lemma_.lower() in ("brink", "verge", "edge") for g in c.children)
                    for x in [tok, *(p for p in tok.children if p.dep_ in ("prt", "advmod"))] for c in x.children):
                c.dropped = "stepped back from the brink of an act: no forces withdrawn"
            if e.type == "RETREAT" and any(x.dep_ in ("dobj", "nsubjpass") and x.lemma_.lower() in WORDS.claims
                                           for x in tok.children):
                c.dropped = "a report or claim withdrawn, not forces"  # "the report was later withdrawn"
            if e.word == "give light" and any((x := _lookup(p)) is not None and x.type in (
                    "ASSAULT", "COERCE", "MOBILIZE", "SANCTION") for p in _pobjs(tok, ("for", "to")) + [
                    p for o in tok.children if o.dep_ == "dobj" for p in _pobjs(o, ("for", "to"))]):
                # "gave the green light for an incursion into Lebanon": no support for Lebanon
                c.dropped = "a green light for one's own blow: coded as the blow"
            if e.word == "sign" and any(x.dep_ == "dobj" and x.lemma_.lower() in WORDS.enacted
                                        for x in tok.children):
                c.dropped = "signed a law or decree: what it does is the event"  # "signed a decree granting"
            if _untrained(tok, e):
                c.dropped = "trained to do something: no one is trained by another"
            if e.word == "expel" and tok.lemma_.lower() != "expel" and not (
                    {a.country for a in target if a.country} - {a.country for a in source if a.country}):
                c.dropped = "told to leave are not another state's envoys"  # "ordered its staff to leave"
            if e.type == "MOBILIZE" and _forces_moving(doc, k, tok) and not _show_of_force(tok):
                c.dropped = "forces moving to help, flee, return or into open sea"
            if e.type == "SUPPORT" and e.word == "defend" and not any(a.country or a.name for a in target):
                c.dropped = "defends a place or thing, not an actor"  # "defend every inch"
            if e.type == "CONSULT" and target and all(
                    not a.name and a.country is None and (a.text or "").lower().split()[-1] in WORDS.audience
                    for a in target):
                c.dropped = "speaks to an audience, not with another party"  # "speaking to supporters"
            if e.type == "CONSULT" and not target and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl") \
                    and tok.lemma_.lower() in ("speak", "talk"):
                c.dropped = "how a source spoke, not a meeting"  # "speaking on condition of anonymity"
            mission = next((o for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in ("embassy", "consulate")
                            and any(x.dep_ in ("ccomp", "oprd", "xcomp") and x.lemma_.lower() in WORDS.shut
                                    for x in tok.children)), None) if e.word == "order" and e.pos == "V" else None
            if mission is not None:
                # "ordered Venezuela's embassy in Bogota closed": its own mission shut, a tie cut
                # with the host
                own = {a.country for a in source if a.country}
                hosts = [a for a in _acts(doc, k, _pobjs(mission, ("in",))) if a.country and a.country not in own]
                if hosts:
                    c.entry = e = lexicon()[("close embassy", "VO")]
                    target = hosts
            if e.word == "order" and e.pos == "V":
                if any(c.dep_ == "dobj" and (c.lower_ in WORDS.forces or _lookup(c) is not None)
                       for c in tok.children) or not target:
                    c.dropped = "orders its own forces, a noun act or no one: the ordered act is the event"
                elif any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in WORDS.shut for c in tok.children) \
                        and all(a.sector not in (None, "GOV", "MIL") for a in target):
                    # "ordered the newspaper to suspend publication"
                    c.entry = e = replace(e, type="COERCE", mode="restrict", word="order+shut")
            if tok.dep_ == "xcomp" and tok.lemma_.lower() in WORDS.shut and tok.head.lemma_.lower() == "order":
                c.dropped = "the stop was ordered: coded as the order"
            if e.type == "CONSULT":  # "told reporters", "spoke to journalists": no diplomacy
                target = [a for a in target if a.sector != "JRN" or a.name]
                if target and all(not a.country and not a.name and (a.text or "").lower().split()[-1] in WORDS.folk
                                  for a in target):
                    c.dropped = "a visit to ordinary people, not a party"  # "visiting displaced families"
            if "charge" in e.flags and target and all(a.country for a in source + target) and \
                    {a.country for a in target} <= {a.country for a in source}:
                c.dropped = "a side's claim of its own deed, no accusation"  # "claimed its missiles hit a carrier"
            c.source, c.target = source, target
            if source:
                prev_source, prev_target = source, target
            c.modality = modality_of(tok, fixed="fixed" in e.flags,
                                     is_actor=lambda t, k=k: bool(actors_of(doc, k, t)))
            if e.pos == "VO" and c.modality == "actual" and any(
                    x.lemma_.lower() == e.word.split()[-1] and any(n.dep_ == "neg" for n in x.children)
                    for x in tok.children):
                c.modality = "negated"  # "found the opposition leader not guilty": acquitted
            if e.type == "REJECT" and c.modality == "future" and any(
                    x.dep_ == "aux" and x.lower_ in ("will", "shall", "'ll") for x in tok.children):
                c.modality = "actual"  # "Hungary will veto the package": a refusal made by stating it
            if c.modality == "hypothetical" and _headline_present(doc, k, tok):
                c.modality = "actual"  # "Israel strikes south Lebanon": headlines report in the present
            if c.modality == "actual" and _denied_charge(doc, k, tok, source, e.type, target):
                c.modality = "hypothetical"  # "accused X of financing Y, a charge X dismissed"
            if c.modality == "actual" and _dismissed_claim(tok):
                c.modality = "negated"  # "dismissed as 'lies' an allegation that X had shelled"
            if c.modality == "future" and tok.i in doc.work.get("braced", ()):
                c.modality = "hypothetical"
            gov = _willing(tok) if e.type in _COOP and c.modality != "negated" else None
            if gov is not None and not ((g := _lookup(gov)) and g.type == "AGREE"):
                # "willing to talk", "ready to send aid": an expressed intent is AGREE
                c.entry = e = replace(e, type="AGREE", mode=None, word=e.word + "+intent")
                c.modality = "negated" if gov.lower_.startswith("un") else "future"
            c.attributed_to = _speaker(doc, k, tok)
            if c.modality == "future" and e.type in ("AID", "RETREAT") and tok.dep_ == "xcomp" and (
                    (h := _lookup(tok.head)) is not None and h.type == "AGREE" and h.pos == "V"):
                # "offered to send food", "pledged to free the prisoners": the promise is the
                # event (AGREE, coded on its verb); what is promised is its content
                c.dropped = "the content of a promise, coded as the promise"
            if e.type in ("AID", "COOPERATE") and e.pos == "N" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                    and (cut := _lookup(tok.head.head)) is not None and cut.type in ("SANCTION", "REJECT") \
                    and tok.head.head.pos_ == "NOUN":
                c.dropped = "what is suspended or cut, coded as the cut"  # "a suspension of aid"
            if e.type == "MOBILIZE" and e.pos == "N" and _struck(tok):
                c.dropped = "the one struck, not a show of force"  # "fired on a police patrol"
            if e.pos == "N" and tok.lemma_.lower() in WORDS.missions and tok.dep_ == "pobj" and \
                    tok.head.lower_ in ("to", "into") and tok.head.head.lemma_.lower() in WORDS.sending:
                c.dropped = "a force troops are sent to: the destination, not an act"
            if _unhesitating(tok) and e.type in ("ASSAULT", "COERCE", "SANCTION"):
                # "would not hesitate to impose sanctions on any party that starts a war": a vow
                c.entry = e = replace(e, type="THREATEN", mode=None, context=(), word=e.word + "+vowed")
                c.modality = "actual"
            elif c.modality == "actual" and _unhesitating(tok):
                c.modality = "future"  # "would not hesitate to hold talks": not yet held
            if c.modality == "future":
                c.entry = e = _announced(c, e, source)
            elif e.type == "RETREAT" and e.pos == "N" and tok.dep_ == "dobj" and \
                    tok.head.lemma_.lower() in WORDS.declare:
                # codebook 3.4: "declared a unilateral ceasefire" is the declaration, not the deed
                c.entry = e = replace(e, type="CONCEDE", mode=None, context=(), word=e.word + "+declared")
            if c.modality == "negated" and e.type in _COOP | {"AGREE"} and (source or target) and _refusal(tok):
                # "will not release", "would not provide aid": declining is a rejection
                refusal = replace(e, type="REJECT", mode=None, context=(), word=e.word + "+refusal")
                verb = _refusing_verb(tok)
                if verb is not tok and (s := _subject(verb)) is not None and (who := actors_of(doc, k, s)):
                    # "Congo's president would not take part in the EAC summit": he refuses
                    # the summit's hosts, whoever the noun names
                    mine = {(a.country, a.sector) for a in who}
                    target = [a for a in source + target if (a.country, a.sector) not in mine]
                    source = who
                out.append(Candidate(k=k, tok=tok, entry=refusal, source=source, target=(
                    _actor_targets(target) or _held_until(doc, k, tok, source) or target
                    or _object_target(doc, k, tok, refusal)[0]), attributed_to=c.attributed_to,
                    stateless=not any(a.country for a in source + target)))
            if not source and target and e.type in _HOST_ACTS and e.pos == "V" and _agentless(tok):
                # "was arrested in Rwanda", "were summoned in Tehran": the state where it was
                # done did it; build_events takes that state from the place, or drops it
                c.host_source = True
            elif not source:
                c.dropped = "no source actor"
                out.append(c)
                continue
            if mirror and target:  # "A and B exchanged fire": A fired at B and B at A
                out.append(Candidate(k=k, tok=tok, entry=e, source=list(target), target=list(source),
                                     modality=c.modality, attributed_to=c.attributed_to))
            if not target and e.type == "SANCTION" and e.pos == "N" and tok.dep_ == "dobj":
                target = c.target = _stray_target(doc, k, tok, e, source)
            if e.type == "SANCTION" and target and all(
                    not a.country and (a.text or "").lower().split(" ")[-1] in WORDS.envoys for a in target):
                target = c.target = _recalled_from(doc, k, tok) or target
            if not any(a.country for a in source + target):
                c.stateless = True  # the place of the event may still tell whose actors these are
            if not target and (e.type not in _UNDIRECTED or c.modality != "actual") and not (
                    e.type == "CONSULT" and tok.lemma_.lower() in WORDS.gather | WORDS.sessions
                    and (e.pos == "V" or tok.dep_ == "dobj" and _lemma_in(tok.head, WORDS.light))
                    and all(a.country and not is_state(a.country) for a in source)):
                # (but "EU foreign ministers met in Berlin": a body meets within itself)
                c.partial = True  # may still join a directed mention of the same act
            out.append(c)
        out.extend(_conditional_threats(doc, k, sent, out))
        out.extend(penalties(doc, k, sent, out))
        here = [c for c in out if c.k == k]
        for settle in (_fold_contents, _decided_measures, _one_promise, _left_partner):
            settle(here)
    return out
