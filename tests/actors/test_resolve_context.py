"""Actors whose country or identity comes from the words around them: towns the parser
takes for names, "the militia" after a named one, members of an institution, titles
written with a hyphen. Sentences written for these tests."""
import pytest


def _at(code, text, word, date="2024-05-14"):
    """The actors cached for the token `word` (last occurrence) of the last sentence."""
    doc = code(text, date=date, keep_work=True)
    k = len(doc.work["sents"]) - 1
    tok = [t for t in doc.work["sents"][k] if t.text == word][-1]
    return doc.work["actors"].get((k, tok.i), [])


# a town the parser reads as a person or an organisation, where a place is written
@pytest.mark.parametrize("text,word,country", [
    ("Rebels took control of most of Goma on Sunday.", "Goma", "COD"),
    ("Gunmen ambushed a supply convoy near Gao, killing six drivers.", "Gao", "MLI"),
    ("The militia said it had captured the town of Kamina.", "Kamina", "COD"),
])
def test_town_taken_for_a_name_gets_its_state(code, text, word, country):
    acts = _at(code, text, word)
    assert acts and acts[0].country == country, acts


@pytest.mark.parametrize("text,word", [
    ("The senator met Clinton and praised Abbas for his restraint.", "Clinton"),
    ("The premier told Dawn that he would resign.", "Dawn"),
])
def test_a_name_outside_a_place_phrase_is_not_geocoded(code, text, word):
    # a surname or a newspaper that happens to be a town somewhere stays what it was
    acts = _at(code, text, word)
    assert not acts or acts[0].country != "GBR" and acts[0].country != "SGP"
    if word == "Dawn":
        assert not acts or acts[0].country is None


def test_the_militia_is_the_armed_group_named_before(code):
    acts = _at(code, "Hezbollah fired rockets at the border on Monday. "
                     "The militia said the strikes were a warning.", "militia")
    assert [(a.country, a.name) for a in acts] == [("LBN", "Hezbollah")]


def test_the_militia_with_no_group_named_stays_a_generic_militia(code):
    acts = _at(code, "The militia said the strikes were a warning.", "militia")
    assert [(a.country, a.sector) for a in acts] == [(None, "PRM")]


def test_members_from_an_institution_take_its_state(code):
    acts = _at(code, "Police detained officials from the Kenyan government.", "officials")
    assert [(a.country, a.sector) for a in acts] == [("KEN", "GOV")]


def test_troops_from_a_place_are_not_of_that_place(code):
    acts = _at(code, "Moscow pulled its troops from Georgia in the spring.", "troops")
    assert all(a.country != "GEO" for a in acts), acts


def test_a_group_based_abroad_keeps_its_own_state(code):
    acts = _at(code, "The Syrian Observatory for Human Rights, a London-based monitor, "
                     "reported the shelling.", "Observatory")
    assert [a.country for a in acts] == ["SYR"]


def test_a_monitor_based_abroad_alone_is_of_that_state(code):
    acts = _at(code, "A London-based monitor reported the shelling.", "monitor")
    assert all(a.country in (None, "GBR") for a in acts)


@pytest.mark.parametrize("text,word,sector", [
    ("Canada's Attorney-General announced an inquiry.", "General", "GOV"),
    ("Kenya's Inspector-General of Police suspended the officers.", "General", "COP"),
    ("A Major-General led the assault.", "General", "MIL"),
])
def test_hyphenated_titles(code, text, word, sector):
    acts = _at(code, text, word)
    assert acts and acts[0].sector == sector, acts


def test_the_chairman_of_a_known_body_is_its_official(code):
    acts = _at(code, "The chairman of the African Union Commission condemned the coup.",
               "chairman")
    assert [(a.country, a.sector) for a in acts] == [("IGO", "GOV")]


def test_the_chairman_of_an_unknown_thing_is_no_actor(code):
    assert _at(code, "The chairman of the bake sale resigned.", "chairman") == []


# a state's ministry with no state named: the state last acting, or the capital the
# sentence opens in
def test_the_ministry_is_of_the_state_that_acted_in_the_sentence_before(code):
    acts = _at(code, "Chile's foreign minister rejected the offer on Monday. "
                     "The foreign ministry then summoned Peru's ambassador.", "ministry")
    assert [(a.country, a.sector) for a in acts] == [("CHL", "GOV")]


def test_a_ministry_in_a_sentence_opening_with_a_capital_is_of_that_state(code):
    acts = _at(code, "Ghana's defence minister spoke on Monday. "
                     "In Lome, the defence ministry denied any incursion.", "ministry")
    assert [a.country for a in acts] == ["TGO"]


def test_a_ministry_is_not_of_the_envoy_named_before_it_in_its_own_sentence(code):
    acts = _at(code, "Peru's ambassador was summoned by the foreign ministry.", "ministry")
    assert [a.country for a in acts] == [None]


def test_the_ministry_is_not_of_a_state_only_acted_upon(code):
    # the envoy summoned is no speaker for the next sentence's ministry
    acts = _at(code, "Bolivia's interior ministry expelled Peru's ambassador. "
                     "Foreign Office spokesman Tomas Arce said relations were frozen.", "Arce")
    assert [a.country for a in acts] == ["BOL"]


def test_a_ministry_alone_in_a_story_stays_without_a_state(code):
    acts = _at(code, "The foreign ministry condemned the attack.", "ministry")
    assert [(a.country, a.sector) for a in acts] == [(None, "GOV")]


@pytest.mark.parametrize("text,word,country", [
    ("Haaretz published the leaked memo on Sunday.", "Haaretz", "ISR"),
    ("The Washington Post obtained the emails.", "Post", "USA"),
    ("Le Monde reported the talks had failed.", "Monde", "FRA"),
])
def test_national_newspapers_are_journalists_of_their_state(code, text, word, country):
    acts = _at(code, text, word)
    assert [(a.country, a.sector) for a in acts] == [(country, "JRN")]


def test_a_common_word_title_of_a_paper_is_not_a_paper(code):
    assert all(a.sector != "JRN" for a in _at(code, "The post was left vacant.", "post"))


def test_musicians_are_civilians(code):
    acts = _at(code, "Musicians boycotted the festival in protest.", "Musicians")
    assert [(a.country, a.sector) for a in acts] == [(None, "CVL")]


def test_an_airport_named_after_its_town_acts_for_that_state(code):
    acts = _at(code, "Kismayo airport refused to let the cargo plane land.", "airport")
    assert [(a.country, a.sector, a.text) for a in acts] == [("SOM", "GOV", "Kismayo airport")]


@pytest.mark.parametrize("text", ["The airport was closed on Monday.",
                                  "Rebels shelled Kismayo airport on Monday."])
def test_an_unnamed_airport_or_one_only_acted_upon_is_no_actor(code, text):
    assert _at(code, text, "airport") == []


def test_he_is_the_one_who_reported_not_the_one_reported_on():
    import offramp
    doc = offramp.code("NATO's secretary-general, Jens Stoltenberg, told reporters that Erdogan would send the "
                       "protocol to parliament. He praised Sweden for its patience.", date="2023-07-11")
    praise = [e for e in doc.events if e.type == "SUPPORT"]
    assert praise and {a.country for a in praise[0].source} == {"NATO"}, \
        [(e.type, [a.country for a in e.source], [a.country for a in e.target]) for e in doc.events]
