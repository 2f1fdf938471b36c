"""Who an act is aimed at when the text names it indirectly: "its drone" in someone's report,
"the two leaders" just named, the attack condemned by its name alone, the thing called a
name; a party's footage of a deed the other side denies; armoured vehicles moved; a
headline's deed and the body's deeds of other days. Sentences written for these tests."""
from tests.conftest import found, has_event, triples

D = "2024-05-14"


def test_its_in_a_report_of_an_attack_is_the_tellers(code):
    doc = code("Azerbaijan said Armenia shot down its drone near Lachin.", date=D)
    assert has_event(doc, "ASSAULT", "ARM", "AZE", "actual"), triples(doc)


def test_footage_a_party_says_shows_a_denied_deed_is_not_fact(code):
    doc = code("Georgia released footage that it said showed a Russian jet firing a missile at its drone. "
               "Moscow dismissed the accusation as a provocation and said no Russian aircraft had been there.",
               date=D)
    assert not [e for e in found(doc, "ASSAULT", "RUS") if e.modality == "actual"], triples(doc)


def test_footage_of_an_undisputed_deed_stays_fact(code):
    doc = code("Georgia released footage that it said showed a Russian jet firing a missile at its drone. "
               "Moscow said the jet had been on a training flight.", date=D)
    assert has_event(doc, "ASSAULT", "RUS", "GEO", "actual"), triples(doc)


def test_armoured_vehicles_sent_are_a_show_of_force(code):
    doc = code("Russia sent additional armoured vehicles to positions near the Georgian border.", date=D)
    assert has_event(doc, "MOBILIZE", "RUS", "GEO", "actual"), triples(doc)


def test_vehicles_flown_in_for_the_police_are_not_a_show_of_force(code):
    doc = code("The United States flew 20 armoured vehicles to Port-au-Prince for use by the Haitian police.",
               date=D)
    assert not found(doc, "MOBILIZE"), triples(doc)


def test_a_thing_called_names_is_its_makers(code):
    doc = code("The European Union imposed an embargo on Iranian oil on Monday. Iran's foreign ministry "
               "spokesman called the embargo \"economic warfare\".", date=D)
    assert has_event(doc, "ACCUSE", "IRN", "EU", "actual"), triples(doc)


def test_the_two_leaders_are_the_two_just_named(code):
    doc = code("North Korea fired a missile over Japan on Tuesday. Abe said he had spoken with Trump by "
               "phone and that the two leaders agreed to increase pressure on Pyongyang.", date=D)
    assert has_event(doc, "AGREE", "JPN", "USA"), triples(doc)
    assert not found(doc, "AGREE", "JPN", "PRK"), triples(doc)


def test_both_sides_are_still_the_storys_two_states(code):
    doc = code("Thai and Cambodian troops clashed near the temple on Monday. Indonesia and Malaysia "
               "urged both sides to show restraint.", date=D)
    got = {a.country for e in found(doc, "REQUEST", "IDN") for a in e.target}
    assert got and got <= {"THA", "KHM"}, triples(doc)  # never the urgers themselves


def test_an_attack_condemned_by_name_blames_its_doer(code):
    doc = code("Sudanese warplanes bombed a market in the South Sudanese town of Bentiu on Monday. "
               "The UN secretary-general condemned the bombing of Bentiu.", date=D)
    assert has_event(doc, "ACCUSE", "UN", "SDN", "actual"), triples(doc)
    assert not found(doc, "ACCUSE", "UN", "SSD"), triples(doc)


def test_a_headline_deed_does_not_join_the_bodys_deeds_of_two_days(code):
    text = ("Sudanese Jets Bomb Town in South Sudan\n\n"
            "Sudanese warplanes bombed the South Sudanese town of Bentiu on Monday, "
            "officials said.\n\nSouth Sudan's army said Sudanese troops had also shelled its positions "
            "near Panakuach on Sunday.")
    doc = code(text, date=D)
    days = sorted(e.date for e in found(doc, "ASSAULT", "SDN", "SSD"))
    assert days == ["2024-05-12", "2024-05-13"], triples(doc)


def test_a_council_after_a_fronted_place_and_a_day_is_the_subject(code):
    doc = code("In Addis Ababa, the African Union's Peace and Security Council on Tuesday demanded that "
               "Sudan withdraw its troops.", date=D)
    assert has_event(doc, "REQUEST", "IGO", "SDN", "actual"), triples(doc)
