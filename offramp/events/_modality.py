"""Modality of an event trigger: actual, future, hypothetical or negated, from its clause path.

The rules live in the modules named below by job; this module reads them together in
modality_of and re-exports every name it used to define, so imports of it keep working."""
from __future__ import annotations

from dataclasses import dataclass

from ._clausepath import (
    HINDER, SPEECH, WORDS, _MEDIA, _comma_and, _infinitive, _lemma, _past_time_clause, clause_path,
    content_clause, reported_conj)
from ._doubt import (
    QUOTES, _called_false, _claim_judged, _claim_of, _dismissed_claim, _said_to_be, _true_if, _unproven,
    _unproven_source, _unsaid, quoted_verdict)
from ._makebelieve import (
    _CHANCES, _HEARSAY, _IMAGINED, _NP_WORDS, _TELLS, _fiction, _framing_nouns, _hearsay, _retracted,
    _spoofed, _staged, _under_proviso, proviso)
from ._marks import (
    _any_act, _aux_marks, _conditional, _contrasted, _future_noun, _hedges, _inverted_had, _judged_open,
    _nor_joined, _own_negation, _question)
from ._plans import (
    _ENACTING, _FORCES, _answered, _approved, _attempted_force, _demanded, _future_from_above,
    _hypothetical_from_above, _instructs_other, _plan_object, _planned, _realized, _wished)
from ._reading import (
    _Reading, _close_clause, _negation_from_above, _negative_governor, _read_clause, _read_form, _read_frame,
    _read_governor, _read_path, _verdict)
from ._undone import (
    _CALLED_OFF, _CAME, _HELD_FROM, _at_no_point, _call_off, _called_off, _came_close, _held_back,
    _held_short, _never_came)
from ._words import words

__all__ = ["modality_of", "proviso", "SPEECH", "HINDER", "clause_path", "reported_conj", "content_clause",
           "quoted_verdict", "QUOTES"]


def modality_of(tok, fixed: bool = False, is_actor=None) -> str:
    """actual | future | hypothetical | negated for an event trigger token.

    fixed: the trigger is itself a threat ("consequences"), conditional by nature; only
    negation changes it. is_actor: see clause_path.
    """
    path = clause_path(tok, is_actor)
    top = path[-1]
    r = _Reading(hypo=_unproven_source(top) or any(_true_if(n) or _hearsay(n) for n in path) or _under_proviso(tok)
                 or _staged(path) or _fiction(tok) or _spoofed(tok) or _retracted(tok) or _wished(tok))
    _read_path(r, tok, path)
    _read_frame(r, tok, top)
    if _never_came(tok) or any(_at_no_point(n) for n in path):
        r.neg = True
    return _verdict(r, tok, fixed)
