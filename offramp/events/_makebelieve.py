"""Make-believe: acts told in a simulation, scenario, story, hoax, rumour or retracted report,
only as a chance, or under a "provided" proviso."""
from __future__ import annotations

from ._clausepath import SPEECH, WORDS, _MEDIA, _lemma, clause_path
from ._doubt import _unproven


_NP_WORDS = {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART"}


def proviso(tok) -> bool:
    """"provided (that)" or "providing" used as "if": "will free them provided Colombo
    settles", "providing Hamas releases the hostages". A verb with its own subject or
    auxiliary ("Japan provided Kyiv aid", "has provided") is the verb."""
    if tok.lower_ not in ("provided", "providing") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    after = tok.doc[tok.i + 1:tok.sent.end]
    if len(after) and after[0].lower_ == "that":
        return True
    root = tok.sent.root
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "can", "could", "shall", "'ll", "wo", "may", "might")
               for c in root.children):
        return False  # a proviso bounds a promise or offer; "missiles provided last month struck" are arms
    for t in after[:7]:
        if t.tag_ in ("VBZ", "VBP", "VBD", "MD"):
            return t.i > tok.i + 1  # a subject stands between: "provided Colombo settles"
        if t.pos_ not in _NP_WORDS or t.ent_type_ in ("DATE", "TIME"):
            return False
    return False


def _staged(path) -> bool:
    """The act is told inside a make-believe setting: "in the simulation, troops cross",
    "under one scenario, Russia attacks", "Scenario: China invades Taiwan"."""
    top = path[-1]
    first = top.doc[top.sent.start:top.sent.start + 2]
    if len(first) == 2 and first[0].lemma_.lower() in WORDS.staged and first[1].text == ":":
        return True
    if len(first) == 2 and first[0].lower_ == "imagine" and first[0].pos_ == "VERB" and first[1].pos_ != "PROPN":
        return True  # "Imagine the following: Pakistani jets bomb an Indian air base"
    for n in [*path, top.sent.root]:
        for p in n.children:
            if p.dep_ != "prep" or p.lower_ not in ("in", "under") or (n is top.sent.root and n not in path
                                                                         and p.i > n.i):
                continue  # (the root's frame counts for every clause when it opens the sentence)
            for g in p.children:
                w = g.lemma_.lower() if g.lemma_.lower() in WORDS.staged else g.lower_
                if w in ("game", "games") and not any(c.lower_ == "war" for c in g.children):
                    continue  # "in the game, fans clashed with police": a football match
                if g.dep_ == "pobj" and (w in WORDS.staged or w in WORDS.fiction and p.i < n.i):
                    return True  # (a story opening the sentence: "In the new thriller, Russian forces invade")
    return False


_TELLS = {"depict", "show", "portray", "feature", "imagine", "revolve", "dramatise", "dramatize", "center",
          "centre", "let", "open", "assume", "envisage", "simulate", "predict"}
# what a staged story or a model is told in: "a computer simulation showed missiles hitting"
_IMAGINED = {"simulation", "model", "scenario", "wargame", "exercise", "drill"}
_HEARSAY = {"rumour", "rumor", "gossip", "speculation", "hearsay"}


def _hearsay(n) -> bool:
    """n says what a rumour says: "rumours spread on social media that troops had entered"."""
    return n.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in _HEARSAY
                                     for c in n.head.children)


_CHANCES = {"probability", "odds", "likelihood", "chance", "possibility", "risk", "prospect", "danger",
            "spectre", "specter"}


def _fiction(tok) -> bool:
    """The act is a story's or a fake's, or only a chance (jokes and retracted reports are
    _spoofed and _retracted): "the blockbuster depicts a North
    Korean missile strike on Seoul", "the plot revolves around an invasion", "a deepfake clip
    showing soldiers firing", "the probability of Azerbaijani forces striking" (however the
    parser hangs the doer)."""
    for t in [tok, *tok.ancestors][:5]:
        if t.dep_ == "pobj" and t.head.lower_ == "of" and (
                t.head.head.lemma_.lower() in _CHANCES or t.head.head.lower_ in _CHANCES):
            return True
        if t.pos_ == "VERB" and t.lemma_.lower() in _TELLS:
            if t.dep_ == "acl" and _unproven(t.head):
                return True
            return any(c.dep_ == "nsubj" and (c.lemma_.lower() in WORDS.fiction or c.lemma_.lower() in _IMAGINED)
                       and not (c.lemma_.lower() == "series" and any(  # "a series of leaked documents"
                           p.dep_ == "prep" and p.lower_ == "of" for p in c.children))
                       for c in t.children)
    for t in [tok, *tok.ancestors][:5]:
        if t.dep_ == "relcl" and t.head.lemma_.lower() in WORDS.fiction and any(
                c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "which" for g in c.children)
                for c in t.children):
            return True  # "the series, in which the Venezuelan navy sinks a Colombian frigate"
    return False


def _framing_nouns(tok):
    """Nouns whose content tok is told in: the claim or story above it, and the antecedent of
    "in which" ("the series, in which the navy sinks a frigate")."""
    for t in [tok, *tok.ancestors][:7]:
        if t.pos_ in ("NOUN", "PROPN"):
            yield t
        if t.dep_ == "relcl":
            yield t.head
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "which" for g in c.children) \
                    and t.dep_ == "relcl":
                yield t.head


def _spoofed(tok) -> bool:
    """What a satirical site, a parody account, a hoax or an April Fools' story reports:
    "the satirical site reported that Luxembourg had annexed Belgium"."""
    sent = tok.sent
    seen = tok.doc.user_data.setdefault("spoof_sents", {})
    if sent.start not in seen:  # asked once per candidate: scan each sentence once
        seen[sent.start] = any(t.lemma_.lower() in WORDS.spoof or t.lower_ in WORDS.spoof for t in sent)
    if not seen[sent.start]:
        return False
    path = clause_path(tok)
    top = path[-1]
    reported = top.dep_ == "ccomp" and top.head.lemma_.lower() in SPEECH
    return reported or any(_lemma(n) in WORDS.claim_nouns | _MEDIA | WORDS.fiction for n in _framing_nouns(tok)
                           if n.i != tok.i)


def _retracted(tok) -> bool:
    """What a report taken back said: "the broadcaster withdrew the story, in which it had said
    drones struck", "corrected a report claiming", "an earlier report, since retracted"."""
    for n in _framing_nouns(tok):
        if n.i == tok.i or _lemma(n) not in WORDS.claim_nouns | _MEDIA:
            continue
        if n.dep_ in ("dobj", "nsubjpass") and n.head.lemma_.lower() in WORDS.retract:
            return True
        if any(c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in WORDS.retract and c.tag_ in ("VBN", "JJ")
               for c in n.children):
            return True
    return False


def _under_proviso(tok) -> bool:
    """tok is the verb of a condition set by "provided" or "providing"."""
    start = tok.sent.start
    for t in reversed(tok.doc[start:tok.i]):
        if proviso(t):
            return True
        if t.pos_ not in _NP_WORDS and t.lower_ != "that":
            return False
    return False
