"""Validated event filters turned into a parameterised WHERE clause.

Every user value ends up as a bound parameter; the SQL fragments here are constants. A bad
value raises ValueError with a message fit to show the caller (the API turns it into 400).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import MODALITIES

__all__ = ["EventFilter", "country_code", "parse_day", "MAX_TEXT"]

MAX_TEXT = 200  # longest free-text filter; a search string longer than this is not a search
_CODE = re.compile(r"^[A-Z][A-Z0-9_]{1,15}$")
_TYPE = re.compile(r"^[A-Z][A-Z_]{1,31}$")


def country_code(value: str, name: str = "country") -> str:
    """An actor country code (USA, RUS, NATO, EU ...) in upper case, or ValueError."""
    code = str(value).strip().upper()
    if not _CODE.match(code):
        raise ValueError(f"{name} {str(value)[:30]!r} is not a country or body code "
                         "(letters, like USA, RUS, NATO)")
    return code


def parse_day(value, name: str) -> dt.date | None:
    """A date from a date object or YYYY-MM-DD text; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{name} {str(value)[:30]!r} is not a YYYY-MM-DD date")


def _text(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    if len(value) > MAX_TEXT:
        raise ValueError(f"{name} is longer than {MAX_TEXT} characters")
    return value or None


def _known_types() -> frozenset[str]:
    from ..ontology import PLOVER_TYPES
    return frozenset(PLOVER_TYPES)


@dataclass
class EventFilter:
    """Which events to select; every field optional, all given fields must hold.

    countries: involve any of these codes; side: 'any', 'source' or 'target' for countries;
    actor: words in an actor's name, text or role; dyad: (a, b) pair of codes;
    directed: dyad means a -> b only; types: PLOVER types; quads: quad classes 1-4;
    modalities: actual/future/hypothetical/negated; start, end: event date range;
    place: words in the location name, or its country code; q: words that must all occur
    in the evidence sentence; doc_id: one document; anonymous: attributed to an unnamed
    source (True) or not (False); located: only events with coordinates.
    """

    countries: list[str] = field(default_factory=list)
    side: str = "any"
    actor: str | None = None
    dyad: tuple[str, str] | None = None
    directed: bool = False
    types: list[str] = field(default_factory=list)
    quads: list[int] = field(default_factory=list)
    modalities: list[str] = field(default_factory=list)
    start: dt.date | str | None = None
    end: dt.date | str | None = None
    place: str | None = None
    q: str | None = None
    doc_id: str | None = None
    anonymous: bool | None = None
    located: bool = False

    def __post_init__(self):
        self.countries = [country_code(c) for c in self.countries]
        if self.side not in ("any", "source", "target"):
            raise ValueError(f"side {self.side[:20]!r} must be any, source or target")
        if self.dyad is not None:
            if len(self.dyad) != 2:
                raise ValueError("dyad needs exactly two country codes")
            self.dyad = (country_code(self.dyad[0], "dyad"), country_code(self.dyad[1], "dyad"))
        types = [str(t).strip().upper() for t in self.types]
        known = _known_types()
        for t in types:
            if not _TYPE.match(t) or t not in known:
                raise ValueError(f"type {t[:30]!r} is not a PLOVER event type")
        self.types = types
        for qc in self.quads:
            if qc not in (1, 2, 3, 4):
                raise ValueError(f"quad {qc!r} must be 1, 2, 3 or 4")
        for m in self.modalities:
            if m not in MODALITIES:
                raise ValueError(f"modality {str(m)[:20]!r} must be one of {', '.join(MODALITIES)}")
        self.start = parse_day(self.start, "from")
        self.end = parse_day(self.end, "to")
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"from {self.start} is after to {self.end}")
        self.actor = _text(self.actor, "actor")
        self.place = _text(self.place, "place")
        self.q = _text(self.q, "q")
        self.doc_id = _text(self.doc_id, "doc_id")

    def where(self, alias: str = "e") -> tuple[str, list]:
        """The WHERE clause (without the word) and its parameters, for table alias `alias`."""
        e = alias
        parts, params = ["TRUE"], []
        if self.countries:
            src = f"list_has_any({e}.source_countries, ?::VARCHAR[])"
            tgt = f"list_has_any({e}.target_countries, ?::VARCHAR[])"
            if self.side == "source":
                parts.append(src)
                params.append(self.countries)
            elif self.side == "target":
                parts.append(tgt)
                params.append(self.countries)
            else:
                parts.append(f"({src} OR {tgt})")
                params += [self.countries, self.countries]
        if self.dyad:
            a, b = self.dyad
            one = (f"(list_contains({e}.source_countries, ?) "
                   f"AND list_contains({e}.target_countries, ?))")
            if self.directed:
                parts.append(one)
                params += [a, b]
            else:
                parts.append(f"({one} OR {one})")
                params += [a, b, b, a]
        if self.actor:
            # names, mention words and roles of both sides, searched as plain text
            fields = " || '|' || ".join(
                f"coalesce(array_to_string(json_extract_string({e}.{side}, '$[*].{k}'), '|'), '')"
                for side in ("source", "target") for k in ("name", "text", "role"))
            parts.append(f"contains(lower({fields}), lower(?))")
            params.append(self.actor)
        if self.types:
            parts.append(f"list_contains(?::VARCHAR[], {e}.type)")
            params.append(self.types)
        if self.quads:
            parts.append(f"list_contains(?::INTEGER[], {e}.quad_class)")
            params.append(self.quads)
        if self.modalities:
            parts.append(f"list_contains(?::VARCHAR[], {e}.modality)")
            params.append(self.modalities)
        if self.start:
            parts.append(f"{e}.date >= ?")
            params.append(self.start)
        if self.end:
            parts.append(f"{e}.date <= ?")
            params.append(self.end)
        if self.place:
            parts.append(f"(contains(lower(coalesce({e}.location_name, '')), lower(?)) "
                         f"OR upper(coalesce({e}.location_country, '')) = upper(?))")
            params += [self.place, self.place]
        if self.q:
            for word in self.q.split()[:10]:
                parts.append(f"contains(lower(coalesce({e}.evidence, '')), lower(?))")
                params.append(word)
        if self.doc_id:
            parts.append(f"{e}.doc_id = ?")
            params.append(self.doc_id)
        if self.anonymous is not None:
            parts.append(f"coalesce({e}.attributed_anonymous, FALSE) = ?")
            params.append(bool(self.anonymous))
        if self.located:
            parts.append(f"{e}.lat IS NOT NULL AND {e}.lon IS NOT NULL")
        return " AND ".join(parts), params
