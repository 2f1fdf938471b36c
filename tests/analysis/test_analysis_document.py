"""Evidence spans and escaped HTML of a stored document; the founding article end to end."""
import duckdb
import pytest

from offramp.analysis import get_document, mark_spans, render_html
from tests.analysis import dbfixtures as F

TEXT = "Talks opened.\nTalks opened.\nThe envoy   walked out of the meeting."


def _ev(eid, evidence, sentence, trigger):
    return {"event_id": eid, "evidence": evidence, "sentence": sentence, "trigger": trigger}


def test_analysis_spans_match_repeated_sentences_in_order():
    spans = mark_spans(TEXT, [_ev("b", "Talks opened.", 1, "opened"), _ev("a", "Talks opened.", 0, "opened")])
    ev = [s for s in spans if s["kind"] == "evidence"]
    assert [(s["start"], s["event_ids"]) for s in ev] == [(0, ["a"]), (14, ["b"])]
    trig = [s for s in spans if s["kind"] == "trigger"]
    assert [TEXT[s["start"]:s["end"]] for s in trig] == ["opened", "opened"]


def test_analysis_spans_tolerate_whitespace_differences():
    spans = mark_spans(TEXT, [_ev("c", "The envoy walked out of the meeting.", 2, "walked out")])
    ev = next(s for s in spans if s["kind"] == "evidence")
    assert TEXT[ev["start"]:ev["end"]] == "The envoy   walked out of the meeting."
    trig = next(s for s in spans if s["kind"] == "trigger")
    assert TEXT[trig["start"]:trig["end"]] == "walked out"


def test_analysis_spans_skip_evidence_not_in_the_text():
    assert mark_spans(TEXT, [_ev("d", "Never said.", 0, "said")]) == []


def test_analysis_html_escapes_text_and_nests_marks():
    text = 'A <b>bold</b> & "quoted" claim.'
    spans = [{"start": 0, "end": len(text), "kind": "evidence", "event_ids": ["e1"]},
             {"start": 2, "end": 13, "kind": "trigger", "event_ids": ["e1"]}]
    out = render_html(text, spans)
    assert "<b>" not in out and "&lt;b&gt;bold&lt;/b&gt;" in out and "&amp;" in out
    assert out.count("<mark") == out.count("</mark>")
    assert '<mark class="evidence" data-events="e1"><mark class="trigger"' in out


def test_analysis_document_of_hostile_markup_is_escaped(tmp_path):
    conn = duckdb.connect(str(F.xss_db(tmp_path / "x.duckdb")), read_only=True)
    doc = get_document(conn, "xss-1")
    conn.close()
    assert F.XSS_SCRIPT in doc["text"]  # the text itself is kept as written
    assert "<script" not in doc["html"] and "<img" not in doc["html"]
    assert "&lt;script&gt;" in doc["html"]
    assert {i for s in doc["spans"] if s["kind"] == "evidence" for i in s["event_ids"]} == {"xss-1-e0", "xss-1-e1"}
    assert doc["activities"][0]["findings"][0]["rule"] == F.XSS_SCRIPT


def test_analysis_missing_document_is_none(seed):
    assert get_document(seed, "no-such-doc") is None


def test_analysis_founding_article_evidence_is_located(seed):
    doc_id = seed.execute("SELECT id FROM documents").fetchone()[0]
    doc = get_document(seed, doc_id)
    assert doc["events"], "the founding article should code to some events"
    marked = {i for s in doc["spans"] if s["kind"] == "evidence" for i in s["event_ids"]}
    # every event's evidence sentence is found again in the stored text
    assert marked == {e["event_id"] for e in doc["events"] if e["evidence"]}
    for s in doc["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(doc["text"])


@pytest.mark.parametrize("doc_id", ["' OR 1=1 --", "; DROP TABLE events"])
def test_analysis_document_id_is_a_parameter(seed, doc_id):
    assert get_document(seed, doc_id) is None
    assert seed.execute("SELECT count(*) FROM events").fetchone()[0] > 0
