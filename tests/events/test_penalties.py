"""Threats told as what the other side will suffer (codebook 3.11): "X would pay a heavy
price", "would face retaliation", "would have serious consequences for relations with X",
"would be met with force", "would regard it as an act of aggression"; and conditional
threats whose doer is "the army" or whose condition names the one harmed by a pronoun.
Sentences written for these tests."""
import pytest

from tests.conftest import found, has_event, triples

D = "2024-05-14"

THREATS = [
    ("Iran's foreign ministry said Israel would pay a heavy price for the killing of its commander.",
     "IRN", "ISR"),
    ("Hezbollah said the Israeli army would pay dearly for any incursion into southern Lebanon.", "LBN", "ISR"),
    ("The Kremlin said Kyiv would face harsh retaliation for the drone attacks on Moscow.", "RUS", "UKR"),
    ("Pakistan's army said India would receive a befitting reply to any misadventure.", "PAK", "IND"),
    ("Ankara said the decision would have serious consequences for relations with Washington.", "TUR", "USA"),
    ("Beijing warned that any move toward independence by Taiwan would be met with force.", "CHN", "TWN"),
    ("Venezuela said it would regard any Guyanese drilling in the disputed waters as an act of aggression.",
     "VEN", "GUY"),
    ("North Korea's state news agency warned that the army would strike again if South Korean ships "
     "crossed the sea border.", "PRK", "KOR"),
    ("Russia said its forces would topple Zelensky by force if he ordered an attack on Crimea.", "RUS", "UKR"),
    ("The US president said he was ready to order further strikes on the Houthis if their attacks on "
     "shipping continued.", "USA", "YEM"),
]


@pytest.mark.parametrize("text,src,tgt", THREATS, ids=[t[0][:40] for t in THREATS])
def test_a_penalty_announced_for_another_is_a_threat_made_now(code, text, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, "THREATEN", src, tgt, "actual"), triples(doc)


@pytest.mark.parametrize("text", [
    "Analysts said Russia would pay a heavy price for the war in lost trade.",
    "The farmers said they would pay a high price for the drought.",
    "Washington said Moscow would not pay any price for the annexation.",
    "Officials fear Israel could pay a heavy price for the raid.",
    "The minister said the pension reform would have consequences for retired teachers.",
])
def test_a_cost_foretold_or_denied_is_no_threat(code, text):
    doc = code(text, date=D)
    assert not found(doc, "THREATEN"), triples(doc)


def test_what_an_act_would_be_regarded_as_is_not_an_attack(code):
    doc = code("Mali and Burkina Faso said they would regard any military intervention in Niger as a "
               "declaration of war against them.", date=D)
    assert not found(doc, "ASSAULT"), triples(doc)


def test_the_north_of_a_story_of_the_koreas(code):
    doc = code("North Korea and South Korea exchanged artillery fire near the sea border on Tuesday. "
               "The North's official news agency said the South would pay dearly for the provocation.", date=D)
    assert has_event(doc, "THREATEN", "PRK", "KOR", "actual"), triples(doc)


def test_the_north_alone_names_no_state(code):
    doc = code("The North's rebels said the capital would pay dearly for the raid.", date=D)
    assert not found(doc, "THREATEN", "PRK"), triples(doc)


def test_attacks_warned_of_are_not_the_warners_own(code):
    doc = code("American and British jets struck rebel targets in Yemen on Friday after weeks of Houthi "
               "attacks on ships. Biden said he was ready to order more action if the attacks continued.",
               date=D)
    assert has_event(doc, "THREATEN", "USA", "YEM", "actual"), triples(doc)
    assert not found(doc, "THREATEN", "USA", "GBR"), triples(doc)


def test_a_warning_whose_condition_hangs_low_still_names_the_warned(code):
    doc = code("Mali's president warned that his forces would hunt the rebels wherever they hide if "
               "Algerian soil were again used as a base.", date=D)
    assert has_event(doc, "THREATEN", "MLI", "DZA", "actual"), triples(doc)


def test_a_warners_own_interest_harmed_is_not_warned(code):
    doc = code("Egypt's foreign minister warned that if Egypt's water security was harmed, Cairo would "
               "take all necessary measures.", date=D)
    assert not found(doc, "THREATEN", "EGY", "EGY"), triples(doc)


def test_his_forces_are_the_tellers_not_the_last_state_named(code):
    doc = code("Sudan's foreign ministry insisted its forces had not crossed the frontier. President Idriss "
               "Deby has accused his Sudanese counterpart, Omar al-Bashir, of plotting against him.\n\n"
               "Deby warned that his forces would strike the rebels' bases if Sudanese soil were used "
               "as a launch pad.", date=D)
    assert has_event(doc, "THREATEN", "TCD", "SDN", "actual"), triples(doc)
    assert not found(doc, "THREATEN", "SDN"), triples(doc)


def test_an_official_opening_in_a_capital_serves_its_state_in_any_paragraph(code):
    doc = code("Chad and Sudan traded charges over the raid on Monday.\n\n"
               "In Khartoum, presidential adviser Karim Osman scoffed at the charge and accused "
               "N'Djamena of harbouring rebel commanders.", date=D)
    assert has_event(doc, "ACCUSE", "SDN", "TCD", "actual"), triples(doc)


@pytest.mark.parametrize("text", [
    "The WHO said the epidemic would have serious consequences for Sierra Leone and Guinea.",
    "Kenya's president said the new trade pact would have positive consequences for Uganda.",
    "Chile said the wildfires would have no consequences for its copper trade with China.",
    "Jakarta said Canberra would receive a formal reply to its diplomatic note by Monday.",
    "Hamas's truce proposal would be met with a response within a week, an Israeli official said.",
    "The president said Armenians would regard Turkey as an enemy for generations.",
    "Amnesty International said Myanmar would face consequences in court for the killings.",
    "Would China be ready to strike if Taiwan declared independence? Analysts in Taipei doubt it.",
])
def test_a_reply_a_benefit_an_attitude_or_a_question_is_no_threat(code, text):
    doc = code(text, date=D)
    assert not found(doc, "THREATEN"), triples(doc)


def test_a_foreign_generals_army_is_not_his_own(code):
    doc = code("A US general said the army would launch the assault on Raqqa if the militants refused to "
               "surrender.", date=D)
    assert not found(doc, "THREATEN", "USA"), triples(doc)


def test_his_forces_after_someone_accused_are_not_the_accusers(code):
    doc = code("Zelensky accused Vladimir Putin of sending his forces to shell civilians in Kharkiv.", date=D)
    assert not found(doc, "ASSAULT", "UKR"), triples(doc)
    assert not [e for e in doc.events if "UKR" in {a.country for a in e.target} and e.type == "MOBILIZE"
                and any(a.sector == "MIL" for a in e.target)], triples(doc)


def test_the_army_said_its_troops_are_the_armys_not_the_last_state_named(code):
    doc = code("NEW DELHI, May 30 (Wire) - Pakistan's Foreign Office summoned India's envoy on Monday.\n\n"
               "The army said its troops had shot dead five infiltrators near Keran on Sunday.", date=D)
    assert not found(doc, "ASSAULT", "PAK"), triples(doc)
