"""Which mentions are coded: an act only feared, conditional or denied is an event when it is
material conflict between two sides, and a planned one also when it is a meeting, promise or
other verbal cooperation; the other such mentions are set aside, not lost."""
from __future__ import annotations

from ..model import Event

__all__ = ["set_aside", "aside_reason"]

_UNREAL = frozenset({"hypothetical", "negated"})
_NOT_YET_REAL = _UNREAL | {"future"}
_VERBAL_COOPERATION = 1  # quad class: agree, consult, support, concede
_MATERIAL_CONFLICT = 4  # quad class: protest, sanction, show of force, coercion, violence


def _countries(actors) -> set[str]:
    return {a.country for a in actors if a.country}


def aside_reason(ev: Event) -> str | None:
    """Why a mention is not coded as an event, or None when it is.

    A feared attack or a denied blockade is what the news is about when a crisis turns, so
    it is coded with its modality; so is a planned meeting or promise. A feared request, a
    denied meeting, a complaint still to be filed or a would-be aid delivery is talk about
    talk: coders leave it out, and so does offramp's event list.
    """
    if ev.modality == "future" and (ev.quad_class == _VERBAL_COOPERATION or ev.type == "COOPERATE"):
        return None  # talks scheduled, a promise, joint drills planned: the plan is the news
    if ev.modality not in _NOT_YET_REAL:
        return None
    if ev.quad_class != _MATERIAL_CONFLICT:
        # ("will file a complaint", "would ask the troops to leave"; a future aid delivery
        # or withdrawal is coded as the promise, AGREE or CONCEDE, codebook 4.2)
        return f"{ev.modality} and not material conflict"
    src, tgt = _countries(ev.source), _countries(ev.target)
    if not src or not tgt:
        return f"{ev.modality} with a side unnamed"
    if src & tgt:
        return f"{ev.modality} within one side"
    return None


def set_aside(events: list[Event]) -> tuple[list[Event], list[Event]]:
    """(coded events, asides) in their order."""
    coded, asides = [], []
    for ev in events:
        (asides if aside_reason(ev) else coded).append(ev)
    return coded, asides
