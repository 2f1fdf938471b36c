"""Quotation spans from quote marks alone (no parser needed)."""
from __future__ import annotations

import pytest

from offramp.quotes import find_spans


def texts(text: str) -> list[str]:
    return [s.text(text) for s in find_spans(text)]


@pytest.mark.parametrize("text,expected", [
    ('The envoy said "talks are over" and left.', ["talks are over"]),
    ("The envoy said “talks are over” and left.", ["talks are over"]),
    ("‘Talks are over’: envoy leaves Geneva", ["Talks are over"]),
    ("Warsaw 'alarm' grows", ["alarm"]),
    ('"First," she said, "second."', ["First", "second."]),
])
def test_quotes_marks_curly_and_straight(text, expected):
    assert texts(text) == expected


def test_quotes_marks_nested_single_inside_double():
    text = "“They call it ‘a routine drill,’ but nobody believes them,” the envoy said."
    assert texts(text) == ["They call it ‘a routine drill,’ but nobody believes them"]
    text = '"They call it \'a routine drill,\' but nobody believes them," the envoy said.'
    assert texts(text) == ["They call it 'a routine drill,' but nobody believes them"]


def test_quotes_marks_apostrophes_are_not_quotes():
    text = "Latvia’s envoy said the allies’ plan won’t work. Estonia's view is 'firm'."
    assert texts(text) == ["firm"]


def test_quotes_marks_paragraph_run_on():
    text = ('The envoy said: "We came in good faith.\n\n'
            '"We leave with nothing," he added.\n\nThe talks ended.')
    spans = find_spans(text)
    assert len(spans) == 1 and len(spans[0].parts) == 2
    assert spans[0].text(text) == "We came in good faith. We leave with nothing"
    # a paragraph break without a quote mark after it ends the quotation there
    text = 'The envoy said: "We came in good faith.\n\nThe talks ended.'
    assert texts(text) == ["We came in good faith."]


def test_quotes_marks_offsets_point_into_text():
    text = 'Intro.\n\n"Alpha beta," he said. "Gamma."'
    spans = find_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["Alpha beta,", "Gamma."]


def test_quotes_marks_dash_written_as_quote_mark_is_ignored():
    text = 'VILNIUS (Wire) " Police detained two men on Friday, officials said.'
    assert texts(text) == []


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .,\n'\"‘’“”", max_size=80))
def test_quotes_marks_spans_are_ordered_and_inside_text(text):
    last = -1
    for span in find_spans(text):
        for a, b in span.parts:
            assert last <= a < b <= len(text)
            last = b
