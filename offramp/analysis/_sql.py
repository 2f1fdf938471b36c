"""SQL texts shared by the Python functions and the DuckDB views of offramp.analysis.

Each text is written once and used two ways: as a CTE inside a parameterised query, and as
the body of a `CREATE OR REPLACE VIEW` for people who prefer SQL. No user value is ever
formatted into these strings; callers bind them as parameters.
"""
from __future__ import annotations

__all__ = ["EVENT_DYADS", "DYAD_DAY", "DYADS", "ACTOR_EVENTS", "VIEWS", "create_views"]

# One row per (event, directed country pair). A multi-actor event ("the U.S. and NATO
# rejected ...") counts once for every pair it names; self-pairs and unknown countries drop.
EVENT_DYADS = """
SELECT DISTINCT e.event_id, e.doc_id, s.c AS source_country, t.c AS target_country,
       least(s.c, t.c) AS a, greatest(s.c, t.c) AS b,
       e.date AS day, e.type, e.quad_class, e.intensity, e.modality
FROM events e,
     unnest(coalesce(e.source_countries, []::VARCHAR[])) AS s(c),
     unnest(coalesce(e.target_countries, []::VARCHAR[])) AS t(c)
WHERE s.c IS NOT NULL AND t.c IS NOT NULL AND s.c <> t.c AND e.date IS NOT NULL
"""

# Undirected dyad by day: actual events only, planned and hypothetical counted apart.
DYAD_DAY = """
SELECT a, b, day,
       count(*) FILTER (WHERE modality = 'actual') AS n,
       count(*) FILTER (WHERE modality = 'actual' AND quad_class = 1) AS q1,
       count(*) FILTER (WHERE modality = 'actual' AND quad_class = 2) AS q2,
       count(*) FILTER (WHERE modality = 'actual' AND quad_class = 3) AS q3,
       count(*) FILTER (WHERE modality = 'actual' AND quad_class = 4) AS q4,
       avg(intensity) FILTER (WHERE modality = 'actual') AS mean_intensity,
       histogram(type) FILTER (WHERE modality = 'actual') AS by_type,
       count(*) FILTER (WHERE modality = 'future') AS n_future,
       count(*) FILTER (WHERE modality = 'hypothetical') AS n_hypothetical,
       count(*) FILTER (WHERE modality = 'negated') AS n_negated
FROM event_dyads
GROUP BY a, b, day
"""

# Undirected dyads over the whole store, most active first.
DYADS = """
SELECT a, b,
       count(*) FILTER (WHERE modality = 'actual') AS n,
       count(*) FILTER (WHERE modality = 'actual' AND quad_class IN (1, 2)) AS cooperation,
       count(*) FILTER (WHERE modality = 'actual' AND quad_class IN (3, 4)) AS conflict,
       avg(intensity) FILTER (WHERE modality = 'actual') AS mean_intensity,
       count(*) FILTER (WHERE modality <> 'actual') AS n_other,
       min(day) AS first_day, max(day) AS last_day
FROM event_dyads
GROUP BY a, b
"""

# One row per (event, country it involves, side): the base of top-actor counts.
ACTOR_EVENTS = """
SELECT DISTINCT e.event_id, c.c AS country, 'source' AS side, e.date AS day,
       e.quad_class, e.intensity, e.modality
FROM events e, unnest(coalesce(e.source_countries, []::VARCHAR[])) AS c(c)
WHERE c.c IS NOT NULL
UNION ALL
SELECT DISTINCT e.event_id, c.c, 'target', e.date, e.quad_class, e.intensity, e.modality
FROM events e, unnest(coalesce(e.target_countries, []::VARCHAR[])) AS c(c)
WHERE c.c IS NOT NULL
"""

# View name -> body, in dependency order.
VIEWS = {
    "event_dyads": EVENT_DYADS,
    "actor_events": ACTOR_EVENTS,
    "dyad_day": DYAD_DAY,
    "dyads": DYADS,
}


def create_views(conn, temp: bool = False) -> list[str]:
    """Create (or replace) the analysis views in a DuckDB connection; returns their names.

    conn: a duckdb connection to an offramp store; temp: make TEMP views, which also works
    on a read-only connection (they vanish when it closes).
    """
    kind = "TEMP VIEW" if temp else "VIEW"
    for name, body in VIEWS.items():
        conn.execute(f"CREATE OR REPLACE {kind} {name} AS {body}")
    return list(VIEWS)
