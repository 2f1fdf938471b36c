"""Tell whether an event trigger lies in the past, the present or the future.

The answer only steers date resolution (which Friday "on Friday" is), so "would" and
"may" count as future: what they describe, if it happens, happens after the story.
"""
from __future__ import annotations

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "\u2019ll", "may", "might", "should", "must"}
# verbs and adjectives whose infinitive complement has not happened yet
_FUTURE_GOVERNORS = {"plan", "expect", "intend", "aim", "hope", "want", "seek", "schedule",
                     "set", "due", "prepare", "propose", "agree", "promise", "pledge", "vow",
                     "threaten", "wish", "offer", "ready", "poise", "likely",
                     "about", "slate"}
# participles that put the noun they modify ahead of the story: "the summit planned for May"
_PLANNED = {"plan", "schedule", "slate", "set", "expect", "propose"}
_FUTURE_MODIFIERS = {"planned", "upcoming", "next", "scheduled", "proposed", "forthcoming",
                     "expected", "future", "coming", "prospective", "impending", "slated"}
_HAVE = {"have", "has", "had", "'ve", "'d"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def tense_of(token) -> str:
    """Tense of an event trigger: "past", "present" or "future".

    token: a spaCy `Token` (a verb, or a noun such as "talks", "meeting").
    """
    if token.pos_ in ("NOUN", "PROPN"):
        return _noun_tense(token)
    return _verb_tense(token, 0)


def _verb_tense(tok, depth: int) -> str:
    kids = list(tok.children)
    aux = [k for k in kids if k.dep_ in ("aux", "auxpass")]
    words = {k.lower_ for k in aux}
    if words & _FUTURE_AUX:
        return "future"
    if "would" in words:
        # "would not comment" reports a refusal already made
        return "past" if any(k.dep_ == "neg" for k in kids) else "future"
    if any(k.tag_ == "TO" for k in aux):
        if _governed_future(tok):
            return "future"
        if not any(t.tag_ in _FINITE for t in tok.sent):
            return "future"   # headline style: "Minister to visit Paris"
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and tok.lemma_ in _PLANNED:
        return "future"   # "the summit planned for March"
    if tok.dep_ == "conj" and not aux and depth < 4 and tok.head.pos_ in ("VERB", "AUX"):
        return _verb_tense(tok.head, depth + 1)   # "has seized the port and shelled it"
    if tok.tag_ == "VBD" or any(k.tag_ == "VBD" for k in aux):
        return "past"
    if tok.tag_ == "VBN" and (words & _HAVE or not aux):
        return "past"
    if tok.tag_ == "VB" and tok.dep_ in ("xcomp", "advcl") and depth < 4:
        return _verb_tense(tok.head, depth + 1)   # "tried to reach", "went to meet"
    if tok.tag_ == "VBG" and not aux and tok.dep_ == "advcl" and depth < 4 \
            and tok.head.pos_ in ("VERB", "AUX"):
        return _verb_tense(tok.head, depth + 1)   # "expelled two envoys, accusing them of ..."
    return "present"


def _governed_future(tok) -> bool:
    head = tok.head
    if tok.dep_ not in ("xcomp", "ccomp", "advcl", "acl") or head is tok:
        return False
    if head.lemma_ == "go" and head.tag_ == "VBG":
        return True   # "is going to"
    if head.lemma_ == "be" and head.pos_ in ("AUX", "VERB"):
        return True   # "is to meet"
    if head.lemma_ in _FUTURE_GOVERNORS or head.lower_ in _FUTURE_GOVERNORS:
        return True
    # "talks are due to start": the complement hangs off the adjective
    return head.dep_ == "acomp" and head.lower_ in _FUTURE_GOVERNORS


def _noun_tense(tok) -> str:
    for kid in tok.children:
        if kid.lower_ in _FUTURE_MODIFIERS and kid.dep_ in ("amod", "compound", "acl", "nmod",
                                                            "det", "advmod", "npadvmod"):
            return "future"
    # the nearest verb above the noun says when: "talks failed", "will hold talks"
    head, steps = tok, 0
    while head.head is not head and steps < 6:
        head, steps = head.head, steps + 1
        if head.pos_ in ("VERB", "AUX"):
            return _verb_tense(head, 0)
    return "present"
