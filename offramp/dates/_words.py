"""The closed word classes the date grammar is built from.

Each list is short and fixed by English itself (weekdays, months, counting words), so it
lives here rather than in `offramp/data/`; `_parse` and `_find` share these tables.
"""
from __future__ import annotations

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
# wire copy abbreviates months ("Jan. 18"); "may"/"march" stay ambiguous, see _find
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTH_NUM = {**{m: i for i, m in enumerate(MONTHS, 1)}, **MONTH_ABBR}
WEEKDAY_NUM = {d: i for i, d in enumerate(WEEKDAYS)}
WEEKDAY_NUM.update({"tues": 1, "thurs": 3})

# the month each season starts, northern-hemisphere reading as in most wire copy
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
DAY_PARTS = ("morning", "afternoon", "evening", "night", "overnight")

# counting words; "few", "several" and "couple" are vague and mark a result approximate
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
VAGUE_NUMBERS = {"few": 3, "a few": 3, "several": 3, "couple of": 2, "a couple of": 2,
                 "some": 3}
# unit -> (days for arithmetic in days, months for calendar arithmetic)
UNITS = {"minute": (0, 0), "hour": (0, 0), "day": (1, 0), "week": (7, 0),
         "fortnight": (14, 0), "month": (0, 1), "year": (0, 12), "decade": (0, 120)}
# hedges before "N units ago" that make the count a bound, not a value
HEDGES = ("more than", "less than", "fewer than", "at least", "just over", "just under",
          "well over", "over", "under", "about", "around", "nearly", "almost", "some",
          "roughly", "approximately", "just", "only", "barely")
