"""Unnamed actors take their country from the text around them; pronouns, reports and
verb-object idioms. Sentences written for these tests."""
import pytest

from tests.conftest import has_event, triples

D = "2023-05-16"


def _ev(doc, typ):
    return next(e for e in doc.events if e.type == typ)


def _shown(doc):
    return triples(doc)


def _coded(doc, typ, src=None, tgt=None) -> bool:
    """An event of typ with src among its sources and tgt among its targets (None: any)."""
    return any(e.type == typ and (src is None or src in {a.country for a in e.source})
               and (tgt is None or tgt in {a.country for a in e.target}) for e in doc.events)


def test_dateline_gives_domestic_actors_their_country(code):
    doc = code("NAIROBI, Kenya - Police arrested six journalists outside a courthouse.", date=D)
    assert doc.dateline == "NAIROBI, Kenya"
    assert has_event(doc, "COERCE", "KEN", "KEN", "actual")


def test_without_dateline_or_place_domestic_actors_stay_countryless(code):
    doc = code("Police arrested six journalists outside a courthouse.", date=D)
    e = _ev(doc, "COERCE")
    assert [a.country for a in e.source] == [None] and e.target[0].sector == "JRN"


def test_place_in_sentence_gives_victims_their_country(code):
    doc = code("Ethiopian artillery killed four children in Mekelle on Monday.", date=D)
    assert has_event(doc, "ASSAULT", "ETH", "ETH")
    doc = code("Syrian warplanes killed five villagers near Idlib.", date=D)
    assert has_event(doc, "ASSAULT", "SYR", "SYR")


def test_state_authority_acts_on_unnamed_people_at_home(code):
    doc = code("Turkish prosecutors opened an investigation into forty employees of a bank.", date=D)
    assert has_event(doc, "ACCUSE", "TUR", "TUR")


def test_foreign_army_does_not_give_its_country_to_victims(code):
    doc = code("Russian soldiers detained three fishermen.", date=D)
    e = _ev(doc, "COERCE")
    assert [a.country for a in e.target] == [None]


def test_they_refers_to_last_plural_subject(code):
    doc = code("Serbia and Hungary held a summit on Monday. They agreed to build a new railway.",
               date=D)
    assert has_event(doc, "AGREE", "SRB", "HUN", "actual")


def test_they_does_not_become_its_own_target(code):
    doc = code("Colombian guerrillas met in Havana. They laid down their weapons.", date=D)
    e = _ev(doc, "RETREAT")
    assert e.target == [] and e.source[0].sector == "REB"


def test_organisation_named_it_is_the_source(code):
    doc = code("Amnesty International said it would sue the Hungarian government.", date=D)
    assert any(e.type == "ACCUSE" and e.source[0].org == "AMNESTY" and e.source[0].country == "NGO"
               and e.target[0].country == "HUN" for e in doc.events + doc.asides)  # (a plan: set aside)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("A Danish parliamentary report called for sanctions against Eritrea.", "REQUEST", "DNK", "ERI"),
    ("Amnesty International published a report accusing the Egyptian police of torture.", "ACCUSE",
     None, "EGY"),
])
def test_reports_speak_for_their_authors(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert _coded(doc, typ, src, tgt), _shown(doc)


@pytest.mark.parametrize("text,typ,src,tgt,modality", [
    ("Vietnam and Laos signed a border treaty in Hanoi.", "SUPPORT", "VNM", "LAO", "actual"),
    ("Chile and Peru reached an agreement on fishing rights.", "SUPPORT", "CHL", "PER", "actual"),
    ("Paraguay will sign a trade deal with Taiwan next week.", "SUPPORT", "PRY", "TWN", "future"),
    ("Fiji established diplomatic relations with Kosovo.", "SUPPORT", "FJI", "XKX", "actual"),
    ("Bahrain severed ties with Qatar.", "SANCTION", "BHR", "QAT", "actual"),
    ("Georgia denied entry to a Russian journalist.", "REJECT", "GEO", "RUS", "actual"),
    ("Ghana gave Togo a two-week deadline to withdraw the troops.", "THREATEN", "GHA", "TGO", "actual"),
    ("Indian troops opened fire on Pakistani positions.", "ASSAULT", "IND", "PAK", "actual"),
    ("Bahrain did not sever ties with Qatar.", "SANCTION", "BHR", "QAT", "negated"),
])
def test_verb_object_idioms(code, text, typ, src, tgt, modality):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, modality), _shown(doc)


def test_idiom_object_is_not_a_second_event(code):
    doc = code("Vietnam and Laos signed a border treaty in Hanoi.", date=D)
    assert not any(e.type == "AGREE" for e in doc.events)


def test_act_aimed_at_a_thing_keeps_the_thing_as_object(code):
    doc = code("Bolivia's foreign minister condemned the ruling of the arbitration panel.", date=D)
    e = _ev(doc, "ACCUSE")
    assert e.target and e.target[0].role == "object" and "ruling" in e.target[0].text


def test_meeting_with_no_party_gets_no_object(code):
    doc = code("The official said Washington was working closely with our allies and partners.",
               date=D)
    assert not any(a.role == "object" for e in doc.events for a in e.target)


def test_court_releasing_a_named_person_keeps_the_person(code):
    doc = code("A court in Peru released former minister Carlos Quispe from prison on Monday.",
               date=D)
    e = _ev(doc, "RETREAT")
    assert [a.country for a in e.source] == ["PER"] and e.target and \
        e.target[0].country == "PER"


def test_withdrawal_from_a_country_has_that_country_as_recipient(code):
    doc = code("Chad withdrew its troops from Mali on Monday.", date=D)
    assert has_event(doc, "RETREAT", "TCD", "MLI", "actual")


@pytest.mark.parametrize("text,typ,src,tgt,modality", [
    ("Norway said it would not send weapons to Yemen.", "REJECT", "NOR", "YEM", "actual"),
    ("Turkey will not release the Greek soldiers.", "REJECT", "TUR", "GRC", "actual"),
    ("Kenya claimed that Somali militants had attacked its border posts.", "ACCUSE", "KEN", "SOM",
     "actual"),
    ("Brazil wants Argentina to lift the tariffs.", "REQUEST", "BRA", "ARG", "actual"),
    ("Estonia presented evidence against Russia.", "ACCUSE", "EST", "RUS", "actual"),
    ("Canada issued a travel warning for Haiti.", "SANCTION", "CAN", "HTI", "actual"),
])
def test_refusals_claims_wishes_and_evidence(code, text, typ, src, tgt, modality):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, modality), _shown(doc)


@pytest.mark.parametrize("text,typ", [
    ("Turkey did not release the Greek soldiers.", "REJECT"),  # a report, not a refusal
    ("Russia claimed that the talks went well.", "ACCUSE"),    # a claim with no charge in it
])
def test_no_refusal_or_charge_without_its_cue(code, text, typ):
    doc = code(text, date=D)
    assert not any(e.type == typ for e in doc.events), [(e.type, e.source) for e in doc.events]


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Malian soldiers received weapons from Russia.", "AID", "RUS", "MLI"),
    ("Ukraine accepted military aid from Canada.", "AID", "CAN", "UKR"),
    ("Cuban officials received assurances from Mexico.", "AGREE", "MEX", "CUB"),
    ("Azerbaijani troops engaged Armenian forces in a firefight near the border.", "ASSAULT", "AZE", "ARM"),
    ("Houthi rebels launched missiles at Saudi Arabia.", "ASSAULT", "YEM", "SAU"),
    ("Three villagers were killed in an Ethiopian air strike on Monday.", "ASSAULT", "ETH", None),
])
def test_receipts_engagements_launches_and_means(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert _coded(doc, typ, src, tgt), _shown(doc)


def test_a_giving_country_is_not_the_receivers_country(code):
    doc = code("Kurdish fighters obtained arms from Iran.", date=D)
    e = _ev(doc, "AID")
    assert [a.country for a in e.source] == ["IRN"] and [a.country for a in e.target] == [None]


def test_topic_of_a_meeting_is_not_the_participants_act(code):
    doc = code("Macron will attend a summit on the unrest in Chad.", date=D)
    assert not any(e.type == "PROTEST" and "FRA" in {a.country for a in e.source} for e in doc.events)


def test_object_target_joins_the_directed_mention(code):
    doc = code("Moscow expects a response to its proposals. Russia wants answers from Washington.",
               date=D)
    reqs = [e for e in doc.events if e.type == "REQUEST"]
    assert len(reqs) == 1 and [a.country for a in reqs[0].target] == ["USA"]


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("The Kenyan army says it has seized two al-Shabaab camps.", "COERCE", "KEN", None),
    ("The Nigerian Army has arrested two Boko Haram commanders.", "COERCE", "NGA", "NGA"),
    ("The Dutch government sharply reduced aid to Mali.", "SANCTION", "NLD", "MLI"),
    ("Teachers in Chile went on strike for better pay.", "PROTEST", "CHL", None),
    ("Jordan carried out a strike on militant positions in Syria.", "ASSAULT", "JOR", "SYR"),
])
def test_it_for_bodies_group_sectors_aid_cuts_and_strikes(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert _coded(doc, typ, src, tgt), _shown(doc)


def test_armed_group_keeps_its_sector_under_a_title(code):
    doc = code("The Nigerian Army has arrested two Boko Haram commanders.", date=D)
    e = _ev(doc, "COERCE")
    assert e.target[0].sector == "REB"


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("The Thai premier called Cambodian Prime Minister Hun Manet on Friday to discuss the border.",
     "CONSULT", "THA", "KHM"),
    ("Nepal called India's move a provocation.", "ACCUSE", "NPL", "IND"),
])
def test_phone_calls_and_reproaches(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt), _shown(doc)


def test_called_on_a_day_is_not_called_on_someone(code):
    doc = code("The Thai premier called Cambodian Prime Minister Hun Manet on Friday.", date=D)
    assert not any(e.type == "REQUEST" for e in doc.events)


def test_dates_are_not_object_targets(code):
    doc = code("Egypt on Monday called for calm in Gaza.", date=D)
    assert not any(a.text == "Monday" for e in doc.events for a in e.target)


def test_countryless_directed_act_without_target_is_not_kept(code):
    doc = code("The president called elections for May.", date=D)
    assert not any(e.type == "CONSULT" for e in doc.events)


def test_pronoun_actor_carries_its_antecedents_words(code):
    doc = code("Hungary says it will not accept the returned asylum seekers.", date=D)
    e = _ev(doc, "REJECT")
    assert e.source[0].text == "Hungary" and e.source[0].country == "HUN"
    doc = code("The World Health Organization (WHO) said it would send doctors to Malawi.", date=D)
    assert all("(" not in a.text or ")" in a.text for e in doc.events for a in e.source + e.target)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Egypt's top court rejected a motion by the Libyan government.", "REJECT", "EGY", "LBY"),
    ("The Nepalese government accepted the demands of Indian traders.", "CONCEDE", "NPL", "IND"),
    ("Portugal awarded a medal to the Brazilian president.", "SUPPORT", "PRT", "BRA"),
    ("The Taliban said it will not begin talks with the Pakistani government.", "REJECT", "AFG", "PAK"),
    ("A Taliban car bomb struck a Pakistani army convoy.", "ASSAULT", "AFG", "PAK"),
    ("NATO agreed to an expansion of its mission in Iraq.", "AGREE", "NATO", "IRQ"),
])
def test_inner_agents_demands_awards_refusals_and_hosts(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt), _shown(doc)


def test_passive_deployment_of_forces_is_their_own(code):
    doc = code("About 2,000 Russian soldiers were deployed along the border with Azerbaijan.", date=D)
    e = _ev(doc, "MOBILIZE")
    assert [a.country for a in e.source] == ["RUS"]


@pytest.mark.parametrize("text,src,tgt", [
    ('Pakistan\'s army chief said: "If India tries any misadventure, it will receive a befitting reply."',
     "PAK", "IND"),
    ("A spokesman warned that if Hezbollah continued its attacks, Israel would push it back by force.",
     "ISR", "LBN"),
    ("Russia said it would respond if NATO deployed more forces near its borders.", "RUS", "NATO"),
])
def test_conditional_promises_of_harm_are_threats(code, text, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, "THREATEN", src, tgt, "actual"), _shown(doc)


@pytest.mark.parametrize("text", [
    "One diplomat warned that the rebels could launch an offensive on the city if talks broke down.",
    "Analysts said a wider war could erupt if Iran attacked Israel.",
])
def test_forecasts_and_third_party_warnings_are_no_threats(code, text):
    doc = code(text, date=D)
    assert not any(e.type == "THREATEN" for e in doc.events), _shown(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Estonia lodged a protest with Russia over the airspace violation.", "ACCUSE", "EST", "RUS"),
    ("Pakistan protested to India over the firing.", "ACCUSE", "PAK", "IND"),
    ("Thousands of Serbs protested in Belgrade against the government.", "PROTEST", "SRB", "SRB"),
])
def test_states_protest_in_words_crowds_in_the_street(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt), _shown(doc)


def test_dateline_city_does_not_give_its_country_to_foreign_targets(code):
    doc = code("DUBAI (Wire) - Yemen's Houthis warned shipping companies on Tuesday.", date=D)
    assert not any(a.country == "ARE" for e in doc.events for a in e.target)


def test_defending_territory_is_no_support(code):
    doc = code("Venezuela will defend every inch of its territory.", date=D)
    assert not any(e.type == "SUPPORT" for e in doc.events)


def test_it_in_a_reported_clause_is_the_speaker_body(code):
    doc = code("Earlier, Iran fired at a Kuwaiti tanker. Yemen's Houthi movement said on Tuesday "
               "it had fired missiles at a Liberian-flagged carrier.", date=D)
    assert has_event(doc, "ASSAULT", "YEM", "LBR", "actual")


def test_its_in_a_reported_clause_is_the_speaker_body(code):
    doc = code("An Indian destroyer escorted the convoy. U.S. Central Command said its forces had "
               "shot down two Houthi drones.", date=D)
    assert has_event(doc, "ASSAULT", "USA", "YEM")
    assert not has_event(doc, "ASSAULT", "IND", "YEM")


def test_the_group_is_the_last_armed_group(code):
    doc = code("Hezbollah fired rockets at Israel on Monday. Israeli jets struck the group hours later.",
               date=D)
    assert has_event(doc, "ASSAULT", "ISR", "LBN")


def test_both_sides_are_the_two_states_of_the_story(code):
    doc = code("India and Pakistan traded fire on Monday. The UN appealed to both sides to show restraint.",
               date=D)
    assert has_event(doc, "ASSAULT", "IND", "PAK")
    assert has_event(doc, "REQUEST", "UN", "IND") and has_event(doc, "REQUEST", "UN", "PAK")


@pytest.mark.parametrize("text,src", [
    ("Taiwan scrambled fighter jets on Tuesday.", "TWN"),
    ("The Finnish army placed an infantry battalion on standby.", "FIN"),
    ("India moved additional troops and armoured vehicles to its northern frontier.", "IND"),
])
def test_shows_of_force(code, text, src):
    doc = code(text, date=D)
    assert any(e.type == "MOBILIZE" and src in {a.country for a in e.source} for e in doc.events)


def test_moving_to_do_something_is_no_mobilisation(code):
    doc = code("The Kenyan government moved to block the sale of the port.", date=D)
    assert not any(e.type == "MOBILIZE" for e in doc.events)


def test_interlocutor_comes_from_the_acts_own_clause_or_above(code):
    doc = code("Lebanon condemned the strikes and said Beirut would file a complaint with the "
               "U.N. Security Council.", date=D)
    assert not any(e.rule.endswith("condemn") and any(a.country == "UN" for a in e.target)
                   for e in doc.events)


def test_exchanges_of_fire_go_both_ways(code):
    doc = code("Armenian and Azerbaijani troops traded fire on Monday night.", date=D)
    assert has_event(doc, "ASSAULT", "ARM", "AZE") and has_event(doc, "ASSAULT", "AZE", "ARM")


def test_present_tense_headline_reports_an_act(code):
    doc = code("Israel strikes south Lebanon after rocket fire; France presses for talks\n\n"
               "Israeli jets struck targets near Nabatieh on Monday.", date=D)
    assert has_event(doc, "ASSAULT", "ISR", "LBN", "actual")
    assert not has_event(doc, "ASSAULT", "ISR", "LBN", "hypothetical")


def test_wanting_an_act_is_no_request(code):
    doc = code("He said his government did not want war with Israel.", date=D)
    assert not any(e.type == "REQUEST" for e in doc.events)


def test_a_shared_ministry_name_is_british_only_in_a_british_story(code):
    doc = code("Pakistan summoned the Indian envoy on Monday. The Foreign Office said the firing "
               "must stop.", date=D, keep_work=True)
    assert not any(a.country == "GBR" for al in doc.work["actors"].values() for a in al)


def test_two_offices_of_one_state_can_act_on_each_other(code):
    doc = code("Peru's president refused a request from the justice minister to dismiss the "
               "attorney general.", date=D)
    e = next(e for e in doc.events if e.type == "REJECT" and e.modality == "actual")
    assert [a.role for a in e.target] == ["justice minister"] and e.target[0].country == "PER"


def test_released_prisoners_of_ones_own_country_are_targets(code):
    doc = code("The Afghan government released 100 Taliban prisoners on Monday.", date=D)
    e = _ev(doc, "RETREAT")
    assert e.target and e.target[0].sector == "REB"


@pytest.mark.parametrize("text,typ,src,tgt,modality", [
    ("Azerbaijan denied reports of an attack on Armenia.", "ASSAULT", "AZE", "ARM", "negated"),
    ("Russia kept shelling Kharkiv on Monday.", "ASSAULT", "RUS", "UKR", "actual"),
    ("Moldova scrapped a planned visit by the Russian foreign minister.", "CONSULT", "RUS", "MDA", None),
])
def test_deniers_towns_and_hosts(code, text, typ, src, tgt, modality):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, modality, asides=True), _shown(doc)


def test_a_group_of_people_launching_attacks_are_the_source(code):
    doc = code("A group of Saudi hackers launched cyber attacks on Iranian government websites.", date=D)
    assert any(e.source and e.source[0].country == "SAU" and e.target and e.target[0].country == "IRN"
               for e in doc.events)


def test_refuting_remarks_rejects_their_speaker(code):
    doc = code("The South African government refuted President Donald Trump's comments on farms.",
               date="2018-08-23")
    assert has_event(doc, "REJECT", "ZAF", "USA")


def test_mediators_mediate_for_the_parties(code):
    doc = code("Envoys of Sudan's army and the Rapid Support Forces resumed talks in Jeddah on "
               "Tuesday under Saudi and U.S. mediation.", date=D)
    assert not has_event(doc, "CONSULT", "SAU", "USA")
    assert has_event(doc, "CONSULT", "SAU", "SDN")
    doc = code("Egypt and Qatar offered mediation between Israel and Hamas.", date=D)
    assert has_event(doc, "CONSULT", "EGY", "ISR") and not has_event(doc, "CONSULT", "ISR", "PSE")


def test_units_named_by_their_nationality_are_the_source(code):
    doc = code("Moldovan border units threatened to detain Ukrainian smugglers.", date=D)
    assert any(e.type == "THREATEN" and "MDA" in {a.country for a in e.source} for e in doc.events)


def test_a_qualified_mention_does_not_inherit_an_earlier_ones_country(code):
    doc = code("British forces were deployed to Estonia. Western forces also arrived in Latvia.",
               date=D, keep_work=True)
    assert not any(a.text.lower().startswith("western") and a.country == "GBR"
                   for al in doc.work["actors"].values() for a in al)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Iran's government faces widespread criticism from the U.N. over the arrests.", "ACCUSE", "UN", "IRN"),
    ("Turkey faces sanctions from the United States.", "SANCTION", "USA", "TUR"),
])
def test_what_one_undergoes_comes_from_the_other(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt), _shown(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("The Kenyan government ordered the daily newspaper to suspend publication.", "COERCE", "KEN", "KEN"),
    ("The court ordered Israel to halt the demolitions.", "REQUEST", None, "ISR"),
])
def test_orders(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert _coded(doc, typ, src, tgt), _shown(doc)


def test_ordering_ones_own_is_no_request(code):
    for text in ("Putin ordered troops to withdraw from the border.",
                 "Biden ordered an investigation into the leak.",
                 "Venezuela ordered its state oil company to issue licences."):
        doc = code(text, date=D)
        assert not any(e.type == "REQUEST" for e in doc.events), text


def test_forces_ordered_to_act_are_the_orderers(code):
    doc = code("Putin ordered troops to withdraw from the border.", date="2024-01-10")
    assert any(e.type == "RETREAT" and [a.country for a in e.source] == ["RUS"] for e in doc.events)


def test_unqualified_peacekeepers_are_the_uns(code):
    doc = code("Rebels kidnapped dozens of peacekeepers in the Golan Heights.", date=D)
    assert any(a.country == "UN" for e in doc.events for a in e.target)
    doc = code("Syrian rebels engaged Filipino peacekeepers in a firefight.", date=D)
    assert has_event(doc, "ASSAULT", "SYR", "PHL")
