"""Denials (codebook 4.10): a side's claim of its own deed that the other side denies in the
same sentence is disputed, not actual; a denial of something else ("denies targeting
civilians", a charge about another deed) leaves the reported act actual. Sentences written
for these tests."""
import pytest

from tests.conftest import has_event, triples

D = "2024-06-01"


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Azerbaijan said its forces had shot down an Armenian drone, a claim Yerevan rejected.", "ASSAULT", "AZE", "ARM"),
    ("The Houthis said they had struck a US destroyer in the Red Sea, which the Pentagon denied.",
     "ASSAULT", "YEM", "USA"),
])
def test_an_own_claim_the_other_side_denies_is_not_actual(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert not has_event(doc, typ, src, tgt, "actual"), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    # nobody denies it
    ("Azerbaijan said its forces had shot down an Armenian drone over Lachin.", "ASSAULT", "AZE", "ARM"),
    # the denial is of another deed, in the next sentence
    ("Azerbaijan said its forces had shot down an Armenian drone. Yerevan denied massing troops "
     "on the border.", "ASSAULT", "AZE", "ARM"),
    # what is denied is an aim, not the attack
    ("Russian missiles struck Odesa overnight, Ukrainian officials said, although Moscow denies "
     "targeting civilians.", "ASSAULT", "RUS", "UKR"),
])
def test_an_act_whose_denial_is_of_something_else_stays_actual(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, "actual"), triples(doc)


@pytest.mark.parametrize("text", [
    "Vietnam pledged to fight corruption in its state companies.",
    "Kenyan health workers are fighting a cholera outbreak near the Somali border.",
    "Colombia and Ecuador launched a joint campaign against drug trafficking.",
    "Greek firefighters battled wildfires near Athens.",
])
def test_fighting_an_ill_is_no_attack_or_threat(code, text):
    doc = code(text, date=D)
    assert not [e for e in doc.events if e.type in ("ASSAULT", "THREATEN", "COERCE")], triples(doc)


def test_fighting_a_side_is_still_an_attack(code):
    doc = code("Nigerian troops fought Boko Haram fighters near Maiduguri.", date=D)
    assert [e for e in doc.events if e.type == "ASSAULT"], triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("Baku called Yerevan's claim that Azerbaijani troops had shelled Jermuk 'pure fiction'.", "AZE", "ARM"),
    ("Belgrade called the Kosovo government's account of a Serbian raid on Zubin Potok absurd.", "SRB", "XKX"),
])
def test_a_claim_called_false_is_a_reproach_and_its_content_not_done(code, text, src, tgt):
    doc = code(text, date=D)
    assert not has_event(doc, "ASSAULT", src, tgt, "actual"), triples(doc)
    assert not [e for e in doc.events if e.type == "CONSULT"], triples(doc)
    assert [e for e in doc.events if e.type == "ACCUSE"], triples(doc)


def test_talk_of_an_operation_is_no_talks(code):
    doc = code("Talk of a Turkish operation in northern Iraq has unsettled Baghdad.", date=D)
    assert not [e for e in doc.events if e.type == "CONSULT"], triples(doc)
    doc = code("Talks between Turkey and Iraq resumed in Ankara on Monday.", date=D)
    assert has_event(doc, "CONSULT", "TUR", "IRQ", "actual"), triples(doc)


def test_a_denial_of_another_deed_leaves_an_own_claim_actual(code):
    doc = code("Israel said it had killed a Hamas commander in Gaza, and Hamas denied that it had fired "
               "rockets at Israel.", date=D)
    assert has_event(doc, "ASSAULT", "ISR", "PSE", "actual"), triples(doc)


def test_a_denial_that_names_the_hit_building_still_denies_the_charge(code):
    doc = code("Ukraine accused Russia of striking a maternity hospital in Zaporizhzhia; Moscow denied that "
               "its missiles hit the hospital.", date=D)
    assert not has_event(doc, "ASSAULT", "RUS", "UKR", "actual"), triples(doc)


def test_a_vow_to_fight_a_named_sides_terrorism_is_a_threat(code):
    doc = code("Ankara vowed to fight PKK terrorism in northern Iraq.", date=D)
    assert not [e for e in doc.events if e.type == "AGREE"], triples(doc)
