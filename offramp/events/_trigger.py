"""Which token is a trigger, and of what: its row in the event lexicon, found through the
idioms, particles and modifiers the parser hangs apart ("signed a deal", "pulled back", "joint
flight exercises"). The later stages build on it: the Candidate they fill in, the kinds of act
the argument rules share and the word tests they all use are here too."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Actor
from ._lexicon import NONE, LexEntry, lexicon
from ._modality import QUOTES as _QUOTES
from ._modality import SPEECH, proviso, quoted_verdict
from ._words import words

WORDS = words("arguments")


_UNDIRECTED = {"MOBILIZE", "RETREAT", "PROTEST"}
_AIMED = {"ASSAULT", "COERCE", "THREATEN", "PROTEST"}  # "fired at X": at is the target
_STANCE = {"AGREE", "REJECT", "THREATEN"}
_FRIENDLY = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}  # stances on an act: the act's other party is theirs
_CONFLICT = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


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
        if proviso(tok):
            return None  # "provided Colombo settles": a condition, not aid
        lemma = tok.lemma_.lower()
        if e := _idiom(tok):
            return e
        for c in tok.children:
            if (c.dep_ in ("prt", "prep") or c.dep_ == "advmod" and c.lower_ in WORDS.particles) \
                    and not _when_phrase(c) and (e := lex.get((f"{lemma} {c.lower_}", "V"))):
                return e  # "pulled back", "stepped down": the parser may call these advmod
        if (lemma in ("put", "place", "keep") or lemma in ("remain", "stay") and any(
                c.dep_ == "nsubj" and (c.lower_ in WORDS.forces or c.lemma_.lower() in WORDS.armies)
                for c in tok.children)) and any(
                c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in WORDS.alert for g in c.children)
                for c in tok.children):
            return lex.get(("mobilize", "V"))  # "put its missile units on alert", "remained on alert"
        if lemma in ("tell", "instruct") and any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children) and any(
                c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in tok.children):
            return lex.get(("urge", "V"))  # "told Israel to halt its offensive": a demand
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
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" and (
                e := lex.get((f"{tok.head.head.lower_} of {low}", "N"))):
            return e  # "a state of emergency": the phrase, not its last word, is the act
        e = lex.get((low, "N")) or lex.get((lemma, "N"))
        if low == "talk" and any(c.dep_ == "prep" and c.lower_ in ("of", "about") for c in tok.children):
            return None  # "talk of a Turkish operation": rumour, not talks
        if lemma == "call" and _call_for(tok):
            return lex.get(("calls", "N"), e)
        if e is not None and e.word == "strike" and _labour_strike(tok):
            return lex.get(("general strike", "N"), e)
        return e
    return None


_PHONED = {"phone", "telephone", "conference", "video", "courtesy", "roll", "wake", "close"}


def _call_for(tok) -> bool:
    """"a call for a ceasefire", "its call for Kyiv to withdraw" (the parser may hang the
    clause on the verb): an appeal, not a phone call."""
    if any(c.dep_ == "compound" and c.lower_ in _PHONED for c in tok.lefts):
        return False  # "a phone call for an hour", "a conference call"
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return True
    if any(c.dep_ in ("acl", "relcl") and any(
            m.i < c.i and (m.dep_ == "mark" and m.lower_ in ("for", "that") or m.dep_ == "aux" and m.lower_ == "to")
            for m in c.children) for c in tok.children):
        return True  # "its call for Israel to allow aid in", "China's call to protect its workers"
    return tok.dep_ == "dobj" and any(
        c.dep_ == "advcl" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for c in tok.head.children)


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
        if c.dep_ == "oprd" and (x := _lookup(c)) is not None and x.type in _FRIENDLY:
            return False  # "in what Moscow called a joint patrol": a name for its own act, no reproach
        if c.dep_ in ("oprd", "acomp") and c.pos_ in ("NOUN", "ADJ", "ADV"):
            return True  # (the tagger may take "absurd" for an adverb)
        if c.dep_ == "dobj" and quoted_verdict(c) is not None:
            return True  # called X's claim that ... 'a sheer fabrication'
        if c.dep_ == "dobj" and any(g.dep_ in ("nmod", "compound") and any(
                t.text in _QUOTES for t in c.doc[g.i + 1:c.i]) for g in c.children):
            # parsed as one noun phrase: called [the detained politicians "traitors"], called
            # [the embargo "economic warfare"]
            return True
        if c.dep_ == "dobj" and any(g.dep_ == "amod" and g.pos_ == "ADJ" and g.i > c.i for g in c.children):
            return True  # an adjective after its noun is predicated of it: called the arrests "unacceptable"
        if c.dep_ == "dobj" and any(g.dep_ in ("npadvmod", "appos", "oprd") and g.pos_ == "NOUN"
                                    and (any(d.lower_ in ("a", "an") for d in g.children)
                                         or g.i > 0 and g.doc[g.i - 1].text in _QUOTES
                                         or g.left_edge.text in _QUOTES)
                                    for g in c.children):
            return True  # (or the name in quotes: called the politicians "traitors")
    return False







def _when_phrase(prep) -> bool:
    """"called on Friday": a time phrase, not the particle of "call on"."""
    return prep.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


_COUNTS = {"hundreds", "dozens", "scores", "thousands", "waves", "salvo", "salvoes", "barrage", "volley",
           "swarm", "swarms", "number", "series", "wave"}


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
            if c.lemma_.lower() in WORDS.containers and any(
                    g.dep_ == "pobj" and _lookup_row(g) is not None
                    and not lex.get((f"{c.lower_} of {g.lower_}", "N")) for m in c.children  # "state of emergency"
                    if m.dep_ == "prep" and m.lower_ == "of" for g in m.children):
                # "approved a package of sanctions": the sanctions are the act, not an aid package
                # nor the approving
                return LexEntry(f"{lemma} {c.lemma_.lower()} of", "VO", NONE, None, (), None, (), frozenset(), 0)
            for h in heads:
                e = lex.get((f"{h} {c.lemma_.lower()}", "VO")) or lex.get((f"{h} {c.lower_}", "VO"))
                if e:
                    return e
            for m in c.children:  # "paused some aid programmes": the compound names the thing
                if m.dep_ == "compound" and m.i < c.i and c.dep_ in ("dobj", "nsubjpass"):
                    for h in heads:
                        if e := lex.get((f"{h} {m.lemma_.lower()}", "VO")):
                            return e
                if m.dep_ == "prep" and m.lower_ == "of" and c.lower_ in _COUNTS:
                    for g in (g for g in m.children if g.dep_ == "pobj"):  # "hundreds of drones"
                        for h in heads:
                            if e := lex.get((f"{h} {g.lemma_.lower()}", "VO")):
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


def _scare_quoted(tok) -> bool:
    """A single word in quotation marks: someone's word for it."""
    return tok.i > tok.sent.start and tok.i + 1 < tok.sent.end and \
        tok.nbor(-1).text in _QUOTES and tok.nbor(1).text in _QUOTES


def _is_speech(t) -> bool:
    """A verb of saying; "continue"/"add" only when used as "said" (no infinitive)."""
    lemma = t.lemma_.lower()
    if lemma not in SPEECH or t.pos_ != "VERB":
        return False
    return not (lemma in ("continue", "add", "point", "voice") and
                any(c.dep_ in ("xcomp", "dobj") for c in t.children))


def _lemma_in(t, words) -> bool:
    low = t.lower_
    return t.lemma_.lower() in words or low in words or low.rstrip("s") in words or \
        low.endswith("ed") and (low[:-2] in words or low[:-1] in words) or \
        low.endswith("ing") and (low[:-3] in words or low[:-3] + "e" in words)


def _war_kit(o) -> bool:
    """o names weapons or war craft: "warships", "armoured vehicles" (not bare "vehicles",
    which may carry aid)."""
    return o.lower_ in WORDS.equipment or o.lemma_.lower() == "vehicle" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in WORDS.armed_kinds for c in o.children)
