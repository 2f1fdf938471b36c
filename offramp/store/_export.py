"""Export a database: events (one row per mention) or deduplicated events, as Parquet, CSV,
PLOVER JSONL or GDELT-like TSV. Plain SQL helpers that take a DuckDB connection."""
from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

__all__ = ["ensure_views", "export", "event_rows", "GDELT_SQL", "EXPORT_FORMATS"]

EXPORT_FORMATS = ("parquet", "csv", "plover", "gdelt")
AUTO_PARTITION_ROWS = 1_000_000  # past this many rows, one Parquet file per month

# GDELT 2.0 event-table names for what offramp knows; country codes are ISO 3166 alpha-3
# (GDELT's actor codes are CAMEO's, mostly the same; its geo codes are FIPS, not here).
GDELT_SQL = """
SELECT CAST(('0x' || substr(dedup_id, 1, 15)) AS BIGINT) AS GLOBALEVENTID,
       CAST(strftime(date, '%Y%m%d') AS INTEGER) AS SQLDATE,
       CAST(strftime(date, '%Y%m') AS INTEGER) AS MonthYear,
       year(date) AS "Year",
       round(year(date) + (dayofyear(date) - 1) / 365.0, 4) AS FractionDate,
       coalesce(source_country, '') || coalesce(source_sector, '') AS Actor1Code,
       source_name AS Actor1Name,
       source_country AS Actor1CountryCode,
       source_sector AS Actor1Type1Code,
       coalesce(target_country, '') || coalesce(target_sector, '') AS Actor2Code,
       target_name AS Actor2Name,
       target_country AS Actor2CountryCode,
       target_sector AS Actor2Type1Code,
       cameo AS EventCode,
       substr(cameo, 1, 3) AS EventBaseCode,
       substr(cameo, 1, 2) AS EventRootCode,
       quad_class AS QuadClass,
       intensity AS GoldsteinScale,
       num_mentions AS NumMentions,
       num_sources AS NumSources,
       num_articles AS NumArticles,
       location_name AS ActionGeo_FullName,
       location_country AS ActionGeo_CountryCode,
       lat AS ActionGeo_Lat,
       lon AS ActionGeo_Long,
       geonameid AS ActionGeo_FeatureID,
       source_url AS SOURCEURL,
       type AS PloverType,
       mode AS PloverMode,
       modality AS Modality,
       date_end AS DateEnd
FROM events_deduped
ORDER BY SQLDATE, GLOBALEVENTID
"""


def ensure_views(conn) -> None:
    """Make the views (events_deduped, event_mentions) available, as temporary views on a
    read-only connection to a file written before they existed. conn: a DuckDB connection."""
    have = conn.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = 'events_deduped'"
                        ).fetchone()[0]
    if not have:
        sql = (files("offramp.store") / "_views.sql").read_text()
        conn.execute(sql.replace("CREATE OR REPLACE VIEW", "CREATE OR REPLACE TEMP VIEW"))


def event_rows(conn, deduped: bool = False, limit: int | None = None) -> tuple[list[str], list[tuple]]:
    """(column names, rows) of the events, oldest first. conn: a DuckDB connection;
    deduped: one row per deduplicated event instead of one per article mention; limit: at most."""
    ensure_views(conn)
    if deduped:
        sql = ("SELECT dedup_id, date, date_end, type, mode, modality, source_country, "
               "target_country, location_name, num_mentions, num_articles, num_sources, evidence "
               "FROM events_deduped ORDER BY date NULLS LAST, num_mentions DESC, dedup_id")
    else:
        sql = ("SELECT e.event_id, e.doc_id, coalesce(e.date, d.date) AS date, e.type, e.mode, "
               "e.modality, e.source_country, e.target_country, e.location_name, e.evidence "
               "FROM events e JOIN documents d ON d.id = e.doc_id "
               "ORDER BY date NULLS LAST, e.doc_id, e.sentence, e.event_id")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    cur = conn.execute(sql)
    return [c[0] for c in cur.description], cur.fetchall()


def _table_sql(deduped: bool) -> str:
    return ("SELECT * EXCLUDE (event_ids, doc_ids), event_ids, doc_ids FROM events_deduped "
            "ORDER BY date NULLS LAST, dedup_id" if deduped else
            "SELECT * FROM events ORDER BY date NULLS LAST, doc_id, sentence, event_id")


def _plover(conn, out: Path) -> int:
    from ..formats import plover_record
    from ..model import Actor, Document, Event, Location

    cur = conn.execute(
        "SELECT e.*, d.date AS d_date, d.title AS d_title, d.url AS d_url, d.source AS d_source "
        "FROM events e JOIN documents d ON d.id = e.doc_id "
        "ORDER BY e.date NULLS LAST, e.doc_id, e.sentence, e.event_id")
    cols = [c[0] for c in cur.description]
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        while rows := cur.fetchmany(5000):
            for row in rows:
                r = dict(zip(cols, row))
                acts = lambda js: [Actor(**a) for a in json.loads(js or "[]")]  # noqa: E731
                att = json.loads(r["attributed_to"]) if r["attributed_to"] else None
                loc = Location(r["location_name"], r["location_country"], r["lat"], r["lon"],
                               r["geonameid"]) if r["location_name"] else None
                ev = Event(doc_id=r["doc_id"], type=r["type"], source=acts(r["source"]),
                           target=acts(r["target"]), sentence=r["sentence"],
                           evidence=r["evidence"], trigger=r["trigger"], rule=r["rule"],
                           mode=r["mode"], context=list(r["context"] or []), cameo=r["cameo"],
                           quad_class=r["quad_class"], intensity=r["intensity"],
                           modality=r["modality"],
                           date=r["date"].isoformat() if r["date"] else None,
                           location=loc, attributed_to=Actor(**att) if att else None,
                           event_id=r["event_id"])
                doc = Document(id=r["doc_id"], text="", title=r["d_title"], url=r["d_url"],
                               source=r["d_source"],
                               date=r["d_date"].isoformat() if r["d_date"] else None)
                fh.write(json.dumps(plover_record(ev, doc), ensure_ascii=False) + "\n")
                n += 1
    return n


def export(conn, fmt: str, out, deduped: bool = False, partition: str = "auto") -> int:
    """Write the events of a database to out; returns the number of rows written.

    conn: a DuckDB connection; fmt: parquet | csv | plover | gdelt; out: file (or folder for
    partitioned Parquet); deduped: deduplicated events instead of mentions (parquet, csv;
    gdelt always is); partition: none | month | year | day | auto (month past a million rows).
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    ensure_views(conn)
    out = Path(out)
    if fmt == "plover":
        return _plover(conn, out)
    sql = GDELT_SQL if fmt == "gdelt" else _table_sql(deduped)
    n = conn.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0]
    target = str(out).replace("'", "''")
    if fmt == "gdelt":
        conn.execute(f"COPY ({sql}) TO '{target}' (FORMAT csv, DELIMITER '\t', HEADER)")
    elif fmt == "csv":
        conn.execute(f"COPY ({sql}) TO '{target}' (FORMAT csv, HEADER)")
    else:
        if partition == "auto":
            partition = "month" if n > AUTO_PARTITION_ROWS else "none"
        if partition == "none":
            conn.execute(f"COPY ({sql}) TO '{target}' (FORMAT parquet)")
        else:
            fmt_of = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}[partition]
            conn.execute(f"COPY (SELECT *, coalesce(strftime(date, '{fmt_of}'), 'undated') AS "
                         f"{partition} FROM ({sql})) TO '{target}' "
                         f"(FORMAT parquet, PARTITION_BY ({partition}), OVERWRITE_OR_IGNORE)")
    return n
