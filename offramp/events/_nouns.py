"""Source and target of a noun or adjective trigger: a noun act names its parties in its
modifiers and phrases ("the Russian invasion of Ukraine", "talks between X and Y") or takes
them from the verb it hangs on ("launched an attack", "drew condemnation from X"); whoever an
adjective is said of is the source ("the EU was troubled by the verdict")."""
from __future__ import annotations

from ..actors import actors_of, inner_actors
from ..actors._resolve import QUANTITY
from ..model import Actor
from ._lexicon import DEFAULT_PREPS, LexEntry
from ._modality import content_clause
from ._parties import (_SAYERS_ACTS, _acts, _adjacent_pobjs, _anti_actors, _modifier_actors, _pobjs,
                       _speaker, _subject)
from ._targets import _object_target
from ._trigger import _AIMED, _lemma_in, _lookup
from ._words import words

WORDS = words("arguments")


def _claimed(verb) -> bool:
    """A claim made ("claimed responsibility"), not one withheld ("has not claimed", "has yet
    to claim", "rarely claims")."""
    if any(c.dep_ == "neg" or c.lower_ in WORDS.seldom for c in verb.children):
        return False
    h = verb.head
    return not (verb.dep_ == "xcomp" and (any(c.lower_ == "yet" for c in h.children)
                                          or any(c.dep_ == "neg" for c in h.children)))


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
        mods = [a for a in mods if a.country not in {b.country for b in against}]
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
        source = [a for a in source if (a.country or a.name) and a.country not in {b.country for b in against}]
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
