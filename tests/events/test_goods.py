"""Verbs that hand things over ("deliver", "fly", "give", "hand", "transfer", "deposit")
are AID only when what is handed over is goods, money, kit or refuge. Sentences written
for these tests."""
import pytest

from tests.conftest import found, has_event, triples

D = "2023-05-16"


@pytest.mark.parametrize("text,src,tgt", [
    ("Poland delivered 30 generators to Ukraine on Monday.", "POL", "UKR"),
    ("Turkey flew three planeloads of tents and blankets to Syria.", "TUR", "SYR"),
    ("South Korea gave Vietnam ten patrol boats.", "KOR", "VNM"),
    ("Kuwait deposited $1 billion in Jordan's central bank.", "KWT", "JOR"),
    ("Ecuadorian families were given food and shelter by Colombia.", "COL", None),
    ("Brazil granted the Bolivian senator political asylum.", "BRA", "BOL"),
])
def test_goods_handed_over_are_aid(code, text, src, tgt):
    doc = code(text, date=D)
    assert [e for e in found(doc, "AID", src, tgt) if e.modality == "actual"], triples(doc)


@pytest.mark.parametrize("text", [
    "The president delivered a speech to the Kenyan parliament.",
    "Russia gave Ukraine a final warning.",
    "The envoy handed a protest note to the Chinese ambassador.",
    "The minister flew to Cairo for talks with Egypt.",
])
def test_words_and_travel_are_not_aid(code, text):
    doc = code(text, date=D)
    assert not found(doc, "AID"), triples(doc)


def test_whose_goods_they_are_is_not_who_receives_them(code):
    doc = code("A Turkish ship delivered 30,000 tonnes of Ukrainian grain to Egypt.", date=D)
    assert not found(doc, "AID", None, "UKR"), triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("A Qatari aid ship arrived in Gaza on Friday.", "QAT", "PSE"),
    ("Turkish military instructors arrived in Tripoli with drones and radar equipment.", "TUR", "LBY"),
])
def test_aid_that_arrives_is_delivered(code, text, src, tgt):
    doc = code(text, date=D)
    assert [e for e in found(doc, "AID", src, tgt) if e.modality == "actual"], triples(doc)


@pytest.mark.parametrize("text", [
    "The Russian foreign minister arrived in Niamey on Monday.",
    "A convoy of Russian tanks reached the outskirts of Kyiv.",
    "The first shipment of Ukrainian grain arrived in Lebanon.",
])
def test_arrivals_of_people_forces_or_trade_are_no_aid(code, text):
    doc = code(text, date=D)
    assert not found(doc, "AID"), triples(doc)


def test_a_delivered_weapon_system_is_aid(code):
    doc = code("Norway delivered another NASAMS air defence system to Ukraine on Friday.", date="2024-06-01")
    assert has_event(doc, "AID", "NOR", "UKR", "actual"), triples(doc)
