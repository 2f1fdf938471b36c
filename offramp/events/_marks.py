"""Marks a clause carries itself: its negation, auxiliaries, hedges and conditions, "any", a
question, and the form of a future noun act."""
from __future__ import annotations

from ._clausepath import WORDS, _lemma
from ._plans import _planned


def _question(tok) -> bool:
    """A yes/no question ("Will China invade Taiwan?"): it ends in "?" and an auxiliary opens it."""
    sent = tok.sent
    if not any(sent[i].text == "?" for i in range(max(0, len(sent) - 3), len(sent))):
        return False  # (most sentences: no need to look further)
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return bool(words) and words[0].pos_ == "AUX" and words[0].dep_ in ("aux", "auxpass", "ROOT")


def _conditional(n) -> bool:
    """n carries an if/unless clause ("will impose sanctions unless ..."), not "even if"."""
    for c in n.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") and not any(
                x.lower_ in ("even", "as") and x.i < m.i for x in c.children) for m in c.children):
            return True
    return False


def _inverted_had(n) -> bool:
    """"Had Russia attacked Finland, ...": a condition with "had" before its subject."""
    subj = next((c for c in n.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(c.dep_ == "aux" and c.lower_ == "had" and c.i < subj.i
                                    and c.i == n.sent.start for c in n.children)


def _contrasted(prev) -> bool:
    """prev is set against the negated clause above it: "did not strike the oil sites but
    hit military bases", "..., hitting military sites instead"."""
    if prev is None:
        return False
    if prev.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") and c.i < prev.i
                                   for c in prev.head.children):
        return True
    return prev.dep_ in ("advcl", "conj", "xcomp") and any(
        c.dep_ == "advmod" and c.lower_ == "instead" for c in prev.children)


def _nor_joined(n) -> bool:
    """"neither confirmed nor denied that ...": the second verb is negated too."""
    return n.dep_ == "conj" and n.pos_ == "VERB" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in n.head.children)


def _own_negation(tok, n) -> bool:
    """n is negated by a word of its own: "not", "no", "never", a "neither ... nor" subject,
    "fired no shots", "the collapse of the truce"."""
    children = list(n.children)
    # (kept as it was when read per child: a bare noun is not, "violation of ceasefire")
    if children and n.i == tok.i and n.pos_ == "NOUN" and n.dep_ == "pobj" and n.head.lower_ == "of" \
            and n.head.head.lemma_.lower() in WORDS.undone:
        return True  # "the collapse of the truce", "a violation of the ceasefire"
    if any(c.dep_ == "cc" and c.lower_ == "nor" for c in children) and any(
            c.lower_ == "neither" or c.dep_ in ("nsubj", "nsubjpass") and any(x.lower_ == "neither" for x in c.children)
            for c in children):
        return True  # "neither shelled the city nor entered it" (however "neither" was hung)
    for c in children:
        low = c.lower_
        if c.dep_ == "neg" or (c.dep_ == "det" and low in WORDS.neg_det) or low in ("never",):
            return True
        if c.dep_ == "advmod" and low == "longer" and any(x.lower_ == "no" for x in c.children):
            return True  # "no longer receives aid"
        if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i and any(
                x.lower_ in ("neither", "no") and x.dep_ in ("det", "preconj") for x in c.children):
            return True  # "Neither Russia nor Belarus attacked"
        if n.i == tok.i and n.pos_ == "VERB" and c.dep_ == "dobj" and any(
                x.dep_ == "det" and x.lower_ == "no" for x in c.children):
            return True  # "has massed no troops", "fired no shots"
    return False


def _aux_marks(n, prev, top, reported: bool) -> tuple[bool, bool]:
    """(future, hypothetical) from n's auxiliaries: "will", "could"; a reported "would" is
    the speaker's future ("announced it would send aid")."""
    fut = hypo = False
    for c in n.children:
        if c.dep_ not in ("aux", "auxpass"):
            continue
        low = c.lower_
        if low in WORDS.fut_aux or c.lemma_ in WORDS.fut_aux:
            fut = True
        elif low == "would" and reported and (n.i == top.i or n.dep_ == "conj" and n.head.i == top.i) and (
                prev is None or prev.dep_ not in ("nsubj", "nsubjpass")) and not any(
                x.dep_ == "aux" and x.lemma_ == "have" for x in n.children):
            fut = True
        elif low in WORDS.hypo_aux:
            hypo = True
    return fut, hypo


def _hedges(tok, n, hedged: bool) -> bool:
    """n is hedged or conditioned: "if", "possible", "unverified videos", "any judge who",
    "will impose sanctions unless ..."."""
    children = list(n.children)
    if n.dep_ in ("acl", "ccomp") and n.head.lemma_.lower() in WORDS.conditions and \
            n.head.head.lemma_.lower() not in WORDS.met:
        return True  # "released them on condition that Ukraine frees its soldiers", not "met the condition"
    if children and n.dep_ == "relcl" and n.head.pos_ == "NOUN" and any(
            x.dep_ == "det" and x.lower_ in ("any", "every") for x in n.head.children):
        return True  # "any judge who acquits them": whoever might
    le = n.left_edge.i
    if n.dep_ in ("advcl", "ccomp") and le >= 2 and n.doc[le - 2].lower_ == "in" and n.doc[le - 1].lower_ == "case":
        return True  # "in case China attacks", parsed as a prepositional phrase before the clause
    for c in children:
        low = c.lower_
        if c.dep_ == "mark" and low in WORDS.hypo_mark:
            return True
        if c.dep_ in ("amod", "advmod") and low in WORDS.hypo_words and not (hedged and low in WORDS.hoped):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(x.lower_ in WORDS.unproven for x in c.children):
            return True  # "unverified videos purported to show ...", "unconfirmed reports said"
    # a condition on a present-tense verbal act ("expects a reply if talks are to go on")
    # conditions its content, not the act; a modal consequence is conditional
    return _conditional(n) and (n.i != tok.i or any(
        c.dep_ == "aux" and c.lower_ in WORDS.fut_aux | WORDS.hypo_aux for c in n.children))


def _any_act(tok, n) -> bool:
    """"would respond to any threat", "any attack on Niger would be war": whichever may come."""
    return n.i == tok.i and n.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("any", "every") for c in n.children)


def _future_noun(tok, n, hedged: bool) -> bool:
    """A noun act marked as still to come: "the planned talks", "a meeting that Tokyo plans
    to host", "his visit to Japan next week"."""
    if n.i != tok.i or n.pos_ not in ("NOUN", "PROPN"):
        return False
    for c in n.children:
        if c.dep_ in ("amod", "compound") and c.lower_ in WORDS.fut_mod and not hedged:
            return True
        if n.pos_ == "NOUN" and c.dep_ == "relcl" and _planned(c):
            return True  # "a meeting that Tokyo plans to host", "talks which will open"
        if n.pos_ == "NOUN" and c.dep_ == "npadvmod" and any(x.lower_ in WORDS.fut_mod for x in c.children):
            return True  # "his visit to Japan next week"
    return False


def _judged_open(verb) -> bool:
    """A present judgement that the subject act may yet come: "now seems inevitable", "remains
    a real possibility" (not "was inevitable", "was certain to inflame tensions")."""
    if verb.lemma_.lower() not in WORDS.copulas or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return any(c.dep_ in ("acomp", "oprd") and c.lower_ in WORDS.judged_acomp
               and not any(x.dep_ == "xcomp" for x in c.children)
               or c.dep_ == "attr" and _lemma(c) in WORDS.judged_attr for c in verb.children)
