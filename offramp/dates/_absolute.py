"""Read absolute dates the grammar of `_parse` does not know ("03/04/2021") with dateparser.

dateparser never sees relative words here: its base date is the publication date (or a
fixed one when the text carries its own year), so the machine's clock cannot leak in.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ._words import MONTH_NUM

# dateparser only sees what the grammar could not read, and only if it looks like a
# calendar date: a bare number or a word like "recent" must not become one
_LOOKS_DATED = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b(1[89]|20)\d\d\b|\b(%s)\b"
                          % "|".join(MONTH_NUM), re.IGNORECASE)
_PERIOD_PRECISION = {"day": "day", "time": "day", "week": "week", "month": "month",
                     "year": "year"}


@lru_cache(maxsize=64)
def _parser(base: dt.datetime, prefer: str):
    from dateparser.date import DateDataParser   # slow to import: only when first needed

    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer, "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": ["custom-formats", "absolute-time"]})


def parse_absolute(text: str, pub: dt.date | None, tense: str) -> tuple[dt.date, str] | None:
    """The date and precision dateparser reads in `text`, or None.

    text: the expression; pub: publication date or None; tense: past/present/future.
    """
    if not _LOOKS_DATED.search(text):
        return None
    has_year = re.search(r"\b(1[89]|20)\d\d\b", text) is not None
    if pub is None and not has_year:
        return None
    # with no publication date the base only fills parts the text itself never leaves out
    base = dt.datetime.combine(pub or dt.date(2000, 1, 1), dt.time())
    prefer = {"past": "past", "future": "future"}.get(tense, "current_period")
    data = _parser(base, prefer).get_date_data(text)
    if data.date_obj is None:
        return None
    return data.date_obj.date(), _PERIOD_PRECISION.get(data.period, "day")
