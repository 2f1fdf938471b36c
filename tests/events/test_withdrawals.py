"""Forces leaving a place and acts begun: withdrawals under way are actual RETREAT, planned
ones future CONCEDE (codebook 3.4, 3.7, 4.2). Sentences written for these tests."""
import pytest

from tests.conftest import has_event, triples

D = "2022-11-11"


@pytest.mark.parametrize("text,typ,src,tgt,modality", [
    ("The last Russian soldiers left Kherson on Friday.", "RETREAT", "RUS", "UKR", "actual"),
    ("French forces will leave Niger by the end of the year.", "CONCEDE", "FRA", "NER", "future"),
    ("American troops have begun leaving Afghanistan.", "RETREAT", "USA", "AFG", "actual"),
    ("Russian troops began to withdraw from Kyiv.", "RETREAT", "RUS", "UKR", "actual"),
    ("Israeli jets started bombing Gaza on Friday.", "ASSAULT", "ISR", "PSE", "actual"),
    ("Russian troops will begin withdrawing from Moldova next week.", "CONCEDE", "RUS", "MDA", "future"),
])
def test_leaving_and_beginning(code, text, typ, src, tgt, modality):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, modality), triples(doc)
    if modality == "future":
        assert not has_event(doc, "RETREAT", src, tgt, "actual"), triples(doc)


@pytest.mark.parametrize("text", [
    "The foreign minister left Paris on Monday.",
    "The Chinese delegation left Manila after two days of talks.",
    "Investors left Russia in droves after the invasion.",
])
def test_only_forces_leaving_withdraw(code, text):
    doc = code(text, date=D)
    assert not [e for e in doc.events if e.type in ("RETREAT", "CONCEDE")], triples(doc)


@pytest.mark.parametrize("text", [
    "French troops left their base in Chad for a joint exercise with Chadian forces.",
    "Russian troops left their barracks in Belarus for drills.",
])
def test_leaving_a_base_for_drills_is_no_withdrawal(code, text):
    doc = code(text, date=D)
    assert not [e for e in doc.events if e.type == "RETREAT"], triples(doc)
