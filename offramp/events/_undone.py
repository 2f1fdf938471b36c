"""Acts that never came about: called off, held back from, stopped short of, come close to,
or named as never having happened ("at no point", "the invasion that never came")."""
from __future__ import annotations

from ._clausepath import HINDER, WORDS, _lemma


_HELD_FROM = HINDER - {"prevent", "stop"}


def _held_back(n, prev) -> bool:
    """"held back from striking", "held off on imposing sanctions": a phrasal refraining
    (the parser hangs the "from" on the verb or on its particle)."""
    if prev.lower_ not in ("from", "on"):
        return False
    if n.lower_ in ("back", "off") and n.head.lemma_.lower() == "hold":
        return True
    return n.lemma_.lower() == "hold" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off") for c in n.children)


def _came_close(n, prev) -> bool:
    """"came close to striking": the act was near, not done (the "to" hangs on the verb
    or on "close")."""
    if prev.lower_ == "of" and n.lemma_.lower() == "within" and n.head.lemma_.lower() == "come":
        return True  # "came within metres of ramming the boat"
    if prev.lower_ == "from" and n.lower_ == "away" and any(
            c.lower_ in ("minutes", "hours", "moments", "seconds", "days") for c in n.subtree):
        return True  # "was minutes away from firing on the patrol ship"
    if prev.lower_ == "to" and n.lower_ == "close" and n.head.lemma_.lower() in ("be", "come", "draw", "get", "edge"):
        return True  # "the two sides are close to agreeing" (and "came close to striking")
    if prev.lower_ == "within" and n.lemma_.lower() == "come":
        return True
    if prev.lower_ != "to":
        return False
    if n.lower_ == "close" and n.head.lemma_.lower() == "come":
        return True
    return n.lemma_.lower() == "come" and any(
        c.dep_ in ("advmod", "acomp") and c.lower_ == "close" for c in n.children)


def _at_no_point(n) -> bool:
    """"at no point had Algerian forces fired on Malian drones", "at no time did they cross"."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(
        g.lemma_.lower() in ("point", "time", "stage") and any(d.lower_ == "no" for d in g.children)
        for g in c.children) for c in n.children)


_CAME = WORDS.realize_subj | WORDS.materialise  # what an act does when it comes about
# done to a planned act, it never took place (unlike "suspended" or "halted" talks)
_CALLED_OFF = (WORDS.cancel - {"suspend", "collapse", "fail", "call", "derail"}) | {"defer", "scuttle"}


def _never_came(tok) -> bool:
    """A named act that did not come about: "the invasion that never came", "the swap fell
    through", "the blockade that analysts predicted never happened"."""
    if tok.pos_ not in ("NOUN", "PROPN") and not (tok.pos_ == "ADJ" and tok.dep_ in ("nsubj", "nsubjpass")):
        return False  # (a noun the tagger called an adjective: "the ground offensive has yet to begin")
    came = _CAME
    for c in tok.children:
        if c.dep_ not in ("relcl", "acl"):
            continue
        if c.lemma_.lower() in came and any(g.dep_ == "neg" for g in c.children):
            return True
        if c.lemma_.lower() in WORDS.expect_verbs and any(
                g.dep_ in ("ccomp", "xcomp") and g.lemma_.lower() in came
                and any(x.dep_ == "neg" for x in g.children) for g in c.children):
            return True
    h = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "prep" and c.lower_ == "off" and any(g.lower_ == "table" for g in c.children)
            for c in h.children):
        return True  # "a strike on Kharg Island remains off the table", "was taken off the table"
    if tok.dep_ == "nsubj" and h.tag_ == "VBN" and h.dep_ == "nsubjpass":
        tok, h = h, h.head  # "Talks scheduled for Wednesday were postponed", parsed with "scheduled" as subject
    if tok.dep_ == "nsubjpass" and (h.lemma_.lower() in _CALLED_OFF or h.lemma_.lower() == "call" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in h.children)):
        return True  # "talks scheduled for Wednesday were postponed", "the visit was called off"
    if tok.dep_ == "nsubj" and h.lemma_.lower() in ("fall", "come") and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in ("through", "apart") for c in h.children):
        return True  # "the swap fell through", "the deal came apart"
    if tok.dep_ == "nsubj" and h.lemma_.lower() in WORDS.materialise and any(c.dep_ == "neg" for c in h.children):
        return True  # "the promised offensive did not materialise"
    if tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "conj" and c.lemma_.lower() in WORDS.materialise | _CAME and not any(
                x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
            and any(x.dep_ == "neg" or x.lower_ == "never" for x in c.children) for c in h.children):
        return True  # "a summit was floated but never materialised"
    if tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("acomp", "oprd") and c.lower_ in WORDS.unmade for c in h.children):
        return True  # "the trade pact remains unsigned"
    if tok.dep_ == "nsubj" and h.lemma_.lower() in ("have", "be") and any(c.lower_ == "yet" for c in h.children) \
            and any(c.dep_ == "xcomp" and c.lemma_.lower() in came for c in h.children):
        return True  # "the delivery of the jets has yet to take place"
    return False


def _call_off(n, prev, lemma: str) -> bool:
    """"called off the talks", "the visit was put off"."""
    return lemma in ("call", "put") and any(c.dep_ == "prt" and c.lower_ == "off" for c in n.children) \
        and prev.dep_ in ("dobj", "nsubjpass")


def _called_off(tok, n, prev, lemma: str) -> bool:
    """The act below was cancelled, failed, or only came close."""
    if lemma in WORDS.cancel and (prev.dep_ == "nsubjpass" or prev.dep_ == "nsubj" and lemma not in WORDS.foiled) and (
            prev.i == tok.i or _lemma(prev) in WORDS.attempts):
        return True  # "the talks were cancelled", "India's attempt to hold talks failed"
    if _came_close(n, prev):
        return True  # "came close to striking Iran"
    if lemma == "put" and prev.dep_ in ("nsubjpass", "dobj") and any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "hold" for g in c.children) for c in n.children):
        return True  # "the deportation was put on hold"
    return _call_off(n, prev, lemma)


def _held_short(n, prev, lemma: str) -> bool:
    """Kept from the act or short of it: "kept the rebels from attacking", "stopped short of
    imposing sanctions", "has yet to impose sanctions"."""
    if lemma in _HELD_FROM and lemma not in WORDS.talked_out and prev.dep_ == "prep" and prev.lower_ == "from":
        return True  # "kept the rebels from attacking", "barred the party from holding rallies"
    if n.lower_ == "short" and n.head.lemma_ in ("stop", "fall") and prev.lower_ == "of":
        return True  # "stopped short of imposing sanctions"
    return lemma in ("have", "be") and prev.dep_ == "xcomp" and any(c.lower_ == "yet" for c in n.children)
