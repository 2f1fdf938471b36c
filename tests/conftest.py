"""Shared fixtures: paths to ../shared, and coding helpers that load spaCy once."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_DIR = SHARED / "eval" / "seed"


@pytest.fixture(scope="session")
def nlp():
    from offramp.nlp import get_nlp
    return get_nlp()


@pytest.fixture(scope="session")
def code(nlp):
    """offramp.code with the model already loaded."""
    import offramp
    return offramp.code


def triples(doc):
    """(type, source countries, target countries, modality) of each event."""
    return [(e.type, tuple(sorted(str(a.country) for a in e.source)),
             tuple(sorted(str(a.country) for a in e.target)), e.modality) for e in doc.events]


def actual_between(doc, src, tgt) -> list:
    """The coded events, of any type, told as done by src to tgt."""
    return [e for e in doc.events if e.modality == "actual"
            and src in {a.country for a in e.source} and tgt in {a.country for a in e.target}]


def has_event(doc, typ, src, tgt, modality=None, asides=False) -> bool:
    """asides: also look among the feared, conditional or denied acts set aside (whose
    modality is still read); the coded events alone otherwise."""
    for e in doc.events + (doc.asides if asides else []):
        s = {a.country for a in e.source}
        t = {a.country for a in e.target}
        sym = typ in ("CONSULT", "AGREE", "COOPERATE")
        if e.type == typ and ((src in s and tgt in t) or sym and src in t and tgt in s):
            if modality is None or e.modality == modality:
                return True
    return False


def found(doc, typ, src=None, tgt=None, asides=False):
    """Events of type typ with src among the sources and tgt among the targets (None: any);
    asides: the acts set aside too (tests of arguments, whatever the modality)."""
    return [e for e in doc.events + (doc.asides if asides else []) if e.type == typ
            and (src is None or src in {a.country for a in e.source})
            and (tgt is None or tgt in {a.country for a in e.target})]
