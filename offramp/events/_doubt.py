"""Doubt cast on an act from outside it: unproven sources and reports, claims left unsaid, called
false or judged open, and what "it is likely" or "it is untrue" says of a clause."""
from __future__ import annotations

from ._clausepath import SPEECH, WORDS, _MEDIA, _lemma


def _unsaid(top):
    """The speech verb above the clause does not vouch for it: "would not confirm that its
    jets struck", "refused to confirm", "did not say that ..." ('negated' for a confirmation
    withheld, as the coding rules list "refused to confirm"; True for other unsaid claims;
    None when it is said)."""
    if top.head.pos_ != "VERB" or not (top.dep_ == "ccomp" or top.dep_ == "xcomp" and top.tag_ == "VBG"
                                       and top.head.lemma_.lower() in WORDS.own_up):
        return None  # ("has never acknowledged striking the consulate": as "that it struck")
    say = top.head
    verb = say.lemma_.lower()
    if verb not in SPEECH or any(t.text == ";" for t in top.doc[min(say.i, top.i):max(say.i, top.i)]):
        return None  # (not "X accused Y; Y has not responded": two sentences)
    withheld = any(c.dep_ == "neg" or c.lower_ in ("never", "neither") for c in say.children) or (
        say.dep_ == "xcomp" and _lemma(say.head) in WORDS.neg_gov and not any(c.dep_ == "neg" for c in say.head.children))
    if not withheld:
        return None
    if verb in WORDS.own_up and not any(c.dep_ == "conj" and c.lemma_.lower() in WORDS.dismiss for c in say.children):
        return "negated"
    return True


def _unproven_source(top) -> bool:
    """"unconfirmed reports said X had shelled Y", "according to unconfirmed reports",
    "footage that could not be verified showed": the source itself is unproven."""
    if top.dep_ == "ccomp" and any(c.dep_ == "nsubj" and _unproven(c) for c in top.head.children):
        return True
    if top.dep_ == "xcomp" and top.head.lemma_.lower() in ("say", "claim", "purport", "suppose", "allege") and any(
            c.dep_ in ("nsubj", "nsubjpass") and (_lemma(c) in _MEDIA or _lemma(c) in WORDS.claim_nouns)
            for c in top.head.children):
        return True  # "footage said to show Israeli strikes on Beirut"
    if top.dep_ == "ccomp" and top.head.dep_ == "acl" and _unproven(top.head.head):
        return True  # "an unsourced post alleging that Israeli aircraft had struck"
    says = [top.head] if top.dep_ == "ccomp" else []
    says += [c for c in top.children if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in SPEECH]
    if any(c.dep_ == "prep" and c.lower_ == "without" and any(_lemma(x) in ("evidence", "proof") for x in c.subtree)
           for s in says + [top] for c in s.children):
        return True  # "claimed, without evidence, that ..." (the parser may hang "claimed" below)
    if top.lemma_.lower() in WORDS.shown and any(c.dep_ == "nsubj" and _unproven(c) for c in top.children):
        return True
    return any(c.lower_ == "according" and (any(x.lower_ in WORDS.unproven for x in c.subtree) or any(
        x.dep_ == "pobj" and _unproven(x) for x in c.subtree)) for c in top.children)


def _true_if(n) -> bool:
    """"If the reports are accurate, troops have crossed", "assuming the footage is
    genuine": the act holds only if a report does."""
    for c in n.children:
        if c.dep_ != "advcl":
            continue
        if not any(m.lower_ in ("if", "assuming", "provided") for m in c.subtree if m.i < c.i) \
                and c.lower_ != "assuming":
            continue
        said = any(s.dep_ in ("nsubj", "nsubjpass") and (_lemma(s) in WORDS.claim_nouns or _lemma(s) in _MEDIA)
                   for s in c.subtree)
        # (up to the comma: the parser may hang "genuine" on the main clause)
        end = next((t.i for t in c.doc[c.i:n.sent.end] if t.text == ","), c.right_edge.i)
        if said and any(x.lower_ in WORDS.true_if for x in c.doc[c.left_edge.i:max(end, c.right_edge.i) + 1]):
            return True
    return False


def _unproven(n) -> bool:
    """n is unproven: "unverified footage", "a video that could not be verified"."""
    return any(x.lower_ in WORDS.unproven or x.dep_ in ("amod", "compound") and x.lower_ in WORDS.faked
               or x.dep_ == "acl" and x.lemma_.lower() in ("say", "claim", "purport", "allege", "suppose")
               and x.tag_ == "VBN" for x in n.children) or any(
        c.dep_ == "relcl" and c.lemma_.lower() in WORDS.proved and any(g.dep_ == "neg" for g in c.children)
        for c in n.children)


def _said_to_be(verb, words) -> bool:
    """verb is a copula whose predicate adjective is one of words: "is likely", "is untrue"."""
    return verb.lemma_.lower() in WORDS.copulas and any(
        c.dep_ == "acomp" and c.lower_ in words for c in verb.children)


def _dismissed_claim(n, prev, lemma: str) -> bool:
    """"rejected claims that X attacked", "claims that X attacked were false", "reports of a
    strike turned out to be false", "the story that X rammed a boat was a hoax"."""
    if not _claim_of(n, prev, lemma):
        return False
    if n.head.lemma_.lower() in WORDS.dismiss and n.dep_ == "dobj":
        return True
    if _called_false(n):
        return True
    return _claim_judged(n) == "false"


QUOTES = {'"', "'", "“", "”", "‘", "’"}


def quoted_verdict(obj):
    """The word closing obj's phrase that is said of it, which the parser hung inside the
    phrase: an adjective ("called [the account of a raid on Zubin Potok absurd]") or a quoted
    noun ("called [the claim that troops shelled Jermuk 'pure fiction']"); or None."""
    last = obj.right_edge
    while last.i > obj.i and last.text in QUOTES:
        last = last.doc[last.i - 1]
    if last.i <= obj.i:
        return None
    if last.pos_ == "ADJ":
        return last  # an adjective does not end a noun phrase: it is predicated
    if last.pos_ == "NOUN" and (any(t.text in QUOTES for t in last.doc[max(obj.i + 1, last.i - 3):last.i])
                                or last.lower_ in WORDS.untrue):
        return last  # (a verdict needs no quotes: "called the US ban on Huawei nonsense")
    return None


def _called_false(n) -> bool:
    """n, a claim, is called false: "called the claim absurd", "called Seoul's claim that ...
    'a sheer fabrication'"."""
    if n.dep_ != "dobj" or n.head.lemma_.lower() not in WORDS.name_false:
        return False
    said = [c for c in n.head.children if c.dep_ in ("oprd", "acomp")]
    if (v := quoted_verdict(n)) is not None:
        said.append(v)
    return any(_lemma(c) in WORDS.untrue or c.lower_ in WORDS.untrue for c in said)


def _claim_of(n, prev, lemma: str) -> bool:
    """n is a claim noun and the act is what it claims ("claims that X attacked", "reports of
    a strike")."""
    return lemma in WORDS.claim_nouns and (
        prev.dep_ in ("acl", "ccomp", "relcl") or prev.dep_ == "prep" and prev.lower_ == "of")


def _claim_judged(n) -> str | None:
    """What the claim's own predicate says of it: "false" ("were false", "turned out to be
    false", "was a hoax", "were fabricated") or "open" ("could not be confirmed")."""
    if n.dep_ not in ("nsubj", "nsubjpass"):
        return None
    h = n.head
    if h.lemma_.lower() == "turn" and any(c.dep_ == "prt" and c.lower_ == "out" for c in h.children):
        h = next((c for c in h.children if c.dep_ == "xcomp"), h)  # "turned out to be false"
    if any(c.dep_ in ("acomp", "attr", "oprd") and c.lemma_.lower() in WORDS.untrue for c in h.children):
        return "false"
    lemma = h.lemma_.lower()
    if n.dep_ == "nsubjpass" and lemma in WORDS.disproved:
        return "false"
    if n.dep_ == "nsubjpass" and lemma in WORDS.proved and any(c.dep_ == "neg" for c in h.children):
        return "open"
    if n.dep_ == "nsubjpass" and lemma in WORDS.disputed:
        return "open"  # "was disputed by UN experts"
    return None
