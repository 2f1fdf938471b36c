"""Subjects the gazetteers cannot name on their own: described organisations, parts of named
groups, many states at once, titles only one state uses, surnames named before. Sentences
written for these tests."""
import pytest

from offramp.actors import actors_of


def _subject(code, text, date="2021-03-10"):
    """The actors of the subject of the last sentence's main verb."""
    doc = code(text, date=date, keep_work=True)
    k = len(doc.work["sents"]) - 1
    sent = doc.work["sents"][k]
    subj = next(t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT")
    return actors_of(doc, k, subj)


# 1. a part of a named group acts as that group; a nationality before it gives the country
@pytest.mark.parametrize("text,country,sector,name,words", [
    ("The Tunisian affiliate of al-Qaeda claimed the attack on the police station.",
     "TUN", "REB", "al-Qaeda", "affiliate of al-Qaeda"),
    ("The Pakistani branch of the Taliban claimed the bombing.", "PAK", "REB", "Taliban",
     "branch of the Taliban"),
    ("The armed wing of Hamas fired rockets at Ashkelon.", "PSE", "REB", "Hamas", "wing of Hamas"),
])
def test_part_of_a_named_group(code, text, country, sector, name, words):
    acts = _subject(code, text)
    assert [(a.country, a.sector, a.name) for a in acts] == [(country, sector, name)], acts
    assert words in acts[0].text


def test_part_of_an_unlisted_group_keeps_its_name(code):
    acts = _subject(code, "A faction of the SPLA attacked the barracks.")
    assert len(acts) == 1 and "SPLA" in acts[0].text and acts[0].name == "SPLA", acts


# 2. many states acting together: GOV, no single country unless one is named
@pytest.mark.parametrize("text,words", [
    ("Nearly 40 countries condemned the coup in Niger.", "40 countries"),
    ("Gulf states pledged aid to Sudan.", "Gulf states"),
    ("Western powers accused Iran of enriching uranium.", "Western powers"),
    ("Several European governments criticised the blockade.", "European governments"),
    ("The Southeast Asian nations urged the junta to end the violence.", "Asian nations"),
])
def test_collective_states(code, text, words):
    acts = _subject(code, text)
    assert [(a.country, a.sector) for a in acts] == [(None, "GOV")], acts
    assert words in acts[0].text


def test_collective_states_keep_a_named_body(code):
    acts = _subject(code, "EU countries agreed on new sanctions against Belarus.")
    assert [(a.country, a.sector) for a in acts] == [("EU", "GOV")], acts


def test_powers_that_are_no_states(code):
    doc = code("Sweeping powers were granted to the police.", date="2021-03-10", keep_work=True)
    tok = next(t for t in doc.work["sents"][0] if t.text == "powers")
    assert not doc.work["actors"].get((0, tok.i))


def test_the_two_countries_are_still_both_sides(code):
    acts = _subject(code, "Armenia and Azerbaijan fought over the border. The two countries "
                          "signed a ceasefire.")
    assert {a.country for a in acts} == {"ARM", "AZE"}, acts


# 3. an organisation the sentence describes but no list names
@pytest.mark.parametrize("text,words,country,sector", [
    ("The women-led Zafar movement boycotted the parliamentary vote.", "Zafar movement", None, None),
    ("An Iraq-allied group announced it would leave the bases.", "Iraq-allied group", None, None),
    ("A U.S. government watchdog agency launched an inquiry into the prison.", "watchdog agency",
     "USA", "GOV"),
    ("The Syrian army command announced a ceasefire in Idlib.", "army command", "SYR", "MIL"),
    ("The U.N. Reconciliation Commission urged both sides to talk.", "Reconciliation Commission",
     "UN", None),
])
def test_described_organisation(code, text, words, country, sector):
    acts = _subject(code, text)
    assert len(acts) == 1 and words in acts[0].text, acts
    assert acts[0].country == country  # the patron of "Iraq-allied" is not the group
    if sector:
        assert acts[0].sector == sector


def test_possessed_organ_is_its_owners(code):
    acts = _subject(code, "ECOWAS met in Abuja. The bloc's commission renewed its call for "
                          "elections.")
    assert [a.country for a in acts] == ["IGO"], acts


def test_chairman_of_a_possessor(code):
    acts = _subject(code, "KMPRAC's chairman accused the minister of fraud.")
    assert len(acts) == 1 and acts[0].role == "chairman" and "KMPRAC" in acts[0].text, acts


# 4. titles only one state uses, when no state is named
@pytest.mark.parametrize("text,country", [
    ("Acting Deputy Secretary of State Karen Wollmer met the junta leaders.", "USA"),
    ("Secretary of State Dana Whitfield accused Beijing of lying.", "USA"),
    ("The Home Secretary condemned the rioters.", "GBR"),
])
def test_title_of_one_state(code, text, country):
    acts = _subject(code, text)
    assert [a.country for a in acts] == [country], acts


def test_foreign_secretary_of_the_story(code):
    acts = _subject(code, "India and Nepal held talks on the border in New Delhi. Foreign "
                          "Secretary Ravi Anand briefed reporters.")
    assert [a.country for a in acts] == ["IND"], acts


# 5. surnames named before
def test_family_name_first(code):
    acts = _subject(code, "Retired Chinese General Cheng Wei warned Taiwan on Monday. Cheng "
                          "said the island would pay a heavy price.")
    assert [(a.country, a.name) for a in acts] == [("CHN", "Cheng Wei")], acts


def test_listed_first_name_before_another_surname(code):
    acts = _subject(code, "Pakistani opposition leader Imran Rahim criticised the army. Rahim "
                          "said the generals were corrupt.", date="2020-01-01")
    assert [(a.country, a.name) for a in acts] == [("PAK", "Imran Rahim")], acts


@pytest.mark.parametrize("text,country", [
    ("Kenya sheltered thousands of refugees fleeing Somalia.", "SOM"),
    ("Chad took in 5,000 refugees from Sudan last week.", "SDN"),
])
def test_uprooted_people_are_of_the_state_they_left(text, country):
    import offramp
    doc = offramp.code(text, date="2023-05-16", keep_work=True)
    refs = [a for acts in doc.work["actors"].values() for a in acts if a.sector == "REF"]
    assert refs and all(a.country == country for a in refs), refs


@pytest.mark.parametrize("text,country", [
    ("ASEAN ministers met in Jakarta on Thursday. The bloc's special envoy flew to Yangon.", "IGO"),
    ("EU leaders met in Brussels. The bloc's foreign policy chief urged Russia to withdraw.", "EU"),
])
def test_an_official_of_the_bloc_named_before_is_the_blocs(code, text, country):
    acts = _subject(code, text)
    assert acts and {a.country for a in acts} == {country}, acts
