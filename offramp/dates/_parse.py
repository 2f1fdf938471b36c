"""Read the words of one time expression into a `Spec`, the normalised form `_resolve` uses.

The finder and `resolve()` both go through `parse`, so a phrase found in a sentence and the
same phrase passed as a string always mean the same thing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ._words import (DAY_PARTS, DEICTIC, HEDGES, MONTH_NUM, NUMBER_WORDS, SEASONS, UNITS,
                     VAGUE_NUMBERS, WEEKDAY_NUM)


@dataclass(frozen=True)
class Spec:
    """What an expression says, before any calendar is consulted.

    kind: one of `_types.KINDS`; unit: day/week/month/year/weekend/hour/...;
    rel: "this"/"last"/"next" or None; offset: days from the anchor day (kind "day");
    amount: count of units (None when only implied, as in "within days");
    weekday: 0=Monday; year, month, day: calendar fields that were written;
    approx: a hedge or vague count; inner: the expression after "since"; text: the input.
    """

    kind: str
    unit: str | None = None
    rel: str | None = None
    offset: int = 0
    amount: int | None = None
    weekday: int | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    approx: bool = False
    inner: "Spec | None" = None
    text: str = ""


def _alt(words) -> str:
    # longest first so "a few" wins over "a" and "sept" over "sep"
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_WD = _alt(WEEKDAY_NUM)
_MON = _alt(MONTH_NUM)
_NUM = rf"\d+|{_alt(list(NUMBER_WORDS) + list(VAGUE_NUMBERS))}"
_UNIT = rf"(?:{_alt(UNITS)})s?"
_PART = _alt(DAY_PARTS)
_EDGE = r"(?:(earlier|later|early|late|mid|very early|very late) )?"
_YEAR = r"(1[89]\d\d|20\d\d)"
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
_LEAD = re.compile(r"^(?:on|at|during|by|until|till|through|throughout|as of|from|"
                   r"starting|beginning|as early as|as late as|no later than) ")

_RE = {
    "ago": re.compile(rf"^(?:({_alt(HEDGES)}) )?(?:({_NUM}) )?({_UNIT}) ago$"),
    "after": re.compile(rf"^in (?:({_alt(HEDGES)}) )?({_NUM}) ({_UNIT})(?: time)?$"),
    "within": re.compile(rf"^within (?:(?:the next |the coming )?({_NUM}) )?({_UNIT})$"),
    "span": re.compile(rf"^(?:(?:in|over|during|for|within) )?the (coming|next|past|last|"
                       rf"previous)(?: ({_NUM}))? ({_UNIT})$"),
    "deictic": re.compile(rf"^{_EDGE}({_alt(DEICTIC)})(?: ({_PART}))?$"),
    "last_night": re.compile(r"^(?:late |early )?last (night|evening)$"),
    "this_part": re.compile(r"^(?:earlier |later |early |late )?this (morning|afternoon|"
                            r"evening)$"),
    "in_the_day": re.compile(r"^(earlier|later) (?:in|on|that|during) the day$"),
    "weekday": re.compile(rf"^{_EDGE}(?:on )?(?:(this|last|next|this past|this coming|"
                          rf"past|coming) )?({_WD})\.?(?: ({_PART}))?$"),
    "md": re.compile(rf"^(?:(?:{_WD})\.?,? )?(?:on )?({_MON})\.? {_ORD}(?:,? {_YEAR})?$"),
    "dm": re.compile(rf"^(?:(?:{_WD})\.?,? )?(?:on )?(?:the )?{_ORD}(?: of)? ({_MON})\.?"
                     rf"(?:,? {_YEAR})?$"),
    "iso": re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    "month": re.compile(rf"^(?:(?:early|mid|late|the end of|the start of|the beginning of)"
                        rf"[- ]?)?(?:(this|last|next|this past|past) )?({_MON})\.?"
                        rf"(?:,? {_YEAR})?$"),
    "year": re.compile(rf"^(?:(?:early|mid|late|the end of|the start of|the beginning of)"
                       rf"[- ]?)?(?:the year )?{_YEAR}$"),
    "period": re.compile(rf"^{_EDGE}(?:(this|last|next|past|previous|the past) )(week|month|"
                         rf"year)$"),
    "in_the": re.compile(r"^(earlier|later|early|late) in the (week|month|year)$"),
    "weekend": re.compile(r"^(?:the |(this|last|next|this past|this coming|past|coming) )"
                          r"weekend$"),
    "duration": re.compile(rf"^(?:(?:{_alt(HEDGES)}|for|over|the) )*({_NUM})[ -]({_UNIT})"
                           rf"(?:-old|-long)?$"),
    "lengths": re.compile(rf"^(?:(?:{_alt(HEDGES)}|for|the|mere) )*(?:{_alt(UNITS)})s$"),
    "decade": re.compile(r"^(?:the )?(?:(?:early|mid|late)[- ]?)?(1[89]\d0|20\d0)'?s$"),
    "season": re.compile(rf"^(the )?"
                         rf"(?:(?:early|mid|late)[- ]?)?(?:(this|last|next|this past|past|"
                         rf"this coming|coming) )?({_alt(SEASONS)})(?: (?:of )?{_YEAR})?$"),
    # told against an event the story has just dated: "the same day", "a day later"
    "same": re.compile(r"^(?:later |earlier )?(?:the same|that) (day|night|morning|afternoon|"
                       r"evening)$"),
    "next": re.compile(r"^the (next|following|previous|preceding) (day|morning|afternoon|"
                       r"evening|night)$"),
    "later": re.compile(rf"^(?:({_alt(HEDGES)}) )?(?:({_NUM}) )?({_UNIT}) (later|earlier)$"),
    "clock": re.compile(r"^(?:about |around |at )?\d{1,2}(?:[:.]\d\d)?(?: ?[ap]\.?m\.?)?"
                        r"(?: [a-z]{2,4})?$|^(?:noon|midnight|dawn|dusk)$"),
}
_SEASON_PREP = re.compile(r"^(?:\w+ )?(?:in|during|over|by|until|through|since|from) the ")
_REL = {"this": "this", "this coming": "next", "coming": "next", "next": "next",
        "last": "last", "past": "last", "previous": "last", "this past": "last",
        "the past": "last"}
# weekdays keep "this past"/"this coming" apart from "last"/"next": see `_resolve._weekday`
_WD_REL = {"this": "this", "last": "last", "next": "next", "this past": "past", "past": "past",
           "this coming": "coming", "coming": "coming"}


def normalise(text: str) -> str:
    """Lower-case the expression and drop possessives and stray punctuation.

    text: the words as written.
    """
    s = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", " ")
    s = re.sub(r"'s\b|'(?=\s|$)", "", s)
    s = re.sub(r"\s+([,.-])", r"\1", s)
    s = re.sub(r"([-])\s+", r"\1", s)
    s = re.sub(r"\s+", " ", s).strip(" ,;:()[]\"'")
    return s.rstrip(".") if not re.search(r"\b[ap]\.m\.$", s) else s


def _count(word: str | None) -> tuple[int | None, bool]:
    if word is None:
        return None, True
    if word.isdigit():
        return int(word), False
    if word in VAGUE_NUMBERS:
        return VAGUE_NUMBERS[word], True
    return NUMBER_WORDS[word], False


def _unit(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


def parse(text: str) -> Spec | None:
    """Read one time expression; None when the words are not a time expression.

    text: the expression, e.g. "earlier on Tuesday", "since 2014", "42 days".
    """
    s = normalise(text)
    if s.startswith("since "):
        inner = _parse(s[6:], text)
        if inner is None or inner.kind in ("duration", "after", "within", "coming", "time"):
            return None
        return Spec("since", inner=inner, text=text)
    return _parse(s, text)


def _parse(s: str, text: str) -> Spec | None:
    while (m := _LEAD.match(s)) and len(s) > m.end():
        s = s[m.end():]
    if m := _RE["same"].match(s):
        return Spec("anaphoric", "day", offset=0, text=text)
    if m := _RE["next"].match(s):
        return Spec("anaphoric", "day", offset=1 if m[1] in ("next", "following") else -1,
                    text=text)
    if m := _RE["later"].match(s):
        amount, vague = _count(m[2])
        unit = _unit(m[3])
        if unit in ("minute", "hour"):   # "hours later": the same day
            return Spec("anaphoric", "day", offset=0, approx=True, text=text)
        if m[2] is None:
            return None   # "days later": too vague to count
        sign = 1 if m[4] == "later" else -1
        return Spec("anaphoric", unit, amount=sign * amount, approx=vague or bool(m[1]),
                    text=text)
    if m := _RE["ago"].match(s):
        amount, vague = _count(m[2])
        return Spec("ago", _unit(m[3]), amount=amount, approx=vague or bool(m[1]), text=text)
    if m := _RE["after"].match(s):
        amount, vague = _count(m[2])
        return Spec("after", _unit(m[3]), amount=amount, approx=vague or bool(m[1]), text=text)
    if m := _RE["within"].match(s):
        amount, _ = _count(m[1]) if m[1] else (None, True)
        return Spec("within", _unit(m[2]), amount=amount, approx=True, text=text)
    if m := _RE["span"].match(s):
        amount, vague = _count(m[2]) if m[2] else (None, m[3].endswith("s"))
        kind = "coming" if m[1] in ("coming", "next") else "recent"
        return Spec(kind, _unit(m[3]), amount=amount or (None if vague else 1),
                    approx=vague, text=text)
    for prep in ("in ", "over ", "at ", "around "):
        if s.startswith(prep) and len(s) > len(prep):
            if not s[len(prep):][:1].isdigit() or _RE["year"].match(s[len(prep):]):
                s = s[len(prep):]
            break
    return _parse_point(s, text)


def _parse_point(s: str, text: str) -> Spec | None:
    if m := _RE["season"].match(s):
        # "the fall of Kabul", "the Arab Spring": a season needs a year, a "last"/"next"
        # or a preposition before it to be a date
        if not (m[2] or m[4] or _SEASON_PREP.match(normalise(text))):
            return None
        rel = {"this coming": "next", "coming": "next", "this past": "last",
               "past": "last"}.get(m[2], m[2])
        return Spec("season", "season", rel=rel, month=SEASONS[m[3]],
                    year=int(m[4]) if m[4] else None, text=text)
    if m := _RE["deictic"].match(s):
        return Spec("day", "day", offset=DEICTIC[m[2]], text=text)
    if _RE["last_night"].match(s):
        return Spec("day", "day", offset=-1, text=text)
    if _RE["in_the_day"].match(s) or _RE["this_part"].match(s):
        return Spec("day", "day", offset=0, text=text)
    if m := _RE["weekday"].match(s):
        return Spec("weekday", "day", rel=_WD_REL.get(m[2] or ""), weekday=WEEKDAY_NUM[m[3]],
                    text=text)
    if m := _RE["iso"].match(s):
        return Spec("date", "day", year=int(m[1]), month=int(m[2]), day=int(m[3]), text=text)
    if m := _RE["md"].match(s):
        return _date(m[3], m[1], m[2], text)
    if m := _RE["dm"].match(s):
        return _date(m[3], m[2], m[1], text)
    if m := _RE["month"].match(s):
        # "may" alone is the modal far more often than the month; the finder checks case
        return Spec("month", "month", rel=_REL.get(m[1] or ""), month=MONTH_NUM[m[2]],
                    year=int(m[3]) if m[3] else None, text=text)
    if m := _RE["year"].match(s):
        return Spec("year", "year", year=int(m[1]), text=text)
    if m := _RE["decade"].match(s):
        return Spec("year", "decade", year=int(m[1]), text=text)
    if m := _RE["period"].match(s):
        return Spec("period", m[3], rel=_REL[m[2]], text=text)
    if m := _RE["in_the"].match(s):
        return Spec("period", m[2], rel="this", text=text)
    if m := _RE["weekend"].match(s):
        rel = "this" if m[1] in ("coming", "this coming") else _REL.get(m[1] or "")
        return Spec("weekend", "weekend", rel=rel, text=text)
    if m := _RE["duration"].match(s):
        amount, vague = _count(m[1])
        return Spec("duration", _unit(m[2]), amount=amount, approx=vague, text=text)
    if _RE["lengths"].match(s):   # "for days", "only weeks": a length, never a date
        return Spec("duration", approx=True, text=text)
    if _RE["clock"].match(s) and not s.isdigit():
        return Spec("time", text=text)
    return None


def _date(year: str | None, month: str, day: str, text: str) -> Spec | None:
    d = int(day)
    if not 1 <= d <= 31:
        return None
    return Spec("date", "day", year=int(year) if year else None, month=MONTH_NUM[month],
                day=d, text=text)
