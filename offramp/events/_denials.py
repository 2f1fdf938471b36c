"""An act known only from a charge is not actual when the accused denies it, in the same
sentence or one of the next two ("accused the UAE of financing X, a charge Abu Dhabi
dismissed"), nor when the claim of it is dismissed ("dismissed as 'lies' an allegation that
...")."""
from __future__ import annotations

from ..actors import actors_of
from ..model import Actor
from ._modality import SPEECH
from ._parties import _subject
from ._trigger import _lookup
from ._words import words

WORDS = words("arguments")
_UNTRUE = words("modality").untrue  # what a claim is called when it is denied: "lies", "baseless"


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


def _denied_charge(doc, k, tok, source: list[Actor], typ: str, target: list[Actor] = ()) -> bool:
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
    elif tok.dep_ == "ccomp" and tok.head.lemma_.lower() in WORDS.deny and tok.i < tok.head.i and any(
            t.text == ";" for t in tok.doc[tok.i:tok.head.i]) and tok.sent.root.lemma_.lower() in WORDS.charging \
            and typ in _CHARGED:
        # a headline "Georgia Says Russian Jet Downed Its Drone; Moscow Denies Role", the charge
        # parsed under the denial after the semicolon: the saying is the charge
        verb = tok.sent.root
    elif tok.dep_ in ("ccomp", "xcomp", "dobj") and tok.head.lemma_.lower() == "show" and tok.head.dep_ == "ccomp" \
            and tok.head.head.lemma_.lower() in WORDS.charging and typ in _CHARGED:
        verb = tok.head.head  # "footage that it said showed a Russian jet firing at the drone"
    else:
        return False
    accused = {a.country for a in source if a.country}
    if not accused:
        return False
    if (sayer := _subject(verb)) is not None and {a.country for a in actors_of(doc, k, sayer)} & accused:
        # "Central Command said its forces had shot down drones": its own deed, unless the side
        # it was done to denies it ("Iran said it had downed an Israeli drone, a claim Israel
        # rejected")
        accused = {a.country for a in target if a.country} - accused
        if not accused or typ not in _CHARGED:
            return False
        # only this deed, and in the same sentence: "Belgrade denies massing troops" or "a
        # charge Belgrade dismissed" (of another charge, next) answers no arrest
        kinds, reach, own = {typ}, (k, k + 1), True  # (the next sentence only for "called the claim false")
    else:
        reach, own = (k, k + 1, k + 2), False
        # the kinds of deed charged: "sending troops to fight alongside the rebels" is answered
        # by "denies that its troops are fighting there"
        kinds = {typ} | {e.type for t in tok.subtree if (e := _lookup(t)) is not None}
    sents = doc.work["sents"]
    for j in reach:
        if j >= len(sents):
            break
        for t in sents[j]:
            if t.pos_ != "VERB" or t.i in (verb.i, tok.i) or not _denies(t, kinds) or own and not _denies_claim(t, kinds):
                continue
            s = _subject(t)
            if not any(c.dep_ == "nsubj" for c in t.children) and t.i > 0 and t.doc[t.i - 1].pos_ == "PROPN":
                s = t.doc[t.i - 1]  # "an allegation Abu Dhabi called baseless", parsed as one phrase
            if s is not None and {a.country for a in actors_of(doc, j, s)} & accused:
                return True
    return False


def _denies_claim(t, kinds: set[str]) -> bool:
    """t denies the claim just made, not another deed or charge: "a claim Israel rejected",
    "which the Pentagon denied", "denied the attack", "denied any ship was hit" (not "denied
    that it had fired rockets", its own deed, nor "a charge Yerevan denied", another's)."""
    for c in t.children:
        if c.dep_ in ("ccomp", "xcomp") and (c.dep_ == "xcomp" or any(
                s.dep_ == "nsubj" and (s.lower_ in ("it", "they", "we") or any(
                    p.dep_ == "poss" and p.lower_ in ("its", "their", "our") for p in s.children))
                for s in c.children)):
            return False
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass") and not _tells_deed(c, kinds)
            and c.lower_ not in _UNTRUE]  # ("a claim Kyiv called propaganda": the verdict)
    if t.dep_ in ("relcl", "acl") and not objs:
        objs.append(t.head)  # "a claim Israel rejected" (but "..., which X denied": the whole)
    return all(o.lower_ in ("which", "it", "this", "that") or o.lemma_.lower() in _OWN_CLAIMS for o in objs)


_OWN_CLAIMS = {"claim", "report", "account", "assertion", "version", "statement"}


def _denies(t, kinds: set[str]) -> bool:
    """t denies the charged deed, of one of these kinds: "Kyiv rejected the charge", "a charge Abu
    Dhabi called baseless", "the army said no strikes were carried out"; not "did not deny
    the attack", "denied sending ground troops" (another deed) or "said its forces had not
    fired first" (they fired)."""
    lemma = t.lemma_.lower()
    if lemma == "confirm" and (any(c.dep_ == "neg" or c.lower_ == "never" for c in t.children) or any(
            c.dep_ == "nsubj" and any(d.lower_ in ("neither", "no") for d in c.children) for c in t.children)):
        # "a claim Ukraine's military did not confirm", "neither government confirmed it"
        return not [c for c in t.children if c.dep_ in ("dobj", "ccomp")] or any(
            c.pos_ == "PRON" or c.lemma_.lower() in WORDS.claims for c in t.children if c.dep_ == "dobj")
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in t.children):
        return False  # "did not deny", "never denied": not a denial
    said = [c for c in t.children if c.dep_ in ("ccomp", "xcomp")]
    denied = [x for c in said + [c for c in t.children if c.dep_ == "dobj"] for x in c.subtree]
    if any(x.lemma_.lower() == "target" or x.lower_ in ("deliberately", "intentionally") for x in denied) \
            and any(x.lower_ in WORDS.civilian for x in denied):
        return False  # "denies targeting civilians": the attack is not what is denied
    if lemma in WORDS.deny:
        if said:
            return any(_tells_deed(c, kinds) for c in said)  # "denied that it had sent troops"
        objs = [c for c in t.children if c.dep_ == "dobj"]
        return not objs or any(o.pos_ == "PRON" or o.lemma_.lower() in WORDS.claims | WORDS.part_in
                               or _tells_deed(o, kinds) or any(d.lower_ == "such" for d in o.children)
                               for o in objs)  # ("denied any such movement": the one charged)
    if lemma in WORDS.call and any(c.dep_ in ("oprd", "acomp", "dobj", "attr") and c.lower_ in _UNTRUE
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
