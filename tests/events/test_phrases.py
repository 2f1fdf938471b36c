"""Phrases the parser splits oddly: "stood shoulder to shoulder with", "allowed inspectors
to visit", "declared persona non grata", "forced their way into", "open to talks",
"would not take part in the summit". Sentences written for these tests."""
import pytest

from tests.conftest import found, triples

D = "2023-05-16"


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Pakistan said it stood shoulder to shoulder with Turkey after the earthquake.",
     "SUPPORT", "PAK", "TUR"),
    ("Syria allowed UN inspectors to visit two sites near Damascus.", "RETREAT", "SYR", "UN"),
    ("Latvia declared a Belarusian diplomat persona non grata on Friday.", "SANCTION", "LVA", "BLR"),
    ("Bolivian police forced their way into Argentina's embassy in La Paz.", "COERCE", "BOL", "ARG"),
])
def test_split_phrases_are_coded(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert [e for e in found(doc, typ, src, tgt) if e.modality == "actual"], triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("Serbia remained open to dialogue with Kosovo.", "SRB", "XKX"),
    ("Venezuela said it was ready for talks with Guyana.", "VEN", "GUY"),
])
def test_being_open_to_talks_is_a_stated_intent(code, text, src, tgt):
    doc = code(text, date=D)
    assert [e for e in found(doc, "AGREE", src, tgt) if e.modality == "future"], triples(doc)


def test_refusing_to_take_part_in_a_bodys_summit_rejects_the_body(code):
    doc = code("Rwanda's president said he would not take part in the SADC summit.", date=D)
    assert found(doc, "REJECT", "RWA", "IGO"), triples(doc)
    assert not found(doc, "REJECT", "IGO", "RWA"), triples(doc)


@pytest.mark.parametrize("text,typ", [
    ("The army was forced to withdraw from the town.", "COERCE"),
    ("Parliament allowed the budget bill to pass without a vote.", "RETREAT"),
    ("The minister declared the session open.", "SANCTION"),
])
def test_look_alikes_are_not_coded(code, text, typ):
    doc = code(text, date=D)
    assert not found(doc, typ), triples(doc)


def test_an_offer_of_support_is_one_promise_to_whom_it_is_for(code):
    doc = code("The US envoy held talks in Beirut on Wednesday, offering further military support "
               "to Lebanon.", date=D)
    agree = found(doc, "AGREE", "USA")
    assert len(agree) == 1 and {a.country for a in agree[0].target} == {"LBN"}, triples(doc)


@pytest.mark.parametrize("text,src,tgt,modality", [
    ("Chinese troops crossed into Indian territory on Monday.", "CHN", "IND", "actual"),
    ("Two Russian warships sailed into Japanese waters.", "RUS", "JPN", "actual"),
    ("India denied reports that Chinese troops had crossed into Ladakh.", "CHN", "IND", "negated"),
])
def test_forces_moving_into_anothers_territory_mobilize(code, text, src, tgt, modality):
    doc = code(text, date=D)
    assert [e for e in found(doc, "MOBILIZE", src, tgt) if e.modality == modality], triples(doc)


@pytest.mark.parametrize("text", [
    "Thousands of refugees crossed into Chad.",
    "Protesters moved into the square.",
])
def test_people_moving_are_no_show_of_force(code, text):
    doc = code(text, date=D)
    assert not found(doc, "MOBILIZE"), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt,modality", [
    ("Egypt allowed aid into Gaza on Sunday.", "RETREAT", "EGY", "PSE", "actual"),
    ("Israel will not allow aid into Gaza until the hostages are freed.", "REJECT", "ISR", "PSE", "actual"),
    ("The planned visit of the Chinese foreign minister to Manila was postponed.", "CONSULT", "CHN", "PHL", None),
])
def test_objects_and_destinations_the_parser_hangs_elsewhere(code, text, typ, src, tgt, modality):
    doc = code(text, date=D)
    assert [e for e in found(doc, typ, src, tgt, asides=True)
            if modality is None or e.modality == modality], triples(doc)


@pytest.mark.parametrize("text", [
    "Russia released a statement on Ukraine.",
    "Hamas released a video of two Israeli hostages.",
])
def test_releasing_a_text_or_a_video_frees_no_one(code, text):
    doc = code(text, date=D)
    assert not found(doc, "RETREAT"), triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("Mali's junta gave the French ambassador 72 hours to leave the country.", "MLI", "FRA"),
    ("Kinshasa ordered Rwandan diplomats to leave the country within two days.", "COD", "RWA"),
])
def test_told_to_leave_is_expelled(code, text, src, tgt):
    doc = code(text, date=D)
    assert [e for e in found(doc, "SANCTION", src, tgt) if e.mode == "expel"], triples(doc)


@pytest.mark.parametrize("text", [
    "The coach gave the Brazilian players two days to leave the training camp.",
    "Kenyan police ordered the protesters to leave the square.",
])
def test_told_to_leave_is_no_expulsion_without_envoys_or_deadline(code, text):
    doc = code(text, date=D)
    assert not [e for e in found(doc, "SANCTION") if e.mode == "expel"], triples(doc)


def test_who_claims_an_attack_is_its_doer(code):
    doc = code("The Pakistani Taliban claimed responsibility for the attack on a police station in "
               "Peshawar.", date=D)
    assert [e for e in found(doc, "ASSAULT", "PAK") if e.modality == "actual"], triples(doc)


def test_an_unclaimed_attack_has_no_doer_from_its_target(code):
    doc = code("No group has claimed responsibility for the attack on the Indian consulate.", date=D)
    assert not found(doc, "ASSAULT", "IND", "IND"), triples(doc)


def test_placed_under_house_arrest_by_its_placer(code):
    doc = code("Myanmar's military placed Aung San Suu Kyi under house arrest.", date=D)
    assert [e for e in found(doc, "COERCE", "MMR", "MMR") if e.mode == "arrest"], triples(doc)


# guards from the second review of this session's rules
@pytest.mark.parametrize("text", [
    "Ukraine has not claimed responsibility for the drone attack on Moscow.",
    "ISIS has yet to claim responsibility for the attack on the Iraqi army.",
    "Israel rarely claims responsibility for strikes in Syria.",
])
def test_a_claim_withheld_names_no_attacker(code, text):
    doc = code(text, date=D)
    assert not [e for e in found(doc, "ASSAULT") if any(a.country for a in e.source)], triples(doc)


@pytest.mark.parametrize("text", [
    "The State Department ordered non-emergency embassy staff to leave Kyiv.",
    "The judge ordered the defendant's representative to leave the courtroom.",
    "The minister told the Kenyan embassy he would leave.",
])
def test_an_order_to_leave_is_an_expulsion_only_for_another_states_envoys(code, text):
    doc = code(text, date=D)
    assert not [e for e in found(doc, "SANCTION") if e.mode == "expel"], triples(doc)


@pytest.mark.parametrize("text", [
    "Soldiers rushed to the scene of the earthquake in Turkey to help survivors.",
    "Russian troops moved back to their bases after the drills.",
    "A US destroyer sailed into the South China Sea.",
])
def test_forces_moving_to_help_back_home_or_at_sea_show_no_force_at_a_state(code, text):
    doc = code(text, date=D)
    assert not [e for e in found(doc, "MOBILIZE") if any(a.country for a in e.target)], triples(doc)


def test_the_coptic_pope_is_egyptian(code):
    doc = code("Pope Tawadros condemned the attack on the church in Minya.", date=D)
    assert found(doc, "ACCUSE", "EGY"), triples(doc)


def test_agreeing_to_lift_a_veto_is_no_decided_measure(code):
    doc = code("Turkey agreed to lift its veto on Sweden's NATO membership.", date=D)
    assert found(doc, "AGREE", "TUR"), triples(doc)
    assert not found(doc, "REJECT", "TUR"), triples(doc)


def test_sanctions_reach_the_on_phrase_the_parser_hung_lower(code):
    doc = code("Britain imposed fresh sanctions over the crackdown, including asset freezes and "
               "travel bans, on Belarusian security chiefs.", date=D)
    assert found(doc, "SANCTION", "GBR", "BLR"), triples(doc)


@pytest.mark.parametrize("text,modality", [
    ("Serbia to recall ambassador from Montenegro", "future"),
    ("Serbia will recall the ambassador from Montenegro for consultations.", "future"),
])
def test_an_envoy_recalled_from_a_state_names_that_state(code, text, modality):
    doc = code(text, date=D)
    assert [e for e in found(doc, "SANCTION", "SRB", "MNE") if e.modality == modality], triples(doc)
