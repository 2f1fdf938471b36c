"""Frames that keep an act from being real: drills, judgements of likelihood, approvals,
instructions, truth conditions, unsupported or disputed claims; and frames that do not
("tried to storm", "did not strike X but hit Y", "the long-feared offensive began").
Codebook section 4. Sentences written for these tests."""
import pytest

from tests.conftest import actual_between, has_event, triples

D = "2024-06-01"



@pytest.mark.parametrize("text,src,tgt", [
    # drills and rehearsals
    ("North Korean artillery units practised shelling South Korean islands.", "PRK", "KOR"),
    ("Chinese marines rehearsed storming Taiwanese beaches this week.", "CHN", "TWN"),
    # judged likely, not told
    ("A Turkish incursion into northern Syria now seems inevitable.", "TUR", "SYR"),
    ("An Azerbaijani offensive against Armenia remains a real possibility.", "AZE", "ARM"),
    # approved or ordered, not yet done
    ("The Israeli war cabinet authorised a strike on Houthi ports in Yemen.", "ISR", "YEM"),
    ("The Security Council instructed Rwanda to withdraw its troops from Congo.", "RWA", "COD"),
    # the report must hold first
    ("If the reports are accurate, Eritrean troops have crossed into Ethiopia again.", "ERI", "ETH"),
    # claims without support, disputed, or called false
    ("Minsk claimed, without evidence, that Polish helicopters had bombed a Belarusian village.", "POL", "BLR"),
    ("Serbia's claim that Kosovo police had attacked Serbian villagers was disputed by EU monitors.", "XKX", "SRB"),
    ("Unsubstantiated claims that Latvian soldiers had shot a Russian trucker spread online.", "LVA", "RUS"),
    ("Claims that Indian drones struck Lahore are untrue, the Indian army said.", "IND", "PAK"),
    ("Ankara said reports that its jets had bombed Iraqi villages were PKK propaganda.", "TUR", "IRQ"),
])
def test_framed_acts_are_not_coded_as_done(code, text, src, tgt):
    doc = code(text, date=D)
    assert not actual_between(doc, src, tgt), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Russian forces tried to storm Ukrainian positions near Avdiivka overnight.", "ASSAULT", "RUS", "UKR"),
    ("Ukraine did not strike Moscow but hit an airbase in Kursk.", "ASSAULT", "UKR", "RUS"),
    ("The long-feared Russian summer offensive in Kharkiv began on Friday.", "ASSAULT", "RUS", "UKR"),
    ("The EU approved new sanctions on Belarus on Monday.", "SANCTION", "EU", "BLR"),
    ("Turkey's parliament approved the deployment of troops to Libya.", "MOBILIZE", "TUR", "LBY"),
])
def test_acts_that_did_happen_stay_actual(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, "actual"), triples(doc)


def test_an_attempt_still_to_come_is_not_done(code):
    doc = code("Russian forces will try to storm Avdiivka again, Ukrainian officers fear.", date=D)
    assert not actual_between(doc, "RUS", "UKR"), triples(doc)


def test_an_approved_deal_is_made_but_an_approved_strike_is_not(code):
    doc = code("Parliament in Ankara approved the defence agreement with Libya.", date=D)
    assert not [e for e in doc.events if e.modality == "future"], triples(doc)


def test_an_instruction_to_withdraw_is_not_a_withdrawal(code):
    doc = code("Washington told Moscow to pull its troops back from the Ukrainian border.", date=D)
    assert not [e for e in doc.events if e.type == "RETREAT" and e.modality == "actual"], triples(doc)
    doc = code("Washington told reporters that Moscow had pulled its troops back from the border.", date=D)
    assert [e for e in doc.events if e.type == "RETREAT" and e.modality == "actual"], triples(doc)


def test_trained_to_act_is_no_training_of_another(code):
    doc = code("Estonian reservists trained to repel a Russian landing on Saaremaa.", date=D)
    assert not [e for e in doc.events if e.type == "AID"], triples(doc)
    assert not actual_between(doc, "EST", "RUS"), triples(doc)
    doc = code("British instructors trained Ukrainian recruits in Kent.", date=D)
    assert has_event(doc, "AID", "GBR", "UKR"), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    # a judgement of a past act is no doubt about it
    ("Russia's shelling of Ukrainian cities remains a grave concern, the UN said.", "ASSAULT", "RUS", "UKR"),
    ("The Rwandan incursion into Congo was inevitable, Kagame said.", "ASSAULT", "RWA", "COD"),
    ("The Turkish raid on Kurdish positions in Syria was certain to anger Damascus.", "COERCE", "TUR", "SYR"),
    # approved or ordered acts that were carried out
    ("Erdogan authorised the drone strike on Kurdish fighters in Syria, which killed nine.", "ASSAULT", "TUR", "SYR"),
    ("Netanyahu ordered the IDF to strike Houthi targets in Yemen, and jets hit Hodeidah port.",
     "ASSAULT", "ISR", "YEM"),
    # a drill and then a real act
    ("Russian units simulated a retreat and then attacked Ukrainian trenches near Bakhmut.", "ASSAULT", "RUS", "UKR"),
])
def test_frames_do_not_reach_acts_that_happened(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, "actual"), triples(doc)


@pytest.mark.parametrize("text", [
    "Hungary tried to kill the EU's aid package for Ukraine.",
    "Washington tried to strike a deal with Tehran over prisoners.",
])
def test_a_figurative_attempt_is_no_attack(code, text):
    doc = code(text, date=D)
    assert not [e for e in doc.events if e.type == "ASSAULT" and e.modality == "actual"], triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("It is likely that Eritrean troops crossed into Ethiopia overnight.", "ERI", "ETH"),
    ("Minsk said Lithuanian drones had crossed into Belarus, without offering any evidence.", "LTU", "BLR"),
    ("If the video is authentic, Serbian police beat Kosovo Albanians near the border.", "SRB", "XKX"),
])
def test_doubt_around_the_clause_keeps_the_act_open(code, text, src, tgt):
    doc = code(text, date=D)
    assert not actual_between(doc, src, tgt), triples(doc)


def test_it_is_clear_that_it_happened(code):
    doc = code("It is clear that Eritrean troops crossed into Ethiopia overnight.", date=D)
    assert actual_between(doc, "ERI", "ETH"), triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("The agency retracted an earlier report that Turkish jets had bombed Kobani.", "TUR", "SYR"),
    ("Caracas falsely claimed that Guyanese soldiers had fired on a Venezuelan patrol.", "GUY", "VEN"),
    ("It is untrue that Uzbekistan closed its border to Tajik trucks.", "UZB", "TJK"),
    ("A Russian fighter came within metres of colliding with a US drone over the Black Sea.", "RUS", "USA"),
    ("A NATO war game modelled a Russian assault on Latvia.", "RUS", "LVA"),
    ("Serbian troops staged a mock attack on a Kosovo police post.", "SRB", "XKX"),
    ("The Taiwanese coast guard trained hard in case Chinese ships blockade Kinmen.", "CHN", "TWN"),
    ("Georgia no longer receives military aid from the United States.", "USA", "GEO"),
])
def test_more_frames_that_keep_acts_from_being_done(code, text, src, tgt):
    doc = code(text, date=D)
    assert not actual_between(doc, src, tgt), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("The defence pact between Japan and the Philippines remains unratified.", "AGREE", "JPN", "PHL"),
    ("A meeting between the Thai and Cambodian leaders was proposed but never materialised.", "CONSULT", "THA", "KHM"),
])
def test_an_agreement_or_meeting_left_unmade_is_not_actual(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert not has_event(doc, typ, src, tgt, "actual"), triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("A Chinese warship was minutes away from firing on a Taiwanese patrol boat before turning back.", "CHN", "TWN"),
    ("The expulsion of Moldovan diplomats from Russia was put on hold.", "RUS", "MDA"),
])
def test_near_misses_and_acts_on_hold_are_not_done(code, text, src, tgt):
    doc = code(text, date=D)
    assert not actual_between(doc, src, tgt), triples(doc)
