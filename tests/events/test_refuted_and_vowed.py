"""A side's claim of its own strike that the other side calls false in the next sentence; a
charge answered by "denied any such movement"; "would not hesitate to" harm is a vow; a claim
of one's own deed accuses no one; a crowd's flag burning is its protest. Sentences written for
these tests."""
from tests.conftest import found, has_event, triples

D = "2024-05-14"


def test_an_own_claimed_hit_called_false_next_is_not_fact(code):
    doc = code("A Hezbollah television channel claimed on Sunday that the group's drones had hit an Israeli "
               "warship off Haifa. The Israeli army called the claim false and said no ship had been struck.",
               date=D)
    assert not [e for e in found(doc, "ASSAULT", "LBN", "ISR") if e.modality == "actual"], triples(doc)
    assert not found(doc, "ACCUSE", "LBN", "LBN"), triples(doc)


def test_a_charge_answered_by_denying_any_such_movement_is_not_fact(code):
    doc = code("Armenia's defence ministry said Azerbaijani armoured units had moved toward the border "
               "last week. Baku denied any such movement.", date=D)
    assert not [e for e in found(doc, "MOBILIZE", "AZE") if e.modality == "actual"], triples(doc)


def test_would_not_hesitate_to_harm_is_a_threat_not_the_harm(code):
    doc = code("The British ambassador said London would not hesitate to impose sanctions on any party "
               "that attacks Guyana.", date=D)
    assert found(doc, "THREATEN", "GBR"), triples(doc)
    assert not [e for e in found(doc, "SANCTION") if e.modality == "actual"], triples(doc)


def test_would_not_hesitate_to_talk_is_still_to_come(code):
    doc = code("Seoul said it would not hesitate to hold talks with Pyongyang.", date=D)
    assert not [e for e in found(doc, "CONSULT") if e.modality == "actual"], triples(doc)


def test_a_crowd_burning_flags_outside_an_embassy_protests(code):
    doc = code("In Manila, several hundred Filipinos gathered outside the Chinese embassy on Friday, burning "
               "Chinese flags.", date=D)
    assert has_event(doc, "PROTEST", "PHL", "CHN", "actual"), triples(doc)
    assert not found(doc, "ASSAULT"), triples(doc)
