"""Actor resolution of whole noun phrases: institutions with their state, titles of both
sides, community words, appositions, party names. Sentences written for these tests."""
import pytest

from offramp.actors import actors_of
from tests.conftest import found, triples


def _subject(code, text, date="2024-05-14"):
    """The actors of the subject of the last sentence's main verb."""
    doc = code(text, date=date, keep_work=True)
    k = len(doc.work["sents"]) - 1
    sent = doc.work["sents"][k]
    subj = next(t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT")
    return actors_of(doc, k, subj)


def _at(code, text, word, date="2024-05-14"):
    """The actors cached for the token `word` (last occurrence) of the last sentence."""
    doc = code(text, date=date, keep_work=True)
    k = len(doc.work["sents"]) - 1
    tok = [t for t in doc.work["sents"][k] if t.text == word][-1]
    return doc.work["actors"].get((k, tok.i), [])


# 1. a state and its named institution are one actor
@pytest.mark.parametrize("text,country,sector,name", [
    ("Israel's Mossad recruited the engineer.", "ISR", "SPY", "Mossad"),
    ("British Royal Marines boarded the tanker.", "GBR", "MIL", "Royal Marines"),
    ("Nigeria's DSS detained two journalists.", "NGA", "SPY", "Department of State Services"),
    ("Iranian-backed Hezbollah fired rockets at Israel.", "LBN", None, "Hezbollah"),
])
def test_state_and_its_institution_are_one_actor(code, text, country, sector, name):
    acts = _subject(code, text)
    assert len(acts) == 1, acts
    assert (acts[0].country, acts[0].name) == (country, name)
    if sector:
        assert acts[0].sector == sector


def test_coordinated_states_stay_two_actors(code):
    acts = _subject(code, "Russia and Belarus staged joint exercises.")
    assert sorted(a.country for a in acts) == ["BLR", "RUS"]


def test_state_with_a_plain_title_is_still_one_actor_with_the_title(code):
    acts = _subject(code, "Kenya's foreign minister flew to Addis Ababa.")
    assert [(a.country, a.sector) for a in acts] == [("KEN", "GOV")]


# 2. a title of both sides
@pytest.mark.parametrize("phrase,sector", [
    ("The leaders of both countries", "GOV"),
    ("The foreign ministers of the two countries", "GOV"),
    ("Officials from both sides", "GOV"),
    ("The two armies", "MIL"),
    ("Both countries' negotiators", "GOV"),
])
def test_title_of_both_sides_is_each_side(code, phrase, sector):
    text = ("Chad and Sudan clashed along their border on Sunday.\n\n"
            f"{phrase} met in Doha on Monday.")
    acts = _subject(code, text)
    assert sorted((a.country, a.sector) for a in acts) == [("SDN", sector), ("TCD", sector)]


def test_any_two_ministers_are_not_both_sides(code):
    text = "Chad and Sudan clashed along their border.\n\nTwo ministers resigned on Monday."
    acts = _subject(code, text)
    assert [a.country for a in acts] == [None]


def test_officials_from_a_named_state(code):
    acts = _subject(code, "Officials from Norway said the talks had failed.")
    assert [(a.country, a.sector) for a in acts] == [("NOR", "GOV")]


def test_people_taken_from_a_place_keep_no_country_of_it(code):
    # the object's "from" phrase is where they were taken from, not who they are
    acts = _at(code, "Canada evacuated diplomats from Sudan.", "diplomats")
    assert all(a.country != "SDN" for a in acts)


# 3. community words as adjectives
def test_community_adjective_in_an_of_phrase_does_not_make_civilians(code):
    acts = _subject(code, "A delegation of the All Nepal Hindu Congress visited Delhi.")
    assert all(a.sector != "CVL" for a in acts), acts


def test_community_adjective_before_a_name_does_not_make_civilians(code):
    acts = _subject(code, "The Muslim League rejected the budget.")
    assert all(a.sector != "CVL" for a in acts), acts


@pytest.mark.parametrize("text", ["Muslims marched through the capital.",
                                  "The Christians fled the village.",
                                  "Sikh protesters blocked the road."])
def test_community_nouns_are_civilians(code, text):
    acts = _subject(code, text)
    assert acts and acts[0].sector == "CVL"


def test_sector_of_the_of_phrase_head_still_counts(code):
    acts = _subject(code, "A spokesman for the Turkish defence ministry denied the report.")
    assert [(a.country, a.sector) for a in acts] == [("TUR", "MIL")]


# 5. apposition after a possessive title; a possessor is not the one possessed
def test_title_with_appositive_name_is_that_person(code):
    acts = _subject(code, "Prime Minister Narendra Modi thanked his deputy, Ravi Shankar, on Friday.\n\n"
                          "His deputy, Ravi Shankar, flew to Dubai.")
    assert [(a.name, a.country) for a in acts] == [("Ravi Shankar", "IND")]
    acts = _at(code, "Prime Minister Narendra Modi thanked his deputy, Ravi Shankar, on Friday.",
               "deputy")
    assert [(a.name, a.country, a.sector) for a in acts] == [("Ravi Shankar", "IND", "GOV")]


def test_noun_with_appositive_name_is_that_person(code):
    acts = _subject(code, "Erdogan's rival, Mehmet Ozkaya, conceded defeat.")
    assert [a.name for a in acts] == ["Mehmet Ozkaya"]


def test_possessive_title_without_a_name(code):
    acts = _at(code, "Ramaphosa praised his spokesman.", "spokesman")
    assert [(a.country, a.sector, a.name) for a in acts] == [("ZAF", "GOV", None)]
    # a counterpart is someone else's
    acts = _at(code, "Blinken phoned his counterpart.", "counterpart")
    assert [a.country for a in acts] == [None]


def test_possessor_person_gives_country_not_name(code):
    acts = _subject(code, "Putin's spokesman dismissed the report.")
    assert [(a.country, a.sector, a.name) for a in acts] == [("RUS", "GOV", None)]
    acts = _subject(code, "The Biden administration imposed new sanctions.")
    assert [(a.country, a.sector, a.name) for a in acts] == [("USA", "GOV", None)]


# 7. generic party names
def test_generic_party_words_after_a_name_are_not_the_us_parties(code):
    acts = _subject(code, "The Social Democrats won the election in Denmark.")
    assert all(a.country != "USA" for a in acts) and acts[0].sector == "PTY"
    acts = _subject(code, "Sweden Democrats gained seats.")
    assert [(a.country, a.sector) for a in acts] == [("SWE", "PTY")]


def test_us_parties_still_resolve(code):
    for text in ("Democrats blocked the bill.", "House Republicans blocked the bill.",
                 "Senate Democrats blocked the bill."):
        acts = _subject(code, text)
        assert [(a.country, a.sector) for a in acts] == [("USA", "PTY")], text


# 6. organisations the named-entity tagger missed
@pytest.mark.parametrize("text,name", [
    ("Platform for Land Rights demanded an inquiry into the evictions.", "Platform for Land Rights"),
    ("Mothers Against Disappearance said it had found the grave.", "Mothers Against Disappearance"),
    ("Andean Water Network condemned the dam.", "Andean Water Network"),
])
def test_capitalised_subject_is_an_unknown_organisation(code, text, name):
    acts = _subject(code, text)
    assert [(a.name, a.country) for a in acts] == [(name, None)]


def test_unknown_organisation_opening_with_a_state_is_that_states(code):
    acts = _subject(code, "Peruvian Water Network condemned the dam.")
    assert [(a.name, a.country) for a in acts] == [("Peruvian Water Network", "PER")]


@pytest.mark.parametrize("text", [
    "Residents of Gaza said the strike hit a school.",      # a place: people of it
    "Supporters of Imran Khan blocked the motorway.",      # a person
    "Officials in Kabul denied the report.",                # not a name's preposition
    "Fresh clashes broke out in the north.",                # lower case
])
def test_capitalised_subject_that_is_no_organisation(code, text):
    acts = _subject(code, text)
    assert all(a.name is None or a.role for a in acts), acts


def test_unknown_organisation_of_a_known_body_is_that_bodys(code):
    acts = _subject(code, "The IAEA's Board of Governors censured Iran.")
    assert [(a.name, a.country) for a in acts] == [("Board of Governors", "IGO")]
    # a person's is not theirs
    acts = _subject(code, "Modi's Andean Water Network condemned the dam.")
    assert all(a.country != "IND" or a.name != "Narendra Modi" for a in acts)


# 7. object pronouns
def test_object_pronoun_is_not_its_own_verbs_subject(code):
    acts = _at(code, "Lula met Petro and thanked him.", "him")
    assert [a.name for a in acts] == ["Gustavo Petro"]


def test_object_pronoun_is_never_a_body(code):
    acts = _at(code, "The U.S. Secret Service detained him.", "him")
    assert acts == []


def test_object_pronoun_reaches_back_to_an_earlier_sentence(code):
    acts = _at(code, "Lula spoke in Brasilia. Police arrested a man who threatened him.", "him")
    assert [a.country for a in acts] == ["BRA"]


def test_possessive_pronoun_is_still_its_own_subject(code):
    acts = _at(code, "Lula met Petro and praised his plan.", "his")
    assert [a.country for a in acts] == ["BRA"]


def test_personal_pronoun_is_never_a_named_group(code):
    acts = _at(code, "Hezbollah fired rockets on Monday. Police said he was arrested.", "he")
    assert acts == []


# 7. a spokesman speaks for the body named before him; "the head of X" is X's
@pytest.mark.parametrize("text,country,sector", [
    ("The Nigerian army's spokesman denied the report.", "NGA", "MIL"),
    ("A Kremlin spokesman denied the report.", "RUS", "GOV"),
    ("A Pakistani foreign ministry spokeswoman denied the report.", "PAK", "GOV"),
])
def test_spokesman_takes_the_sector_of_the_body(code, text, country, sector):
    acts = _subject(code, text)
    assert [(a.country, a.sector) for a in acts] == [(country, sector)]


@pytest.mark.parametrize("text,country,sector", [
    ("The head of the IAEA visited Tehran.", "IGO", "GOV"),
    ("The director of the Kenyan navy resigned.", "KEN", "MIL"),
])
def test_head_of_a_known_actor(code, text, country, sector):
    acts = _subject(code, text)
    assert [(a.country, a.sector) for a in acts] == [(country, sector)]


@pytest.mark.parametrize("text", ["The head of the family fled.", "The director of the film resigned."])
def test_head_of_something_else_is_no_actor(code, text):
    assert _subject(code, text) == []


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("The United States imposed sanctions on Rosneft and Sberbank on Wednesday.", "SANCTION", "USA", "RUS"),
    ("Gazprom cut gas supplies to Moldova.", "SANCTION", "RUS", "MDA"),
    ("Britain banned Huawei from its 5G network.", "COERCE", "GBR", "CHN"),
])
def test_companies_in_crisis_news_are_businesses_of_their_home_state(code, text, typ, src, tgt):
    doc = code(text, date="2024-03-01")
    evs = found(doc, typ, src, tgt)
    assert evs, triples(doc)
    assert "BUS" in {a.sector for e in evs for a in e.source + e.target}, triples(doc)
