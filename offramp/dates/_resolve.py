"""Turn a time expression into calendar dates, counted from the publication date.

Choices a reader of wire news would make, and that the tests pin:
- A bare weekday is read by tense. Past: the latest such day on or before publication, so
  "said on Tuesday" in a Tuesday story is that Tuesday. Future: the first such day on or
  after publication, so "will meet on Tuesday" in a Tuesday story is also that day: wire
  copy names the weekday for the current day and writes "next Tuesday" or the date for one
  a week away. Present: whichever occurrence is nearer.
- "last"/"next" + weekday is that weekday in the previous/next ISO week (Monday first);
  "this past"/"this coming" + weekday is the nearest one strictly before/after.
- Weeks are ISO weeks: "last week" is the previous week's Monday, precision "week".
- A month or day written without a year takes the publication year, moved back a year when
  the sentence is past and the date would fall after publication, forward when it is future
  and the date would fall before ("March 3" in a January future sentence: this March).
- "N units ago" / "in N units" count from publication: the date is that day, the precision
  the unit's and start/end the calendar week/month/year around it; hedged counts ("more
  than a week ago") are approx. In a past sentence "in two weeks" and "within days" measure
  a length from some other event, so they give None.
- The weekend is Saturday-Sunday, precision "range": the one just gone in a past weekday
  story, the coming one in a future story (the next one when published on a Sunday).
- "earlier/later in the day", "today", "tonight" are the publication day; a caller that
  knows the day in context passes that day as `pub_date`.
- Without a publication date only what carries its own year resolves.
- "the same day", "the next day", "a day later", "hours later" count from an event told
  before, which only the caller knows: they resolve against `anchor`, else to None.
"""
from __future__ import annotations

import calendar
import datetime as dt

from offramp.errors import InputError

from ._absolute import parse_absolute
from ._parse import Spec, parse
from ._types import TENSES, Resolved, TimeExpr
from ._words import UNITS

_DAY = dt.timedelta(days=1)
_UNIT_PRECISION = {"minute": "day", "hour": "day", "day": "day", "week": "week",
                   "fortnight": "week", "month": "month", "year": "year", "decade": "year"}
# how far "within days", "in the coming weeks" reach when no number is given
_VAGUE_SPAN = {"minute": 0, "hour": 0, "day": 7, "week": 21, "fortnight": 28, "month": 90,
               "year": 1095, "decade": 3650}
_NO_DATE = ("duration", "time")


def resolve(expr_text: str, pub_date: dt.date | str | None,
            tense: str = "past", anchor: dt.date | str | None = None) -> Resolved | None:
    """Resolve the words of a time expression; None when they name no date.

    expr_text: the expression ("on Friday", "last week", "March 3, 2021");
    pub_date: publication date (date, datetime or "YYYY-MM-DD"), or None if unknown;
    tense: "past", "present" or "future", the tense of the event the words date;
    anchor: the day of the event the words look back to, for "the same day", "a day
    later" (kind "anaphoric"), which give None without it.
    """
    if tense not in TENSES:
        raise ValueError(f"tense must be one of {TENSES}, not {tense!r}")
    pub = _as_date(pub_date)
    spec = parse(expr_text)
    if spec is None:
        found = parse_absolute(expr_text, pub, tense)
        return _out(*found) if found else None
    if spec.kind == "anaphoric":
        return _anaphoric(spec, _as_date(anchor))
    return _resolve(spec, pub, tense)


def resolve_expr(expr: TimeExpr, pub_date: dt.date | str | None,
                 tense: str = "past", anchor: dt.date | str | None = None) -> Resolved | None:
    """Resolve a `TimeExpr` found by `find_time_expressions`.

    expr: the found expression; pub_date, tense, anchor: as for `resolve`.
    """
    if expr.kind in _NO_DATE:
        return None
    return resolve(expr.text, pub_date, tense, anchor)


def _anaphoric(spec: Spec, anchor: dt.date | None) -> Resolved | None:
    if anchor is None:
        return None
    if spec.unit == "day":
        return _out(anchor + (spec.offset + (spec.amount or 0)) * _DAY, "day", spec.approx)
    return _out(_shift(anchor, spec.unit, spec.amount), _UNIT_PRECISION[spec.unit], spec.approx)


def _as_date(value) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"publication date {value!r} is not YYYY-MM-DD") from None


def _out(date: dt.date, precision: str, approx: bool = False,
         start: dt.date | None = None, end: dt.date | None = None) -> Resolved:
    if start is None:
        start, end = _enclosing(date, precision)
    return Resolved(date.isoformat(), precision, start.isoformat(), end.isoformat(), approx)


def _enclosing(d: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    if precision == "week":
        monday = d - d.weekday() * _DAY
        return monday, monday + 6 * _DAY
    if precision == "month":
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if precision == "year":
        return d.replace(month=1, day=1), d.replace(month=12, day=31)
    return d, d


def _span(start: dt.date, end: dt.date, approx: bool) -> Resolved:
    n = (end - start).days   # "the past week" is today and the seven days before it
    precision = ("day" if n < 1 else "week" if n <= 7 else "month" if n <= 31
                 else "year" if n <= 366 else "range")
    return _out(start, precision, approx, start, end)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    days, months = UNITS[unit]
    return _add_months(d, n * months) if months else d + n * days * _DAY


def _resolve(spec: Spec, pub: dt.date | None, tense: str) -> Resolved | None:
    kind = spec.kind
    if kind in _NO_DATE:
        return None
    if kind == "since":
        inner = _resolve(spec.inner, pub, "past")
        if inner is None:
            return None
        return Resolved(inner.date, inner.precision, inner.start,
                        pub.isoformat() if pub else inner.end, inner.approx)
    if kind == "year" and spec.unit == "decade":
        start = dt.date(spec.year, 1, 1)
        return _out(start, "range", start=start, end=dt.date(spec.year + 9, 12, 31))
    if kind == "year":
        return _out(dt.date(spec.year, 1, 1), "year")
    if kind == "season" and spec.year:
        return _season_out(dt.date(spec.year, spec.month, 1))
    if kind == "date" and spec.year:
        try:
            return _out(dt.date(spec.year, spec.month, spec.day), "day")
        except ValueError:
            return None
    if kind == "month" and spec.year:
        return _out(dt.date(spec.year, spec.month, 1), "month")
    if pub is None:
        return None
    return _RELATIVE[kind](spec, pub, tense)


def _day(spec: Spec, pub: dt.date, tense: str) -> Resolved:
    return _out(pub + spec.offset * _DAY, "day")


def _weekday(spec: Spec, pub: dt.date, tense: str) -> Resolved:
    target, rel = spec.weekday, spec.rel
    back = (pub.weekday() - target) % 7   # days since the latest such weekday, 0 = today
    ahead = (target - pub.weekday()) % 7
    monday = pub - pub.weekday() * _DAY
    if rel in ("last", "next"):
        d = monday + ((-7 if rel == "last" else 7) + target) * _DAY
    elif rel == "past":
        d = pub - (back or 7) * _DAY
    elif rel == "coming":
        d = pub + (ahead or 7) * _DAY
    elif tense == "past":
        d = pub - back * _DAY
    elif tense == "future" or rel == "this":
        d = pub + ahead * _DAY
    else:
        d = pub - back * _DAY if back < ahead else pub + ahead * _DAY
    return _out(d, "day")


def _period(spec: Spec, pub: dt.date, tense: str) -> Resolved:
    step = {"last": -1, "next": 1}.get(spec.rel, 0)
    if spec.unit == "week":
        return _out(pub - pub.weekday() * _DAY + 7 * step * _DAY, "week")
    if spec.unit == "month":
        return _out(_add_months(pub.replace(day=1), step), "month")
    return _out(dt.date(pub.year + step, 1, 1), "year")


def _weekend(spec: Spec, pub: dt.date, tense: str) -> Resolved:
    saturday = pub - pub.weekday() * _DAY + 5 * _DAY   # Saturday of the publication's week
    if spec.rel in ("last", "next"):
        saturday += (7 if spec.rel == "next" else -7) * _DAY
    elif spec.rel is None and pub.weekday() < 5:
        # a weekday story: past means the weekend just gone; present leans back early in
        # the week ("over the weekend" on a Monday) and forward late in it
        if tense == "past" or (tense == "present" and pub.weekday() < 2):
            saturday -= 7 * _DAY
    elif spec.rel is None and tense == "future" and pub.weekday() == 6:
        saturday += 7 * _DAY   # a Sunday story's coming weekend is the next one
    return _out(saturday, "range", start=saturday, end=saturday + _DAY)


def _month(spec: Spec, pub: dt.date, tense: str) -> Resolved:
    m, pm, y = spec.month, pub.month, pub.year
    if spec.rel == "last":
        y = y if m < pm else y - 1
    elif spec.rel == "next":
        y = y if m > pm else y + 1
    elif spec.rel == "this":
        pass
    elif tense == "past":
        y = y if m <= pm else y - 1
    elif tense == "future":
        y = y if m >= pm else y + 1
    else:
        y = min((y, y - 1, y + 1), key=lambda c: abs(c * 12 + m - (pub.year * 12 + pm)))
    return _out(dt.date(y, m, 1), "month")


def _date(spec: Spec, pub: dt.date, tense: str) -> Resolved | None:
    def make(year: int) -> dt.date | None:
        try:
            return dt.date(year, spec.month, spec.day)
        except ValueError:
            return None
    # nine years each way reaches a 29 February from any publication year
    if tense == "past":
        options = [d for y in range(pub.year, pub.year - 9, -1) if (d := make(y)) and d <= pub]
    elif tense == "future":
        options = [d for y in range(pub.year, pub.year + 9) if (d := make(y)) and d >= pub]
    else:
        options = sorted((d for y in range(pub.year - 4, pub.year + 5) if (d := make(y))),
                         key=lambda d: (abs((d - pub).days), d < pub))
    return _out(options[0], "day") if options else None


def _season_out(start: dt.date) -> Resolved:
    return _out(start, "range", start=start, end=_add_months(start, 3) - _DAY)


def _season(spec: Spec, pub: dt.date, tense: str) -> Resolved:
    starts = [dt.date(y, spec.month, 1) for y in range(pub.year - 2, pub.year + 2)]
    ends = [_add_months(s, 3) - _DAY for s in starts]
    if spec.rel == "last":
        pick = [s for s, e in zip(starts, ends) if e < pub][-1]
    elif spec.rel == "next":
        pick = [s for s in starts if s > pub][0]
    elif tense == "past":
        pick = [s for s in starts if s <= pub][-1]
    else:   # present/future/"this": the season under way, else the coming one
        pick = [s for s, e in zip(starts, ends) if e >= pub][0]
    return _season_out(pick)


def _ago(spec: Spec, pub: dt.date, tense: str) -> Resolved:
    n = spec.amount if spec.amount is not None else 3
    return _out(_shift(pub, spec.unit, -n), _UNIT_PRECISION[spec.unit], spec.approx)


def _after(spec: Spec, pub: dt.date, tense: str) -> Resolved | None:
    if tense == "past":   # "captured in two weeks" is a length of time, not a date
        return None
    n = spec.amount if spec.amount is not None else 3
    return _out(_shift(pub, spec.unit, n), _UNIT_PRECISION[spec.unit], spec.approx)


def _reach(spec: Spec, pub: dt.date, sign: int) -> dt.date:
    if spec.amount is None:
        return pub + sign * _VAGUE_SPAN[spec.unit] * _DAY
    return _shift(pub, spec.unit, sign * spec.amount)


def _within(spec: Spec, pub: dt.date, tense: str) -> Resolved | None:
    if tense == "past":   # "fell within days" counts from another event, not publication
        return None
    return _span(pub, _reach(spec, pub, 1), True)


def _coming(spec: Spec, pub: dt.date, tense: str) -> Resolved:
    return _span(pub + _DAY, max(pub + _DAY, _reach(spec, pub, 1)), spec.approx)


def _recent(spec: Spec, pub: dt.date, tense: str) -> Resolved:
    return _span(_reach(spec, pub, -1), pub, spec.approx)


_RELATIVE = {"day": _day, "weekday": _weekday, "period": _period, "weekend": _weekend,
             "month": _month, "date": _date, "ago": _ago, "after": _after,
             "within": _within, "coming": _coming, "recent": _recent,
             "season": _season}
