"""Plain acts of force and their targets: the object named "what it called ...", forces
counted in divisions, warships sailing through another state's waters, water cannon
used on a ship, and the state across "the border with X" or warned by a move. Sentences
written for these tests."""
import pytest

from tests.conftest import found, has_event, triples

D = "2025-04-02"


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Iran fired missiles at what it called terrorist camps in Pakistan's Balochistan province.",
     "ASSAULT", "IRN", "PAK"),
    ("Israeli jets fired rockets at what the army called Hezbollah depots in Lebanon.", "ASSAULT", "ISR", "LBN"),
    ("India moved two additional divisions to the border with China.", "MOBILIZE", "IND", "CHN"),
    ("Chinese warships sailed through Japanese territorial waters near Kagoshima.", "MOBILIZE", "CHN", "JPN"),
    ("Chinese coast guard ships blasted Philippine vessels with water cannon near the shoal.",
     "ASSAULT", "CHN", "PHL"),
    ("Indian troops pulled back from the border with China on Wednesday.", "RETREAT", "IND", "CHN"),
    ("Thai troops withdrew from the frontier with Cambodia after the truce.", "RETREAT", "THA", "KHM"),
    ("The United States moved an aircraft carrier into the Mediterranean as a warning to Iran.",
     "MOBILIZE", "USA", "IRN"),
    ("Iran launched dozens of drones towards Israel late on Saturday.", "ASSAULT", "IRN", "ISR"),
    ("Belarusian helicopters violated Polish airspace on Tuesday, Warsaw said.", "MOBILIZE", "BLR", "POL"),
    ("The PLA held naval drills around Taiwan on Thursday.", "MOBILIZE", "CHN", "TWN"),
    ("Azerbaijani troops entered the Armenian village of Tegh overnight.", "MOBILIZE", "AZE", "ARM"),
    ("Chinese coast guard vessels blocked a Philippine supply boat near the shoal.", "COERCE", "CHN", "PHL"),
    ("Guyana sent troops to the Venezuelan border on Monday.", "MOBILIZE", "GUY", "VEN"),
])
def test_plain_force_is_coded_with_its_target(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, "actual"), triples(doc)


@pytest.mark.parametrize("text,typ", [
    ("Beijing blasted Manila with accusations of provocation.", "ACCUSE"),
    ("The ferry sailed through Greek waters to Izmir.", None),
    ("Hungary blocked the EU's statement on Georgia.", "REJECT"),
])
def test_near_misses_keep_their_reading(code, text, typ):
    doc = code(text, date=D)
    assert {e.type for e in doc.events} == ({typ} if typ else set()), triples(doc)


def test_a_border_after_a_comma_is_not_the_target(code):
    doc = code("Russia massed troops near the border, with Ukraine warning of an attack.", date=D)
    assert not has_event(doc, "MOBILIZE", "RUS", "UKR"), triples(doc)


def test_entering_talks_moves_no_forces(code):
    doc = code("The Colombian foreign minister entered the talks with Venezuela in good spirits.", date=D)
    assert not [e for e in doc.events if e.type == "MOBILIZE"], triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("Turkey mobilised two brigades for an offensive against Syria's Kurdish militias.", "TUR", "SYR"),
    ("Azerbaijan mobilized reservists to move against Armenia's positions in the hills.", "AZE", "ARM"),
    ("Greek troops remained on alert along the border with Turkey.", "GRC", "TUR"),
])
def test_forces_readied_against_a_state_aim_at_it(code, text, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, "MOBILIZE", src, tgt, "actual"), triples(doc)


def test_only_forces_remain_on_alert(code):
    doc = code("The Greek minister remained on alert for news from Ankara.", date=D)
    assert not found(doc, "MOBILIZE"), triples(doc)


def test_joined_sides_agree_with_each_other_not_with_the_topic(code):
    doc = code("Japan and South Korea agreed to share intelligence on North Korea.", date=D)
    assert has_event(doc, "AGREE", "JPN", "KOR", "actual"), triples(doc)
    assert not found(doc, "AGREE", tgt="PRK"), triples(doc)


def test_people_placed_in_several_states_are_each_states_people(code):
    doc = code("Sweden sent emergency aid to help families in Sudan, Chad and South Sudan.", date=D)
    got = {a.country for e in found(doc, "AID", "SWE") for a in e.target}
    assert {"SDN", "TCD", "SSD"} <= got, triples(doc)
    assert any("families in Chad" == a.text for e in doc.events for a in e.target), triples(doc)
