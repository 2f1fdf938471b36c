"""Source and target of a verb trigger: the subject acts on its object or on the one named
after its preposition, unless a passive, an idiom, a reported clause or forces on the move
say otherwise ("were killed in Israeli shelling", "signed a deal with X", "deployed troops")."""
from __future__ import annotations

from dataclasses import replace

from ..actors import actors_of, inner_actors, is_state
from ..actors._resolve import QUANTITY
from ..model import Actor
from ._lexicon import DEFAULT_PREPS, LexEntry
from ._parties import _acts, _modifier_actors, _pobjs, _same_side, _speaker, _subject
from ._trigger import _AIMED, _CONFLICT, _STANCE, _lemma_in, _lookup, _war_kit
from ._words import words

WORDS = words("arguments")


_TALKING = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE"}
_DOBJ_MOVED = {"MOBILIZE", "RETREAT"}  # "deployed troops": the object is what moves, not a target


def _capital_state(t) -> Actor | None:
    """The state of a capital or country named as a place ("from Addis Ababa")."""
    from ..places import geocode
    span = t.doc[t.left_edge.i:t.i + 1]
    loc = geocode(span.text.removeprefix("the "), text=t.sent.text)
    return Actor(text=span.text, country=loc.country, sector="GOV") if loc and is_state(loc.country) else None


def _characterised(tok):
    """The noun of "(condemned) what they called X's occupation" / "called it X's aggression":
    an act named in someone's words, the object of the condemning or of the calling."""
    verbs = [tok] + [c for c in tok.children if c.dep_ == "ccomp"]
    for v in verbs:
        if v.lemma_.lower() in WORDS.call:
            for c in v.children:
                if c.dep_ == "oprd" and c.pos_ == "NOUN":
                    return c
    return None


def _helped(doc, k, tok, own) -> list[Actor]:
    """"sent a ship to help Finnish investigators", "deployed troops to support Mali's army":
    the one helped receives what was sent."""
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in WORDS.help and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
            toks = [g for g in c.children if g.dep_ == "dobj"] + [
                s for g in c.children if g.dep_ in ("ccomp", "xcomp") for s in g.children if s.dep_ == "nsubj"]
            return _acts(doc, k, toks, exclude=own)
    return []


def _controlled_subject(c) -> bool:
    """"wants Putin to attack": the parser makes Putin the subject of an infinitive."""
    return c.dep_ in ("ccomp", "xcomp") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children) \
        and any(x.dep_ == "nsubj" and x.pos_ in ("NOUN", "PROPN") for x in c.children)


def _interlocutor(doc, k, tok, source) -> list[Actor]:
    """The other party of a sentence: "in the phone call with X", "told X"."""
    src = {a.country for a in source}
    above = {tok.i}
    x = tok
    while x.head.i != x.i:
        x = x.head
        above.add(x.i)
    for t in tok.sent:
        if (t.dep_ == "pobj" and t.head.lower_ == "with" or t.dep_ == "dative") \
                and _clause_verb(t).i in above:  # not "..., and said it would file a complaint with X"
            acts = [a for a in actors_of(doc, k, t) if a.country and a.country not in src]
            if acts:
                return acts
    if tok.dep_ == "conj" and tok.head.lemma_.lower() in WORDS.face_to_face:
        # "summoned the EU's ambassador and demanded that the curbs be lifted": of him
        return [a for o in tok.head.children if o.dep_ in ("dobj", "dative")
                for a in actors_of(doc, k, o) if a.country and a.country not in src]
    return []


def _clause_verb(t):
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _launched_weapon(passive, e: LexEntry):
    """The weapon a passive subject names ("Iranian drones were launched", "hundreds of
    Russian missiles were fired"), when the act is done with it; else None."""
    w = passive
    if w.lower_ in QUANTITY:
        w = next((g for p in w.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"), w)
    named = e.pos == "VO" and e.word.split()[-1] in (w.lemma_.lower(), w.lower_)
    return w if named or "instrument" in e.flags and _lemma_in(w, WORDS.weapons) else None


def _verb_args(doc, k, tok, e: LexEntry, prev_source=(), prev_target=()):
    src_tok = tgt_toks = None
    passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if passive is None and tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children):
        passive = _subject(tok)  # "were held for a year and released by Putin": shared subject
    if passive is not None:
        agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not agent and any(c.dep_ == "auxpass" for c in tok.children):
            # "were given food and shelter by Colombia": a "by" the parser left a preposition
            agent = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
                     for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "ORG", "NORP")]
        source = _acts(doc, k, agent, inner=False) or [
            a for g in agent for a in _modifier_actors(doc, k, g)]  # "was hit by an Israeli shell"
        if not source:  # "were killed in Israeli shelling", "died in an air strike by X"
            for means in _pobjs(tok, ("in", "during", "after")):
                if (m := _lookup(means)) is not None and m.type == e.type:
                    source = _modifier_actors(doc, k, means) or _acts(doc, k, _pobjs(means, ("by",)))
                    break
                nxt = doc.work["sents"][k].doc[means.i + 1] if means.i + 1 < len(means.doc) else None
                if nxt is not None and nxt.head.i in (tok.i, means.i) and (
                        m := _lookup(nxt)) is not None and m.type == e.type:
                    # "killed in Israeli tank shelling", parsed as "in [Israeli tank]" + "shelling"
                    source = inner_actors(doc, k, means)
                    break
        target = _acts(doc, k, [passive])
        if not source and (weapon := _launched_weapon(passive, e)) is not None:
            # "Iranian drones were launched at Israel": the weapon's owner launched it, at whom
            # the preposition says
            source = _modifier_actors(doc, k, weapon) or inner_actors(doc, k, weapon)
            return source, _acts(doc, k, _pobjs(tok, e.preps or DEFAULT_PREPS))
        if not source and tok.lemma_.lower() in WORDS.stative:
            return target, []  # "Ethiopia is committed to opening up": a stance, not a deed done to it
        if not source and e.type in _DOBJ_MOVED and (passive.lower_ in WORDS.forces or any(
                a.sector == "MIL" for a in target)):
            return target, []  # "2,000 Russian soldiers were deployed along the corridor"
        return source, target
    if tok.dep_ == "pobj" and tok.tag_ == "VBG":
        # "killed in Israeli tank shelling": a gerund used as a noun keeps its modifiers' actors
        return _modifier_actors(doc, k, tok), []
    misparsed = tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN")
    if (tok.tag_ == "VBN" or tok.i == tok.sent.start and tok.tag_ == "VBD") and not misparsed \
            and tok.dep_ in ("advcl", "acl") and not any(
            c.dep_ in ("aux", "auxpass", "nsubj") for c in tok.children):
        return [], []  # "Asked about X, the official ...": a passive participle, no agent
    if tok.lemma_.lower() in WORDS.needs_dobj and not any(
            c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") or _controlled_subject(c)
            for c in tok.children):
        return [], []  # "expects that talks will fail" is a forecast, "expects a reply" a request
    if tok.lemma_.lower() in WORDS.needs_dobj and all(
            _lookup(c) is not None or c.lemma_.lower() in WORDS.ties for c in tok.children if c.dep_ == "dobj") and not any(
            _controlled_subject(c) for c in tok.children):
        return [], []  # "did not want war", "seeks peace", "wants good ties": a wish, not a request
    if tok.lemma_.lower() == "expect" and any(
            c.dep_ in ("xcomp", "ccomp") and (x := _lookup(c)) is not None and x.type in _CONFLICT
            for c in tok.children):
        return [], []  # "officials expect Azerbaijan to attack again": a forecast; no one asks for harm
    src_tok = _subject(tok)
    source = actors_of(doc, k, src_tok) if src_tok is not None else []
    if not source and src_tok is not None and src_tok.lower_ in QUANTITY:
        source = inner_actors(doc, k, src_tok)  # "thousands of Georgians protested"
    if not source and src_tok is not None and src_tok.pos_ == "NOUN" and _lookup(src_tok) is None:
        # "a ship chartered by the European Union ... docked": whose it is (not "an exchange
        # brokered by Qatar that gave Iran access": the broker is not the giver)
        source = _acts(doc, k, [g for a in src_tok.children if a.dep_ == "acl" and a.tag_ == "VBN"
                                for b in a.children if b.dep_ == "agent" for g in b.children if g.dep_ == "pobj"],
                       inner=False)
    if not source and src_tok is not None and src_tok.pos_ == "NOUN":
        source = _modifier_actors(doc, k, src_tok)  # "Bosnian Serb units threatened": whose units
    if source and not any(a.country for a in source) and src_tok is not None \
            and src_tok.dep_ == "dobj" and src_tok.lower_ in WORDS.forces:
        boss = _subject(src_tok.head)  # "Putin ordered troops to withdraw": his troops
        owner = next((a.country for a in actors_of(doc, k, boss) if a.country), None) \
            if boss is not None else None
        if owner:
            source = [replace(a, country=owner) for a in source]
    if not source and src_tok is not None and (src_tok.lower_ in WORDS.equipment or _lemma_in(src_tok, WORDS.weapons)):
        source = _modifier_actors(doc, k, src_tok)  # "a Taliban-claimed car bomb struck a bus"
    if not source and src_tok is not None and _lemma_in(src_tok, WORDS.papers):
        # "a U.S. report called for ...", "put out a report accusing X": the author
        source = inner_actors(doc, k, src_tok)
        if not source and src_tok.dep_ in ("dobj", "nsubjpass") and src_tok.head.i != tok.i:
            s2 = _subject(src_tok.head)  # "the IAEA board passed a resolution criticising X"
            source = (actors_of(doc, k, s2) or _modifier_actors(doc, k, s2)) if s2 is not None else []
    if src_tok is not None and not source and src_tok.lower_ in WORDS.first_person:
        sp = _speaker(doc, k, tok)
        source = [sp] if sp else []
    objs = [c for c in tok.children if c.dep_ in ("dobj", "iobj") or
            c.dep_ == "dative" and c.pos_ != "ADP" or c.dep_ == "oprd" and c.pos_ == "PROPN"]
    if e.type in _DOBJ_MOVED:
        own = {a.country for a in source if a.country}
        def foreign(o):  # "released the Greek soldiers", "returned the captured soldiers":
            # another state's people are freed
            return any(a.country and a.country not in own for a in actors_of(doc, k, o)) or any(
                c.dep_ == "amod" and c.lower_ in WORDS.captured for c in o.children)
        moved = [o for o in objs if (o.lower_ in WORDS.forces or _war_kit(o) or
                                     o.lower_ in ("weapons", "arms")) and not foreign(o) or
                 any(a.country in own and a.sector in (None, "MIL") for a in actors_of(doc, k, o))]
        if objs and not moved and (not any(inner_actors(doc, k, o) for o in objs) and not _acts(
                doc, k, _pobjs(tok, ("to", "into"))) or all(_lemma_in(o, WORDS.papers | WORDS.media) for o in objs)):
            return [], []  # "released a statement", "moved the meeting": nothing moves
            # (but "returned the statues to Greece" gives them back to someone)
        objs = [o for o in objs if o not in moved]
    idiom_obj = []
    if e.pos == "VO":  # "signed a deal with X": the deal is the event, X the target
        idiom_obj = [o for o in objs if e.word.split()[-1] in (o.lemma_.lower(), o.lower_)]
        # "took in refugees", "will not accept asylum seekers": people named by the idiom
        # are still its other party
        objs = [o for o in objs if o not in idiom_obj or "recip" not in e.flags and any(
            a.sector == "REF" for a in actors_of(doc, k, o))]
        objs += [s for c in tok.children if c.dep_ in ("ccomp", "oprd", "acomp") and c.pos_ == "ADJ"
                 for s in c.children if s.dep_ == "nsubj"]  # "found [Nielsen] guilty"
        if tok.lemma_.lower() in ("allow", "let", "permit", "declare"):  # "allowed [IAEA inspectors] to visit"
            objs += [s for c in tok.children if c.dep_ in ("ccomp", "xcomp")
                     for s in c.children if s.dep_ == "nsubj" and s not in objs]
    tgt_toks = [o for o in objs if "instrument" not in e.flags]
    preps = tuple(p for p in (e.preps or DEFAULT_PREPS)
                  if p not in WORDS.place_preps or e.type in _AIMED and p == "at" or "goods" in e.flags)
    if " " in e.word:  # "called for a ceasefire between X and Y": the parties asked
        preps += (e.word.split()[-1],)
    tgt_toks += _pobjs(tok, preps)
    if "goods" in e.flags:  # "deposited [$1 billion in the central bank]"; the goods are no one
        tgt_toks = [t for t in tgt_toks if t.dep_ != "dobj" or t.lemma_.lower() not in WORDS.goods | WORDS.kit | WORDS.relief | WORDS.loads]
        tgt_toks += [g for o in objs if o.dep_ == "dobj" for g in _pobjs(o, preps)]
    for o in idiom_obj:  # "established ties with X": the parser hangs X on the noun
        tgt_toks += _pobjs(o, preps)
        for a in o.children:  # "lifted sanctions imposed on India": on whom they lie
            if a.dep_ == "acl" and a.tag_ == "VBN":
                tgt_toks += _pobjs(a, preps)
    if e.type == "THREATEN" and not tgt_toks and not any(  # ("threatened to shell Haifa if ...": Haifa)
            g.dep_ == "dobj" and actors_of(doc, k, g) for c in tok.children if c.dep_ == "xcomp" for g in c.children):
        # "threatened to cut the transit of Russian gas to Europe if the EU imposed new
        # penalties": the one whose act would set it off
        tgt_toks = [s for x in [tok, *(c for c in tok.children if c.dep_ == "xcomp")] for v in x.children
                    if v.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in v.children)
                    for s in v.children if s.dep_ == "nsubj" and actors_of(doc, k, s)
                    and not {a.country for a in actors_of(doc, k, s)} & {a.country for a in source}]
    for c in tok.children:  # "agreed to meet with X", "threatened to cut supplies to X"
        if c.dep_ == "xcomp" and not tgt_toks:
            tgt_toks += [g for g in c.children if g.dep_ in ("dobj", "dative")] + _pobjs(c, DEFAULT_PREPS)
            if c.lemma_.lower() in WORDS.permit:  # "agreed to allow UN workers (to) enter": whom it lets
                tgt_toks += [s for g in c.children if g.dep_ in ("ccomp", "xcomp")
                             for s in g.children if s.dep_ in ("nsubj", "nsubjpass")]
    for o in [o for o in tgt_toks if o.dep_ == "dobj" and o.lemma_.lower() in WORDS.ties]:
        if partners := _pobjs(o, ("with", "between")):
            # "revoked military cooperation agreements with France": the partner, not "military"
            tgt_toks = [t for t in tgt_toks if t is not o] + partners
    own = frozenset(a.country for a in source if a.country)
    left, mine = [], []
    for o in list(tgt_toks) + idiom_obj:  # "recalled its ambassador from Addis Ababa": the one left
        if o.dep_ == "dobj" and e.type != "PROTEST" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in o.children):
            left += _pobjs(o, ("from", "to", "in"))  # ("closed its embassy in Tehran": the host)
            mine.append(o)
    if left:
        tgt_toks = [t for t in tgt_toks if t not in mine]
    target = _acts(doc, k, tgt_toks + left, exclude=own)
    if not target and left:
        target = [a for a in map(_capital_state, left) if a is not None and a.country not in own]
    if not target and (named := _characterised(tok)) is not None:
        # "condemned what they called Russia's occupation": whose act it is called
        target = [a for a in _modifier_actors(doc, k, named) if a.country not in own]
    if not target and idiom_obj:  # "respects Nepal's sovereignty", "took 40 soldiers hostage"
        target = [a for a in _acts(doc, k, idiom_obj, exclude=own) if a.country or a.name or (
            e.type in ("CONCEDE", "RETREAT") and a.sector == "MIL" and len(source) == 1)]  # "return the captured soldiers"
    if not target and ("speech" in e.flags or e.type in ("ACCUSE", "REQUEST", "REJECT", "THREATEN")):
        # "charged that Russia plans ...": the one the reported clause is about
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp"):
                s = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                if e.type == "THREATEN" and (warned := _warned_if(doc, k, c, s, source)):
                    target = warned
                    break
                if e.type == "THREATEN" and s is not None and not (
                        s.dep_ == "nsubjpass" or c.lemma_.lower() in WORDS.undergo):
                    break  # "warned that the RSF could attack": about the RSF, not a threat to it
                if s is not None:
                    target = inner_actors(doc, k, s)
                if not target and e.type != "THREATEN":  # a warning must name its target
                    own = {a.country for a in source}
                    target = [a for t in c.subtree for a in actors_of(doc, k, t)
                              if a.country and a.country not in own][:1]
                break
    if source and not any(a.country for a in target) and e.type in ("AID", "MOBILIZE", "COOPERATE"):
        target = _helped(doc, k, tok, own) or target
    if source and not any(a.country for a in target) and e.type in ("AGREE", "AID") and any(
            c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or any(t.ent_type_ == "MONEY" for t in c.subtree))
            for c in tok.children):
        # "pledged $500 million for Lebanon's reconstruction": the state the money is for
        target = [a for a in _acts(doc, k, _pobjs(tok, ("for", "toward", "towards")), exclude=own)
                  if a.country and a.country not in own] or target
    if source and not target and e.type in _TALKING:
        target = _interlocutor(doc, k, tok, source)
    if source and not target and e.type in _STANCE:
        # "agreed to open its borders for trucks to enter Afghanistan": the first other
        # party named in what was agreed, refused or threatened
        own = {a.country for a in source if a.country}
        for c in tok.children:
            if c.dep_ == "xcomp":
                meet = any((x := _lookup(m)) is not None and x.type == "CONSULT"
                           for m in [c, *(o for o in c.children if o.dep_ == "dobj")])  # "meet", "hold talks"
                target = [a for t in c.subtree if not (meet and t.dep_ == "pobj" and t.head.lower_ in WORDS.place_preps)
                          and not (t.dep_ == "compound" and t.pos_ == "NOUN")  # "missile warning data"
                          for a in actors_of(doc, k, t)
                          if a.country and a.country not in own and a.role != "object"][:1]
                break  # ("agreed to meet in Moscow": the venue, not a party)
    return source, target


def _warned_if(doc, k, clause, subj, source: list[Actor]) -> list[Actor]:
    """"Warned that it would not stand idle if Tripoli's forces advanced", "warned that if
    Greece extended its waters it would be a cause for war": whatever is promised, a warning
    whose condition is another's act threatens the one who would do it. Not when the promise
    is a third party's ("warned that the RSF could attack if talks fail")."""
    near = [*clause.children, *(g for v in clause.children if v.dep_ == "advcl" for g in v.children)]
    # ("would pursue the rebels wherever they hide if ...": the parser may hang the if-clause lower)
    cond = next((v for v in near if v.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless", "should") for m in v.children)), None)
    if cond is None:
        return []
    own = {a.country for a in source if a.country}
    if subj is not None and subj.dep_ != "nsubjpass" and subj.lower_ not in (
            "it", "everything", "this", "that", "they", "he", "she"):
        who = [a for a in inner_actors(doc, k, subj) if a.country]
        if not who or not all(any(_same_side(a, o) for o in source) for a in who):
            return []  # (not "warned that Boko Haram fighters would attack": not the army's own)
    if subj is not None and subj.dep_ == "nsubjpass":
        cs = subj  # "the Kenyans will be treated as invaders if they enter": they are warned
    elif subj is not None and subj.lower_ in ("they", "he", "she") and not own & {
            a.country for a in inner_actors(doc, k, subj)}:
        cs = next((x for x in cond.children if x.dep_ == "nsubj"), None)  # "... they will not go home alive"
    else:
        cs = next((x for x in cond.children if x.dep_ in ("nsubj", "nsubjpass")), None)
    if cs is None or cs.dep_ == "nsubjpass" and cs is not subj and (
            (x := _lookup(cond)) is not None and x.type in _CONFLICT or not any(
                c.dep_ in ("amod", "poss", "compound") for c in cs.children)):
        return []  # (but "if Sudanese soil were used as a launch pad": Sudan is warned)
    # a rival at home is a target too: the rebels warning the capital's forces (but not "if
    # Egypt's water security was harmed": the warner's own)
    return [a for a in inner_actors(doc, k, cs) if a.country and not any(
        a.country == o.country and (a.sector == o.sector or cs.dep_ == "nsubjpass") for o in source)]
