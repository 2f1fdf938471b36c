"""Arguments of events in constructions that hide them: a run of events ("a wave of
strikes"), a speech act the parser hangs inside the reported clause, a country the tagger
reads as a date, idioms whose object is a compound, captives handed back. Sentences
written for these tests."""
import pytest

from tests.conftest import found as _found, has_event, triples

D = "2023-05-16"


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Turkey launched a wave of airstrikes on Kobani.", "ASSAULT", "TUR", "SYR"),
    ("Russia carried out a series of missile strikes on Odesa overnight.", "ASSAULT", "RUS", "UKR"),
    ("Serbia and Kosovo held a fresh round of talks in Brussels.", "CONSULT", "SRB", "XKX"),
    ("Sudan's army began a campaign of arrests against RSF sympathisers in Khartoum.",
     "COERCE", "SDN", None),
])
def test_an_event_inside_a_run_of_events_takes_the_light_verbs_subject(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert _found(doc, typ, src, tgt), triples(doc)


def test_a_speech_act_joined_to_a_bound_reported_verb_is_the_sayers(code):
    doc = code("Chile's foreign minister said Bolivia must respect the ruling and called on La Paz "
               "to withdraw its claim.", date=D)
    asks = [e for e in doc.events if e.type == "REQUEST"]
    assert asks, triples(doc)
    assert {a.country for a in asks[0].source} == {"CHL"}
    assert {a.country for a in asks[0].target} == {"BOL"}
    assert asks[0].modality == "actual"
    # what La Paz was asked to do did not happen
    assert not any(e.type == "RETREAT" and e.modality == "actual" for e in doc.events), triples(doc)


def test_a_plain_second_deed_in_a_reported_clause_stays_with_its_subject(code):
    doc = code("The army said the rebels had stormed the depot and killed four guards.", date=D)
    assert _found(doc, "ASSAULT"), triples(doc)
    assert not any("army" in (a.text or "").lower() for e in doc.events for a in e.source), triples(doc)


def test_the_one_called_on_acts_in_a_purpose_clause_parse(code):
    doc = code("UNHCR also said Kenyan police had turned back 300 Somalis, and called on "
               "Kenya to let them in.", date=D)
    assert has_event(doc, "REQUEST", "UN", "KEN"), triples(doc)
    assert not any(e.modality == "actual" and e.trigger.lower().startswith("let")
                   for e in doc.events), triples(doc)


def test_a_country_the_tagger_takes_for_a_date_is_still_a_place(code):
    doc = code("Belgium suspended development aid projects in Niger.", date=D)
    assert has_event(doc, "SANCTION", "BEL", "NER"), triples(doc)
    doc = code("Italy will hold talks in Niger on Monday.", date=D)
    talks = [e for e in doc.events if e.type == "CONSULT"]
    assert talks and talks[0].location is not None and talks[0].location.country == "NER", triples(doc)
    assert any(a.text == "Niger" for a in talks[0].target), talks[0].target


def test_an_idiom_object_named_by_its_compound(code):
    doc = code("Japan paused some aid programmes to Myanmar after the coup.", date=D)
    assert has_event(doc, "SANCTION", "JPN", "MMR"), triples(doc)


def test_captured_soldiers_handed_back_belong_to_the_other_side(code):
    doc = code("Eritrea and Ethiopia exchanged fire along the border last week. Eritrea said it "
               "would return the 20 captured soldiers within days.", date=D)
    back = [e for e in doc.events if e.type in ("CONCEDE", "RETREAT") and e.modality == "future"]
    assert back, triples(doc)
    assert {a.country for a in back[0].target} == {"ETH"}
    # one's own soldiers brought home are no one's release
    doc = code("Eritrea returned its soldiers from the border.", date=D)
    assert not any(e.type == "CONCEDE" for e in doc.events), triples(doc)


def test_the_object_of_a_stance_is_not_the_stance_holders_deed(code):
    doc = code("London is troubled by the detentions of journalists in Georgia, the Foreign "
               "Office said.", date=D)
    assert _found(doc, "ACCUSE", "GBR"), triples(doc)
    assert not any(e.type == "COERCE" and "GBR" in {a.country for a in e.source}
                   for e in doc.events), triples(doc)


def test_the_accused_of_a_gerund_hung_on_the_noun(code):
    doc = code("The Burkinabe junta accused the French envoy of ignoring a summons.", date=D)
    acc = [e for e in doc.events if e.type == "ACCUSE"]
    assert acc and acc[0].target and acc[0].target[0].text == "the French envoy", triples(doc)
    rej = [e for e in doc.events if e.type == "REJECT"]
    assert rej and {a.country for a in rej[0].source} == {"FRA"}, triples(doc)


def test_two_words_of_one_act_in_one_sentence_are_one_event(code):
    doc = code("Lebanon's foreign ministry summoned Israel's envoy to the UN office on Tuesday "
               "evening to hand him a protest note.", date=D)
    assert len([e for e in doc.events if e.type == "ACCUSE"]) == 1, triples(doc)


def test_a_regional_adjective_is_not_the_united_states(code):
    doc = code("Police in Tegucigalpa searched the offices of the Central American Bank on Friday.",
               date=D)
    assert not any("USA" in {a.country for a in e.source + e.target} for e in doc.events), triples(doc)
    doc = code("North Korean troops fired at South Korean soldiers.", date=D)
    assert has_event(doc, "ASSAULT", "PRK", "KOR"), triples(doc)


@pytest.mark.parametrize("text,typ,src", [
    ("A Guatemalan court sentenced journalist Jose Ruben Zamora to six years in prison.",
     "SANCTION", "GTM"),
    ("Bolivian police arrested opposition governor Luis Fernando Camacho in Santa Cruz.",
     "COERCE", "BOL"),
])
def test_people_a_states_courts_and_police_deal_with_are_its_own(code, text, typ, src):
    doc = code(text, date=D)
    assert _found(doc, typ, src, src), triples(doc)


def test_a_person_said_to_be_foreign_keeps_that_country(code):
    doc = code("Iranian police detained Olivier Grondeau, a French tourist, in Shiraz.", date=D)
    assert _found(doc, "COERCE", "IRN", "FRA"), triples(doc)


def test_a_thing_aimed_at_in_a_two_state_story_belongs_to_the_other_state(code):
    text = ("Lithuania closes rail link to Kaliningrad; Moscow vows response\n\n"
            "VILNIUS (Wire) - Lithuania halted rail transit of sanctioned goods to Russia's "
            "Kaliningrad exclave on Saturday. Russia's foreign ministry demanded that the ban be "
            "lifted within days. Lithuania's prime minister rejected the ultimatum on Monday, "
            "saying Lithuania was applying European Union rules.")
    doc = code(text, date="2022-06-20")
    assert _found(doc, "THREATEN", "RUS", "LTU"), triples(doc)
    assert _found(doc, "REJECT", "LTU", "RUS"), triples(doc)


def test_all_parties_are_the_two_states_of_the_story(code):
    text = ("Armenia and Azerbaijan trade fire on border\n\n"
            "YEREVAN (Wire) - Armenian and Azerbaijani troops exchanged fire on Tuesday, Armenia's "
            "defence ministry said, and Azerbaijan accused Armenia of shelling its positions. "
            "The European Union urged all parties to show restraint.")
    doc = code(text, date="2023-04-12")
    asks = _found(doc, "REQUEST", "EU")
    assert asks and {a.country for a in asks[0].target} == {"ARM", "AZE"}, triples(doc)


def test_no_counterpart_without_a_story_or_for_people(code):
    doc = code("Georgia rejected the ultimatum.", date=D)
    assert not any(a.country for e in doc.events for a in e.target), triples(doc)
    text = ("Serbia and Kosovo clash over licence plates\n\n"
            "BELGRADE (Wire) - Kosovo police arrested three Serbs on Monday. Serbia accused "
            "protesters of blocking roads, and Serbia's president criticised Albin Kurti.")
    doc = code(text, date="2022-08-01")
    assert not any(e.type == "ACCUSE" and "protesters" in " ".join(a.text for a in e.target)
                   and {a.country for a in e.target} == {"XKX"} for e in doc.events), triples(doc)


def test_the_one_blamed_for_an_attack_is_its_doer(code):
    doc = code("Pakistan blamed India for a drone attack on an army post near Sialkot.", date=D)
    assert _found(doc, "ACCUSE", "PAK", "IND"), triples(doc)
    assert _found(doc, "ASSAULT", "IND"), triples(doc)
    assert not _found(doc, "ASSAULT", "PAK"), triples(doc)


def test_a_relative_clause_on_a_description_belongs_to_the_name_beside_it(code):
    doc = code("Slovakia, the only member that has not yet approved Finland's accession, said its "
               "vote was near.", date=D)
    assert any({a.country for a in e.source} == {"SVK"} for e in doc.events + doc.asides), triples(doc)


def test_ending_talks_cuts_the_tie(code):
    doc = code("Peru's government formally ended peace talks with the miners' union on Friday.", date=D)
    assert _found(doc, "SANCTION", "PER"), triples(doc)


def test_an_official_with_no_state_named_serves_the_story_state(code):
    text = ("Canberra and Beijing mend trade ties\n\n"
            "CANBERRA (Wire) - Australia's prime minister praised China's premier in Beijing on "
            "Monday. Trade Minister Don Farrell held separate talks with China's commerce "
            "minister. Both sides said relations were improving.")
    doc = code(text, date="2023-11-06")
    talks = [e for e in doc.events if e.type == "CONSULT" and "Farrell" in " ".join(a.text for a in e.source)]
    assert talks and {a.country for a in talks[0].source} == {"AUS"}, triples(doc)
    # a lone sentence is no story: its official stays without a state
    doc = code("Congress is asking the president to help Iran.", date=D)
    assert not any("IRN" in {a.country for a in e.source} for e in doc.events), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    # a holder noun that is no event: its compound is the act, its owner and recipient the parties
    ("The Japanese government's assistance package for Sri Lanka arrived on Monday.", "AID", "JPN", "LKA"),
    # growth of an act is the act
    ("Canada announced a sixfold increase in funding for Moldova.", "AID", "CAN", "MDA"),
    # the one held back would have done it
    ("Ghana prevented Togo's army from attacking the border town.", "ASSAULT", "TGO", None),
    # a town an act is meant for is its state's
    ("The EU sent medical aid to Mariupol.", "AID", "EU", "UKR"),
])
def test_noun_holders_growth_hindrance_and_recipient_towns(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert _found(doc, typ, src, tgt, asides=True), triples(doc)


def test_a_trip_to_a_neutral_venue_is_not_a_visit_to_its_state(code):
    doc = code("Blinken travelled to Geneva for talks with Lavrov.", date=D)
    assert not _found(doc, "CONSULT", "USA", "CHE"), triples(doc)
    assert _found(doc, "CONSULT", "USA", "RUS"), triples(doc)


def test_expecting_an_attack_is_a_forecast_not_a_request(code):
    doc = code("Officials expect Azerbaijan to attack again.", date=D)
    assert not _found(doc, "REQUEST"), triples(doc)
    assert not any(e.type == "ASSAULT" and e.modality == "actual" for e in doc.events), triples(doc)


def test_a_suspended_aid_programme_is_not_aid_given(code):
    doc = code("The EU's humanitarian aid programme for Yemen was suspended.", date=D)
    assert not any(e.type == "AID" and e.modality == "actual" for e in doc.events), triples(doc)


def test_a_body_meets_within_itself_only_by_meeting_words(code):
    doc = code("African Union defence ministers met in Addis Ababa on Thursday.", date=D)
    assert _found(doc, "CONSULT", "IGO"), triples(doc)
    doc = code('The African Union called the arrests "unacceptable".', date=D)
    assert not _found(doc, "CONSULT"), triples(doc)


def test_an_adjective_after_the_object_in_quotes_is_name_calling(code):
    doc = code('Canada called the expulsions "unacceptable" and urged Beijing to reverse them.', date=D)
    assert _found(doc, "ACCUSE", "CAN"), triples(doc)
    assert not _found(doc, "CONSULT"), triples(doc)


# guards from the review of the rules above: where they must not reach


def test_a_run_of_acts_under_one_had_keeps_its_subject(code):
    doc = code("Monitors said Serbia had massed troops near the boundary and threatened Kosovo.", date=D)
    assert _found(doc, "THREATEN", "SRB", "XKX"), triples(doc)


def test_talks_that_simply_ended_are_not_broken_off(code):
    doc = code("Iran and Oman ended their talks in Muscat on Friday with a joint statement.", date=D)
    assert not _found(doc, "SANCTION"), triples(doc)


def test_many_states_are_not_the_story_state(code):
    text = ("Drones strike Odesa port\n\nODESA (Wire) - Russian drones hit the port of Odesa on "
            "Monday. Nearly 40 countries condemned the strikes. Several Nordic governments pledged "
            "more air defence.")
    doc = code(text, date="2024-01-08")
    assert not any(a.country == "UKR" and "countries" in (a.text or "") + " " or
                   a.country == "UKR" and "governments" in (a.text or "")
                   for e in doc.events for a in e.source), triples(doc)


def test_friends_of_the_doer_are_not_the_other_side(code):
    text = ("Strikes hit Kharkiv\n\nKHARKIV (Wire) - Russian missiles struck Kharkiv on Sunday, "
            "Ukraine's air force said. Russia said it had hit military targets. Ukraine thanked its "
            "allies for new air defence systems.")
    doc = code(text, date="2024-05-20")
    assert not _found(doc, "SUPPORT", "UKR", "RUS"), triples(doc)


def test_a_stance_on_a_run_of_events_does_not_make_the_speaker_its_doer(code):
    doc = code("France condemned the spate of arrests of journalists in Iran.", date=D)
    assert not _found(doc, "COERCE", "FRA"), triples(doc)


def test_rebels_freeing_soldiers_free_their_own_states(code):
    text = ("Rebels free soldiers\n\nBOGOTA (Wire) - Colombia's ELN rebels freed two kidnapped "
            "soldiers on Sunday. Venezuela hosted the talks. Cuba welcomed the release.")
    doc = code(text, date="2023-08-06")
    assert not any("VEN" in {a.country for a in e.target} and e.type in ("CONCEDE", "RETREAT")
                   for e in doc.events), triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("Russian drones were launched at Kyiv overnight.", "RUS", "UKR"),
    ("Dozens of North Korean missiles were launched at South Korea on Friday.", "PRK", "KOR"),
])
def test_a_launched_weapon_passive_is_its_owners_attack(code, text, src, tgt):
    doc = code(text, date="2024-06-01")
    assert has_event(doc, "ASSAULT", src, tgt, "actual"), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Iranian commandos seized an Israeli-linked container ship in the Gulf of Oman.", "COERCE", "IRN", "ISR"),
    ("Ukrainian drones struck a Russian-flagged tanker near Novorossiysk.", "ASSAULT", "UKR", "RUS"),
])
def test_a_ship_hit_or_seized_belongs_to_the_state_it_is_linked_or_flagged_to(code, text, typ, src, tgt):
    doc = code(text, date="2024-06-01")
    assert has_event(doc, typ, src, tgt, "actual"), triples(doc)


def test_a_ship_sent_is_still_what_moves(code):
    doc = code("Britain sent a destroyer to the Red Sea.", date="2024-06-01")
    assert not [e for e in doc.events if any(a.role == "object" for a in e.target)], triples(doc)
