"""Who receives an act when the parser does not hang the other party on the trigger: a
refusal held until another side acts, the maker of a rejected offer, the two sides of a
mediation, people named by an idiom, the one a court finds guilty, the place a ceasefire
covers. Sentences written for these tests."""
import pytest

from tests.conftest import found, triples

D = "2023-05-16"


@pytest.mark.parametrize("text,src,tgt", [
    ("Washington said it would not lift the embargo until Havana frees political prisoners.",
     "USA", "CUB"),
    ("Russia refused to withdraw its troops until NATO pulls back from its borders.", "RUS", "NATO"),
    ("Armenia will not sign the treaty unless Azerbaijan returns the prisoners it holds.",
     "ARM", "AZE"),
])
def test_a_refusal_held_until_another_side_acts_is_aimed_at_that_side(code, text, src, tgt):
    doc = code(text, date=D)
    assert found(doc, "REJECT", src, tgt), triples(doc)


def test_a_refusal_with_no_condition_keeps_no_invented_target(code):
    doc = code("Russia refused to withdraw its troops from the region.", date=D)
    assert not any(a.country and a.country != "RUS" for e in found(doc, "REJECT") for a in e.target), \
        triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("Kabul rejected an offer made by the Taliban to share power.", "AFG", "AFG"),
    ("Pakistan rejected a proposal from India for a joint inquiry.", "PAK", "IND"),
    ("The government dismissed a peace plan drawn up by Turkey.", None, "TUR"),
])
def test_the_maker_of_a_rejected_thing_receives_the_rejection(code, text, src, tgt):
    doc = code(text, date=D)
    assert found(doc, "REJECT", src, tgt), triples(doc)


def test_a_mediation_reaches_both_sides_named_deep_under_it(code):
    doc = code("Qatar launched a mediation effort to end the fighting between Ethiopia and Eritrea.",
               date=D)
    talks = found(doc, "CONSULT", "QAT")
    assert talks, triples(doc)
    assert {"ETH", "ERI"} <= {a.country for e in talks for a in e.target}, triples(doc)


def test_people_named_by_an_idiom_stay_its_other_party(code):
    doc = code("Poland says it will not accept any asylum seekers.", date=D)
    rejects = found(doc, "REJECT", "POL")
    assert rejects and any("asylum seekers" in (a.text or "") for a in rejects[0].target), triples(doc)


@pytest.mark.parametrize("text,who", [
    ("A court in Paris found Dubois guilty of fraud.", "Dubois"),
    ("The tribunal convicted the shipping company to pay damages.", "shipping company"),
])
def test_the_one_a_court_finds_guilty_is_its_target(code, text, who):
    doc = code(text, date=D)
    hits = [e for e in doc.events if e.type == "SANCTION"]
    assert hits and any(who in (a.text or "") for a in hits[0].target), triples(doc)


def test_a_gerund_after_the_object_is_not_read_as_one_made_to_act(code):
    doc = code("Gunmen attacked farmers harvesting sorghum near the border.", date=D)
    assert not any(a.country for e in doc.events for a in e.source), triples(doc)


def test_an_investigation_into_claims_targets_the_accused(code):
    doc = code("Dutch military police opened an investigation into claims that two soldiers beat "
               "detainees.", date=D)
    probes = [e for e in doc.events if e.type == "ACCUSE"]
    assert probes and any("soldiers" in (a.text or "") for a in probes[0].target), triples(doc)


def test_an_arrested_persons_phrase_drops_its_clauses(code):
    doc = code("Greek police arrested the captain of a cargo ship carrying hundreds of migrants "
               "rescued off Crete.", date=D)
    arrests = found(doc, "COERCE", "GRC")
    assert arrests, triples(doc)
    assert [a.text for a in arrests[0].target] == ["the captain of a cargo ship"], triples(doc)


def test_a_ceasefire_in_a_named_place_targets_that_places_state(code):
    doc = code("Turkey and Russia declared a ceasefire in Idlib, Syria's last rebel enclave.", date=D)
    assert found(doc, "CONCEDE", "TUR", "SYR"), triples(doc)


def test_deployment_of_bare_troops_belongs_to_the_announcer(code):
    doc = code("Kenya on Monday announced the deployment of 400 police officers to Haiti.", date=D)
    assert found(doc, "MOBILIZE", "KEN", "HTI"), triples(doc)
    assert not found(doc, "MOBILIZE", "HTI"), triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("Thousands of Syrians sought refuge in Turkey.", "SYR", "TUR"),
    ("Hundreds of Afghan families have sought shelter in Pakistan since the spring.", "AFG", "PAK"),
])
def test_seeking_refuge_asks_the_state_that_shelters(code, text, src, tgt):
    doc = code(text, date=D)
    assert found(doc, "REQUEST", src, tgt), triples(doc)


def test_a_suspension_of_aid_is_aimed_at_the_recipient_and_codes_no_aid(code):
    doc = code("Norway on Tuesday announced a suspension of aid to Malawi.", date=D)
    assert found(doc, "SANCTION", "NOR", "MWI"), triples(doc)
    assert not any(e.type == "AID" and e.modality == "actual" for e in doc.events), triples(doc)


def test_troops_sent_to_a_mission_go_to_the_state_it_serves(code):
    doc = code("Nepal is sending troops to the United Nations peacekeeping force in Lebanon.", date=D)
    assert found(doc, "MOBILIZE", "NPL", "LBN"), triples(doc)
    assert not found(doc, "AID", "UN"), triples(doc)  # the force is where they go, no new act


def test_an_act_on_a_region_no_state_owns_targets_the_region_without_a_country(code):
    doc = code("Indian authorities imposed a curfew in parts of Kashmir on Monday.", date=D)
    curfews = found(doc, "COERCE", "IND")
    assert curfews and [a.text for a in curfews[0].target] == ["Kashmir"], triples(doc)
    assert curfews[0].target[0].country is None


def test_neighbours_sharing_a_border_do_not_cooperate(code):
    doc = code("Egypt, which shares a long border with Sudan, offered to host a summit.", date=D)
    assert not found(doc, "COOPERATE"), triples(doc)


def test_a_patrol_fired_on_is_struck_not_mobilised(code):
    doc = code("Police said gunmen from Serbia had opened fire on a Kosovo police patrol near "
               "the border.", date=D)
    assert not found(doc, "MOBILIZE"), triples(doc)
    assert found(doc, "ASSAULT"), triples(doc)
    sent = code("Russia sent a naval patrol to the strait on Monday.", date=D)
    assert found(sent, "MOBILIZE", "RUS"), triples(sent)


def test_a_military_spokesmans_army_is_his_states(code):
    doc = code("MAE SOT, Thailand (Wire) - Karen rebels attacked a base near the border. Myanmar's "
               "military government denied that the base had fallen. Its spokesman told state "
               "television that the army had killed dozens of rebels in the clashes.", date=D)
    kills = [e for e in doc.events if e.type == "ASSAULT" and e.trigger == "killed"]
    assert kills and {a.country for a in kills[0].source} == {"MMR"}, triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("Kenya said Somalia must withdraw its complaint before talks can resume.", "KEN", "SOM"),
    ("The French foreign minister stressed that Iran should release the detained aid workers.",
     "FRA", "IRN"),
    ("Canada said India ought to cooperate with the murder inquiry.", "CAN", "IND"),
])
def test_saying_what_another_must_do_is_a_demand(code, text, src, tgt):
    doc = code(text, date=D)
    asks = found(doc, "REQUEST", src, tgt)
    assert asks and asks[0].modality == "actual", triples(doc)
    # what is demanded is the request's content, not an event of its own
    assert not any(e.type in ("RETREAT", "CONCEDE") and e.modality == "actual" for e in doc.events)


@pytest.mark.parametrize("text", [
    "Russia said it must defend its borders.",
    "The minister said the talks must continue.",
    "Turkey argues that Greek islands should not restrict its continental shelf.",
    # guards from the review below: one's own state, a guess
    "Netanyahu said Israel must destroy Hamas.",
    "Officials said the drone must have been launched from Yemen.",
    "The French president said France must rearm.",
])
def test_no_demand_without_another_party_told_what_to_do(code, text):
    doc = code(text, date=D)
    assert not found(doc, "REQUEST"), triples(doc)


# Guards from a review of the rules above on sentences written for it: each of these came
# out wrong before the guard.
@pytest.mark.parametrize("text,wrong_target", [
    ("Hamas rejected the truce proposal hours before Israeli jets struck Rafah.", "ISR"),
    ("Poland rejected the grain deal shortly before Ukraine's president arrived in Warsaw.", "UKR"),
])
def test_a_time_clause_is_no_condition_on_a_refusal(code, text, wrong_target):
    doc = code(text, date=D)
    assert not any(wrong_target in {a.country for a in e.target} for e in found(doc, "REJECT")), \
        triples(doc)


@pytest.mark.parametrize("text,state", [
    ("A UN spokesman said soldiers had opened fire on protesters in Khartoum.", "SDN"),
    ("A British minister said soldiers had killed dozens of civilians in Darfur.", "SDN"),
])
def test_an_outsiders_claim_does_not_make_the_soldiers_his(code, text, state):
    doc = code(text, date=D)
    attacks = found(doc, "ASSAULT")
    assert attacks and {a.country for a in attacks[0].source} == {state}, triples(doc)


def test_an_inquiry_into_a_passive_claim_targets_the_agent_not_the_victim(code):
    doc = code("The UN opened an investigation into claims that journalists were targeted by "
               "Israeli forces.", date=D)
    assert found(doc, "ACCUSE", "UN", "ISR"), triples(doc)


@pytest.mark.parametrize("text", [
    "The court rejected the petition by a majority of seven to two.",
    "Kyiv dismissed reports from the front.",
])
def test_a_by_or_from_phrase_that_names_no_actor_is_no_maker(code, text):
    doc = code(text, date=D)
    rejects = found(doc, "REJECT")
    assert rejects and not any(a.text in ("a majority of seven to two", "the front")
                               for a in rejects[0].target), triples(doc)


def test_a_road_between_two_towns_is_not_mediated(code):
    doc = code("Ethiopia's neighbours mediated a deal to reopen the road between Addis Ababa and "
               "Mekelle.", date=D)
    assert not any(a.country == "ETH" and "Addis" in (a.text or "")
                   for e in found(doc, "CONSULT") for a in e.target), triples(doc)


def test_a_condition_already_met_is_no_hypothesis(code):
    doc = code("Hamas met the condition that it free four hostages the same day.", date=D)
    frees = [e for e in doc.events if e.type == "RETREAT"]
    assert frees and frees[0].modality == "actual", triples(doc)


def test_an_operation_a_war_escalates_into_is_still_an_attack(code):
    doc = code("Russia escalated the conflict into a full-scale military operation in Ukraine.",
               date=D)
    assert found(doc, "ASSAULT", "RUS", "UKR"), triples(doc)


def test_an_unowned_deployment_keeps_its_troops_as_doers(code):
    doc = code("Lithuania welcomed the deployment of 4,000 troops near the border.", date=D)
    assert found(doc, "MOBILIZE"), triples(doc)


def test_found_not_guilty_is_no_conviction(code):
    doc = code("A court in Dakar found the opposition leader not guilty of rape.", date=D)
    convictions = [e for e in doc.events + doc.asides if e.type == "SANCTION"]
    assert convictions and all(e.modality == "negated" for e in convictions), triples(doc)
