"""Threats told as what the other side will suffer (codebook 3.11): a side says that X "would
pay a heavy price", "will face consequences", that an act "would have serious consequences
for relations with X" or "would be met with force", or that it "would regard any
intervention as a declaration of war". The threat is the sayer's, made now, at X (or at
whoever would do the act); there is no harming verb of the sayer's own to code it on."""
from __future__ import annotations

from dataclasses import replace

from ..actors import actors_of, is_state
from ._lexicon import lexicon
from ._modality import modality_of
from ._parties import _acts, _modifier_actors, _pobjs, _reporting_verb, _subject
from ._trigger import Candidate, _lookup
from ._unnamed import _BODIES
from ._words import words

WORDS = words("arguments")

_MODALS = words("modality").fut_aux | {"would"}


def _modal(v) -> bool:
    """v is told with "will" or "would": a promise or a warning, not a past deed."""
    return any(a.dep_ in ("aux", "auxpass") and a.lower_ in _MODALS for a in v.children)


def _penalty_word(t) -> bool:
    """A penalty, not a reply: "harsh retaliation", "a befitting reply"; not "a reply to its
    letter", "a formal response", "no sanctions", "positive consequences"."""
    if not (t.lemma_.lower() in WORDS.penalties or t.lower_ in WORDS.penalties):
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" or c.dep_ == "amod" and c.lower_ in WORDS.mild
           for c in t.children):
        return False
    return not (t.lemma_.lower() in ("response", "reply") and any(
        c.dep_ == "prep" and c.lower_ in ("to", "from", "on") and any(
            g.lemma_.lower() in WORDS.messages or g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in t.children))  # (but "a befitting reply to any misadventure" is a threat)


def _affront(t) -> bool:
    """An act someone would do or did: "any intervention", "the decision", "the incident"; not
    "the outbreak", "the drought" (no one's act)."""
    e = _lookup(t)
    return e is not None and e.type not in ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID") \
        or t.lemma_.lower() in WORDS.affronts


def _doer(doc, k, act) -> list:
    """Who would do the act a noun names: "Taiwan's", "a Russian", "by Israel" (not "in Niger",
    where it would happen)."""
    return [a for a in _modifier_actors(doc, k, act) + _acts(doc, k, _pobjs(act, ("by", "from")))
            if a.country]


def _kind(doc, k, v):
    """(words of the penalty, the ones warned or None when the act's doer is unnamed) if v
    tells a penalty, else None."""
    low = v.lemma_.lower()
    objs = [c for c in v.children if c.dep_ == "dobj"]
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if low == "pay" and (any(o.lemma_.lower() == "price" for o in objs)
                         or any(c.dep_ == "advmod" and c.lower_ == "dearly" for c in v.children)):
        return "pay price", actors_of(doc, k, subj)  # "Israel would pay a heavy price"
    if low in ("face", "suffer", "receive") and subj.dep_ == "nsubj" and objs and all(_penalty_word(o) for o in objs):
        return f"{low} {objs[0].lemma_.lower()}", actors_of(doc, k, subj)  # "Kyiv will face consequences"
    if low in ("have", "carry", "bring") and any(o.lemma_.lower() == "consequence" and _penalty_word(o) for o in objs) \
            and not actors_of(doc, k, subj) and _affront(subj):
        # "the decision would have serious consequences for relations with Ankara"
        o = next(o for o in objs if o.lemma_.lower() == "consequence")
        fors = _pobjs(o, ("for",)) or _pobjs(v, ("for",))
        whom = [a for f in fors for t in f.subtree for a in actors_of(doc, k, t) if a.country]
        return "have consequences", whom or _doer(doc, k, subj) or None
    if low == "meet" and subj.dep_ == "nsubjpass" and (_affront(subj) or _lookup(subj) is None and _doer(doc, k, subj)) and any(
            _penalty_word(g) for p in v.children if p.dep_ in ("prep", "agent") and p.lower_ == "with"
            for g in p.children if g.dep_ == "pobj"):
        # "any further provocation by the North would be met with enormous retaliation"
        return "met with force", _doer(doc, k, subj) or None
    if low in ("regard", "treat", "consider", "view", "see") and any(
            x.lemma_.lower() in WORDS.as_foe or x.lower_ in ("war", "aggression")
            for p in v.children if p.dep_ == "prep" and p.lower_ == "as" for x in p.subtree):
        # "would regard any intervention in Niger as a declaration of war"
        act = next((o for o in objs), None)
        if act is None or not (_affront(act) or _doer(doc, k, act)):
            return None  # ("would regard Russia as an enemy for generations": an attitude)
        named = [a for a in actors_of(doc, k, act) if a.country]
        return "regard as war", named or _doer(doc, k, act) or None
    return None


def penalties(doc, k, sent, earlier=()) -> list[Candidate]:
    """THREATEN candidates for penalties a side announces in a reported clause."""
    out = []
    for v in sent:
        if v.pos_ not in ("VERB", "AUX") or not _modal(v) or any(c.dep_ == "neg" for c in v.children):
            continue
        got = _kind(doc, k, v)
        if got is None:
            continue
        word, warned = got
        say = _reporting_verb(v)
        if word == "regard as war" and (s := _subject(v)) is not None and s.lower_ not in ("it", "we", "they"):
            sayers = [a for a in actors_of(doc, k, s) if a.country]  # the regarder threatens
        else:
            s = _subject(say) if say is not None else None
            sayers = [a for a in actors_of(doc, k, s) if a.country] if s is not None else []
            if s is not None and s.lemma_.lower() in WORDS.third_party:
                continue  # "analysts said Russia would pay a heavy price": a forecast
        sayers = [a for a in sayers if is_state(a.country) or a.country in _BODIES]
        if not sayers or v.sent.text.rstrip().endswith("?"):
            continue  # (a rights group cannot make Ethiopia "face consequences")
        warned = [a for a in warned or [] if a.country and a.country not in {b.country for b in sayers}]
        # (a government's own opposition "paying the price at the ballot box" is politics)
        if got[1] and not warned:
            continue  # "we would pay a high price": one's own loss, not a threat
        if word == "regard as war":
            seen_as = {x.i for p in v.children if p.dep_ == "prep" and p.lower_ == "as" for x in p.subtree}
            for c in earlier:
                if c.k == k and c.tok.i in seen_as and not c.dropped:
                    c.dropped = "what an act would be regarded as, coded as the threat"
        told = next((c for c in earlier if not c.dropped and c.entry.type == "THREATEN" and c.k == k
                     and c.tok.i in (v.i, say.i if say is not None else -1)), None)
        if told is not None:  # "warned that X would pay": the warning's target
            if told.target:
                continue
            if warned:
                told.target, told.partial = warned, False
            else:
                told.entry = replace(told.entry, word=told.entry.word + "+harm")
            continue
        entry = replace(lexicon()[("threaten", "V")], word=word + "+harm", flags=frozenset())
        out.append(Candidate(k=k, tok=v, entry=entry, source=sayers, target=warned,
                             modality=modality_of(say) if say is not None else "actual",
                             attributed_to=sayers[0], partial=not warned,
                             stateless=not any(a.country for a in sayers + warned)))
    return out
