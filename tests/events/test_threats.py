"""Threats (codebook 3.11, 4.2, 4.6): a side's promise of harm is an actual THREATEN, and
the harm it promises is not coded beside it; a promise whose condition is another side's
act threatens that side, whatever verb the promise uses. Forecasts by third parties stay
hypothetical acts of their subject. Sentences written for these tests."""
import pytest

from tests.conftest import found, triples

D = "2023-05-16"


@pytest.mark.parametrize("text,src,tgt", [
    ("Cairo said it would defend its water rights if Ethiopia filled the dam again.", "EGY", "ETH"),
    ("Baku said Azerbaijan would protect its borders if Armenian units advanced further.",
     "AZE", "ARM"),
    ("The Georgian minister said Tbilisi would not stand idle if Russian troops moved the fence.",
     "GEO", "RUS"),
    ("Kyiv said Ukraine would treat any Belarusian convoy as a legitimate target if it crossed "
     "the border.", "UKR", "BLR"),
])
def test_a_conditional_promise_of_any_harm_threatens_the_one_whose_act_is_its_condition(
        code, text, src, tgt):
    doc = code(text, date=D)
    assert found(doc, "THREATEN", src, tgt), triples(doc)


def test_what_a_side_says_it_could_do_to_others_if_provoked_is_a_threat(code):
    doc = code("Thailand's prime minister warned that Thailand could close the border with "
               "Cambodia if the shelling continues.", date=D)
    assert found(doc, "THREATEN", "THA", "KHM"), triples(doc)
    assert not [e for e in doc.events if e.type == "COERCE" and e.modality == "hypothetical"], \
        triples(doc)


@pytest.mark.parametrize("text,src,tgt,harm", [
    ("Pyongyang threatened to attack South Korean warships.", "PRK", "KOR", "ASSAULT"),
    ("Iran vowed to strike Israel in response.", "IRN", "ISR", "ASSAULT"),
    ("Turkey said it would launch a ground offensive against Syria.", "TUR", "SYR", "ASSAULT"),
    ("Moscow warned it would strike Moldova if the blockade continued.", "RUS", "MDA", "ASSAULT"),
])
def test_the_harm_a_side_promises_is_its_threat_not_an_act_beside_it(code, text, src, tgt, harm):
    doc = code(text, date=D)
    assert found(doc, "THREATEN", src, tgt), triples(doc)
    assert not found(doc, harm, src, tgt), triples(doc)


def test_a_ground_offensive_tagged_as_an_adjective_is_still_an_offensive(code):
    doc = code("The army launched a ground offensive against the rebels in Darfur.", date=D)
    assert [e for e in doc.events if e.type == "ASSAULT" and e.modality == "actual"], triples(doc)


def test_a_warning_that_another_will_bear_responsibility_threatens_it(code):
    doc = code("Seoul warned that Tokyo would bear responsibility for any damage.", date=D)
    assert found(doc, "THREATEN", "KOR", "JPN"), triples(doc)


# guards: what is not a threat
@pytest.mark.parametrize("text", [
    "China said it would attend the talks if India withdrew its troops.",
    "Officials say Russia would attack Moldova if it could.",
    "Analysts said fighting could erupt in Sudan if the talks fail.",
    "Analysts said Russia could invade Ukraine if the talks fail.",
])
def test_a_conditional_is_no_threat_without_a_side_promising_harm_to_another(code, text):
    doc = code(text, date=D)
    assert not found(doc, "THREATEN"), triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("The US warned that Russia could invade Ukraine within days.", "RUS", "UKR"),
    ("Officials say Russia would attack Moldova if it could.", "RUS", "MDA"),
])
def test_a_forecast_of_anothers_attack_stays_a_hypothetical_attack(code, text, src, tgt):
    doc = code(text, date=D)
    assert [e for e in found(doc, "ASSAULT", src, tgt) if e.modality == "hypothetical"], triples(doc)


# guards from the review of these rules
@pytest.mark.parametrize("text,src,tgt", [
    ("US officials said Russia would strike Ukraine's power grid if winter came early.", "RUS", "UKR"),
    ("Analysts said China would blockade Taiwan if tensions escalated.", "CHN", "TWN"),
    ("The Iranian foreign minister warned that Hezbollah would attack Israel if the Gaza war "
     "continued.", "LBN", "ISR"),
    ("The Iraqi prime minister said Iraqi militias could attack US bases if Washington struck Iran.",
     "IRQ", "USA"),
])
def test_what_another_side_would_do_is_a_forecast_not_its_threat(code, text, src, tgt):
    doc = code(text, date=D)
    assert not found(doc, "THREATEN", src, tgt), triples(doc)
    assert [e for e in doc.events if e.modality == "hypothetical" and src in {a.country for a in e.source}], \
        triples(doc)


@pytest.mark.parametrize("text", [
    "The EU said it would defend its decision in court if Hungary challenged it.",
    "Israel said it would protect civilians in Gaza if Hamas released the hostages.",
    "France said it could act as a mediator if Serbia and Kosovo agreed.",
    "Germany said it would safeguard grain exports if Russia agreed to a corridor.",
])
def test_defending_a_decision_or_helping_on_condition_is_no_threat(code, text):
    doc = code(text, date=D)
    assert not found(doc, "THREATEN"), triples(doc)


def test_a_state_does_not_threaten_for_armed_groups_of_its_country(code):
    doc = code("The Nigerian army warned that Boko Haram fighters would attack border towns in Niger.",
               date=D)
    assert [e for e in found(doc, "ASSAULT") if e.modality == "hypothetical"], triples(doc)


def test_a_side_that_says_it_will_defend_itself_if_attacked_threatens_the_attacker(code):
    doc = code("Burundi said it would defend itself if Rwanda attacked again.", date=D)
    assert found(doc, "THREATEN", "BDI", "RWA"), triples(doc)


def test_a_vow_to_retaliate_in_a_two_state_story_is_aimed_at_the_other_state(code):
    text = ("Moldova expels Russian diplomat\n\nCHISINAU (Wire) - Moldova declared a Russian embassy "
            "employee persona non grata on Monday over interference in domestic politics.\n\n"
            "Moldova's foreign ministry said the diplomat had 72 hours to leave.\n\n"
            "Moscow said it would retaliate.")
    doc = code(text, date=D)
    assert found(doc, "THREATEN", "RUS", "MDA"), triples(doc)


def test_a_warning_about_a_third_party_gets_no_target_from_the_story(code):
    text = ("Talks stall in Jeddah\n\nJEDDAH (Wire) - Saudi Arabia and the United States hosted a "
            "new round of talks between Sudan's army and the RSF on Monday.\n\nSaudi officials said "
            "progress was slow.\n\nOne diplomat warned that the RSF could launch a new offensive on "
            "El Obeid if the talks broke down.")
    doc = code(text, date=D)
    assert not [e for e in found(doc, "THREATEN") if e.modality == "actual"
                and "SAU" in {a.country for a in e.target}], triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("The rebels gave Malian soldiers until dawn on Sunday to lay down their arms or face the "
     "consequences.", "MLI", "MLI"),
    ("Mozambique's president vowed that the attackers would be hunted down.", "MOZ", "MOZ"),
])
def test_ultimatums_and_vowed_punishment_are_threats(code, text, src, tgt):
    doc = code(text, date=D)
    assert found(doc, "THREATEN", src, tgt), triples(doc)
    assert not [e for e in found(doc, "RETREAT") if e.modality == "actual"], triples(doc)


def test_a_gift_with_no_consequence_is_no_ultimatum(code):
    doc = code("Japan gave Indonesia 20 patrol boats to protect its fishing grounds.", date=D)
    assert not found(doc, "THREATEN"), triples(doc)
