"""The clause path of an event trigger: its heads up to the speech verb that reports it or the
root, and the word lists and small helpers the modality rules share."""
from __future__ import annotations

from ._words import words


WORDS = words("modality")
SPEECH = WORDS.speech
HINDER = WORDS.hinder


def _comma_and(tok) -> bool:
    """", and called on ...": a comma before the "and" that joins tok sets off a new clause
    (a run of acts under one "had" is written without one)."""
    cc = next((c for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i), None)
    return cc is not None and cc.i > 0 and tok.doc[cc.i - 1].text == ","


def reported_conj(tok) -> bool:
    """"X said Myanmar must create ... and called on Y": a plain past verb joined to a reported
    clause whose verb is bound by a modal or "had" is the sayer's own next act, though the
    parser hangs it on the reported verb."""
    h = tok.head
    return tok.dep_ == "conj" and tok.tag_ == "VBD" and h.dep_ == "ccomp" \
        and h.head.lemma_.lower() in SPEECH and h.head.pos_ == "VERB" \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in tok.children) \
        and any(c.dep_ in ("aux", "auxpass") and (c.lower_ in WORDS.bound_aux or c.lower_ == "had" and _comma_and(tok))
                for c in h.children)


def _past_time_clause(came) -> bool:
    """A past-tense clause of time or cause ("after the minister spoke"), or "after talks" in a
    sentence told in the past: it happened, whatever the clause above plans."""
    if came.dep_ == "advcl" and came.tag_ == "VBD" and any(
            m.dep_ == "mark" and m.lower_ in WORDS.past_links for m in came.children):
        return True
    return came.dep_ == "prep" and came.lower_ in ("after", "following") \
        and came.sent.root.tag_ == "VBD" and not any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in came.sent.root.children)


def clause_path(tok, is_actor=None, dating: bool = False):
    """tok and its heads up to the first speech verb (exclusive) or the root.

    dating: for finding the event's date, which a past time clause may share with the verb
    above ("met on Monday after talks"). is_actor: a predicate; the path stops at an actor
    noun, since "troops being deployed"
    in "has not given the number of troops being deployed" describes the troops.
    """
    path = [tok]
    t = tok
    while t.head.i != t.i:
        came, t = t, t.head
        if came.dep_ in ("ccomp", "conj", "parataxis") and any(
                c.dep_ == "punct" and c.text == ";" and min(came.i, t.i) < c.i < max(came.i, t.i)
                for c in t.children):
            break  # "X blamed Y; Y has not commented": two sentences the parser joined
        if reported_conj(came):
            break  # its own clause, the sayer's
        if not dating and _past_time_clause(came):
            break  # "agreed to cease fire from Tuesday after Russia's minister spoke": it did
        if came.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in came.children) \
                and any(c.dep_ == "cc" for c in t.children):
            break  # "X has not recalled its envoy, and Y ratified": a clause of its own
        if t.lemma_.lower() in SPEECH and t.pos_ == "VERB" and not (
                t.lemma_.lower() in WORDS.bid and came.dep_ == "xcomp"
                or t.lemma_.lower() in WORDS.proclaim and came.dep_ == "dobj"):
            break  # (but "told Moscow to withdraw" is an instruction, and "is set to announce
            # sanctions" announces them only then: both read as governors)
        if is_actor is not None and t.pos_ in ("NOUN", "PROPN") and is_actor(t) and not (
                t.dep_ == "dobj" and t.head.lemma_.lower() in WORDS.shown):
            break  # (but "videos show troops shelling X": what is shown is the report)
        if came.dep_ == "conj" and came.pos_ == "VERB" and any(c.dep_ == "aux" for c in came.children) \
                and any(c.dep_ == "neg" for c in t.children):
            continue  # "did not know who did it and has suspended its work": the not is the first verb's
        if came.dep_ in ("pcomp", "advcl", "pobj") and (came.lower_ in WORDS.time_links or any(
                m.dep_ == "mark" and m.lower_ in WORDS.time_links for m in came.children)) \
                and any(c.dep_ == "neg" for c in t.children):
            continue  # "would not bow, a day after X severed ties": the not is the main verb's
        path.append(t)
    return path


def _lemma(n) -> str:
    """The lemma, trusting the word list over the tagger's lemmatiser ("hopes" → "hop")."""
    low = n.lower_
    for cand in (low, low[:-1] if low.endswith("s") else "", low[:-1] if low.endswith("ed") else "",
                 low[:-2] if low.endswith("ed") else "", low[:-3] if low.endswith("ing") else ""):
        if cand and (cand in WORDS.hypo_gov or cand in WORDS.fut_gov or cand in WORDS.neg_gov or cand in WORDS.cancel):
            return cand
    return n.lemma_.lower()


_MEDIA = words("arguments").media  # footage, video, image ...


def _infinitive(clause) -> bool:
    """clause is a to-infinitive (however the parser hung it)."""
    return clause.dep_ in ("xcomp", "ccomp", "advcl", "acl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def content_clause(clause) -> bool:
    """"the demand that Kyiv withdraw", "a call to release": a clause giving a noun's
    content, not a relative clause about it ("the demand that Kyiv rejected")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" or c.dep_ == "aux" and c.lower_ == "to"
               for c in clause.children if c.i < clause.i)
