"""When: start and end of an activity, its length, the notification date and the days of notice."""
from __future__ import annotations

import datetime as dt
import re

from ..dates import find_time_expressions, resolve, tense_of
from ._data import cues
from ._numbers import word_number

__all__ = ["activity_dates", "notification_date", "notice_days", "duration_hours"]

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<y>\d{4}))?"
_TO = r"\s*(?:-|–|—|to|until|till|through|and)\s*"
_DATE = rf"(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})(?:,?\s+\d{{4}})?"
# "10-20 February 2022", "February 10 to 20", "from 28 January to 4 February"
_RANGES = [re.compile(rf"\b(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY})\s+(?P<m>{_MONTH}){_YEAR}\b"),
           re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d1>{_DAY}){_TO}(?P<d2>{_DAY}){_YEAR}\b"),
           re.compile(rf"\b(?:from|between)\s+(?P<a>{_DATE}){_TO}(?P<b>{_DATE})\b")]
_UNIT_HOURS = {"hour": 1, "day": 24, "week": 168}
_NO_DATE_KINDS = {"duration", "time", "ago", "since", "recent"}


def _day(text: str) -> str:
    return re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", text)


def _resolve(text: str, pub, tense: str) -> str | None:
    r = resolve(_day(text), pub, tense)
    return r.date if r is not None and r.precision == "day" else None


def _verb_tense(sent, char: int, default: str) -> str:
    """Tense of the verb the words at char hang on ("which ran from 10 to 16 September")."""
    span = sent.doc.char_span(sent.start_char + char, sent.start_char + char + 1,
                              alignment_mode="expand")
    t = span.root if span is not None else None
    for _ in range(4):
        if t is None or t.pos_ in ("VERB", "AUX"):
            break
        t = t.head if t.head is not t else None
    return tense_of(t) if t is not None and t.pos_ in ("VERB", "AUX") else default


def _range(sent, pub, tense: str) -> tuple[str | None, str | None, tuple[int, int]] | None:
    low = sent.text.lower()
    for rx in _RANGES:
        m = rx.search(low)
        if not m:
            continue
        tense = _verb_tense(sent, m.start(), tense)
        g = m.groupdict()
        if g.get("a"):
            a, b = g["a"], g["b"]
            year = re.search(r"\d{4}", b)
            if year and not re.search(r"\d{4}", a):
                a += " " + year.group(0)
        else:
            y = " " + g["y"] if g.get("y") else ""
            a, b = f"{g['d1']} {g['m']}{y}", f"{g['d2']} {g['m']}{y}"
        start, end = _resolve(a, pub, tense), _resolve(b, pub, tense)
        if start and end and end < start:
            # "28 December to 4 January": the end is in the next year
            e = dt.date.fromisoformat(end)
            end = e.replace(year=e.year + 1).isoformat()
        return start, end, m.span()
    return None


def activity_dates(sent, attach: set[int], pub, tense: str) -> tuple[str | None, str | None]:
    """(start, end) ISO dates of the activity a sentence reports, None when not given.

    sent: a spaCy Span; attach: doc indices of the words of the activity (trigger, its verbs);
    pub: publication date; tense: "past" | "present" | "future" of the activity.
    """
    c = cues()
    found = _range(sent, pub, tense) if pub else None
    if found:
        return found[0], found[1]
    start = end = None
    starts, ends = set(c["start_words"]), set(c["end_words"])
    # "... before it began on 7 June": the activity's own verbs, whatever their subject
    attach = attach | {t.i for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in c["start_verbs"]}
    for expr in find_time_expressions(sent):
        if expr.head not in attach or expr.kind in _NO_DATE_KINDS:
            continue
        head = sent.doc[expr.head]
        own = tense_of(head) if head.pos_ in ("VERB", "AUX") else tense   # "which will end on ..."
        date = _resolve(expr.text, pub, own) if pub else None
        if date is None:
            continue
        first = sent.doc[expr.start].lower_
        before = sent.doc[expr.start - 1].lower_ if expr.start > sent.start else ""
        verb = sent.doc[expr.head].lemma_.lower()
        if first in ends or before in ends or verb in c["end_verbs"]:
            end = end or date
        elif first in starts or before in starts or start is None:
            start = start or date
    return start, end


def notification_date(sent, start: int, end: int, pub) -> str | None:
    """Date on which a notification was made, from the time words on its verb.

    sent: a spaCy Span; start, end: doc token span of the notification words; pub: publication date.
    """
    if not pub:
        return None
    heads = set(range(start, end)) | {sent.doc[i].head.i for i in range(start, end)}
    for expr in find_time_expressions(sent):
        if expr.head in heads and expr.kind not in _NO_DATE_KINDS:
            date = _resolve(expr.text, pub, "past")
            if date:
                return date
    return None


def notice_days(sent) -> int | None:
    """Days of notice a sentence reports ("notified only 17 days in advance"). sent: a Span."""
    m = cues().rx["notice"][0].search(sent.text.lower())
    return word_number(m.group(1)) if m else None


def duration_hours(sent) -> int | None:
    """Length of the activity in hours ("a three-day drill", "lasting 72 hours"). sent: a Span."""
    low = sent.text.lower()
    for rx in cues().rx["duration_patterns"]:
        m = rx.search(low)
        if m:
            n = word_number(m.group(1))
            if n:
                return n * _UNIT_HOURS[m.group(2)]
    return None
