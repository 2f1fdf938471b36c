"""Two sides acting together: "the two" just named, two armies pulling back from each other,
a meeting's venue that is no party, a topic state that is no partner; flights halted to a
state. Sentences written for these tests."""
from tests.conftest import found, has_event, triples

D = "2024-05-14"


def test_the_two_are_the_pair_just_named(code):
    doc = code("Lula spoke with Milei on Sunday and the two agreed to meet in Brasilia next month.", date=D)
    assert has_event(doc, "AGREE", "BRA", "ARG", "actual"), triples(doc)
    assert has_event(doc, "CONSULT", "BRA", "ARG", "future"), triples(doc)


def test_a_meetings_venue_is_not_a_party_to_the_agreement(code):
    doc = code("Armenia and Azerbaijan agreed to hold talks in Moscow.", date=D)
    assert not found(doc, "AGREE", None, "RUS"), triples(doc)
    assert has_event(doc, "AGREE", "ARM", "AZE", "actual"), triples(doc)


def test_a_topic_state_named_by_an_adjective_is_no_partner(code):
    doc = code("Seoul and Tokyo agreed to share intelligence on North Korean launches.", date=D)
    assert has_event(doc, "AGREE", "KOR", "JPN", "actual"), triples(doc)
    assert not found(doc, "AGREE", None, "PRK"), triples(doc)


def test_two_armies_pulling_back_from_their_border_each_retreat_from_the_other(code):
    doc = code("Indian and Chinese troops began pulling back from the disputed border on Monday after "
               "weeks of clashes.", date=D)
    assert has_event(doc, "RETREAT", "IND", "CHN", "actual"), triples(doc)
    assert has_event(doc, "RETREAT", "CHN", "IND", "actual"), triples(doc)


def test_allies_leaving_an_area_do_not_retreat_from_each_other(code):
    doc = code("Russian and Chinese warships withdrew from the area on Monday.", date=D)
    assert not found(doc, "RETREAT", "RUS", "CHN"), triples(doc)
    assert not found(doc, "RETREAT", "CHN", "RUS"), triples(doc)


def test_flights_halted_to_a_state_are_a_sanction(code):
    doc = code("Kyrgyzstan has halted flights to Dushanbe until further notice.", date=D)
    assert has_event(doc, "SANCTION", "KGZ", "TJK", "actual"), triples(doc)


def test_the_two_of_the_sentence_before_are_its_two_people(code):
    doc = code("Chinese President Xi Jinping met US President Joe Biden in California. The two agreed to "
               "restore military communication channels.", date=D)
    assert has_event(doc, "AGREE", "CHN", "USA", "actual"), triples(doc)


def test_the_two_unnamed_people_are_no_states(code):
    doc = code("Two Russian journalists were detained in Georgia on Monday. The two were later deported to Russia.",
               date=D)
    assert not [e for e in doc.events if {"RUS", "GEO"} <= {a.country for a in e.target}], triples(doc)


def test_allies_pulling_back_after_a_standoff_with_a_third_do_not_retreat_from_each_other(code):
    doc = code("US and Philippine ships pulled back from Scarborough Shoal after the standoff with Chinese vessels.",
               date=D)
    assert not found(doc, "RETREAT", "USA", "PHL"), triples(doc)


def test_an_airline_halting_flights_sanctions_no_one(code):
    doc = code("Kenya Airways halted flights to Mogadishu after an attack near the airport.", date=D)
    assert not found(doc, "SANCTION"), triples(doc)


def test_a_demand_after_a_summons_is_made_of_the_one_summoned(code):
    doc = code("On Monday the Russian foreign ministry summoned the EU's ambassador and demanded that the "
               "transit curbs be lifted at once.", date=D)
    assert has_event(doc, "REQUEST", "RUS", "EU", "actual"), triples(doc)


def test_wanting_good_ties_is_no_request(code):
    doc = code("He said New Delhi wanted peaceful ties with all its neighbours, including Pakistan.", date=D)
    assert not found(doc, "REQUEST"), triples(doc)


def test_shelling_a_truce_ends_after_weeks_of_happened(code):
    doc = code("Armenia and Azerbaijan agree to restore the truce after weeks of shelling", date=D)
    assert not [e for e in found(doc, "ASSAULT") if e.modality == "future"], triples(doc)


def test_a_ministers_visit_to_displaced_families_is_no_consultation(code):
    doc = code("Home Minister Rajnath Singh visited displaced families at a relief camp in Jammu on Wednesday.",
               date=D)
    assert not found(doc, "CONSULT"), triples(doc)


def test_drills_someone_calls_a_rehearsal_for_aggression_are_not_theirs(code):
    doc = code("Norway and Finland held joint drills in Finnmark last week. On Monday the Kremlin called the "
               "drills \"a rehearsal for aggression\".", date=D)
    assert not found(doc, "MOBILIZE", "RUS"), triples(doc)
