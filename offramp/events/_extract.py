"""Find event triggers in parsed sentences and their source and target actors."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..actors import actors_of, inner_actors, is_state
from ..actors._resolve import QUANTITY
from ..model import Actor, Document
from ._lexicon import DEFAULT_PREPS, NONE, SYMMETRIC, LexEntry, lexicon
from ._modality import HINDER, SPEECH, content_clause, modality_of, reported_conj
from ._words import words

WORDS = words("arguments")

__all__ = ["Candidate", "candidates"]

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CLIMB = ("xcomp", "advcl", "conj", "pcomp", "relcl", "acl", "ccomp", "prep", "pobj", "dobj",
          "advmod", "npadvmod", "attr", "appos", "acomp")
_UNDIRECTED = {"MOBILIZE", "RETREAT", "PROTEST"}
_AIMED = {"ASSAULT", "COERCE", "THREATEN", "PROTEST"}  # "fired at X": at is the target
_TALKING = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE"}
_STANCE = {"AGREE", "REJECT", "THREATEN"}  # stances on an act: the act's other party is theirs
_DOBJ_MOVED = {"MOBILIZE", "RETREAT"}  # "deployed troops": the object is what moves, not a target


@dataclass
class Candidate:
    """An event found in a sentence, or a trigger dropped with the reason (for `explain`)."""

    k: int
    tok: object
    entry: LexEntry
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    modality: str = "actual"
    attributed_to: Actor | None = None
    dropped: str | None = None
    partial: bool = False
    stateless: bool = False
    host_source: bool = False  # an agentless passive done by the state where it happens


def _lookup(tok) -> LexEntry | None:
    e = _lookup_row(tok)
    return None if e is None or e.type == NONE else e


def _lookup_row(tok) -> LexEntry | None:
    lex = lexicon()
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "ccomp", "ROOT", "conj", "xcomp") or tok.dep_ == "acomp" \
            or tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
        if (e := lex.get((tok.lower_, "A"))) or tok.pos_ == "ADJ":
            return e  # "was deeply concerned by the verdict" (tagged a verb too: "was alarmed by")
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.lemma_ != "be" and tok.dep_ == "ROOT"):
        lemma = tok.lemma_.lower()
        if e := _idiom(tok):
            return e
        for c in tok.children:
            if (c.dep_ in ("prt", "prep") or c.dep_ == "advmod" and c.lower_ in WORDS.particles) \
                    and not _when_phrase(c) and (e := lex.get((f"{lemma} {c.lower_}", "V"))):
                return e  # "pulled back", "stepped down": the parser may call these advmod
        if lemma in ("put", "place", "keep") and any(
                c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in WORDS.alert for g in c.children)
                for c in tok.children):
            return lex.get(("mobilize", "V"))  # "put its missile units on alert"
        if lemma == "call" and _name_calling(tok):
            return lex.get(("call out", "V"))  # "called the plan a disgrace": a reproach
        return lex.get((lemma, "V"))
    if (tok.pos_ in ("NOUN", "PROPN") or _noun_placed(tok)) \
            and tok.ent_type_ not in ("ORG", "PERSON", "GPE", "NORP", "DATE"):
        lemma, low = tok.lemma_.lower(), tok.lower_
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound")]
        for n in (2, 1):
            if len(mods) >= n:
                words = " ".join(m.lower_ for m in mods[-n:])
                for w in (f"{words} {low}", f"{words} {lemma}"):
                    if e := lex.get((w, "N")):
                        return e
        for m in mods[:-1]:  # "joint flight exercises": the first modifier may carry it
            for w in (f"{m.lower_} {low}", f"{m.lower_} {lemma}"):
                if e := lex.get((w, "N")):
                    return e
        e = lex.get((low, "N")) or lex.get((lemma, "N"))
        if lemma == "call" and _call_for(tok):
            return lex.get(("calls", "N"), e)
        if e is not None and e.word == "strike" and _labour_strike(tok):
            return lex.get(("general strike", "N"), e)
        return e
    return None


def _call_for(tok) -> bool:
    """"a call for a ceasefire", "its call for Kyiv to withdraw" (the parser may hang the
    clause on the verb): an appeal, not a phone call."""
    if any(c.dep_ == "compound" for c in tok.lefts):
        return False  # "a phone call", "a conference call"
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return True
    return tok.dep_ == "dobj" and any(
        c.dep_ == "advcl" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for c in tok.head.children)


def _claimed(verb) -> bool:
    """A claim made ("claimed responsibility"), not one withheld ("has not claimed", "has yet
    to claim", "rarely claims")."""
    if any(c.dep_ == "neg" or c.lower_ in WORDS.seldom for c in verb.children):
        return False
    h = verb.head
    return not (verb.dep_ == "xcomp" and (any(c.lower_ == "yet" for c in h.children)
                                          or any(c.dep_ == "neg" for c in h.children)))


def _noun_placed(tok) -> bool:
    """A word the tagger called an adjective where a noun stands: "launch a ground
    offensive" (the object, with its article)."""
    return tok.pos_ == "ADJ" and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and any(
        c.dep_ in ("det", "poss", "compound") for c in tok.lefts)


def _labour_strike(tok) -> bool:
    """"went on strike", "a four-day strike by teachers": a walkout. In crisis news a strike
    with no such cue is a military one ("carried out strikes against militant positions")."""
    if any(c.lower_ in WORDS.armed or c.ent_type_ in ("NORP", "GPE") for c in tok.lefts):
        return False
    def aimed(c):  # "against militant positions", not "on Monday"
        return c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "into") and not any(
            g.ent_type_ in ("DATE", "TIME") for g in c.children)
    if any(aimed(c) for c in tok.children) or tok.dep_ == "dobj" and any(aimed(c) for c in tok.head.children):
        return False
    if any(c.lower_ in WORDS.labour for c in tok.lefts) or tok.head.lower_ in ("on", "of"):
        return True  # "a general strike", "went on strike", "a day of strikes"
    labour_verbs = ("stage", "call", "join", "hold", "end", "organise", "organize", "threaten")
    if tok.head.lemma_.lower() in labour_verbs or tok.head.lower_ in {
            v + e for v in labour_verbs for e in ("d", "ed", "s", "ing")}:
        return True  # "staged a strike", "called off the strike" (the lemmatiser makes "staged" "stag")
    return any(g.lower_ in WORDS.strikers for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
               for g in c.subtree)  # "a strike by teachers"


def _bare_strike(tok) -> bool:
    """"the strikes" with no labour cue ("general", "went on", "staged"): candidates() reads
    it as the strikes the story already told of, if any."""
    return tok.lemma_.lower() == "strike" and not any(c.lower_ in WORDS.labour for c in tok.lefts) \
        and tok.head.lower_ != "on" and tok.head.lemma_.lower() not in ("call", "stage", "go", "join")


def _name_calling(verb) -> bool:
    """"called the plan a disgrace", "called it illegal": a predicate noun or adjective
    (the parser hangs it on the verb or on the object)."""
    for c in verb.children:
        if c.dep_ in ("oprd", "acomp") and c.pos_ in ("NOUN", "ADJ"):
            return True
        if c.dep_ == "dobj" and c.i > 0 and c.doc[c.i - 1].text in _QUOTES and any(
                g.dep_ in ("nmod", "compound") for g in c.children):
            return True  # parsed as one noun phrase: called [the detained politicians "traitors"]
        if c.dep_ == "dobj" and any(g.dep_ == "amod" and g.pos_ == "ADJ" and g.i > c.i for g in c.children):
            return True  # an adjective after its noun is predicated of it: called the arrests "unacceptable"
        if c.dep_ == "dobj" and any(g.dep_ in ("npadvmod", "appos", "oprd") and g.pos_ == "NOUN"
                                    and (any(d.lower_ in ("a", "an") for d in g.children)
                                         or g.i > 0 and g.doc[g.i - 1].text in _QUOTES
                                         or g.left_edge.text in _QUOTES)
                                    for g in c.children):
            return True  # (or the name in quotes: called the politicians "traitors")
    return False


_QUOTES = {'"', "'", "“", "”", "‘", "’"}


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


def _when_phrase(prep) -> bool:
    """"called on Friday": a time phrase, not the particle of "call on"."""
    return prep.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _idiom(verb) -> LexEntry | None:
    """A verb-object idiom: "signed a deal", "denied entry to", "set a deadline"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lex = lexicon()
    lemma = verb.lemma_.lower()
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    heads = [f"{lemma} {p}" for p in prt] + [lemma]  # "called off a strike", "called a strike"
    for c in verb.children:
        # "found X guilty": the parser makes the adjective a clause of its own
        if c.dep_ in ("dobj", "nsubjpass") or c.dep_ in ("ccomp", "oprd", "acomp") and c.pos_ == "ADJ":
            for h in heads:
                e = lex.get((f"{h} {c.lemma_.lower()}", "VO")) or lex.get((f"{h} {c.lower_}", "VO"))
                if e:
                    return e
            for m in c.children:  # "paused some aid programmes": the compound names the thing
                if m.dep_ == "compound" and m.i < c.i and c.dep_ in ("dobj", "nsubjpass"):
                    for h in heads:
                        if e := lex.get((f"{h} {m.lemma_.lower()}", "VO")):
                            return e
        if lemma == "declare" and c.lower_ == "persona" and c.i + 2 < len(c.doc) \
                and c.doc[c.i + 1].lower_ == "non":
            return lex.get(("declare persona", "VO"))  # "declared the attache persona non grata"
        if lemma in ("allow", "let", "permit") and c.dep_ in ("ccomp", "xcomp"):
            # "allowed IAEA inspectors to visit": the parser makes them the clause's subject
            for g in c.children:
                if g.dep_ == "nsubj" and (e := lex.get((f"{lemma} {g.lemma_.lower()}", "VO"))):
                    return e
    return None


def _idiom_object(tok) -> bool:
    """tok is the object noun of a verb-object idiom (the verb carries the event), or the
    compound naming that object ("suspended aid programmes")."""
    obj = tok.head if tok.dep_ == "compound" and tok.head.dep_ in ("dobj", "nsubjpass") else tok
    if obj.dep_ not in ("dobj", "nsubjpass"):
        return False
    e = _idiom(obj.head)
    return e is not None and e.word.split()[-1] in (tok.lemma_.lower(), tok.lower_)


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


def _scare_quoted(tok) -> bool:
    """A single word in quotation marks: someone's word for it."""
    return tok.i > tok.sent.start and tok.i + 1 < tok.sent.end and \
        tok.nbor(-1).text in _QUOTES and tok.nbor(1).text in _QUOTES


def _appos_subject(verb):
    """"Since detaining President Bazoum, the junta has revoked ...": the parser hangs the
    subject on the object before it as an apposition and leaves the verb with none."""
    first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")])
    if first == verb.sent.start or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    prev = verb.doc[first - 1]
    a = next((t for t in [prev, *prev.ancestors] if t.dep_ == "appos"), None)
    if a is None or a.right_edge.i != first - 1 or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in a.children):
        return None
    return a


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


def _recalled_from(doc, k, tok) -> list[Actor]:
    """"Serbia to recall ambassador from Montenegro": an envoy no one owns is the recaller's
    own, and the state it is recalled from is the one acted on."""
    return [a for o in tok.children if o.dep_ == "dobj" for g in _pobjs(o, ("from",))
            for a in actors_of(doc, k, g) if a.country]


def _forces_doing(tok) -> bool:
    """Armed forces leave a place they held: "American troops have begun leaving
    Afghanistan", "the last soldiers left the city"; not "left their base for drills"."""
    s = _subject(tok)
    if s is None or not (s.lower_ in WORDS.forces or s.lemma_.lower() in WORDS.armies):
        return False
    left = [c for c in tok.children if c.dep_ == "dobj"]
    return not left or any(o.pos_ == "PROPN" or o.lemma_.lower() in WORDS.held_places and not any(
        d.lower_ in POSSESSIVE for d in o.children) for o in left)


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


def _controlled_subject(c) -> bool:
    """"wants Putin to attack": the parser makes Putin the subject of an infinitive."""
    return c.dep_ in ("ccomp", "xcomp") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children) \
        and any(x.dep_ == "nsubj" and x.pos_ in ("NOUN", "PROPN") for x in c.children)


def _pobjs(tok, preps) -> list:
    out = []
    for c in tok.children:
        if (c.dep_ in ("prep", "agent") or c.dep_ == "dative" and c.pos_ == "ADP") \
                and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _adjacent_pobjs(tok, preps) -> list:
    """A PP right after a noun but attached to its verb ("rejected the demands for X")."""
    end = max(t.i for t in tok.subtree) + 1
    if end >= tok.sent.end:
        return []
    nxt = tok.doc[end]
    if nxt.dep_ == "prep" and nxt.lower_ in preps and nxt.head.i == tok.head.i:
        return [g for g in nxt.children if g.dep_ == "pobj"]
    return []


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
    return []


def _clause_verb(t):
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _acts(doc, k, toks, inner=True, exclude=frozenset()) -> list[Actor]:
    out: list[Actor] = []
    for t in toks:
        out.extend(inner_actors(doc, k, t, exclude=exclude) if inner else actors_of(doc, k, t))
    return out


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


def _is_speech(t) -> bool:
    """A verb of saying; "continue"/"add" only when used as "said" (no infinitive)."""
    lemma = t.lemma_.lower()
    if lemma not in SPEECH or t.pos_ != "VERB":
        return False
    return not (lemma in ("continue", "add", "point", "voice") and
                any(c.dep_ in ("xcomp", "dobj") for c in t.children))


def _forecast(doc, k, main, speaker, doers) -> bool:
    """What a side would do, told by someone not of that side: a state's officials about
    another state, or analysts, diplomats and reports about anyone."""
    if speaker is not None and speaker.country:
        return not any(_same_side(a, speaker) for a in doers)
    say = _reporting_verb(main)
    who = _subject(say) if say is not None else None
    return who is not None and who.lemma_.lower() in WORDS.third_party


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


def _split_recip(src: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    first = src[0]
    rest = [a for a in src[1:] if a.country != first.country or a.sector != first.sector]
    return [first], rest


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
        source = _acts(doc, k, agent, inner=False)
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
            _lookup(c) is not None for c in tok.children if c.dep_ == "dobj") and not any(
            _controlled_subject(c) for c in tok.children):
        return [], []  # "did not want war", "seeks peace": a wish about an act, not a request
    if tok.lemma_.lower() == "expect" and any(
            c.dep_ in ("xcomp", "ccomp") and (x := _lookup(c)) is not None and x.type in _CONFLICT
            for c in tok.children):
        return [], []  # "officials expect Azerbaijan to attack again": a forecast; no one asks for harm
    src_tok = _subject(tok)
    source = actors_of(doc, k, src_tok) if src_tok is not None else []
    if not source and src_tok is not None and src_tok.lower_ in QUANTITY:
        source = inner_actors(doc, k, src_tok)  # "thousands of Georgians protested"
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
        moved = [o for o in objs if (o.lower_ in WORDS.forces or o.lower_ in WORDS.equipment or
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
        if o.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in o.children):
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
    if source and not target and e.type in _TALKING:
        target = _interlocutor(doc, k, tok, source)
    if source and not target and e.type in _STANCE:
        # "agreed to open its borders for trucks to enter Afghanistan": the first other
        # party named in what was agreed, refused or threatened
        own = {a.country for a in source if a.country}
        for c in tok.children:
            if c.dep_ == "xcomp":
                target = [a for t in c.subtree for a in actors_of(doc, k, t)
                          if a.country and a.country not in own and a.role != "object"][:1]
                break
    return source, target


def _warned_if(doc, k, clause, subj, source: list[Actor]) -> list[Actor]:
    """"Warned that it would not stand idle if Tripoli's forces advanced", "warned that if
    Greece extended its waters it would be a cause for war": whatever is promised, a warning
    whose condition is another's act threatens the one who would do it. Not when the promise
    is a third party's ("warned that the RSF could attack if talks fail")."""
    cond = next((v for v in clause.children if v.dep_ == "advcl" and any(
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
    if cs is None or cs.dep_ == "nsubjpass" and cs is not subj:
        return []
    # a rival at home is a target too: the rebels warning the capital's forces
    return [a for a in inner_actors(doc, k, cs) if a.country and not any(
        a.country == o.country and a.sector == o.sector for o in source)]


def _adj_args(doc, k, tok, e: LexEntry, prev_source=(), prev_target=()):
    """"The EU was deeply concerned by the verdict", "said Washington was troubled": the one
    who is so is the source; what it is so about, the target."""
    holder = tok.head if tok.dep_ == "acomp" else tok
    s = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if s is None and tok.dep_ == "conj":
        s = _subject(tok.head)
    source = actors_of(doc, k, s) if s is not None else []
    if s is not None and not source and s.lower_ in WORDS.first_person:
        sp = _speaker(doc, k, tok)
        source = [sp] if sp else []
    own = frozenset(a.country for a in source if a.country)
    about = _pobjs(tok, e.preps or ("by", "over", "about", "at", "with"))  # (a passive "by" too)
    target = _acts(doc, k, about, exclude=own)
    if not any(a.country for a in target):
        # "alarmed by China's detention of the writer": the doer of the act it is about
        doers = [a for t in about if _lookup(t) is not None for a in _modifier_actors(doc, k, t)
                 if a.country not in own]
        target = doers or target
    return source, target


def _about(t) -> bool:
    """A meeting or a paper has a topic ("a summit on the unrest"), not an act of its own."""
    return (e := _lookup(t)) is not None and e.type == "CONSULT" or _lemma_in(t, WORDS.papers)


def _stance_word(tok):
    """The word a noun in a phrase hangs on, past a run of events: "troubled by [the arrests]",
    "condemned a wave of [attacks]"."""
    held = _container(tok)
    return held.head if held is not tok else tok.head.head


def _held(tok) -> bool:
    """tok names the kind of a holder noun that is no event itself: "assistance package"."""
    return tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and \
        tok.head.lemma_.lower() in WORDS.holders and _lookup(tok.head) is None


def _noun_args(doc, k, tok, e: LexEntry, prev_source=(), prev_target=()):
    trigger = tok
    if _held(tok):
        tok = tok.head  # the holder carries the phrase's owner and recipient
    source: list[Actor] = []
    target: list[Actor] = []
    mods = _modifier_actors(doc, k, tok)
    if against := _anti_actors(doc, k, tok):  # "anti-Japanese protests": Japan is the target
        mods = [a for a in mods if a not in against]
        target = against
    between = _pobjs(tok, ("between",))
    if between:
        acts = _acts(doc, k, between)
        if len(acts) >= 2 and e.word.startswith("mediat"):
            target = acts  # "mediation between Israel and Hamas": the parties receive it
        elif len(acts) >= 2:
            return acts[:1], acts[1:]
        if len(acts) == 1:
            target = acts
    by = _pobjs(tok, ("by",))
    source += _acts(doc, k, by)
    of = _pobjs(tok, ("of",))
    unowned: list[Actor] = []
    if of and e.of_role == "source":
        # "the deployment of Chinese warships": China deploys; "the deployment of 230
        # troops" names no one: the deployer is found as for any other noun, else the troops
        source.extend(a for a in _acts(doc, k, of) if a.country or a.name)
        unowned = [a for a in _acts(doc, k, of) if not (a.country or a.name)]
    elif of:
        target.extend(_acts(doc, k, of))
    preps = tuple(p for p in (e.preps or DEFAULT_PREPS) if p not in ("of", "between", "in"))
    target += [a for a in _acts(doc, k, _pobjs(tok, preps) or _adjacent_pobjs(tok, preps))
               if a not in target]
    if of and e.of_role == "source" and not target:
        # "the visit of the Chinese foreign minister to Manila": the parser hangs "to" on him
        own = frozenset(a.country for a in source if a.country)
        target = _acts(doc, k, [g for o in of for g in _pobjs(o, preps)], exclude=own)
    if mods and e.word.startswith("mediat"):
        # "under Saudi and U.S. mediation": all are mediators; the parties are whoever the
        # mediated act belongs to ("the army and the RSF resumed talks under ...")
        source = source or mods
        gov = tok
        while gov.head.i != gov.i and gov.pos_ not in ("VERB", "AUX"):
            gov = gov.head  # "resumed talks ... under X mediation": whose talks
        s = _subject(gov) if gov.pos_ in ("VERB", "AUX") else None
        own = {a.country for a in source}
        target = target or ([a for a in actors_of(doc, k, s) if a.country not in own] if s is not None else [])
        mods = []
    if mods:
        if not source:
            source, rest = mods[:1], mods[1:]
            target = target or rest
        elif not target:
            target = mods
    if not source and tok.dep_ == "pobj" and tok.head.lower_ == "for" and \
            tok.head.head.lemma_.lower() in WORDS.accusing | {"condemn", "criticize", "criticise", "punish", "fault"}:
        # "blamed Israel for a drone attack": the one blamed did it
        source = _acts(doc, k, [c for c in tok.head.head.children if c.dep_ == "dobj"])
    if not source and tok.dep_ == "pobj" and tok.head.lower_ in ("for", "during") and prev_source:
        source = list(prev_source)  # "deployed troops ... for joint exercises": same actors
        if tok.head.lower_ == "during" and not target and prev_target:
            target = list(prev_target)  # "A and B agreed during a phone call": both took part
    gov = _governor(tok)
    if not source and gov is not None and gov.lemma_.lower() in WORDS.undergo and tok.dep_ == "dobj":
        # "Iran faces criticism from the U.N.", "drew condemnation from Egypt": the one who
        # undergoes it is the target; the one it comes from, the source
        givers = _acts(doc, k, _pobjs(tok, ("from", "by")) or _pobjs(gov, ("from", "by")))
        s = _subject(gov)
        if givers and s is not None:
            return givers, actors_of(doc, k, s)
    if not source and gov is not None and _lemma_in(gov, WORDS.light) and not (
            tok.dep_ == "pobj" and tok.head.lower_ in WORDS.topic and _about(tok.head.head)):
        # "launched an attack", "held talks", "plans for an invasion"; but in "France
        # condemned the attack on X" the attack is not France's
        s = _subject(tok)
        if s is not None and s.i != tok.i:
            source = actors_of(doc, k, s)
            if not source and s.lower_ in QUANTITY:
                source = inner_actors(doc, k, s)  # "a group of Saudi hackers launched attacks"
            if not source and s.lower_ in WORDS.first_person:
                sp = _speaker(doc, k, tok)
                source = [sp] if sp else []
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "under") and tok.head.dep_ == "prep" \
            and tok.head.head.lemma_.lower() in ("put", "place", "keep", "hold", "bring"):
        # "placed the ousted president under house arrest", "put the leaders on trial"
        verb = tok.head.head
        s = _subject(verb)
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if not source and s is not None and s.dep_ == "nsubj":
            source = actors_of(doc, k, s)
        if not target and obj is not None:
            target = actors_of(doc, k, obj) or _object_target(doc, k, verb, e)[0]
    if not source and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
            and tok.head.head.lemma_.lower() == "responsibility" and tok.head.head.dep_ == "dobj" \
            and tok.head.head.head.lemma_.lower() in ("claim", "admit", "accept", "acknowledge") \
            and _claimed(tok.head.head.head) and (s := _subject(tok.head.head.head)) is not None:
        source = actors_of(doc, k, s)  # "Islamic State claimed responsibility for the bombing"
    if not source and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for") and tok.head.head.pos_ == "ADJ" \
            and tok.head.head.lower_ in WORDS.willing and (s := _subject(tok.head.head.head)) is not None:
        source = actors_of(doc, k, s)  # "Japan remained open to dialogue with Seoul"
    if gov is not None and not target and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
            and _lemma_in(gov, WORDS.light):
        # "engaged Filipino peacekeepers in a firefight", "drew Iran into talks"
        own = frozenset(a.country for a in source if a.country)
        target = _acts(doc, k, [c for c in gov.children if c.dep_ == "dobj"], exclude=own)
    if gov is not None and not target and tok.dep_ == "pobj" and tok.head.lower_ == "as" \
            and gov.lemma_.lower() in ("use", "employ"):
        # "used Israeli civilians as human shields": those used are the ones harmed
        own = frozenset(a.country for a in source if a.country)
        target = _acts(doc, k, [c for c in gov.children if c.dep_ == "dobj"], exclude=own)
    if gov is not None and not target and gov.pos_ in ("VERB", "AUX") and _container(tok).dep_ in ("dobj", "attr"):
        own = frozenset(a.country for a in source if a.country)
        # "issued an ultimatum to Moldova", "imposed sanctions on Belarus"
        target = _acts(doc, k, _pobjs(gov, preps), exclude=own)
    if not source and (denier := _denier(tok)) is not None:
        source = actors_of(doc, k, denier)  # "Azerbaijan denied reports of an attack on Armenia"
    if not source and tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.head.lemma_.lower() not in ("responsibility", "blame", "credit"):
        source = inner_actors(doc, k, tok.head.head)  # "deployment of troops for joint exercises"
        source = [a for a in source if a.country or a.name]
    if not source and tok.dep_ == "pobj" and prev_source and tok.head.lower_ not in WORDS.topic and not (
            (h := _lookup(_stance_word(tok))) is not None and h.type in _SAYERS_ACTS):  # "troubled by the arrests"
        source = list(prev_source)  # "station troops under the guise of joint exercises"
    if source and not target and e.type in _AIMED and gov is not None and tok.dep_ == "pobj" \
            and tok.head.lower_ in ("for", "against") and _lemma_in(gov, WORDS.brace):
        # "Estonia is preparing for a Russian invasion": Estonia is the one attacked
        s = _subject(gov)
        own = {a.country for a in source}
        target = [a for a in actors_of(doc, k, s) if a.country not in own] if s is not None else []
        if target:
            doc.work.setdefault("braced", set()).add(tok.i)  # feared by its target: hypothetical
    if e.type == "CONSULT" and source and not target and gov is not None and gov.pos_ == "VERB":
        # "Moldova scrapped a planned visit by the Russian minister": Moldova was the host
        s = _subject(gov)
        own = {a.country for a in source}
        target = [a for a in actors_of(doc, k, s) if a.country and a.country not in own] \
            if s is not None else []
    if e.type == "COOPERATE" and source and not target:
        target = _host_country(doc, k, tok, source)
    if e.type == "REQUEST" and source and not target:
        target = _asked_whom(doc, k, tok, source)
    if e.type == "THREATEN" and not target:
        target = _conditional_actor(doc, k, tok, source)
    if e.type == "PROTEST" and not source and (against or target and tok.dep_ in ("nsubj", "nsubjpass")):
        # "anti-Japanese protests across China", "a boycott of Japanese beer has spread":
        # unnamed crowds, of the place they fill
        source = [Actor(text=trigger.text, sector="UNK")]
    return source or unowned, target


_COOP = {"CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "SUPPORT"}


def _asked_whom(doc, k, tok, source: list[Actor]) -> list[Actor]:
    """"its demand that Kyiv withdraw", "its call for Kyiv to withdraw" (the parser may hang
    the infinitive on the verb): the one asked is the doer of what is asked."""
    clauses = [c for c in tok.children if c.dep_ in ("acl", "relcl") and content_clause(c)]
    if tok.dep_ == "dobj":
        clauses += [c for c in tok.head.children if c.dep_ == "advcl" and c.i > tok.i and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    own = frozenset(a.country for a in source if a.country)
    for c in clauses:
        acts = _acts(doc, k, [s for s in c.children if s.dep_ == "nsubj"], exclude=own)
        if acts:
            return acts
    return []


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


def _denier(tok):
    """"denied reports of an attack": the one denying is the one said to have attacked."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    claim = tok.head.head
    if claim.lemma_.lower() not in WORDS.claims or claim.dep_ != "dobj":
        return None
    verb = claim.head
    if verb.lemma_.lower() not in WORDS.deny:
        return None
    return _subject(verb)


def _container(tok):
    """The noun holding tok in "a wave of X", "a state of siege", "an increase in funding", or
    tok itself."""
    if tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN" and (
            tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in WORDS.containers
            or tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in WORDS.growth):
        return tok.head.head
    return tok


def _governor(tok):
    """The verb a noun event hangs on: its head, or the head of its preposition."""
    if (held := _container(tok)) is not tok:
        return _governor(held)  # "launched a wave of airstrikes": launched
    if tok.dep_ in ("dobj", "attr", "nsubjpass", "oprd"):
        return tok.head
    if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        return _governor(tok.head)  # "expressed its rejection and condemnation of X"
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head
    return None


def _lemma_in(t, words) -> bool:
    low = t.lower_
    return t.lemma_.lower() in words or low in words or low.rstrip("s") in words or \
        low.endswith("ed") and (low[:-2] in words or low[:-1] in words) or \
        low.endswith("ing") and (low[:-3] in words or low[:-3] + "e" in words)


def _host_country(doc, k, tok, source):
    """Joint activities: a country named as the place ("in Belarus") is a participant."""
    seen = {a.country for a in source}
    for t in tok.sent:
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "inside") and t.ent_type_ == "GPE":
            acts = [a for a in actors_of(doc, k, t) if a.country not in seen and not a.sector]
            if acts:
                return acts[:1]
    return []


def _conditional_actor(doc, k, tok, source):
    """"if Russia escalates, there will be consequences": the one the threat is aimed at."""
    own = {a.country for a in source}
    for t in tok.sent:
        if t.dep_ == "mark" and t.lower_ in ("if", "unless", "should"):
            s = _subject(t.head)
            acts = [a for a in actors_of(doc, k, s) if a.country not in own] if s is not None else []
            if acts:
                return acts[:1]
    return []


def _transfer(tok, e: LexEntry) -> LexEntry:
    """"send troops to X" moves forces (MOBILIZE), "send aid to X" helps (AID)."""
    if e.pos != "V" or tok.lemma_.lower() not in WORDS.transfer:
        return e
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    to_state = any(g.ent_type_ == "GPE" for c in tok.children if c.lower_ in ("to", "into")
                   for g in c.children)
    helping = any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in WORDS.help for c in tok.children)
    if obj is not None and (obj.lower_ in WORDS.forces or obj.lower_ in WORDS.equipment and not to_state) \
            and e.type != "MOBILIZE" and not helping:  # "sent a ship to help X's investigators": aid
        return replace(e, type="MOBILIZE", mode=None, preps=("to", "into", "toward", "towards", "near"),
                       word=e.word + "+forces")
    return e


# acts that can be aimed at a thing: "condemned the ruling", "rejected the plan"; a
# meeting or an aid delivery with no actor on the other side stays partial
_AIMED_AT_THINGS = {"SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION",
                    "COERCE", "ASSAULT"}


def _object_target(doc, k, tok, e: LexEntry):
    """What a directed act is aimed at when it is not an actor ("rejected the plan",
    "condemned the ruling", "fired at a Liberian-flagged carrier"): kept as an object so
    the act is not lost; its country is a state named inside it, else comes later from
    the place or the story. RETURNS (actors, the object noun or None)."""
    objs = [c for c in tok.children if c.dep_ == "dobj"] \
        if e.pos == "V" and "instrument" not in e.flags else []  # "fired a missile" aims at no missile
    objs = [o for o in objs if o.lower_ not in WORDS.equipment]  # "sent a destroyer": what moves
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
                              for a in actors_of(doc, k, t) if a.country and t.ent_type_ in ("NORP", "GPE")), None)
                return [Actor(text=span.text, role="object", country=owner)], o
    return [], None


def _phrase(o):
    """A noun's phrase without its clauses: "the captain of a rescue ship" (carrying ...)."""
    cut = [c for c in o.subtree if c.dep_ in ("acl", "relcl", "advcl") and c.head.i != o.i or
           c.dep_ in ("acl", "relcl", "appos") and c.head.i == o.i]
    end = min([c.left_edge.i for c in cut if c.i > o.i] + [o.right_edge.i + 1])
    while end - 1 > o.i and o.doc[end - 1].is_punct:
        end -= 1
    return o.doc[o.left_edge.i:end]


# acts only a state's authorities do to people on its soil: "was arrested / expelled /
# summoned / detained / released in X" names its doer by the place
_HOST_ACTS = {"COERCE", "SANCTION", "ACCUSE", "RETREAT", "CONCEDE"}


def _agentless(tok) -> bool:
    return any(c.dep_ == "nsubjpass" for c in tok.children) and not any(
        c.dep_ == "agent" for c in tok.children) and tok.lemma_.lower() not in WORDS.stative


def _dismissed_claim(tok) -> bool:
    """A "that" clause after a claim that someone denies, however the parser hangs them:
    "dismissed as 'lies' an allegation by the army that Houthi forces had shelled ..."."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return False
    for t in tok.sent:
        if t.i >= tok.i:
            break
        if t.lemma_.lower() in WORDS.claims and t.pos_ == "NOUN" and any(
                a.lemma_.lower() in WORDS.deny and a.pos_ == "VERB" for a in list(t.ancestors)[:4]):
            return True
    return False


# the deeds a "that" clause charges someone with ("Russia claimed Ukraine had shelled
# Belgorod"), unlike a reported meeting or statement ("state media said the envoy met ...")
_CHARGED = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "AID"}


def _denied_charge(doc, k, tok, source: list[Actor], typ: str) -> bool:
    """An act known only from an accusation that the accused denies, in the same or one of the
    next two sentences ("accused the UAE of financing X, a charge Abu Dhabi dismissed"): not
    actual."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "of sheltering and training the rebels": both charged
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for") and \
            tok.head.head.lemma_.lower() in WORDS.accusing:
        verb = tok.head.head
        if verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)):
            return True  # "a senator accused of supplying weapons": alleged, by no one named
    elif tok.dep_ == "ccomp" and tok.head.lemma_.lower() in WORDS.charging and typ in _CHARGED:
        verb = tok.head  # "Russia claimed that Ukraine had shelled Belgorod, a charge Kyiv rejected"
    else:
        return False
    accused = {a.country for a in source if a.country}
    if not accused:
        return False
    if (sayer := _subject(verb)) is not None and {a.country for a in actors_of(doc, k, sayer)} & accused:
        return False  # "Central Command said its forces had shot down drones": its own deed
    # the kinds of deed charged: "sending troops to fight alongside the rebels" is answered
    # by "denies that its troops are fighting there"
    kinds = {typ} | {e.type for t in tok.subtree if (e := _lookup(t)) is not None}
    sents = doc.work["sents"]
    for j in (k, k + 1, k + 2):
        if j >= len(sents):
            break
        for t in sents[j]:
            if t.pos_ != "VERB" or t.i in (verb.i, tok.i) or not _denies(t, kinds):
                continue
            s = _subject(t)
            if not any(c.dep_ == "nsubj" for c in t.children) and t.i > 0 and t.doc[t.i - 1].pos_ == "PROPN":
                s = t.doc[t.i - 1]  # "an allegation Abu Dhabi called baseless", parsed as one phrase
            if s is not None and {a.country for a in actors_of(doc, j, s)} & accused:
                return True
    return False


def _denies(t, kinds: set[str]) -> bool:
    """t denies the charged deed, of one of these kinds: "Kyiv rejected the charge", "a charge Abu
    Dhabi called baseless", "the army said no strikes were carried out"; not "did not deny
    the attack", "denied sending ground troops" (another deed) or "said its forces had not
    fired first" (they fired)."""
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in t.children):
        return False  # "did not deny", "never denied": not a denial
    lemma = t.lemma_.lower()
    said = [c for c in t.children if c.dep_ in ("ccomp", "xcomp")]
    if lemma in WORDS.deny:
        if said:
            return any(_tells_deed(c, kinds) for c in said)  # "denied that it had sent troops"
        objs = [c for c in t.children if c.dep_ == "dobj"]
        return not objs or any(o.pos_ == "PRON" or o.lemma_.lower() in WORDS.claims | WORDS.part_in
                               or _tells_deed(o, kinds) for o in objs)
    if lemma in WORDS.call and any(c.dep_ in ("oprd", "acomp", "dobj", "attr") and c.lower_ in WORDS.lies
                                  for c in t.children):
        return True
    # a negated act of that kind in what it says: "said no strikes were carried out", "said
    # its forces had not fired" (not "said it would not negotiate", "had not fired first")
    return lemma in SPEECH and any(
        (g.dep_ == "neg" or g.dep_ == "det" and g.lower_ == "no") and (e := _lookup(g.head)) is not None
        and e.type in kinds and not any(x.lower_ == "first" for x in g.head.children)
        for c in said for g in c.subtree)


def _tells_deed(n, kinds: set[str]) -> bool:
    """n names a deed of one of these kinds: "the attack", "that its jets had struck"."""
    return any((e := _lookup(t)) is not None and e.type in kinds for t in n.subtree)


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


POSSESSIVE = WORDS.possessive


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


def _actor_targets(target: list[Actor]) -> list[Actor]:
    return [a for a in target if a.role != "object"]


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
        doers = [a for a in c.source if a.country and a.country not in own]
        if doers:
            return [Actor(**{**a.__dict__}) for a in doers]
    return []


_CONFLICT = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def _harm_vowed(tok) -> bool:
    """"vowed to strike Israel", "promised to retaliate": a promise of harm is a threat."""
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in WORDS.harm_nouns | {"revenge", "retaliation"}:
            return True  # "vowed a response", "vows revenge"
        if c.dep_ == "xcomp" and c.lemma_.lower() in ("keep", "continue", "go"):
            c = next((g for g in c.children if g.dep_ == "xcomp"), c)  # "vowed to keep fighting"
        if (c.dep_ == "xcomp" or c.dep_ == "advcl" and any(x.lower_ == "to" for x in c.children)) \
                and (e := _lookup(c) or lexicon().get((c.lemma_.lower(), "V"))) is not None \
                and e.type in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE"):
            return True  # ("fight on": the verb without its particle)
        if c.dep_ == "ccomp" and any(g.dep_ == "nsubjpass" for g in c.children) and (
                c.lemma_.lower() in WORDS.harm_verbs | {"hunt", "track", "bring", "punish"}
                or (e := _lookup(c)) is not None and e.type in ("ASSAULT", "COERCE", "SANCTION")):
            return True  # "vowed that the attackers would be hunted down / punished"
    return False


def _conflict_clause(tok) -> bool:
    """The reported clause of a verb of saying holds a conflict act."""
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp") and any(
                (e := _lookup(t)) is not None and e.type in _CONFLICT for t in c.subtree):
            return True
    return False


def _refusal(tok) -> bool:
    """"will not X", "would not X", "won't X": a stated refusal, not a report that X did not
    happen; for a noun, its light verb ("will not begin talks")."""
    verb = _refusing_verb(tok)
    return any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll", "shall") for c in verb.children)


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
    if not any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.lemma_.lower() in ("leave", "depart", "quit")
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in tok.children):
        return None  # (not "told the embassy he would leave": someone else goes)
    told = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if low == "give":
        ok = any(t.lemma_.lower() in WORDS.deadline for c in tok.children for t in c.subtree)
    else:
        ok = any(t.lemma_.lower() in WORDS.envoys for o in told for t in o.subtree)
    return lexicon().get(("expel", "V")) if ok and told else None


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
    aid = low in ("aid", "supplies", "relief") or low in WORDS.carriers and (
        mods & {"aid", "relief", "food", "humanitarian", "medical"}
        or any(g.lemma_.lower() in WORDS.goods | WORDS.relief | WORDS.kit | {"truck"} for g in goods)) \
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


def _dedupe(acts: list[Actor]) -> list[Actor]:
    out, seen = [], set()
    for a in acts:
        key = (a.country, a.sector, a.name)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


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


def candidates(doc: Document) -> list[Candidate]:
    """Every trigger in the document with its arguments (dropped ones carry a reason)."""
    out: list[Candidate] = []
    for k, sent in enumerate(doc.work.get("sents", [])):
        prev_source: list[Actor] = []
        prev_target: list[Actor] = []
        for tok in sent:
            e = _expulsion(tok) or _ultimatum(tok) or _lookup(tok) or _obligation(doc, k, tok) \
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
            if e.type in ("SUPPORT", "COOPERATE") and tok.tag_ == "VBG" and (
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
            if e.pos == "N" and tok.dep_ == "oprd" and tok.head.lemma_.lower() in WORDS.call:
                # "what they called Russia's occupation": someone's words for an act, coded as
                # the accusation they make, not as a reported act
                out.append(Candidate(k=k, tok=tok, entry=e, dropped="a characterisation in someone's words"))
                continue
            if "charge" in e.flags and not _conflict_clause(tok):
                continue
            if e.type == "SUPPORT" and e.pos == "N" and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                    and (g := _lookup(tok.head.head)) is not None and g.type == "PROTEST":
                continue  # "rallied in support of X": the rally is the act
            if "carry" in e.flags and not any(c.dep_ == "dobj" and (
                    c.lower_ in WORDS.forces or c.lower_ in WORDS.equipment or c.lemma_.lower() in WORDS.equipment)
                    for c in tok.children) and not _forces_moving(doc, k, tok):
                continue  # "moved to block the bill" moves no troops
            if "forces" in e.flags and not _forces_doing(tok):
                continue  # "the minister left Paris" withdraws no one
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
                    and not any(a.country for a in target) and not e.word.startswith("mediat"):
                # "Russia and Ukraine agreed to swap prisoners": each agreed with the other
                source, target = _split_recip([a for a in source if a.country])
            # "A and B exchanged fire", "A clashed with B": each fired at the other
            mirror = "recip" in e.flags and e.type == "ASSAULT"
            source = _prefer_countries(_dedupe([a for a in source if _usable(a)]))
            target = _prefer_countries(target)
            src_c = {a.country for a in source}
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
            if e.type == "CONSULT" and source and not target and e.word.startswith("mediat"):
                target = _mediated(doc, k, tok, source)
            if e.type == "REJECT" and source and all(
                    a.role == "object" or (a.text or "").lower().split(" ")[0] in POSSESSIVE for a in target):
                # nobody but things or its own on the other end: whom the refusal waits on
                target = _held_until(doc, k, tok, source) or target
            if source and not target and e.type in _AIMED_AT_THINGS:
                target, head = _object_target(doc, k, tok, e)
                if target and not target[0].country:
                    target = _maker(doc, k, head, source) or _earlier_doer(out, head, source, doc) \
                        or _author(doc, k, head, source) or target
            if e.type == "PROTEST" and e.word == "protest" and source and all(
                    a.country and a.sector in (None, "GOV", "LEG") for a in source) and _state_subject(tok):
                # a state that "protested" or "lodged a protest" complains: diplomatic ACCUSE
                c.entry = e = replace(e, type="ACCUSE", mode="disapprove", context=("diplomatic",),
                                      word="protest+state")
            if e.type == "REJECT" and e.word in ("block", "bar") and source and all(
                    a.sector in ("COP", "MIL") for a in source) and target and all(
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
            if c.modality == "actual" and _denied_charge(doc, k, tok, source, e.type):
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
        here = [c for c in out if c.k == k]
        for settle in (_fold_contents, _decided_measures, _one_promise, _left_partner):
            settle(here)
    return out


_FOLDING = {"REQUEST", "ACCUSE"}


def _fold_contents(cands: list[Candidate]) -> None:
    """"Urged both sides to settle their differences", "accused Baku of trying to seize
    land": what is asked for or alleged, and not done, is the content of the request or
    accusation, which codes it; it is not an event of its own."""
    heads = {c.tok.i: c.entry.type for c in cands if not c.dropped and c.entry.type in _FOLDING and c.source}
    _fold_threatened(cands)
    for c in cands:
        if c.dropped or c.modality != "hypothetical" or c.tok.i in heads:
            continue
        t = c.tok
        while t.head.i != t.i and t.dep_ in _INSIDE:
            if t.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in t.children):
                break  # "asked whether Russia would invade": a question, not a request
            came, t = t, t.head
            if t.i in heads:
                if heads[t.i] == "REQUEST" or came.dep_ in ("prep", "pcomp") or came.lower_ in ("of", "for"):
                    # (an accusation folds "of trying to seize"; a claim "that X would have
                    # invaded" stays: its content is what is claimed)
                    c.dropped = "the content of a request or accusation, coded by it"
                break


_INSIDE = {"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "conj", "acl", "advcl", "compound"}
_MEASURES = {"SANCTION", "REJECT"}  # and bans; a decided arrest or deployment is still to come


def _left_partner(cands: list[Candidate]) -> None:
    """"Walked out of the talks with Israel", "pulled out of the deal with Iran": leaving a
    tie is aimed at the partner in it, whom the parser hangs on the noun."""
    for c in cands:
        if c.dropped or c.target or c.entry.pos != "V" or c.entry.type not in ("SANCTION", "REJECT"):
            continue
        mine = {a.country for a in c.source if a.country}
        for n in cands:
            if n is c or n.entry.type not in ("CONSULT", "AGREE", "COOPERATE") or not n.target:
                continue
            t, hops = n.tok, 0
            while t.head.i != t.i and t.dep_ in ("pobj", "prep") and hops < 4:
                t, hops = t.head, hops + 1
            if t.i == c.tok.i and hops >= 2:
                c.target = [a for a in n.target if a.country not in mine] or c.target
                c.partial = not c.target
                break


def _one_promise(cands: list[Candidate]) -> None:
    """"Offering further military support to Lebanon": the offer and what is offered are
    one promise, made now (the verb's AGREE, actual), aimed at whom the thing is for."""
    for c in cands:
        if c.dropped or c.entry.type != "AGREE" or c.entry.pos != "V" or "+" in c.entry.word:
            continue  # (a promise verb itself: not "will provide", made a promise by the future)
        for n in cands:
            if n is c or n.dropped or n.entry.type != "AGREE" or not n.entry.word.endswith("+promise") \
                    or n.tok.dep_ != "dobj" or n.tok.head.i != c.tok.i:
                continue
            if not any(a.country for a in c.target) and (any(a.country for a in n.target) or not c.target):
                c.target = list(n.target)  # ("military" is a kind of support, not its recipient)
            n.dropped = "what is promised, coded as the promise"


def _decided_measures(cands: list[Candidate]) -> None:
    """"EU ministers agreed to widen sanctions on Belarus", "the cabinet approved removing
    Seoul from its white list": a side deciding a measure of its own against another takes
    it (the measure, actual); it agrees with no one. Not an agreement between parties
    ("agreed with Kyiv to ...", "Russia and Ukraine agreed to ...")."""
    for c in cands:
        if c.dropped and c.dropped != "no source actor" or c.modality not in ("future", "actual") or not (
                c.entry.type in _MEASURES or c.entry.type == "COERCE" and c.entry.mode == "restrict"):
            continue
        t, path = c.tok, []
        while t.head.i != t.i and t.dep_ in ("xcomp", "dobj", "pcomp", "pobj", "prep", "ccomp", "conj") \
                and len(path) < 4:
            path.append(t.dep_)
            t = t.head
            if t.lemma_.lower() in WORDS.deciding:
                break
            if t.pos_ == "VERB" and (t.lemma_.lower() in ("lift", "review", "ease", "reconsider", "drop", "end")
                                     or (x := _lookup(t)) is not None and x.type in _SOFT):
                break  # "agreed to lift its veto", "to review its sanctions": not the measure
        if t.lemma_.lower() not in WORDS.deciding or not (set(path) & {"xcomp", "dobj", "pcomp", "ccomp"}):
            continue
        if any(ch.dep_ == "prep" and ch.lower_ == "with" for ch in t.children):
            continue
        if t.tag_ not in ("VBD", "VBN") or any(a.dep_ == "aux" and a.lower_ not in ("has", "have", "had")
                                                 for a in t.children):
            continue  # "will decide to ...", "could agree to ...": nothing is decided yet
        if any(x.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in x.children)
               for y in (t, c.tok, c.tok.head) for x in y.children):
            continue  # "decided to suspend Mali unless the junta held elections": a threat
        deciders = [d for d in cands if not d.dropped and d.tok.i == t.i and d.entry.type in ("AGREE", "SUPPORT")]
        sides = {a.country for d in deciders for a in d.source if a.country}
        if len(sides) > 1 or c.source and sides - {a.country for a in c.source if a.country}:
            continue
        if c.dropped:  # "agreed to widen sanctions on Belarus": the noun's doer is the decider
            if not deciders or not deciders[0].source:
                continue
            c.source, c.dropped = list(deciders[0].source), None
            c.target = [a for a in c.target if a.country not in sides] or [
                a for a in deciders[0].target if a.country not in sides]
            if not c.target:
                c.dropped = "no target actor"
                continue
        for d in deciders:
            d.dropped = "a side's decision on its own measure, coded as the measure"
        c.modality = "actual"
_HARMS = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}


def _fold_threatened(cands: list[Candidate]) -> None:
    """Codebook 4.2 and 4.6: "vowed to strike", "would cut power to their towns if ..." is
    the threat, made now; the harm a side promises is not a future or hypothetical act of
    its own beside it. A third party's forecast ("warned the RSF could attack") stays."""
    threats = {c.tok.i: c.source for c in cands
               if not c.dropped and c.entry.type == "THREATEN" and c.source and c.target}
    for c in cands:
        if c.dropped or c.entry.type not in _HARMS or c.modality not in ("hypothetical", "future"):
            continue
        mine = [a for a in c.source if a.country]
        t, came = c.tok, None
        while True:
            if t.i in threats and mine and all(any(_same_side(a, b) for b in threats[t.i]) for a in mine) \
                    and (came is None or came.dep_ in ("xcomp", "ccomp", "advcl", "conj")):
                c.dropped = "the harm a side promises, coded as its threat"
                break
            if t.head.i == t.i or t.dep_ not in _INSIDE:
                break
            came, t = t, t.head


_SOFT = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"}


def _cooperative(cond) -> bool:
    """The condition is a concession or deal by the other side ("if Russia agreed to a
    corridor", "if Hamas released the hostages"), not an affront."""
    e = _lookup(cond) or _idiom(cond)
    return e is not None and e.type in _SOFT and not any(c.dep_ == "neg" for c in cond.children)


_IRREGULAR = {"REB", "PRM", "INS", "UAF", "CRM"}


def _same_side(a: Actor, b: Actor) -> bool:
    """One side: the same state, and not a state's government against armed groups of its
    own country ("Iraqi militias" are not Baghdad)."""
    return a.country == b.country and (a.sector in _IRREGULAR) == (b.sector in _IRREGULAR)


def _treated_as(act) -> bool:
    """"will treat the convoy as a legitimate target", "regard them as invaders"."""
    return act.lemma_.lower() in ("treat", "regard", "consider") and any(
        p.lower_ == "as" and any(o.lemma_.lower() in WORDS.as_foe for o in p.subtree)
        for p in act.children if p.dep_ == "prep")


def _harm_promised(act, strict=False) -> bool:
    """What a conditional promises is harm: "we will respond / retaliate", "take all
    necessary measures", "cut power to", "defend our sovereignty", "will not stand idle",
    "will be treated as invaders". A bare promise ("would attend the talks", "defend its
    decision in court") is not. strict: only a named act of force or punishment."""
    low = act.lemma_.lower()
    objs = [c for c in act.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
    if strict:
        e = _lookup(act)
        return e is not None and e.pos in ("V", "VO") and e.type in ("ASSAULT", "COERCE", "SANCTION") \
            or any(o.lemma_.lower() in WORDS.harm_nouns for o in objs)
    if low in WORDS.harm_verbs or low in WORDS.defend and any(o.lemma_.lower() in WORDS.defended or o.lower_ in WORDS.self for o in objs) or any(
            o.lemma_.lower() in WORDS.harm_nouns or o.lower_ in WORDS.harm_nouns for o in objs):
        return True
    if low == "stand" and any(c.dep_ == "neg" for c in act.children):
        return True  # "would not stand idle", "will not stand by"
    if _treated_as(act):
        return True
    e = _lookup(act)
    return e is not None and e.pos in ("V", "VO") and e.type in ("ASSAULT", "COERCE", "SANCTION", "THREATEN")


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


def _conditional_threats(doc, k, sent, earlier=()) -> list[Candidate]:

    out = []
    for v in sent:
        if v.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "should")
                                        for m in v.children):
            continue
        main = v.head
        modal = next((a.lower_ for a in main.children if a.dep_ == "aux" and a.lower_ in (
            "will", "would", "shall", "'ll", "wo", "could", "may", "might")), None)
        if modal is None:
            continue
        act = main
        if main.lemma_.lower() in WORDS.compelled:
            # "we will be forced to take every measure", "we would have to respond"
            act = next((c for c in main.children if c.dep_ == "xcomp"), main)
        if not _harm_promised(act):
            continue
        if _cooperative(v):
            continue  # "would protect civilians if Hamas released the hostages": an offer
        cond_subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        main_subj = _subject(main)
        speaker = _speaker(doc, k, main)
        doers = actors_of(doc, k, main_subj) if main_subj is not None else []
        if doers and main_subj.dep_ != "nsubjpass" and main_subj.lower_ not in WORDS.first_person \
                and main.lemma_.lower() not in WORDS.undergo | {"have"} and _forecast(doc, k, main, speaker, doers):
            continue  # "US officials said Russia would strike if ...": a forecast of another's act
        if modal in ("could", "may", "might") and not (speaker and doers and all(
                _same_side(a, speaker) for a in doers) and _harm_promised(act, strict=True)):
            continue  # "could erupt if ...": a forecast, unless a side says what it could do
        passive = next((c for c in main.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and act is not main:
            main_subj, passive = passive, None  # the compelled one acts
        if passive is not None and not any(c.dep_ == "agent" for c in main.children):
            main_subj = passive  # "they would be shot down if they did so again": they are warned
        if act is main and main.lemma_.lower() in WORDS.undergo | {"have"} or main_subj is passive is not None:
            # "India will receive a befitting reply", "it will have war": the subject is warned
            source = [speaker] if speaker else []
            if main_subj is not None and main_subj.lower_ in ("it", "they") and cond_subj is not None:
                main_subj = cond_subj  # "if the state insists on war, it will have war"
            target = actors_of(doc, k, main_subj) if main_subj is not None else []
        else:
            source = actors_of(doc, k, main_subj) if main_subj is not None else []
            if not source and speaker:
                source = [speaker]
            target = actors_of(doc, k, cond_subj) if cond_subj is not None else []
            if cond_subj is not None and not target and cond_subj.pos_ != "PRON":
                target = [a for a in inner_actors(doc, k, cond_subj) if a.country]  # "if Armenian units advanced"
            foe = next((o for o in act.children if o.dep_ == "dobj"), None) if _treated_as(act) else None
            if foe is not None:  # "will treat any Belarusian convoy as a target": the convoy's side
                target = [a for a in inner_actors(doc, k, foe) if a.country] or target
        if source and not target and cond_subj is not None and _lookup(cond_subj) is not None:
            # "if the attacks continue", "if attacks from Afghan soil continue"
            target = _earlier_doer(earlier, cond_subj, source) or [
                a for a in inner_actors(doc, k, cond_subj) if a.country][:1]
        own = {a.country for a in source if a.country}
        if source and not target and (cond_subj is None or not inner_actors(doc, k, cond_subj)):
            # "could cut power to Cambodian towns if provocations continue": whom the act hits
            # (not "would attack Moldova if it could": a disposition, no one's act is its condition)
            hit = next((c for c in earlier if c.k == k and c.tok.i == act.i and not c.dropped), None)
            target = [a for a in (hit.target if hit else []) if a.country and a.country not in own] or target
        target = [a for a in target if not a.country or a.country not in own]
        if not source or not target:
            continue
        entry = replace(lexicon()[("threaten", "V")], word="if+" + main.lemma_.lower(), flags=frozenset())
        out.append(Candidate(k=k, tok=main, entry=entry, source=source, target=target,
                             attributed_to=speaker,
                             stateless=not any(a.country for a in source + target)))
    return out
