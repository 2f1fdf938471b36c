"""Request nouns: "its demand that X withdraw", "a call for X to V". The one asked is the
doer of what is asked, and what is asked is not done (codebook 3.8)."""
import pytest

from tests.conftest import found, has_event, triples

D = "2024-03-01"


@pytest.mark.parametrize("text,src,tgt", [
    ("Kenya renewed its demand that Somalia withdraw its troops from the border.", "KEN", "SOM"),
    ("Poland has reiterated its demand that Germany pay reparations.", "POL", "DEU"),
    ("Kenya repeated its call for Somalia to withdraw its troops.", "KEN", "SOM"),
    ("Iran ignored the UN's demand that it halt enrichment.", "UN", "IRN"),
    ("Ghana made an appeal to Togo to reopen the border crossings.", "GHA", "TGO"),
])
def test_the_one_asked_is_the_doer_of_what_is_asked(code, text, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, "REQUEST", src, tgt, "actual"), triples(doc)


@pytest.mark.parametrize("text,typ,doer", [
    ("Kenya renewed its demand that Somalia withdraw its troops from the border.", "RETREAT", "SOM"),
    ("Kenya repeated its call for Somalia to withdraw its troops.", "RETREAT", "SOM"),
    ("Ghana made an appeal to Togo to reopen the border crossings.", None, "TGO"),
])
def test_what_is_asked_for_is_not_coded_as_done(code, text, typ, doer):
    doc = code(text, date=D)
    done = [e for e in doc.events if e.modality == "actual" and e.type != "REQUEST"
            and (typ is None or e.type == typ)]
    assert not done, triples(doc)


def test_a_call_for_something_is_a_request_and_a_phone_call_a_consultation(code):
    doc = code("Kenya renewed its call for a ceasefire in Sudan.", date=D)
    assert found(doc, "REQUEST", "KEN"), triples(doc)
    assert not found(doc, "CONSULT"), triples(doc)
    doc = code("The French president made a call to Putin on Monday.", date=D)
    assert has_event(doc, "CONSULT", "FRA", "RUS"), triples(doc)
    assert not found(doc, "REQUEST"), triples(doc)


def test_a_relative_clause_on_a_demand_is_not_its_content(code):
    # "the demand that Hungary rejected": Hungary is the one who refused, not the one asked
    doc = code("The demand that Hungary rejected was made by the European Commission.", date=D)
    assert not found(doc, "REQUEST", tgt="HUN"), triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("Beijing told Manila to withdraw its coast guard ships from the shoal.", "CHN", "PHL"),
    ("The African Union instructed Sudan to open the crossing at Adre.", "IGO", "SDN"),
])
def test_telling_another_side_to_act_is_a_request(code, text, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, "REQUEST", src, tgt, "actual"), triples(doc)
    assert not [e for e in doc.events if e.type == "RETREAT" and e.modality == "actual"], triples(doc)


def test_telling_reporters_is_no_request(code):
    doc = code("Beijing told reporters that Manila had withdrawn its ships from the shoal.", date=D)
    assert not found(doc, "REQUEST"), triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("Serbia and Kosovo failed to reach an agreement on the Serb municipalities on Monday.", "SRB", "XKX"),
    ("Egypt and Ethiopia failed to agree on rules for filling the dam.", "EGY", "ETH"),
])
def test_failing_to_agree_is_a_rejection(code, text, src, tgt):
    doc = code(text, date="2024-03-01")
    assert has_event(doc, "REJECT", src, tgt, "actual"), triples(doc)
    assert not [e for e in doc.events if e.type in ("AGREE", "SUPPORT") and e.modality == "actual"], triples(doc)


def test_failing_at_something_else_is_no_rejection(code):
    doc = code("Armenia failed to reach the final of the European championship in Germany.", date="2024-03-01")
    assert not [e for e in doc.events if e.type == "REJECT"], triples(doc)
