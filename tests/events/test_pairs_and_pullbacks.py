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
