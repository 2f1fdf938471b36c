"""Where an event's other party comes from when the trigger's own arguments do not name it:
the complement of a stance ("agreed to let X in"), joint subjects of symmetric acts, and
people named beside a possessive. Sentences written for these tests."""
import pytest

from offramp.actors import is_state
from tests.conftest import found as _found, has_event, triples

D = "2023-05-16"


@pytest.mark.parametrize("text,typ,src,tgt", [
    # whom a permitted act lets in is the other party of the agreement or refusal
    ("Myanmar has agreed to allow UN relief workers access to Rakhine state.", "AGREE", "MMR", "UN"),
    ("Hungary refused to let Ukrainian grain trucks cross its territory.", "REJECT", "HUN", "UKR"),
    ("Turkey agreed to permit Swedish officials to visit the detainees.", "AGREE", "TUR", "SWE"),
    # the first other state named inside what was agreed
    ("Kazakhstan agreed to reopen its border so that fuel convoys can reach Kyrgyzstan.",
     "AGREE", "KAZ", "KGZ"),
    # joint subjects of a symmetric act act with each other
    ("Ethiopia and Kenya agreed to build a new highway.", "AGREE", "ETH", "KEN"),
    ("Chile and Peru will cooperate on fisheries.", "COOPERATE", "CHL", "PER"),
])
def test_arguments_other_party_from_context(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt), triples(doc)


def test_arguments_threatened_act_on_a_thing_is_kept_as_an_object():
    import offramp
    doc = offramp.code("Iran threatened to close the Strait of Hormuz.", date=D)
    threats = [e for e in doc.events if e.type == "THREATEN"]
    assert threats, triples(doc)
    assert threats[0].target[0].role == "object"
    assert "Strait of Hormuz" in threats[0].target[0].text


def test_arguments_symmetric_split_leaves_non_state_objects_out(code):
    doc = code("Russia and Ukraine agreed to exchange prisoners.", date=D)
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert agree, triples(doc)
    assert {a.country for a in agree[0].source + agree[0].target} == {"RUS", "UKR"}


def test_arguments_named_person_after_possessive_is_a_target(code):
    # "his deputy, X" is another person: not the source's own thing
    doc = code("President Thabo Mbeki criticised his former deputy Jacob Zuma on Monday.",
               date="2007-05-16")
    assert any(e.type == "ACCUSE" and any(a.name == "Jacob Zuma" for a in e.target)
               for e in doc.events), triples(doc)


def test_arguments_president_title_before_full_name(code):
    # "President Xi" is an alias, but the whole "President Xi Jinping" is one person
    doc = code("Chinese President Xi Jinping met Brazilian President Lula da Silva in Beijing.",
               date=D)
    assert has_event(doc, "CONSULT", "CHN", "BRA", "actual"), triples(doc)


@pytest.mark.parametrize("code_,state", [
    ("RUS", True), ("XKX", True), ("IGO", False), ("NGO", False), ("UN", False),
    ("NATO", False), ("IMG", False), (None, False), ("", False),
])
def test_arguments_is_state(code_, state):
    assert is_state(code_) is state


@pytest.mark.parametrize("text,typ,src,tgt", [
    # a coordinated passive takes its agent as source ("held ... and released by X")
    ("The sailors detained for spying on Tehran were later released by Iran.", "RETREAT", "IRN", None),
    # "killed in Turkish tank shelling" when the parser splits "tank" from "shelling"
    ("Three farmers were killed in Turkish tank shelling near Afrin on Monday, medics said.",
     "ASSAULT", "TUR", None),
    # a body whose name opens with a state's name belongs to that state
    ("Gunmen attacked a Kenya Airways office in Mogadishu.", "ASSAULT", None, "KEN"),
    # a visit to a summit abroad is received by the host
    ("Lula attended a peace summit in Egypt on Tuesday.", "CONSULT", "BRA", "EGY"),
])
def test_arguments_sources_and_targets_from_structure(code, text, typ, src, tgt):
    doc = code(text, date=D)
    evs = _found(doc, typ, src, tgt)
    assert evs, triples(doc)


def test_arguments_topic_of_a_summit_is_not_the_visitors_act(code):
    doc = code("Lula attended a summit in Egypt on the unrest in Sudan.", date=D)
    assert not any(e.type == "PROTEST" for e in doc.events), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt,modality", [
    # a relative clause's "which" is its antecedent
    ("Canada, which cut its aid to Haiti last year, has not recalled its envoy.", "SANCTION", "CAN", "HTI",
     "actual"),
    # a clause after a semicolon is a sentence of its own: its negation stays there
    ("Ghana has accused Togo of shelling a border post; Togo has not responded.", "ACCUSE", "GHA", "TGO",
     "actual"),
    # conditional threats: harm by "every means", to the doer of the act in the condition
    ("Turkish jets bombed Kurdish positions in Iraq. \"If the bombing goes on, Iraq will use every "
     "means to defend itself,\" the Iraqi foreign minister said.", "THREATEN", "IRQ", "TUR", "actual"),
    # "called on X to V": X is asked, and the asked-for act is the request's content
    ("The Arab League called on Israel to withdraw its troops from Gaza.", "REQUEST", "IGO", "ISR",
     "actual"),
    # "said X must V" is a demand of X (codebook 4.8), its content not coded beside it (4.9)
    ("Egypt said Ethiopia must withdraw its troops from Sudan.", "REQUEST", "EGY", "ETH", "actual"),
])
def test_arguments_clauses_and_conditions(code, text, typ, src, tgt, modality):
    doc = code(text, date=D)
    evs = _found(doc, typ, src, tgt)
    assert evs and evs[0].modality == modality, triples(doc)


def test_arguments_test_fired_missile_is_a_show_of_force(code):
    doc = code("Pakistan test-fired a cruise missile on Monday.", date=D)
    assert any(e.type == "MOBILIZE" and e.source[0].country == "PAK" for e in doc.events), triples(doc)
    assert not any(e.type == "ASSAULT" for e in doc.events), triples(doc)


def test_arguments_participle_clause_takes_main_verb_tense(code):
    doc = code("On Friday, Mali expelled three French diplomats, accusing them of spying.", date=D)
    acc = [e for e in doc.events if e.type == "ACCUSE"]
    assert acc and acc[0].date == "2023-05-12" and {a.country for a in acc[0].target} == {"FRA"}, triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    # an agentless arrest, expulsion or summons is done by the state where it happens
    ("Two Reuters reporters were arrested in Myanmar on Tuesday.", "COERCE", "MMR", None),
    ("The envoys of Sweden and Denmark were summoned in Baghdad to hear a protest.", "ACCUSE", "IRQ", "SWE"),
    # condemning a text targets whoever passed it earlier in the story
    ("The Arab League passed a resolution criticising Israel on Monday. Israel's foreign ministry "
     "condemned the resolution as one-sided.", "ACCUSE", "ISR", "IGO"),
])
def test_arguments_doers_from_place_and_earlier_text(code, text, typ, src, tgt):
    doc = code(text, date=D)
    evs = _found(doc, typ, src, tgt)
    assert evs, triples(doc)


def test_arguments_agentless_killing_is_not_the_places(code):
    doc = code("Two soldiers were killed in Kabul on Monday.", date=D)
    assert not any(e.type == "ASSAULT" and "AFG" in {a.country for a in e.source} for e in doc.events), \
        triples(doc)


def test_arguments_patron_is_not_the_actor(code):
    doc = code("Iranian-backed Houthi rebels fired missiles at Saudi Arabia.", date=D)
    ev = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev and {a.country for a in ev[0].source} == {"YEM"}, triples(doc)


def test_arguments_characterised_act_is_the_accusation_not_a_report(code):
    doc = code("Canada and Japan condemned what they called China's \"illegal blockade\" of the islands.",
               date=D)
    assert has_event(doc, "ACCUSE", "CAN", "CHN"), triples(doc)
    assert not any(e.type == "COERCE" and e.modality == "actual" for e in doc.events), triples(doc)


def test_arguments_denied_charge_is_not_an_actual_act(code):
    doc = code("Kenya accused Somali troops of shelling a border town. Somalia denied the charge.", date=D)
    assert has_event(doc, "ACCUSE", "KEN", "SOM", "actual"), triples(doc)
    assert not any(e.type == "ASSAULT" and e.modality == "actual" for e in doc.events), triples(doc)
    # without the denial the act is reported as it is charged
    doc = code("Kenya accused Somali troops of shelling a border town.", date=D)
    assert any(e.type == "ASSAULT" and e.modality == "actual" for e in doc.events), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt,modality", [
    # "recalled its ambassador from X": the own envoy is not the target, X is
    ("Peru recalled its ambassador from Mexico City on Monday.", "SANCTION", "PER", "MEX", "actual"),
    # "condemned the move/decision": the doer of the act told just before
    ("Washington lifted its arms embargo on Cyprus. Turkey condemned the decision.", "ACCUSE", "TUR", "USA",
     "actual"),
    # "condemned the filling": whoever was said to fill
    ("Ethiopia began filling the reservoir on Monday. Cairo condemned the filling as illegal.", "ACCUSE",
     "EGY", "ETH", "actual"),
    # lifting sanctions imposed on X concedes to X
    ("Japan lifted the sanctions imposed on India after its nuclear tests.", "CONCEDE", "JPN", "IND", "actual"),
    # "began joint patrols" is under way, not planned
    ("Kenyan police began joint patrols with Haitian officers on Monday.", "COOPERATE", "KEN", "HTI", "actual"),
    # a clause joined by "and" with its own subject keeps its own modality
    ("Greece has not recalled its envoy, and its parliament ratified a deal with Egypt.", "SUPPORT", "GRC",
     "EGY", "actual"),
    # "we" in a quote is the speaker's side even when the speaker is an unnamed official
    ("Pakistan's defence minister accused the Taliban of sheltering militants. \"If attacks from Afghan "
     "soil continue, we will strike their hideouts,\" he said.", "THREATEN", "PAK", "AFG", "actual"),
])
def test_arguments_targets_from_the_story(code, text, typ, src, tgt, modality):
    doc = code(text, date=D)
    evs = _found(doc, typ, src, tgt)
    assert evs and evs[0].modality == modality, triples(doc)


def test_arguments_lifting_an_embargo_is_not_a_sanction(code):
    doc = code("Washington lifted its arms embargo on Cyprus on Tuesday.", date=D)
    assert not any(e.type == "SANCTION" for e in doc.events), triples(doc)


def test_arguments_body_meeting_within_itself(code):
    doc = code("European Union foreign ministers met in Brussels on Monday.", date=D)
    ev = [e for e in doc.events if e.type == "CONSULT"]
    assert ev and ev[0].source[0].country == "EU" and not ev[0].target, triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt,modality", [
    # codebook 4.2: some types already hold the future
    ("Norway will send field hospitals to Gaza.", "AGREE", "NOR", "PSE", "future"),
    ("Russia said it would withdraw its troops from Armenia.", "CONCEDE", "RUS", "ARM", "future"),
    # a side announcing its own attack makes an actual threat
    ("Turkey's president said Turkish forces will launch an offensive against Syria within days.", "THREATEN",
     "TUR", "SYR", "actual"),
])
def test_arguments_announced_future_acts(code, text, typ, src, tgt, modality):
    doc = code(text, date=D)
    evs = _found(doc, typ, src, tgt)
    assert evs and evs[0].modality == modality, triples(doc)


def test_arguments_forecast_by_others_is_not_a_threat(code):
    doc = code("U.S. officials said Russia will invade Ukraine.", date=D)
    assert not any(e.type == "THREATEN" for e in doc.events), triples(doc)
    assert not any(e.type == "ASSAULT" and e.modality == "actual" for e in doc.events), triples(doc)


def test_arguments_village_missing_from_gazetteer_keeps_its_name(code):
    # a place the offline gazetteer lacks is kept by name, without coordinates or a country
    doc = code("Police detained two activists at a checkpoint in Zvarbelovka on Sunday.", date=D)
    ev = [e for e in doc.events if e.type == "COERCE"]
    assert ev and ev[0].location is not None and ev[0].location.name == "Zvarbelovka", triples(doc)
    assert ev[0].location.lat is None and ev[0].location.country is None


def test_arguments_alleged_act_of_an_accused_person_is_not_actual(code):
    doc = code("Canada sanctioned a Haitian businessman accused of financing armed gangs.", date=D)
    assert not any(e.type == "AID" and e.modality == "actual" for e in doc.events), triples(doc)


def test_arguments_descriptive_participle_is_not_an_event(code):
    doc = code("Militias backing the Libyan government clashed with rival fighters in Tripoli.", date=D)
    assert not any(e.type == "SUPPORT" for e in doc.events), triples(doc)


def test_arguments_asked_for_act_is_folded_into_the_request(code):
    doc = code("The UN urged both countries to settle their differences through dialogue.", date=D)
    assert any(e.type == "REQUEST" for e in doc.events), triples(doc)
    assert not any(e.type in ("AGREE", "CONSULT") for e in doc.events), triples(doc)
    doc = code("Armenia accused Azerbaijan of trying to seize Armenian land by force.", date=D)
    assert has_event(doc, "ACCUSE", "ARM", "AZE"), triples(doc)
    assert not any(e.type == "COERCE" for e in doc.events), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("The EU handed over 20 armoured vehicles to Moldova's border police on Monday.", "AID", "EU", "MDA"),
    ("Britain imposed sanctions on Tuesday on a network smuggling Iranian drones.", "SANCTION", "GBR", "IRN"),
])
def test_arguments_goods_and_light_verb_objects(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt), triples(doc)


def test_arguments_body_summit_has_no_other_party(code):
    doc = code("African Union leaders will hold an emergency summit in Addis Ababa on Friday.", date=D)
    ev = [e for e in doc.events if e.type == "CONSULT"]
    assert ev and ev[0].modality == "future" and not ev[0].target, triples(doc)


def test_arguments_strikes_told_before_are_air_strikes(code):
    doc = code("Israeli jets carried out air strikes on Tyre on Monday. Two civilians were killed in the "
               "strikes, and Lebanon's prime minister condemned the strikes.", date=D)
    assert not any(e.type == "PROTEST" for e in doc.events), triples(doc)
    assert has_event(doc, "ACCUSE", "LBN", "ISR"), triples(doc)
    doc = code("Teachers went on strike in Nairobi on Monday.", date=D)
    assert any(e.type == "PROTEST" for e in doc.events), triples(doc)


def test_arguments_the_wounded_are_people_not_an_act(code):
    doc = code("The health ministry put the number of wounded at nine.", date=D)
    assert not any(e.type == "ASSAULT" for e in doc.events), triples(doc)


def test_arguments_police_of_a_named_place_are_that_places(code):
    doc = code("Tanzanian police turned back 600 refugees at the border on Monday. Police in Beira "
               "detained two journalists on Tuesday.", date=D)
    ev = [e for e in doc.events if e.type == "COERCE" and "detained" in (e.trigger or "")]
    assert ev and {a.country for a in ev[0].source} == {"MOZ"}, triples(doc)


def test_arguments_outsider_is_not_of_the_dateline(code):
    doc = code("KUZNICA, Poland (Wire) - Angela Merkel spoke with Lukashenko on Monday, the first call "
               "between a Western leader and the Belarusian president since the election.", date=D)
    assert not any("POL" in {a.country for a in e.source} for e in doc.events), triples(doc)


def test_arguments_dismissed_allegation_is_denied_however_parsed(code):
    doc = code("The rebels dismissed as \"lies\" an allegation by the army on Sunday that rebel fighters "
               "had shelled a village near Goma.", date=D)
    assert not any(e.type == "ASSAULT" and e.modality == "actual" for e in doc.events), triples(doc)
    doc = code("The army said that rebel fighters had shelled a village near Goma.", date=D)
    assert any(e.type == "ASSAULT" and e.modality == "actual" for e in doc.events), triples(doc)


def test_arguments_unnamed_rulers_are_those_of_the_story(code):
    doc = code("Myanmar's army shelled villages in Sagaing on Monday. Indonesia's foreign minister urged "
               "the generals to halt the violence.", date=D)
    assert has_event(doc, "REQUEST", "IDN", "MMR"), triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    # a warning whose condition is another's act threatens that other, whatever is promised
    ("The Iraqi army warned that it would not stand idle if Turkish troops advanced further.", "IRQ", "TUR"),
    ("Serbia's defence minister warned that if Kosovo deployed police in the north, it would be "
     "a cause for war.", "SRB", "XKX"),
    ("Venezuela's interior minister warned that if Colombian troops crossed the river, "
     "they would not return home alive.", "VEN", "COL"),
    # "will be forced to take measures": the compelled act is the promise
    ("\"If Armenia does not withdraw its forces, we will be forced to take every measure,\" "
     "Azerbaijan's defence minister said.", "AZE", "ARM"),
])
def test_arguments_conditional_warning_targets_the_one_in_the_condition(code, text, src, tgt):
    doc = code(text, date=D)
    assert _found(doc, "THREATEN", src, tgt), triples(doc)


def test_arguments_warning_about_a_third_party_is_no_threat_to_it(code):
    doc = code("Sudanese officials warned that the RSF could attack El Fasher if the talks fail.", date=D)
    assert not _found(doc, "THREATEN", None, "SDN"), triples(doc)


def test_arguments_state_forces_face_their_own_unnamed_rebels(code):
    doc = code("ADDIS ABABA (Wire) - Ethiopia's army said it would respond decisively if the rebels "
               "attacked government positions.", date=D)
    assert _found(doc, "THREATEN", "ETH", "ETH"), triples(doc)


def test_arguments_subject_the_parser_hung_on_an_object(code):
    # "detaining President X, the junta has ...": the junta is the subject, not X's apposition
    doc = code("NIAMEY (Wire) - Since detaining President Mohamed Bazoum, the junta has revoked "
               "defence agreements with France.", date=D)
    assert _found(doc, "SANCTION", "NER", "FRA"), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Mali's government revoked its defence cooperation agreements with Denmark.", "SANCTION", "MLI", "DNK"),
    ("Ecuador suspended its trade pact with Mexico on Friday.", "SANCTION", "ECU", "MEX"),
])
def test_arguments_acts_on_a_tie_reach_the_partner(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert _found(doc, typ, src, tgt), triples(doc)


def test_arguments_anti_modifier_is_the_target_of_a_protest(code):
    doc = code("The court ruling set off violent anti-Japanese protests across China.", date=D)
    ev = _found(doc, "PROTEST", "CHN", "JPN")
    assert ev and ev[0].modality == "actual", triples(doc)
    assert not _found(doc, "PROTEST", "JPN"), triples(doc)


@pytest.mark.parametrize("text,mod", [
    ("Diplomats doubt a summit of Japan and South Korea that Tokyo plans to host next month.", "future"),
    ("Diplomats praised the summit of Japan and South Korea that Tokyo hosted last month.", "actual"),
])
def test_modality_of_a_noun_act_with_a_planning_relative_clause(code, text, mod):
    doc = code(text, date=D)
    ev = _found(doc, "CONSULT")
    assert ev and ev[0].modality == mod, [(e.type, e.modality) for e in doc.events]


def test_modality_broken_truce_and_any_threat_are_not_acts_done(code):
    doc = code("Armenia blamed Azerbaijan for the collapse of the ceasefire.", date=D)
    assert not any(e.type == "RETREAT" and e.modality == "actual" for e in doc.events), triples(doc)
    doc = code("Morocco warned that it would respond with force to any threat to its security.", date=D)
    assert not any(e.type == "THREATEN" and e.modality == "actual" and e.trigger == "threat"
                   for e in doc.events), triples(doc)


def test_arguments_declared_ceasefire_is_a_concession(code):
    doc = code("Azerbaijan declared a unilateral ceasefire with Armenia on Monday.", date=D)
    assert _found(doc, "CONCEDE", "AZE", "ARM"), triples(doc)
    assert not _found(doc, "RETREAT", "AZE"), triples(doc)
    doc = code("Azerbaijan observed the ceasefire with Armenia on Monday.", date=D)
    assert not _found(doc, "CONCEDE", "AZE"), triples(doc)


def test_arguments_vow_to_keep_fighting_is_a_threat(code):
    doc = code("The Kurdish militia vowed to keep fighting Turkish forces in Afrin.", date=D)
    assert _found(doc, "THREATEN", None, "TUR"), triples(doc)
    assert not _found(doc, "AGREE"), triples(doc)


def test_arguments_a_directed_mention_survives_an_undirected_one_of_the_same_act(code):
    # "boarded" has no target, "seized" has one: the merged act must not be dropped
    doc = code("Finnish border guards boarded and seized a Russian oil tanker on Thursday.", date=D)
    assert _found(doc, "COERCE", "FIN"), triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("Sweden sent a navy ship to help Finnish investigators survey the damaged cables.", "SWE", "FIN"),
    ("France sent troops to help Mali's army fight the insurgents.", "FRA", "MLI"),
])
def test_arguments_what_is_sent_to_help_goes_to_the_one_helped(code, text, src, tgt):
    doc = code(text, date=D)
    assert _found(doc, "AID", src, tgt), triples(doc)
    assert not _found(doc, "MOBILIZE", src), triples(doc)


def test_arguments_speaking_to_supporters_is_no_meeting(code):
    doc = code("Speaking to thousands of supporters in Caracas, Venezuela's president announced that he "
               "was breaking relations with Colombia.", date=D)
    assert not _found(doc, "CONSULT"), triples(doc)
    doc = code("Speaking to Colombian officials in Caracas, Venezuela's president announced new talks.", date=D)
    assert _found(doc, "CONSULT", "VEN", "COL"), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    # with no labour cue a strike in crisis news is a military one
    ("Israeli jets carried out strikes against militant positions in Gaza.", "ASSAULT", "ISR", "PSE"),
    ("A four-day strike by doctors paralysed hospitals in Nairobi.", "PROTEST", "KEN", None),
    ("Kenyan teachers went on a nationwide strike.", "PROTEST", "KEN", None),
])
def test_arguments_military_and_labour_strikes(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert _found(doc, typ, src, tgt), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    # an act on a territory with no other party: the place's state, the doer's own included
    ("Pakistani authorities imposed a curfew in parts of Karachi on Monday.", "COERCE", "PAK", "PAK"),
    ("Turkey and Russia declared a ceasefire in Idlib on Thursday.", "CONCEDE", "TUR", "SYR"),
])
def test_arguments_act_on_a_territory_targets_its_state(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert _found(doc, typ, src, tgt), triples(doc)


def test_arguments_where_it_was_said_is_no_target(code):
    doc = code("A presidential aide in Baku said that Azerbaijan would release the captured soldiers.", date=D)
    assert not _found(doc, "CONCEDE", "AZE", "AZE"), triples(doc)


def test_arguments_the_foreign_ministry_is_of_the_dateline(code):
    doc = code("ISLAMABAD (Wire) - The foreign ministry summoned India's envoy on Monday to protest "
               "the shelling.", date=D)
    assert _found(doc, "ACCUSE", "PAK", "IND"), triples(doc)


def test_arguments_a_called_off_rally_rebuffs_no_one(code):
    doc = code("In Sydney, Uyghur activists called off a rally they had planned outside the Chinese "
               "consulate.", date=D)
    assert not _found(doc, "REJECT"), triples(doc)
    doc = code("Ethiopia called off talks with Sudan on Monday.", date=D)
    assert _found(doc, "REJECT", "ETH", "SDN"), triples(doc)


def test_arguments_scare_quoted_act_in_an_accusation_is_not_coded(code):
    doc = code("Ethiopia accused Sudan of exploiting the war in Tigray to \"invade\" Ethiopian land.", date=D)
    assert _found(doc, "ACCUSE", "ETH", "SDN"), triples(doc)
    assert not _found(doc, "ASSAULT", "SDN"), triples(doc)


def test_arguments_whoever_might_act_is_hypothetical(code):
    doc = code("Tunisia's president said any judge who acquits the opposition leaders would be a traitor.", date=D)
    assert not any(e.modality == "actual" for e in doc.events if e.type == "CONCEDE"), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Tunisia's president has called the detained opposition leaders \"traitors\".", "ACCUSE", "TUN", "TUN"),
    ("The European Union said it was deeply concerned by China's sentencing of the activist.", "ACCUSE", "EU", "CHN"),
    ("Japan is concerned about Chinese activity near the islands.", "ACCUSE", "JPN", "CHN"),
    ("TUNIS (Wire) - Police blocked about 200 Ennahda supporters from marching on the courthouse.",
     "COERCE", "TUN", "TUN"),
])
def test_arguments_name_calling_concern_and_blocking_people(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert _found(doc, typ, src, tgt), triples(doc)
    assert not _found(doc, "CONSULT"), triples(doc)


def test_arguments_rejected_statements_are_the_earlier_speakers(code):
    doc = code("The EU said it was troubled by the verdict. A U.S. spokesman said Washington was alarmed. "
               "Tunisia's foreign ministry rejected the statements as interference.", date=D)
    ev = _found(doc, "REJECT", "TUN")
    assert ev and {a.country for a in ev[0].target} == {"EU", "USA"}, triples(doc)


def test_arguments_an_unknown_named_front_is_local(code):
    doc = code("TUNIS (Wire) - The National Salvation Front urged the president to free the detained "
               "opposition figures.", date=D)
    assert _found(doc, "REQUEST", "TUN"), triples(doc)


def test_arguments_different_deeds_in_the_body_stay_apart(code):
    doc = code("TUNIS (Wire) - Tunisia jails opposition leader.\n\nA court sentenced him on Monday.\n\n"
               "Police arrested the opposition leader at his home in Tunis in April. "
               "Police later detained six opposition supporters outside the courthouse.", date=D)
    assert len(_found(doc, "COERCE", "TUN", "TUN")) >= 2, triples(doc)


def test_arguments_unnamed_rebels_fight_their_own_state(code):
    doc = code("MAE SOT, Thailand (Wire) - Ethnic Karen rebels said on Friday they had overrun the last "
               "Myanmar army base outside Myawaddy.", date=D)
    assert _found(doc, "ASSAULT", "MMR", "MMR"), triples(doc)
    assert not _found(doc, "ASSAULT", "THA"), triples(doc)


def test_arguments_a_junta_rules_where_the_story_is_not_the_dateline(code):
    doc = code("MAE SOT, Thailand (Wire) - Fighting raged in Myanmar on Friday. Myanmar's army lost a base "
               "near the Thai border, and Myanmar's generals blamed the rebels. Residents said junta aircraft "
               "bombed villages west of the town, killing eight civilians.", date=D)
    assert not [e for e in doc.events if e.type == "ASSAULT" and "THA" in {a.country for a in e.source}], \
        triples(doc)


def test_arguments_rebels_blamed_by_a_state_are_its_own(code):
    doc = code("Myanmar's generals blamed the rebels for the fighting near the Thai border.", date=D)
    assert _found(doc, "ACCUSE", "MMR", "MMR"), triples(doc)


def test_arguments_a_staged_strike_on_a_weekday_is_a_walkout(code):
    doc = code("Doctors staged a strike in Nairobi on Monday.", date=D)
    assert _found(doc, "PROTEST", "KEN"), triples(doc)
    assert not _found(doc, "ASSAULT"), triples(doc)


def test_arguments_him_is_the_person_named_by_role_before(code):
    doc = code("Prosecutors charged the Dutch sailor with spying, and a court convicted him on Friday.", date=D)
    assert _found(doc, "SANCTION", None, "NLD"), triples(doc)


def test_arguments_alarm_at_an_act_targets_its_doer(code):
    doc = code("The EU said it was alarmed by China's detention of the writer.", date=D)
    assert _found(doc, "ACCUSE", "EU", "CHN"), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Canada strikes Saudi Arabia off its list of preferred suppliers.", "SANCTION", "CAN", "SAU"),
    ("Several Greek towns have cancelled exchange programmes with their Turkish sister cities.",
     "SANCTION", "GRC", "TUR"),
    ("SEOUL (Wire) - A consumer boycott of Chinese goods has spread since March.", "PROTEST", "KOR", "CHN"),
])
def test_arguments_lists_ties_and_boycotts(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert _found(doc, typ, src, tgt), triples(doc)
    assert not _found(doc, "ASSAULT"), triples(doc)


def test_arguments_a_court_ordered_payment_is_a_sanction(code):
    doc = code("Kenya's High Court ordered the British army to compensate the herders.", date=D)
    assert _found(doc, "SANCTION", "KEN", "GBR"), triples(doc)
    assert not _found(doc, "REQUEST") and not _found(doc, "AID"), triples(doc)


def test_arguments_vowing_a_response_is_a_threat(code):
    doc = code("Japan restricted chemical exports to South Korea on Monday. Seoul vowed a firm response "
               "against Japan.", date=D)
    assert _found(doc, "THREATEN", "KOR"), triples(doc)
    assert not _found(doc, "AGREE", "KOR"), triples(doc)


def test_modality_a_negated_main_verb_leaves_its_time_clause_alone(code):
    doc = code("Qatar said it would not bow to pressure, a day after Saudi Arabia severed diplomatic "
               "relations with Qatar.", date=D)
    ev = _found(doc, "SANCTION", "SAU", "QAT")
    assert ev and ev[0].modality == "actual", triples(doc)


def test_arguments_a_promised_delivery_is_the_promise(code):
    doc = code("Iran offered to send food to Qatar by sea.", date=D)
    ev = _found(doc, "AGREE", "IRN", "QAT")
    assert len(ev) == 1 and ev[0].modality == "actual", triples(doc)
