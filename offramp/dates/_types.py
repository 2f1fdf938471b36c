"""Plain records passed between the finder and the resolver of `offramp.dates`."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

# what `TimeExpr.kind` can be; `resolve` reads the kind back from the text, so these
# names are a summary for callers, not a second grammar
KINDS = (
    "weekday",   # (on) Friday, earlier on Tuesday, late Monday, Tuesday night, last Friday
    "day",       # today, yesterday, tomorrow, tonight, last night, earlier in the day
    "period",    # this/last/next week|month|year, earlier this week, later in the month
    "weekend",   # over/at the weekend, this/last/next weekend
    "year",      # in 2020, a 2020 meeting, early 2021, the 1990s
    "season",    # last summer, in the spring, winter 2021
    "month",     # in March, March 2021, last March
    "date",      # March 3, 3 March 2021, 2021-03-03, Tuesday, Jan. 18
    "ago",       # two days ago, more than a week ago
    "after",     # in two weeks
    "within",    # within days, within a week
    "coming",    # in the coming days, over the next two weeks
    "recent",    # in the past week, over the last few days
    "since",     # since 2014, since last week
    "anaphoric", # the same day, the next day, a day later, hours later: from an event told
                 # before, so it resolves only against an `anchor` date
    "duration",  # 42 days, for three weeks: a length of time, never a date
    "time",      # a clock time (7 p.m.): says nothing about the day
    "other",     # an NER date the grammar does not know; dateparser may still read it
)
PRECISIONS = ("day", "week", "month", "year", "range")
TENSES = ("past", "present", "future")


@dataclass(frozen=True)
class TimeExpr:
    """A time expression found in a sentence.

    text: the words as written (a possessive "'s" is left out);
    start, end: token indices in the parent doc (`token.i`), end exclusive;
    head: index of the token the expression modifies (verb or noun), -1 if none;
    kind: one of KINDS;
    group: shared id of the members of a coordinated list ("on Monday and Tuesday"),
        the `start` of the list's first member; None for a lone expression.
    """

    text: str
    start: int
    end: int
    head: int
    kind: str
    group: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Resolved:
    """A time expression turned into calendar dates.

    date: ISO date that stands for the expression: the day; the first day of the
        week/month/year/range; for counted offsets ("three weeks ago") the counted day;
    precision: one of PRECISIONS;
    start, end: ISO dates of the first and last day covered (inclusive);
    approx: True when the words are vague ("more than a week ago", "within days").
    """

    date: str
    precision: str
    start: str
    end: str
    approx: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
