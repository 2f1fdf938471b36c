"""People and groups of the bundled gazetteer resolved on sentences written for these tests."""
import pytest

from offramp.actors._data import gazetteer


def _actor(code, text, word, date):
    doc = code(text, date=date, keep_work=True)
    for k, sent in enumerate(doc.work["sents"]):
        for t in sent:
            if t.text == word:
                found = doc.work["actors"].get((k, t.i), [])
                if found:
                    return found[0]
    raise AssertionError(f"{word!r} not resolved in {text!r}")


@pytest.mark.parametrize("text,word,date,country,sector", [
    # a head of state in office on the article date
    ("Kufuor said the talks with the opposition would resume next week.", "Kufuor", "2005-06-01",
     "GHA", "GOV"),
    # the same surname after the term: a former official of the same country
    ("Kufuor said the talks with the opposition would resume next week.", "Kufuor", "2012-06-01",
     "GHA", "ELI"),
    # one surname, two roles: foreign minister, then prime minister
    ("Tsipras told reporters that Athens would not accept the terms.", "Tsipras", "2016-03-01",
     "GRC", "GOV"),
    # an alias with diacritics and its plain spelling
    ("Kılıçdaroğlu accused the government of silencing critics.", "Kılıçdaroğlu", "2015-06-01",
     "TUR", "OPP"),
    ("Kilicdaroglu accused the government of silencing critics.", "Kilicdaroglu", "2015-06-01",
     "TUR", "OPP"),
    # an international official: body code, not the home country
    ("Strauss-Kahn urged Greece to cut spending.", "Kahn", "2010-05-04", "IGO", "GOV"),
    # a rebel leader
    ("Machar rejected the peace deal.", "Machar", "2014-02-01", "SSD", "REB"),
])
def test_people_resolve_by_article_date(code, text, word, date, country, sector):
    a = _actor(code, text, word, date)
    assert (a.country, a.sector) == (country, sector)


def test_people_role_changes_with_the_date():
    gaz = gazetteer()
    roles = {(e.valid_from, e.country, e.sector, e.role) for e in gaz.names["Dendias"]}
    assert ("2019-07-09", "GRC", "GOV", "foreign minister") in roles
    assert ("2023-06-27", "GRC", "MIL", "defence minister") in roles


@pytest.mark.parametrize("text,word,country,sector", [
    ("Ansar Dine fighters seized the town.", "Ansar", "MLI", "REB"),
    ("The Badr Organization said it would not disarm.", "Badr", "IRQ", "PRM"),
    ("FARDC soldiers clashed with the rebels.", "FARDC", "COD", "MIL"),
])
def test_groups_resolve_to_their_country(code, text, word, country, sector):
    a = _actor(code, text, word, "2022-03-01")
    assert (a.country, a.sector) == (country, sector)


@pytest.mark.parametrize("form", [
    # common words, places or names shared by many people: never a person on their own
    "May", "Brown", "Rice", "Power", "Gates", "Talon", "Lasso", "Chinchilla", "Muscat", "Chapo",
    "Barbecue", "Masisi", "Kawaguchi", "Martin", "Kenny", "Estrada", "Najib",
])
def test_people_no_bare_common_word_aliases(form):
    entries = gazetteer().names.get(form, [])
    assert not [e for e in entries if e.kind == "person"], form
