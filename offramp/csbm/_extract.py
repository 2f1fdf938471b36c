"""Mentions of military activities in one sentence: exercises, snap checks, deployments, build-ups."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..actors import actors_of, inner_actors
from ..dates import tense_of
from ._data import cues

__all__ = ["Mention", "find_mentions", "is_generic"]

FAMILIES = ("exercise", "deployment", "concentration")


@dataclass
class Mention:
    """One activity word and what hangs on it.

    k: sentence index; trigger: doc index of the word; family: exercise | deployment |
    concentration; snap: called without notice (an alert activity); joint: with other states;
    actors: ISO3 codes of the states conducting it; definite: "the exercise", "its drills";
    name: "Zapad-2021"; negated / hypothetical: not a report that it happens; attach: tokens the
    where/when words may hang on; tense: of the activity; words: the trigger phrase;
    announcer: states that notify it, or whose military reports it, taken to conduct it when
    nothing else says who does.
    """

    k: int
    trigger: int
    family: str
    snap: bool = False
    joint: bool = False
    actors: list[str] = field(default_factory=list)
    definite: bool = False
    name: str | None = None
    negated: bool = False
    hypothetical: bool = False
    attach: list = field(default_factory=list)
    tense: str = "past"
    words: str = ""
    announcer: list[str] = field(default_factory=list)


def _mods(tok) -> set[str]:
    return {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")}


def _has_forces(tok) -> bool:
    """Armed forces around a deployment word: "of Russian troops", "troop movement", "troops amassing"."""
    forces = cues().words("force_words")
    near = [c for c in tok.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "compound", "prep", "poss")]
    near += [g for c in near if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if tok.dep_ in ("acl", "relcl") or (tok.pos_ == "NOUN" and tok.dep_ == "compound"):
        near.append(tok.head)
    return any(t.lemma_.lower() in forces for t in near)


def _family(tok) -> tuple[str | None, bool]:
    """(family, snap) of a token that names an activity, (None, False) otherwise."""
    c = cues()
    trig, lemma = c["triggers"], tok.lemma_.lower()
    snap_words = c.words("snap_words")
    if tok.pos_ in ("NOUN", "PROPN"):
        if lemma in trig["exercise"] or (lemma == "game" and _mods(tok) & c.words("war_words")):
            return "exercise", bool(_mods(tok) & snap_words)
        if lemma in trig["check"] and _mods(tok) & snap_words:
            return "exercise", True
        if lemma in trig["concentration_noun"] and _has_forces(tok):
            return "concentration", False
        if lemma == "build" and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].lower_ == "up":
            return "concentration", False
        if lemma in trig["deployment_noun"] and _has_forces(tok):
            return "deployment", False
    elif tok.pos_ == "VERB":
        if lemma in trig["concentration_verb"] and _has_forces(tok):
            return "concentration", False
        if lemma in trig["deployment_verb"] and _has_forces(tok):
            return "deployment", False
    return None, False


def _negated(tok) -> bool:
    neg = cues().words("negators")
    if any(c.lower_ in neg or c.dep_ == "neg" for c in tok.children):
        return True
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in neg:
        return True
    # "this is not an exercise"
    return tok.dep_ in ("attr", "dobj") and any(c.dep_ == "neg" for c in tok.head.children)


def _reported(verb) -> bool:
    reporting = cues().words("report_verbs")
    return verb.dep_ in ("ccomp", "conj") and verb.head.lemma_.lower() in reporting


def _hypothetical(tok) -> bool:
    aux, governors = cues().words("hypothetical_aux"), cues().words("hypothetical_governors")
    t = tok
    for _ in range(8):
        words = {c.lower_ for c in t.children if c.dep_ == "aux"} & aux
        # "said that units would arrive" reports a plan; a bare "would" or "could" does not
        if words - {"would"} or (words and not _reported(t)):
            return True
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in governors:
            return True
        if t.head is t or t.lemma_.lower() in cues().words("report_verbs"):
            return False
        t = t.head
    return False


def _announcer(doc, k: int, tok) -> list[str]:
    """States that notify the activity, or whose military reports it, from the verb above it."""
    c = cues()
    notify, report = c.words("notify_verbs"), c.words("report_verbs")
    t = tok
    for _ in range(8):
        if t.head is t:
            return []
        t = t.head
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and (lemma in notify or lemma in report):
            subj = next((x for x in t.children if x.dep_ == "nsubj"), None)
            if subj is None:
                continue
            found = actors_of(doc, k, subj) or inner_actors(doc, k, subj)
            if lemma in notify or any(a.sector in c["own_report_sectors"] for a in found):
                return [a.country for a in found if a.country]
            return []
    return []


def _verbs(tok) -> list:
    """Verbs that carry the activity's subject and dates: "Russia launched a snap check"."""
    out = [tok] if tok.pos_ == "VERB" else []
    t = tok
    reporting = cues().words("report_verbs") - cues().words("notify_verbs")
    for _ in range(2):
        if t.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj", "prep", "attr", "acl", "xcomp") \
                or t.head is t:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in reporting:
            out.append(t)
    return out


def _actor_tokens(tok, verbs: list) -> list:
    out = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod", "nsubj", "dobj",
                                                  "nsubjpass")]
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by", "with"):
            out += [g for g in c.children if g.dep_ == "pobj"]
    if tok.dep_ in ("acl", "relcl"):
        out.append(tok.head)
    for v in verbs:
        out += [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i]
        out += [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return out


def _states(doc, k: int, toks: list) -> list[str]:
    out: list[str] = []
    for t in toks:
        found = actors_of(doc, k, t)
        if not found and t.lemma_.lower() in cues().words("force_words"):
            found = inner_actors(doc, k, t)
        for a in found:
            if a.country and a.country not in out:
                out.append(a.country)
    return out


def _name_word(t) -> bool:
    return t.ent_type_ not in ("GPE", "NORP") and (
        t.pos_ == "PROPN" or t.text == "-" or (t.like_num and len(t.text) == 4))


def _name(tok) -> str | None:
    """The exercise's own name: "the Union Resolve 2022 joint drills", "exercise Zapad"."""
    doc, i, words = tok.doc, tok.i - 1, []
    while i >= tok.sent.start and not words and doc[i].is_lower and doc[i].dep_ in ("amod", "compound"):
        i -= 1   # "joint", "snap", "military" stand between a name and its noun
    lo = tok.sent.start
    while i >= lo and i < doc[i].head.i <= tok.i and _name_word(doc[i]):
        words.insert(0, doc[i])
        i -= 1
    words = [w for w in words if w.text != "-" or (words[0] is not w and words[-1] is not w)]
    if not words:
        words = [c for c in tok.children if c.dep_ == "appos" and _name_word(c)]
    if not words or all(w.like_num for w in words):
        return None
    return doc[words[0].i:words[-1].i + 1].text.strip(" ,\"'“”‘’")


def is_generic(tok) -> bool:
    """A bare activity noun with no owner and no article: "planned military exercises"."""
    return tok.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in tok.children)


def _definite(tok) -> bool:
    """"the exercises", "its drills": a noun that points back to an activity already named."""
    words = cues().words("definite_words")
    return tok.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") and c.lower_ in words
                                      for c in tok.children)


def find_mentions(doc, k: int, sent) -> list[Mention]:
    """The activity mentions of sentence k.

    doc: the Document (its actors stage has run); k: sentence index; sent: the spaCy Span.
    """
    c = cues()
    low = sent.text.lower()
    snap_text = any(rx.search(low) for rx in c.rx["snap_patterns"])
    out = []
    for tok in sent:
        family, snap = _family(tok)
        if family is None:
            continue
        verbs = _verbs(tok)
        m = Mention(k, tok.i, family, words=tok.doc[tok.left_edge.i:tok.i + 1].text)
        m.snap = snap or (family == "exercise" and snap_text)
        m.joint = bool(_mods(tok) & c.words("joint_words"))
        m.actors = _states(doc, k, _actor_tokens(tok, verbs))
        m.definite = _definite(tok)
        m.name = _name(tok) if family == "exercise" else None
        m.negated = _negated(tok) or any(_negated(v) for v in verbs[:1] if v is not tok)
        m.hypothetical = _hypothetical(tok)
        forces = [t for t in _actor_tokens(tok, []) if t.lemma_.lower() in c.words("force_words")]
        m.attach = [tok] + verbs + forces
        m.announcer = [] if m.actors else _announcer(doc, k, tok)
        m.tense = tense_of(verbs[-1] if verbs else tok)
        out.append(m)
    return out
