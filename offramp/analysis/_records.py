"""Paged record queries over an offramp store: events, places, dyads, actors, quotes, activities.

Each function takes a duckdb connection and returns plain dicts, the same records the API
serves as JSON and the dashboard draws.
"""
from __future__ import annotations

import json

from ._filters import EventFilter, country_code, parse_day
from ._sql import ACTOR_EVENTS, DYADS, EVENT_DYADS

__all__ = ["find_events", "event_places", "list_dyads", "top_actors", "list_quotes",
           "list_activities", "summary", "MAX_LIMIT"]

MAX_LIMIT = 500  # one page; the dashboard pages through more, never fetches everything

_EVENT_COLS = ("e.event_id, e.doc_id, e.type, e.mode, e.context, e.cameo, e.quad_class, "
               "e.intensity, e.source, e.target, e.source_countries, e.target_countries, "
               "e.modality, e.date, e.date_precision, e.date_text, e.location_name, "
               "e.location_country, e.lat, e.lon, e.geonameid, e.attributed_to, "
               "e.attributed_anonymous, e.sentence, e.evidence, e.trigger, e.rule, "
               "d.title AS doc_title, d.date AS doc_date")


def _page(limit: int, offset: int) -> tuple[int, int]:
    if not 1 <= int(limit) <= MAX_LIMIT:
        raise ValueError(f"limit must be between 1 and {MAX_LIMIT}")
    if int(offset) < 0:
        raise ValueError("offset must not be negative")
    return int(limit), int(offset)


def _json(value):
    return None if value is None else json.loads(value)


def _iso(value):
    return None if value is None else value.isoformat()


def _rows(conn, sql: str, params) -> list[dict]:
    cur = conn.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _event_record(r: dict) -> dict:
    loc = None
    if r["location_name"] is not None or r["lat"] is not None:
        loc = {"name": r["location_name"], "country": r["location_country"],
               "lat": r["lat"], "lon": r["lon"], "geonameid": r["geonameid"]}
    return {
        "event_id": r["event_id"], "doc_id": r["doc_id"], "type": r["type"], "mode": r["mode"],
        "context": list(r["context"] or []), "cameo": r["cameo"], "quad_class": r["quad_class"],
        "intensity": r["intensity"], "source": _json(r["source"]) or [],
        "target": _json(r["target"]) or [],
        "source_countries": list(r["source_countries"] or []),
        "target_countries": list(r["target_countries"] or []),
        "modality": r["modality"], "date": _iso(r["date"]),
        "date_precision": r["date_precision"], "date_text": r["date_text"], "location": loc,
        "attributed_to": _json(r["attributed_to"]),
        "attributed_anonymous": bool(r["attributed_anonymous"]),
        "sentence": r["sentence"], "evidence": r["evidence"], "trigger": r["trigger"],
        "rule": r["rule"], "doc_title": r["doc_title"], "doc_date": _iso(r["doc_date"]),
    }


def find_events(conn, flt: EventFilter | None = None, limit: int = 50, offset: int = 0,
                order: str = "desc") -> dict:
    """One page of events matching a filter: {"total", "limit", "offset", "items"}.

    conn: duckdb connection; flt: the filter (None: all events); limit, offset: the page;
    order: 'desc' (newest first) or 'asc' by event date.
    """
    flt = flt or EventFilter()
    limit, offset = _page(limit, offset)
    if order not in ("asc", "desc"):
        raise ValueError("order must be asc or desc")
    where, params = flt.where("e")
    total = conn.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]
    direction = "ASC" if order == "asc" else "DESC"
    rows = _rows(conn, f"SELECT {_EVENT_COLS} FROM events e LEFT JOIN documents d "
                       f"ON d.id = e.doc_id WHERE {where} "
                       f"ORDER BY e.date {direction} NULLS LAST, e.doc_id, e.sentence, e.event_id "
                       "LIMIT ? OFFSET ?", params + [limit, offset])
    return {"total": total, "limit": limit, "offset": offset,
            "items": [_event_record(r) for r in rows]}


def event_places(conn, flt: EventFilter | None = None, limit: int = MAX_LIMIT) -> list[dict]:
    """Located events grouped by place: name, lat, lon, counts by cooperation and conflict.

    conn: duckdb connection; flt: the event filter; limit: most places returned (busiest).
    """
    flt = flt or EventFilter()
    limit, _ = _page(limit, 0)
    where, params = flt.where("e")
    rows = _rows(conn, f"""
        SELECT e.location_name AS name, e.location_country AS country,
               round(e.lat, 4) AS lat, round(e.lon, 4) AS lon, count(*) AS n,
               count(*) FILTER (WHERE e.quad_class IN (1, 2)) AS cooperation,
               count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS conflict,
               avg(e.intensity) AS mean_intensity, list(DISTINCT e.type) AS types
        FROM events e WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL
        GROUP BY ALL ORDER BY n DESC, name LIMIT ?""", params + [limit])
    for r in rows:
        r["types"] = sorted(t for t in r["types"] if t)
    return rows


def list_dyads(conn, country: str | None = None, start=None, end=None, min_events: int = 1,
               limit: int = 50, offset: int = 0) -> dict:
    """Undirected country dyads, most actual events first: {"total", ..., "items"}.

    conn: duckdb connection; country: only dyads with this code; start, end: event dates;
    min_events: fewest events (any modality) a dyad needs; limit, offset: the page.
    """
    limit, offset = _page(limit, offset)
    country = country_code(country) if country else None
    lo, hi = parse_day(start, "from"), parse_day(end, "to")
    if lo and hi and hi < lo:
        raise ValueError(f"from {lo} is after to {hi}")
    sql = f"""
        WITH all_dyads AS ({EVENT_DYADS}),
        event_dyads AS (
            SELECT * FROM all_dyads
            WHERE ($c IS NULL OR a = $c OR b = $c)
              AND ($lo IS NULL OR day >= $lo) AND ($hi IS NULL OR day <= $hi)),
        d AS ({DYADS})
        SELECT *, count(*) OVER () AS total FROM d WHERE n + n_other >= $min
        ORDER BY n DESC, n_other DESC, a, b LIMIT $limit OFFSET $offset"""
    rows = _rows(conn, sql, {"c": country, "lo": lo, "hi": hi, "min": int(min_events),
                             "limit": limit, "offset": offset})
    total = rows[0]["total"] if rows else 0
    for r in rows:
        del r["total"]
        r["first_day"], r["last_day"] = _iso(r["first_day"]), _iso(r["last_day"])
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


def top_actors(conn, start=None, end=None, modality: str = "actual", limit: int = 20) -> list[dict]:
    """Countries and bodies by number of events they take part in (as source or target).

    conn: duckdb connection; start, end: event dates; modality: which events count
    ('any' for all); limit: how many.
    """
    limit, _ = _page(limit, 0)
    lo, hi = parse_day(start, "from"), parse_day(end, "to")
    return _rows(conn, f"""
        WITH actor_events AS ({ACTOR_EVENTS})
        SELECT country, count(DISTINCT event_id) AS n,
               count(DISTINCT event_id) FILTER (WHERE side = 'source') AS as_source,
               count(DISTINCT event_id) FILTER (WHERE side = 'target') AS as_target,
               count(DISTINCT event_id) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
               avg(intensity) AS mean_intensity
        FROM actor_events
        WHERE ($m = 'any' OR modality = $m)
          AND ($lo IS NULL OR day >= $lo) AND ($hi IS NULL OR day <= $hi)
        GROUP BY country ORDER BY n DESC, country LIMIT $limit""",
                 {"m": modality, "lo": lo, "hi": hi, "limit": limit})


def list_quotes(conn, countries: list[str] | None = None, q: str | None = None,
                doc_id: str | None = None, anonymous: bool | None = None, start=None, end=None,
                limit: int = 50, offset: int = 0) -> dict:
    """Quotes with their speakers, newest document first: {"total", ..., "items"}.

    conn: duckdb connection; countries: speaker country codes (any of them); q: words that
    must all occur in the quote; doc_id: one document; anonymous: unnamed speakers only
    (True) or named only (False); start, end: document dates; limit, offset: the page.
    """
    limit, offset = _page(limit, offset)
    flt = EventFilter(countries=countries or [], q=q, doc_id=doc_id, start=start, end=end)
    parts, params = ["TRUE"], []
    if flt.countries:
        parts.append("list_contains(?::VARCHAR[], upper(qt.speaker_country))")
        params.append(flt.countries)
    for word in (flt.q or "").split()[:10]:
        parts.append("contains(lower(qt.text), lower(?))")
        params.append(word)
    if flt.doc_id:
        parts.append("qt.doc_id = ?")
        params.append(flt.doc_id)
    if anonymous is not None:
        parts.append("coalesce(qt.anonymous, FALSE) = ?")
        params.append(bool(anonymous))
    if flt.start:
        parts.append("d.date >= ?")
        params.append(flt.start)
    if flt.end:
        parts.append("d.date <= ?")
        params.append(flt.end)
    where = " AND ".join(parts)
    base = f"FROM quotes qt LEFT JOIN documents d ON d.id = qt.doc_id WHERE {where}"
    total = conn.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    rows = _rows(conn, f"SELECT qt.doc_id, qt.idx, qt.text, qt.speaker, qt.speaker_name, "
                       f"qt.speaker_country, qt.anonymous, qt.sentence, qt.start_char, "
                       f"qt.end_char, d.title AS doc_title, d.date AS doc_date {base} "
                       "ORDER BY d.date DESC NULLS LAST, qt.doc_id, qt.idx LIMIT ? OFFSET ?",
                 params + [limit, offset])
    for r in rows:
        r["speaker"] = _json(r["speaker"])
        r["anonymous"] = bool(r["anonymous"])
        r["doc_date"] = _iso(r["doc_date"])
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


def list_activities(conn, doc_id: str | None = None, start=None, end=None,
                    limit: int = 50, offset: int = 0) -> dict:
    """Vienna Document findings (table activities), newest document first.

    conn: duckdb connection; doc_id: one document; start, end: document dates;
    limit, offset: the page. Each item's `record` is the stored JSON object.
    """
    limit, offset = _page(limit, offset)
    flt = EventFilter(doc_id=doc_id, start=start, end=end)
    sql = ("FROM activities a LEFT JOIN documents d ON d.id = a.doc_id "
           "WHERE ($doc IS NULL OR a.doc_id = $doc) "
           "AND ($lo IS NULL OR d.date >= $lo) AND ($hi IS NULL OR d.date <= $hi)")
    params = {"doc": flt.doc_id, "lo": flt.start, "hi": flt.end}
    total = conn.execute(f"SELECT count(*) {sql}", params).fetchone()[0]
    rows = _rows(conn, f"SELECT a.doc_id, a.idx, a.record, d.title AS doc_title, "
                       f"d.date AS doc_date {sql} ORDER BY d.date DESC NULLS LAST, a.doc_id, "
                       "a.idx LIMIT $limit OFFSET $offset",
                 {**params, "limit": limit, "offset": offset})
    for r in rows:
        r["record"] = _json(r["record"])
        r["doc_date"] = _iso(r["doc_date"])
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


def summary(conn) -> dict:
    """Table counts and the event date range of a store, for a first look."""
    out = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
           for t in ("documents", "events", "quotes", "activities")}
    lo, hi = conn.execute("SELECT min(date), max(date) FROM events").fetchone()
    out["first_date"], out["last_date"] = _iso(lo), _iso(hi)
    out["modalities"] = dict(conn.execute(
        "SELECT modality, count(*) FROM events GROUP BY modality ORDER BY 1").fetchall())
    return out
