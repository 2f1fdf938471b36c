"""Counted forces in a sentence: value, unit, qualifier, share of a total, or a rule's level."""
import pytest

from offramp.csbm._numbers import find_counts, word_number


@pytest.fixture()
def counts(nlp):
    return lambda text: find_counts(next(iter(nlp(text).sents)))


@pytest.mark.parametrize("text,value", [("12,800", 12800), ("12.8 thousand", 12800),
                                        ("five", 5), ("40 thousand", 40000), ("30 000", 30000),
                                        ("1.5 million", 1500000), ("troops", None)])
def test_csbm_word_number(text, value):
    assert word_number(text) == value


@pytest.mark.parametrize("text,expected", [
    ("Some 30,000 soldiers crossed the river.", [("troops", 30000, "about")]),
    ("More than 9,500 troops joined the manoeuvres.", [("troops", 9500, "more-than")]),
    ("Up to 200,000 servicemen could be mobilised.", [("troops", 200000, "up-to")]),
    ("Fewer than 8,000 personnel were involved.", [("troops", 8000, "less-than")]),
    ("It fielded 260 battle tanks and 510 armoured vehicles.",
     [("battle_tanks", 260, "exactly"), ("acvs", 510, "exactly")]),
    ("The brigade brought 270 artillery pieces and 3,200 paratroopers.",
     [("artillery", 270, "exactly"), ("airborne_troops", 3200, "exactly")]),
    ("A 25,000-strong force gathered.", [("troops", 25000, "exactly")]),
])
def test_csbm_counts_value_unit_and_qualifier(counts, text, expected):
    assert [(c.what, c.value, c.qualifier) for c in counts(text)] == expected


def test_csbm_counts_carry_the_unit_to_a_bare_estimate(counts):
    found = counts("Minsk declared 11,900 soldiers, while Warsaw estimated about 27,000.")
    assert [(c.what, c.value, c.qualifier) for c in found] == [
        ("troops", 11900, "exactly"), ("troops", 27000, "about")]


def test_csbm_counts_mark_a_share_of_the_total(counts):
    found = counts("The drills drew 12,500 troops, including 3,000 Armenian soldiers.")
    assert [(c.value, c.part) for c in found] == [(12500, False), (3000, True)]


def test_csbm_counts_mark_a_rule_level_as_threshold(counts):
    found = counts("The force stayed under the 9,000-troop threshold.")
    assert [(c.value, c.threshold) for c in found] == [(9000, True)]


def test_csbm_counts_ignore_dates_and_vague_amounts(counts):
    assert counts("Thousands of troops arrived on 12 March 2021 for a five-day drill.") == []
