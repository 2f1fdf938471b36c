"""Reading the clause path of a trigger from the act up: the running _Reading, what each clause
and governor does to it, the frame around the path, and the final verdict."""
from __future__ import annotations

from dataclasses import dataclass

from ._clausepath import SPEECH, WORDS, _infinitive, _lemma
from ._doubt import _claim_judged, _claim_of, _dismissed_claim, _said_to_be, _unproven, _unsaid
from ._marks import (
    _any_act, _aux_marks, _contrasted, _future_noun, _hedges, _inverted_had, _judged_open, _nor_joined,
    _own_negation, _question)
from ._plans import (
    _answered, _approved, _attempted_force, _demanded, _future_from_above, _hypothetical_from_above,
    _instructs_other, _plan_object, _realized)
from ._undone import _called_off, _held_back, _held_short


@dataclass
class _Reading:
    """What the clauses read so far say of the act: modality_of's running state."""
    neg: bool = False
    hypo: bool = False
    fut: bool = False
    anyone: bool = False  # "any attack": the only thing that makes a fixed threat hypothetical
    gov_neg: bool = False  # the last negation came from a governing verb ("failed to", "prevented")
    withstood: bool = False  # from here up, no negation reaches the act: it came
    # the marks of the clause being read, which count only once it is read through
    own_neg: bool = False
    own_fut: bool = False
    own_hypo: bool = False


def _read_path(r: _Reading, tok, path) -> None:
    """Read the clauses from the trigger up, until one settles the act."""
    top = path[-1]
    # "announced it would send aid": a reported "would" is the speaker's future
    reported = top.dep_ == "ccomp" and top.head.pos_ == "VERB" and top.head.lemma_.lower() in SPEECH \
        and top.head.lemma_.lower() not in WORDS.warn
    hedged = _realized(tok)
    prev = None
    for n in path:
        if not _read_clause(r, tok, n, prev, top, reported, hedged):
            break
        prev = n


def _read_clause(r: _Reading, tok, n, prev, top, reported: bool, hedged: bool) -> bool:
    """One clause of the path, n, above prev; False when it settles the act (the rest of
    its own marks then do not count)."""
    lemma = _lemma(n)
    neg_below = r.neg
    if prev is not None and prev.i == tok.i and prev.dep_ == "dobj" and lemma in WORDS.withstood:
        r.withstood = True  # "failed to repel the attack"
    r.own_neg = (_nor_joined(n) or _own_negation(tok, n)) and not _contrasted(prev)
    r.own_fut, r.own_hypo = _aux_marks(n, prev, top, reported)
    if _hedges(tok, n, hedged):
        r.hypo = True
    if _any_act(tok, n):
        r.hypo = r.anyone = True
    if _future_noun(tok, n, hedged):
        r.fut = True
    if prev is not None and not _read_governor(r, tok, n, prev, lemma):
        return False
    _close_clause(r, n, neg_below)
    _read_form(r, tok, n)
    return True


# --- what the clause above does to the one below ------------------------------------------

def _read_governor(r: _Reading, tok, n, prev, lemma: str) -> bool:
    """What n does to prev, the clause below it; False when the act is settled there."""
    pdep = prev.dep_
    plan = _plan_object(n, prev)
    if plan is not None:
        # "foiled a plot to attack", with "to attack" hung on the verb: the plot's
        pdep = "dobj"
        r.hypo = r.hypo or _lemma(plan) in WORDS.hypo_gov | WORDS.asks
        r.fut = r.fut or _lemma(plan) in WORDS.fut_gov
    arg = pdep in ("dobj", "xcomp", "pobj", "ccomp", "acl", "prep", "pcomp") or (
        # "ruled out sending troops", with "sending" misparsed as an adverbial clause
        pdep == "advcl" and prev.tag_ == "VBG"
        and any(c.dep_ == "prt" and c.i == prev.i - 1 for c in n.children))
    if _answered(tok, n, prev):
        return False  # "Iran vowed to retaliate for the Israeli strike": the strike came
    if n.lower_ in ("after", "following", "since") and n.dep_ == "prep" and prev.dep_ == "pobj" \
            and prev.lemma_.lower() in ("hour", "day", "week", "month", "year", "decade"):
        return False  # "agree to restore the truce after weeks of shelling": the shelling came
    if _attempted_force(n, prev):
        return False  # "troops tried to storm the town": an assault, whether or not it took
    if arg and lemma in WORDS.cease and not r.neg and _demanded(n):
        return False  # "Russia must stop attacking Ukraine": the attacks go on
    # (negation first: the governor's own "not" is cleared there before it counts)
    _negation_from_above(r, tok, n, prev, pdep, lemma, arg)
    if _hypothetical_from_above(n, prev, pdep, lemma) or _claim_of(n, prev, lemma) and (
            _claim_judged(n) == "open" or _unproven(n)):
        r.hypo = True  # ("reports that X hit a refinery could not be confirmed", "unsubstantiated claims")
    if lemma == "have" and pdep == "xcomp" and (n.tag_ in ("VBZ", "VBP") or any(
            c.dep_ == "aux" and c.lower_ in WORDS.hypo_aux | WORDS.fut_aux for c in n.children)):
        r.own_hypo = True  # "Ukraine has to hold talks": an obligation (but "had to withdraw" did)
    if pdep == "ccomp" and _said_to_be(n, WORDS.hypo_acomp) and any(
            c.dep_ == "expl" or c.dep_ == "nsubj" and c.lower_ == "it" for c in n.children):
        r.hypo = True  # "it is likely that Russia shelled the town"
    if pdep == "ccomp" and _said_to_be(n, WORDS.untrue):
        r.neg = True  # "it is untrue that Pakistan closed the border"
    if _future_from_above(tok, n, prev, pdep, lemma) or _approved(n, prev, pdep, lemma):
        r.fut = True
    if lemma in WORDS.bid and _infinitive(prev) and _instructs_other(n) or lemma == "train" and pdep == "xcomp" and not any(
            c.dep_ == "dobj" for c in n.children):
        r.hypo = True  # "told Moscow to pull its troops out", "ordered troops to seize",
        # "reservists trained to repel a landing" (but "trains pilots to fly" is training)
    return True


def _negation_from_above(r: _Reading, tok, n, prev, pdep: str, lemma: str, arg: bool) -> None:
    """Negating governors, cancellations, dismissed claims, rejected plans. In this order:
    a rejected plan flips what the ones before it decided."""
    _negative_governor(r, n, prev, pdep, lemma, arg)
    if _called_off(tok, n, prev, lemma) or _dismissed_claim(n, prev, lemma):
        r.neg = True
    if lemma in WORDS.plan_nouns and (prev.dep_ == "acl" or prev.lower_ in ("for", "of")) and n.dep_ == "dobj" \
            and n.head.lemma_.lower() in WORDS.dismiss and _lemma(n.head) not in WORDS.neg_gov:
        # "rejected a plan to send troops"; but "rejected calls to halt the offensive": it
        # goes on ("denied plans to attack" is the denial's, a negative verb, below)
        r.neg = r.gov_neg = not r.gov_neg
    if _held_short(n, prev, lemma):
        r.neg = True
    if prev.dep_ == "pcomp" and (
            n.lower_ in ("of", "than") and any(c.lower_ in ("instead", "rather") for c in n.children)
            or n.lower_ == "against" and _lemma(n.head) in WORDS.decided_against):
        r.neg = True  # "instead of striking Iran", "rather than invading", "decided against expelling"


def _negative_governor(r: _Reading, n, prev, pdep: str, lemma: str, arg: bool) -> None:
    """"failed to", "prevented", "held back from": the act below did not happen, unless the
    governor is itself negated or follows another negative governor."""
    if not (arg and (lemma in WORDS.neg_gov or _held_back(n, prev))):
        return
    if r.own_neg:
        # "did not halt the offensive", "will not end the strike": it goes on;
        # "could not stop the attack" is a past inability: the attack came
        r.own_neg = r.own_fut = False
        r.own_hypo = r.own_hypo and not any(c.dep_ == "aux" and c.lower_ == "could" for c in n.children)
        r.hypo = r.hypo or lemma in WORDS.open_if_neg
    elif r.gov_neg:
        # "failed to prevent the bombing", "refused to stop shelling": two
        # negative verbs cancel, the act happened or goes on (not "ended the talks
        # without a deal": an adjunct's negation stands)
        if pdep in ("xcomp", "ccomp", "dobj", "pcomp") and prev.lower_ not in ("without", "instead"):
            r.neg = r.gov_neg = False
    else:
        r.neg = r.gov_neg = True


# --- after the clause is read -------------------------------------------------------------

def _close_clause(r: _Reading, n, neg_below: bool) -> None:
    """The clause's own marks count from here up."""
    if r.own_neg:
        r.neg, r.gov_neg = True, False
    if r.withstood:
        # "could not repel the attack", "failed to fight off": the attack came
        r.neg = neg_below
        r.own_hypo = r.own_hypo and not (r.own_neg and any(c.lower_ == "could" for c in n.children))
    r.fut = r.fut or r.own_fut
    r.hypo = r.hypo or r.own_hypo


def _read_form(r: _Reading, tok, n) -> None:
    """Conditions and futures told by the clause's form: "Had Russia attacked", "talks are
    due", "Blinken to meet", "is to meet", "should there be"."""
    if n.dep_ == "advcl" and _inverted_had(n):
        r.hypo = True  # "Had Russia attacked Finland, NATO would have responded"
    if n.dep_ in ("nsubj", "nsubjpass") and n.pos_ in ("NOUN", "PROPN"):
        acomp = {c.lower_ for c in n.head.children if c.dep_ in ("acomp", "oprd")}
        r.hypo = r.hypo or bool(acomp & WORDS.hypo_acomp)
        r.fut = r.fut or bool(acomp & WORDS.fut_acomp)
        if _judged_open(n.head):
            r.hypo = True  # "a strike now seems inevitable", "remains a distinct possibility"
    # "Blinken to meet ...": an infinitive whose head is not a verb — a headline future
    # (but not after an adjective: "is quick to condemn"; "eager to", "unable to" are listed)
    # (also "China to impose sanctions on Lithuania": the noun its verb plans; "Israel to
    # strike Iran soon, officials say"; "Turkey to hold talks with Syria")
    headline = n.dep_ == "ROOT" or n.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in n.children) \
        or n.dep_ in ("relcl", "acl") and n.head.pos_ == "PROPN" and n.head.dep_ == "ROOT"
    if n.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in n.children) and (
            n.i == tok.i and (n.head.pos_ not in ("VERB", "AUX", "ADJ") or headline)
            or tok.head.i == n.i and tok.dep_ == "dobj" and headline):
        r.fut = True
    if n.pos_ == "VERB" and n.dep_ == "xcomp" and n.head.lemma_ == "be" and n.lemma_ != "blame":
        if n.head.lower_ == "were" and n.head.dep_ == "advcl":
            r.hypo = True  # "Were Azerbaijan to strike again, ..."
        else:
            r.fut = True  # "is to meet", "are to resume talks"
    # "should there be another incursion": inverted conditional
    if any(c.lower_ == "should" and c.i < n.i and c.dep_ == "aux" and
           any(x.dep_ == "expl" for x in n.children) for c in n.children):
        r.hypo = True


def _read_frame(r: _Reading, tok, top) -> None:
    """What frames the whole path: a warning of the act, a claim left unsaid, "nearly"."""
    if top.dep_ == "prep" and top.lower_ in ("of", "against", "about") and top.head.lemma_.lower() in WORDS.warn:
        r.hypo = True  # "warned of a North Korean strike"
    unsaid = _unsaid(top)
    if unsaid == "negated":
        r.neg = True  # "refused to confirm that it had supplied drones": not owned
    elif unsaid:
        r.hypo = True  # "did not say that ...": left open
    if tok.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in ("nearly", "almost") for c in tok.children):
        r.neg = True  # "Russia nearly attacked Finland": it did not
    if top.dep_ == "ccomp" and any(c.dep_ == "advmod" and c.lower_ in WORDS.falsely for c in top.head.children):
        r.neg = True  # "falsely claimed that Armenian troops had shelled ..."


def _verdict(r: _Reading, tok, fixed: bool) -> str:
    """Negation outranks a hypothesis, which outranks the future; a fixed trigger is only
    negated, or hypothetical for "any"."""
    if fixed:
        return "negated" if r.neg else "hypothetical" if r.anyone else "actual"
    if r.neg:
        return "negated"
    if r.hypo or _question(tok):
        return "hypothetical"
    if r.fut:
        return "future"
    if tok.tag_ == "VBG" and tok.dep_ in ("pcomp",) and tok.head.lower_ in ("before",):
        return "future"
    # "Before Blinken meets Lavrov", "when the ministers meet": present tense in a
    # temporal clause speaks of what is still to come
    if tok.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in WORDS.subord_future
                                         for c in tok.children):
        return "future"
    return "actual"
