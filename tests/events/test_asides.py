"""Which mentions are coded: feared, conditional, denied or planned acts are events only when
they are material conflict between two sides, or (planned) verbal cooperation (codebook 4.7);
the rest are set aside, not lost."""
import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, has_event, triples

D = "2024-03-01"


@pytest.mark.parametrize("text,typ,src,tgt,modality", [
    # the feared attack and the denied shelling are what a crisis is about: coded
    ("Western officials fear Russia could attack Ukraine from Belarus.", "ASSAULT", "RUS", "UKR", "hypothetical"),
    ("Kyiv denied that its troops had shelled Russian villages.", "ASSAULT", "UKR", "RUS", "negated"),
    ("Analysts warned that China might blockade Taiwan.", "COERCE", "CHN", "TWN", "hypothetical"),
    ("Serbia has not massed troops on the border with Kosovo, the ministry said.", "MOBILIZE", "SRB", "XKX", "negated"),
])
def test_feared_or_denied_conflict_between_two_sides_is_coded(code, text, typ, src, tgt, modality):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, modality), triples(doc)
    assert not has_event(doc, typ, src, tgt, "actual"), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt,modality", [
    # talk about talk: a feared request, a denied meeting, aid that never came
    ("Diplomats fear Serbia could ask Russia for help.", "REQUEST", "SRB", "RUS", "hypothetical"),
    ("No Chinese aid has reached Afghanistan.", "AID", "CHN", "AFG", "negated"),
    ("The planned talks between Serbia and Kosovo were cancelled.", "CONSULT", "SRB", "XKX", "negated"),
    ("Vietnam is unwilling to hold talks with China.", "AGREE", "VNM", "CHN", "negated"),
])
def test_other_unreal_mentions_are_set_aside_with_their_modality(code, text, typ, src, tgt, modality):
    doc = code(text, date=D)
    assert not has_event(doc, typ, src, tgt), triples(doc)
    assert has_event(doc, typ, src, tgt, modality, asides=True), [(e.type, e.modality) for e in doc.asides]


def test_a_refusal_is_coded_while_the_refused_act_is_set_aside(code):
    doc = code("Hungary refused to send weapons to Ukraine.", date=D)
    assert has_event(doc, "REJECT", "HUN", "UKR", "actual"), triples(doc)
    assert not has_event(doc, "AID", "HUN", "UKR"), triples(doc)
    assert has_event(doc, "AID", "HUN", "UKR", "negated", asides=True)


@pytest.mark.parametrize("text,why", [
    ("Officials fear militants could attack the airport.", "unnamed"),
    ("A court in Dakar found the opposition leader not guilty of rape.", "within one side"),
])
def test_an_unreal_conflict_act_needs_two_different_sides(code, text, why):
    from offramp.events import aside_reason
    doc = code(text, date=D)
    assert not [e for e in doc.events if e.modality in ("hypothetical", "negated")], triples(doc)
    assert doc.asides and all(why in aside_reason(e) for e in doc.asides), \
        [(e.type, aside_reason(e)) for e in doc.asides]


@pytest.mark.parametrize("text,typ,src,tgt,coded", [
    ("Japan and South Korea will hold talks next week.", "CONSULT", "JPN", "KOR", True),
    ("NATO will deploy more troops to Kosovo next month.", "MOBILIZE", "NATO", "XKX", True),
    ("Lebanon said it would file a complaint against Israel with the UN Security Council.",
     "ACCUSE", "LBN", "ISR", False),
    ("Poland will ask NATO for more air-defence systems.", "REQUEST", "POL", "NATO", False),
])
def test_plans_are_coded_when_meetings_promises_or_conflict(code, text, typ, src, tgt, coded):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, "future") == coded, triples(doc)
    assert has_event(doc, typ, src, tgt, "future", asides=True), [(e.type, e.modality) for e in doc.asides]


def test_actual_events_and_future_promises_are_never_set_aside(code):
    doc = code("Japan will send aid to the Philippines next week. Chile asked Peru for talks.", date=D)
    assert has_event(doc, "AGREE", "JPN", "PHL", "future"), triples(doc)
    assert has_event(doc, "REQUEST", "CHL", "PER", "actual"), triples(doc)
    assert not doc.asides


def test_documents_carry_their_asides_and_explain_gives_the_reason(code):
    from offramp.explain import explain
    text = "Diplomats fear Serbia could ask Russia for help."
    d = code(text, date=D).to_dict()
    assert d["events"] == [] and [e["type"] for e in d["asides"]] == ["REQUEST"]
    import offramp
    out = explain(offramp.code(text, date=D, keep_work=True))
    assert "set aside" in out and "REQUEST ['SRB']→['RUS'] hypothetical" in out
    assert "not material conflict" in out


def test_cli_prints_asides_only_when_asked(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Diplomats fear Serbia could ask Russia for help. Kosovo accused Serbia of "
                 "stoking unrest.", encoding="utf-8")

    def run(*extra):
        r = subprocess.run([sys.executable, "-m", "offramp.cli", "code", str(f), "--date", D,
                            "--format", "jsonl", *extra], capture_output=True, text=True,
                           cwd=ROOT, timeout=300)
        assert r.returncode == 0, r.stderr
        return [json.loads(line) for line in r.stdout.splitlines()]

    plain, wide = run(), run("--asides")
    assert [e["type"] for e in plain] == ["ACCUSE"] and not any("aside" in e for e in plain)
    extra = [e for e in wide if e.get("aside")]
    assert [(e["type"], e["modality"]) for e in extra] == [("REQUEST", "hypothetical")]
    assert [e for e in wide if not e.get("aside")] == plain


@pytest.mark.parametrize("text,src,tgt", [
    ("Hungary will veto the EU's aid package for Ukraine, Viktor Orban said.", "HUN", "EU"),
    ("Israel will reject the court's order, Netanyahu said.", "ISR", None),
])
def test_a_refusal_stated_as_a_plan_is_made_when_stated(code, text, src, tgt):
    doc = code(text, date=D)
    assert [e for e in doc.events if e.type == "REJECT" and e.modality == "actual"
            and src in {a.country for a in e.source}
            and (tgt is None or tgt in {a.country for a in e.target})], triples(doc)
