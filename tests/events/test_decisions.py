"""A side deciding a measure of its own against another takes the measure: the measure is
coded, actual, and no agreement with anyone is. Sentences written for these tests."""
import pytest

from tests.conftest import found, triples

D = "2023-05-16"


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("EU ambassadors agreed on Wednesday to extend sanctions on Russia.", "SANCTION", "EU", "RUS"),
    ("The Lithuanian government decided to expel two Belarusian diplomats.", "SANCTION", "LTU", "BLR"),
    ("The African Union voted to suspend Gabon from the bloc.", "SANCTION", "IGO", "GAB"),
])
def test_a_decided_measure_is_taken(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert [e for e in found(doc, typ, src, tgt) if e.modality == "actual"], triples(doc)
    assert not found(doc, "AGREE", src, tgt), triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("Armenia and Azerbaijan agreed to withdraw troops from the border.", "ARM", "AZE"),
    ("Turkey agreed with Russia to set up a buffer zone in Idlib.", "TUR", "RUS"),
])
def test_an_agreement_between_parties_stays_an_agreement(code, text, src, tgt):
    doc = code(text, date=D)
    assert found(doc, "AGREE", src, tgt) or found(doc, "AGREE", tgt, src), triples(doc)


def test_a_decision_not_yet_taken_is_not_a_measure_taken(code):
    doc = code("EU ministers will decide next month whether to impose sanctions on Georgia.", date=D)
    assert not [e for e in found(doc, "SANCTION") if e.modality == "actual"], triples(doc)


@pytest.mark.parametrize("text,typ", [
    ("The government decided to arrest the opposition leader.", "COERCE"),
    ("Russia decided to deploy tactical nuclear weapons in Belarus.", "MOBILIZE"),
    ("The African Union decided to suspend Mali unless the junta held elections by March.", "SANCTION"),
])
def test_a_decided_deed_or_a_conditional_decision_is_not_yet_done(code, text, typ):
    doc = code(text, date=D)
    # (read whether or not it is coded: a domestic plan is set aside, codebook 4.7)
    assert found(doc, typ, asides=True) and not [e for e in found(doc, typ) if e.modality == "actual"], triples(doc)


def test_a_decided_ban_is_the_ban(code):
    doc = code("EU leaders agreed to ban Belarusian airlines from European airspace.", date=D)
    assert [e for e in found(doc, "COERCE", "EU", "BLR") if e.modality == "actual"], triples(doc)
    assert not found(doc, "AGREE"), triples(doc)
