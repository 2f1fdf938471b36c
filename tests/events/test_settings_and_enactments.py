"""Acts told inside a make-believe setting or under a proviso are not done (codebook 4.17);
a signed law or decree is coded as what it does, by its signer; a state of emergency is
coercion of the place; merged mentions keep the words of each. Sentences written for these
tests."""
import pytest

from tests.conftest import actual_between, has_event, triples

D = "2025-03-10"



@pytest.mark.parametrize("text,src,tgt", [
    ("In the simulation, Russian troops cross into Estonia and NATO jets bomb their columns.", "RUS", "EST"),
    ("Under the worst-case scenario sketched by the institute, Russia attacks Lithuania.", "RUS", "LTU"),
    ("Scenario: China blockades Taiwan in the spring of 2027.", "CHN", "TWN"),
    ("In a war game run by the think tank, Chinese forces seized Kinmen from Taiwan.", "CHN", "TWN"),
    # a proviso sets a condition: what it names has not happened
    ("Hamas will free the captives provided Israel releases 300 Palestinian prisoners.", "ISR", "PSE"),
    ("The rebels will hand back the town, providing Kinshasa pays the soldiers' wages.", "COD", "COD"),
])
def test_staged_and_provisional_acts_are_not_done(code, text, src, tgt):
    doc = code(text, date=D)
    assert not actual_between(doc, src, tgt), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    # a real event near the same words
    ("During the exercise, a Russian jet intercepted an American drone over the Black Sea.", "ASSAULT", "RUS", "USA"),
    ("In the game, Serbian fans clashed with Croatian police in Split.", "ASSAULT", "SRB", "HRV"),
    ("Two Turkish soldiers were killed by Syrian shelling in the exercise area, Ankara said.", "ASSAULT", "SYR", "TUR"),
    # "provided" as a verb is aid
    ("Japan provided Ukraine with 40 generators on Monday.", "AID", "JPN", "UKR"),
    ("Norway has provided 20 million dollars to Sudan for food.", "AID", "NOR", "SDN"),
])
def test_real_acts_near_those_words_stay_done(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, "actual"), triples(doc)


def test_a_proviso_is_not_aid(code):
    doc = code("The rebels will free the hostages provided Colombo settles the dispute.", date=D)
    assert not [e for e in doc.events + doc.asides if e.type == "AID" and e.trigger.startswith("provid")], \
        triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Putin signed a law banning imports of Polish apples.", "SANCTION", "RUS", "POL"),
    ("Biden signed an executive order imposing sanctions on Russian banks.", "SANCTION", "USA", "RUS"),
    ("Albania's parliament passed a resolution criticising President Ilir Meta.", "ACCUSE", "ALB", "ALB"),
])
def test_a_signed_law_is_coded_as_what_it_does(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, "actual"), triples(doc)
    assert not [e for e in doc.events if e.type == "SUPPORT"], triples(doc)


def test_signing_an_agreement_is_still_support(code):
    doc = code("Armenia and Azerbaijan signed a peace agreement in Washington on Friday.", date=D)
    assert has_event(doc, "SUPPORT", "ARM", "AZE"), triples(doc)


@pytest.mark.parametrize("text,src", [
    ("The president declared a state of emergency in Ecuador on Monday.", "ECU"),
    ("Peru's government declared a 60-day state of siege in Arequipa.", "PER"),
])
def test_state_of_emergency_is_coercion_of_the_place(code, text, src):
    doc = code(text, date=D)
    assert has_event(doc, "COERCE", src, src, "actual"), triples(doc)


def test_a_humanitarian_emergency_is_no_coercion(code):
    doc = code("The humanitarian emergency in Yemen deepened as Saudi Arabia pledged aid.", date=D)
    assert not [e for e in doc.events if e.type == "COERCE"], triples(doc)


def test_merged_mentions_keep_both_targets(code):
    doc = code("Russian forces attacked a Ukrainian army camp near Sumy, killing 19 soldiers.", date=D)
    hits = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(hits) == 1, triples(doc)
    words = [a.text for a in hits[0].target]
    assert len(words) == 2 and any("soldiers" in w for w in words), words


@pytest.mark.parametrize("text,src,tgt", [
    # corrected, wrong or unsourced reports
    ("Correction: An earlier version of this story incorrectly stated that Chile had expelled Peru's consul.",
     "CHL", "PER"),
    ("Earlier reports that Sudanese troops had shelled Chadian villages near Adre were inaccurate, "
     "a Sudanese army spokesman said.", "SDN", "TCD"),
    ("Oil prices rose on an unsourced post claiming that Turkish jets had bombed a Greek island.", "TUR", "GRC"),
    # stories, fakes and chances
    ("The new Chinese war film depicts a massive PLA missile strike on Manila.", "CHN", "PHL"),
    ("The plot of the Serbian series revolves around a Croatian invasion of Vojvodina.", "HRV", "SRB"),
    ("Kyiv said a deepfake video showing Ukrainian soldiers shooting Hungarian villagers was made in Russia.",
     "UKR", "HUN"),
    ("Analysts put the odds of Venezuelan forces seizing Guyanese territory this year at one in five.",
     "VEN", "GUY"),
    ("Imagine this: Serbian tanks roll into Kosovo at dawn and NATO jets scramble.", "SRB", "XKX"),
    # planned acts called off, or kept off the table
    ("A Turkish ground operation against Syria's Kurds remains off the table, officials in Ankara said.",
     "TUR", "SYR"),
    # a claim the other side does not confirm
    ("Moscow claimed its troops had captured a Ukrainian village near Kupiansk, a claim Kyiv did not confirm.",
     "RUS", "UKR"),
])
def test_reports_stories_and_chances_are_not_done(code, text, src, tgt):
    doc = code(text, date=D)
    assert not actual_between(doc, src, tgt), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Talks between India and Pakistan planned for Monday were postponed.", "CONSULT", "IND", "PAK"),
    ("A visit to Caracas by Brazil's foreign minister was called off on Friday.", "CONSULT", "BRA", "VEN"),
])
def test_called_off_meetings_are_negated(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert not has_event(doc, typ, src, tgt, "actual"), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("A video showing Russian soldiers shelling Kharkiv was verified by the BBC.", "ASSAULT", "RUS", "UKR"),
    ("Talks between Serbia and Kosovo were held in Brussels on Wednesday.", "CONSULT", "SRB", "XKX"),
    ("Moscow said its troops had captured a Ukrainian village near Kupiansk, a claim Kyiv confirmed.",
     "ASSAULT", "RUS", "UKR"),
    ("The suspended talks between Serbia and Kosovo resumed in Brussels on Monday.", "CONSULT", "SRB", "XKX"),
])
def test_real_acts_beside_those_frames_stay_done(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, "actual"), triples(doc)


@pytest.mark.parametrize("text,typ,src", [
    ("The Sri Lankan government imposed a nationwide curfew on Sunday.", "COERCE", "LKA"),
    ("Ecuador's president declared a 60-day state of emergency after gangs took over several prisons.",
     "COERCE", "ECU"),
    ("The French government lifted its travel restrictions on Monday.", "CONCEDE", "FRA"),
])
def test_a_measure_with_no_place_lies_on_the_rulers_own_country(code, text, typ, src):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, src, "actual"), triples(doc)


def test_a_measure_on_another_state_keeps_that_target(code):
    doc = code("Saudi Arabia lifted its blockade of Qatar on Tuesday.", date=D)
    assert has_event(doc, "CONCEDE", "SAU", "QAT", "actual"), triples(doc)
    assert not has_event(doc, "CONCEDE", "SAU", "SAU"), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    # over-reach guards (review of this session's rules)
    ("Missiles provided last month struck a Russian air base in Crimea on Sunday, Kyiv said.", "ASSAULT", "UKR", "RUS"),
    ("Washington kept providing Israel bombs that killed hundreds of civilians in Rafah.", "AID", "USA", "ISR"),
    ("In the exercise of its right to self-defence, Israel struck targets in Iran.", "ASSAULT", "ISR", "IRN"),
    ("A series of leaked documents shows that Russia shipped weapons to Syria in 2015.", "AID", "RUS", "SYR"),
    ("Imagine Dragons cancelled a concert in Tel Aviv after Iran fired missiles at Israel.", "ASSAULT", "IRN", "ISR"),
    ("Under the Turkish model, Ankara hosted talks between Russia and Ukraine in Istanbul.", "CONSULT", "TUR", "RUS"),
    ("Biden signed a bill providing 61 billion dollars in military aid to Ukraine.", "AID", "USA", "UKR"),
])
def test_real_acts_near_the_new_frames_stay_done(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, "actual"), triples(doc)


@pytest.mark.parametrize("text,typ,src", [
    ("The United States vetoed a Security Council resolution demanding a ceasefire in Gaza.", "REQUEST", "USA"),
    ("China blocked a Security Council resolution condemning North Korea's missile launches.", "ACCUSE", "CHN"),
    ("Lavrov blasted the West with a barrage of criticism.", "ASSAULT", "RUS"),
    ("A Chinese fishing trawler violated Indonesian waters near the Natuna islands.", "MOBILIZE", "CHN"),
])
def test_no_act_is_made_of_a_vetoed_text_or_a_figure_of_speech(code, text, typ, src):
    doc = code(text, date=D)
    assert not [e for e in doc.events if e.type == typ and src in {a.country for a in e.source}], triples(doc)


@pytest.mark.parametrize("text,src", [
    ("Poland declared a state of emergency in areas along the border with Belarus.", "POL"),
    ("Israel declared a special state of emergency in communities near Gaza.", "ISR"),
])
def test_an_emergency_near_a_neighbour_lies_on_the_own_land(code, text, src):
    doc = code(text, date=D)
    assert has_event(doc, "COERCE", src, src, "actual"), triples(doc)


def test_a_sea_named_after_a_state_is_not_that_state(code):
    doc = code("North Korea fired a ballistic missile toward the Sea of Japan.", date=D)
    assert not [e for e in doc.events if "JPN" in {a.country for a in e.target}], triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    ("Putin signed a law ratifying the strategic partnership treaty with North Korea.", "RUS", "PRK"),
    ("Erdogan signed a law approving Sweden's accession to NATO.", "TUR", "SWE"),
])
def test_a_signed_law_that_ratifies_is_support(code, text, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, "SUPPORT", src, tgt, "actual"), triples(doc)


def test_an_emergency_against_a_disaster_is_no_coercion(code):
    doc = code("Greece declared a state of emergency on the island of Rhodes as wildfires spread.", date=D)
    assert not [e for e in doc.events if e.type == "COERCE"], triples(doc)


@pytest.mark.parametrize("text,src,tgt", [
    # jokes, hoaxes and parodies
    ("The satirical site reported that Austria had annexed Bavaria overnight.", "AUT", "DEU"),
    ("An April Fools' story claimed Finland had sent warships to seize Estonian islands.", "FIN", "EST"),
    ("Police said the message, which claimed Malawian troops had seized a Zambian village, was a hoax.", "MWI", "ZMB"),
    # stories and models
    ("In the new thriller, Turkish commandos invade Cyprus to free a hostage.", "TUR", "CYP"),
    ("Critics panned the Peruvian television series, in which the Peruvian navy sinks a Chilean frigate.", "PER", "CHL"),
    ("The novel opens with Serbian commandos storming the Croatian parliament.", "SRB", "HRV"),
    ("A computer simulation showed Pakistani missiles hitting Indian cities.", "PAK", "IND"),
    # reports said to show, taken back, or only rumoured
    ("Footage said to show Turkish strikes on Kobani was actually filmed in Iraq in 2015.", "TUR", "SYR"),
    ("The broadcaster withdrew the story, in which it had said that Eritrean drones had struck a Djiboutian port.",
     "ERI", "DJI"),
    ("The newspaper corrected a report claiming Senegal had detained Gambian fishermen.", "SEN", "GMB"),
    ("Rumours spread on social media on Monday that Indian troops had entered Nepal.", "IND", "NPL"),
    # negated by "at no point"
    ("The ministry said that at no point had Moroccan forces fired on Algerian patrols.", "MAR", "DZA"),
])
def test_jokes_stories_retractions_and_rumours_are_not_done(code, text, src, tgt):
    doc = code(text, date=D)
    assert not actual_between(doc, src, tgt), triples(doc)


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Russia expelled two Estonian diplomats over a hoax bomb threat at its embassy.", "SANCTION", "RUS", "EST"),
    ("Israeli jets struck Beirut on Monday, verified footage showed.", "ASSAULT", "ISR", "LBN"),
    ("The newspaper reported that Senegal had detained Gambian fishermen.", "COERCE", "SEN", "GMB"),
    ("At one point Russian troops crossed into Georgia, the monitors said.", "MOBILIZE", "RUS", "GEO"),
])
def test_real_acts_beside_jokes_and_reports_stay_done(code, text, typ, src, tgt):
    doc = code(text, date=D)
    assert has_event(doc, typ, src, tgt, "actual"), triples(doc)


def test_an_act_only_demanded_in_a_relative_clause_is_not_done(code):
    doc = code("The withdrawal of Rwandan troops from eastern Congo, which Kinshasa has repeatedly demanded, "
               "was again absent from the final communique.", date=D)
    assert not actual_between(doc, "RWA", "COD"), triples(doc)


def test_a_demanded_act_that_was_completed_is_done(code):
    doc = code("The withdrawal of Russian troops from Kherson, which Kyiv had demanded, was completed on Friday.",
               date=D)
    assert has_event(doc, "RETREAT", "RUS", "UKR", "actual"), triples(doc)
