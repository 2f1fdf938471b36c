"""Modality of an event trigger: actual, future, hypothetical or negated, from its clause path."""
from __future__ import annotations

__all__ = ["modality_of", "SPEECH", "clause_path"]

SPEECH = {"say", "tell", "charge", "argue", "claim", "add", "stress", "insist", "note", "state",
          "announce", "declare", "report", "write", "explain", "assert", "contend", "suggest",
          "acknowledge", "admit", "confirm", "continue", "reply", "respond", "tweet", "quote",
          "voice", "point", "believe", "think", "maintain", "allege", "accuse", "warn", "caution"}
_HYPO_AUX = {"could", "may", "might", "would", "can", "should", "'d", "ca"}
_FUT_AUX = {"will", "shall", "'ll", "wo"}
_HYPO_MARK = {"if", "unless", "whether", "lest"}
_HYPO_WORDS = {"possible", "potential", "potentially", "possibly", "perhaps", "maybe", "likely",
               "hypothetical", "would-be", "feared", "alleged"}
_HYPO_GOV = {"fear", "concern", "worry", "risk", "possibility", "capability", "capacity",
             "ability", "pretext", "chance", "prospect", "scenario", "option", "willing",
             "ready", "threat", "danger", "opportunity", "likelihood", "able", "intent",
             "consider", "contemplate", "hope", "try", "attempt", "seek", "speculation",
             "guise", "warn", "suspect", "unclear", "imagine", "want", "need", "should",
             "threaten", "hope", "wish", "likely", "unlikely", "rumor", "rumour", "speculation",
             "may", "might", "could", "would", "question", "whether", "if"}
_FUT_GOV = {"plan", "intend", "aim", "schedule", "prepare", "set", "due", "agree", "decide",
            "promise", "pledge", "vow", "expect", "go", "begin", "start", "proposal", "plan",
            "intention", "bid", "offer", "commit", "determine", "poised", "about", "vow",
            "expected", "scheduled", "slated"}
_NEG_GOV = {"deny", "refute", "rule", "refuse", "fail", "avoid",
            "without", "instead", "stop", "halt", "cancel", "postpone",
            # "suspended military cooperation with X": the cooperation ends
            "suspend", "sever", "end", "freeze", "terminate", "cut", "break", "abandon", "scrap"}
# the event is the subject of these: "the talks were cancelled", "the visit was called off"
_CANCEL = {"cancel", "postpone", "scrap", "shelve", "abandon", "suspend", "collapse", "fail",
           "call", "delay", "derail"}
_CLAIM_NOUNS = {"claim", "allegation", "accusation", "report", "suggestion", "assertion"}
_DISMISS = {"deny", "reject", "dismiss", "refute", "rebut", "debunk", "discredit"}
_FALSE = {"false", "untrue", "baseless", "unfounded", "groundless", "fabricated", "fake"}
_FUT_MOD = {"planned", "upcoming", "scheduled", "proposed", "next", "forthcoming", "future",
            "coming", "expected", "looming", "prospective", "further", "another"}
_NEG_DET = {"no", "neither", "nor", "never", "without"}


def clause_path(tok, is_actor=None):
    """tok and its heads up to the first speech verb (exclusive) or the root.

    is_actor: a predicate; the path stops at an actor noun, since "troops being deployed"
    in "has not given the number of troops being deployed" describes the troops.
    """
    path = [tok]
    t = tok
    while t.head.i != t.i:
        t = t.head
        if t.lemma_.lower() in SPEECH and t.pos_ == "VERB":
            break
        if is_actor is not None and t.pos_ in ("NOUN", "PROPN") and is_actor(t):
            break
        path.append(t)
    return path


_KNOWN = None


def _lemma(n) -> str:
    """The lemma, trusting the word list over the tagger's lemmatiser ("hopes" → "hop")."""
    low = n.lower_
    for cand in (low, low[:-1] if low.endswith("s") else "", low[:-1] if low.endswith("ed") else "",
                 low[:-2] if low.endswith("ed") else "", low[:-3] if low.endswith("ing") else ""):
        if cand and (cand in _HYPO_GOV or cand in _FUT_GOV or cand in _NEG_GOV or cand in _CANCEL):
            return cand
    return n.lemma_.lower()


_ASKED = {"demand", "urge", "call", "ask", "request", "press", "push", "insist", "appeal",
          "seek", "want", "need", "propose", "suggest", "recommend", "advocate", "plead"}
_SUBORD_FUTURE = {"before", "until", "till", "once", "when", "after"}


def modality_of(tok, fixed: bool = False, is_actor=None) -> str:
    """actual | future | hypothetical | negated for an event trigger token.

    fixed: the trigger is itself a threat ("consequences"), conditional by nature; only
    negation changes it. is_actor: see clause_path.
    """
    path = clause_path(tok, is_actor)
    neg = hypo = fut = False
    prev = None
    for n in path:
        lemma = _lemma(n)
        for c in n.children:
            low = c.lower_
            if c.dep_ == "neg" or (c.dep_ == "det" and low in _NEG_DET) or low in ("never",):
                neg = True
            if c.dep_ in ("aux", "auxpass"):
                if low in _FUT_AUX or c.lemma_ in _FUT_AUX:
                    fut = True
                elif low in _HYPO_AUX:
                    hypo = True
            if c.dep_ == "mark" and low in _HYPO_MARK:
                hypo = True
            if c.dep_ in ("amod", "advmod") and low in _HYPO_WORDS:
                hypo = True
            if n.pos_ in ("NOUN", "PROPN") and c.dep_ in ("amod", "compound") and low in _FUT_MOD \
                    and n.i == tok.i:
                fut = True
        if prev is not None:
            if lemma in _NEG_GOV and prev.dep_ in ("dobj", "xcomp", "pobj", "ccomp", "acl", "prep", "pcomp"):
                neg = True
            if lemma in _CANCEL and prev.dep_ in ("nsubjpass", "nsubj") and prev.i == tok.i:
                neg = True
            if lemma in _CLAIM_NOUNS and prev.dep_ in ("acl", "ccomp", "relcl"):
                # "rejected claims that X attacked", "claims that X attacked were false"
                if n.head.lemma_.lower() in _DISMISS and n.dep_ == "dobj":
                    neg = True
                if n.dep_ in ("nsubj", "nsubjpass") and any(
                        c.dep_ == "acomp" and c.lower_ in _FALSE for c in n.head.children):
                    neg = True
            if lemma in _HYPO_GOV:
                hypo = True
            if lemma in _ASKED and (prev.dep_ in ("dobj", "xcomp", "ccomp")
                                    or prev.dep_ == "prep" and prev.lower_ in ("for", "on")):
                hypo = True  # "demanded the release of", "called for a ceasefire": not yet
            if lemma in _FUT_GOV and (prev.dep_ in ("xcomp", "ccomp", "acl", "dobj")
                                      or prev.dep_ == "prep" and prev.lower_ in ("for", "to")):
                fut = True
        # "Blinken to meet ...": an infinitive whose head is not a verb — a headline future
        if n.i == tok.i and n.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in n.children) \
                and (n.head.pos_ not in ("VERB", "AUX") or n.dep_ == "ROOT"):
            fut = True
        if n.i == tok.i and n.pos_ == "VERB" and n.dep_ == "xcomp" and n.head.lemma_ == "be":
            fut = True  # "is to meet"
        # "should there be another incursion": inverted conditional
        if any(c.lower_ == "should" and c.i < n.i and c.dep_ == "aux" and
               any(x.dep_ == "expl" for x in n.children) for c in n.children):
            hypo = True
        prev = n
    if fixed:
        return "negated" if neg else "actual"
    if neg:
        return "negated"
    if hypo:
        return "hypothetical"
    if fut:
        return "future"
    if tok.tag_ == "VBG" and tok.dep_ in ("pcomp",) and tok.head.lower_ in ("before",):
        return "future"
    # "Before Blinken meets Lavrov", "when the ministers meet": present tense in a
    # temporal clause speaks of what is still to come
    if tok.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in _SUBORD_FUTURE
                                         for c in tok.children):
        return "future"
    return "actual"
