"""Write many coded documents in one transaction, through Arrow (a corpus run's writer).

DuckDB spends milliseconds on each INSERT statement into a file, so a run writing one
statement per row is bound by the database, not by coding. Here each table takes one
statement per group of documents; the group commits or vanishes whole, so every document is
still stored completely or not at all, and replaces its earlier rows, as `Store.write` does.
"""
from __future__ import annotations

import json

from ..model import Document

__all__ = ["write_many", "arrow_schema"]

_DOC_COLUMNS = ("id", "date", "title", "url", "source", "byline", "text", "content_hash",
                "n_events", "warnings")
_QUOTE_COLUMNS = ("doc_id", "idx", "text", "speaker", "speaker_name", "speaker_country",
                  "anonymous", "sentence", "start_char", "end_char")


def _js(v) -> str | None:
    return None if v is None else json.dumps(v, ensure_ascii=False)


def arrow_schema(table: str):
    """The pyarrow schema used to load rows of `table` (events, documents, quotes, activities)."""
    import pyarrow as pa

    from . import EVENT_COLUMNS

    s, f, i, b = pa.string(), pa.float64(), pa.int64(), pa.bool_()
    types = {
        "events": {"context": pa.list_(s), "quad_class": i, "intensity": f,
                   "source_countries": pa.list_(s), "target_countries": pa.list_(s), "lat": f,
                   "lon": f, "geonameid": i, "attributed_anonymous": b, "sentence": i,
                   "mentions": pa.list_(i)},
        "documents": {"n_events": i},
        "quotes": {"idx": i, "anonymous": b, "sentence": i, "start_char": i, "end_char": i},
        "activities": {"idx": i},
    }[table]
    cols = {"events": EVENT_COLUMNS, "documents": _DOC_COLUMNS, "quotes": _QUOTE_COLUMNS,
            "activities": ("doc_id", "idx", "record")}[table]
    return pa.schema([(c, types.get(c, s)) for c in cols])


def _rows(docs: list[Document]) -> dict[str, list[tuple]]:
    from . import content_hash, event_row

    out: dict[str, list[tuple]] = {"documents": [], "events": [], "quotes": [], "activities": []}
    for doc in docs:
        d = doc.to_dict(with_text=False)
        out["documents"].append((doc.id, doc.date, doc.title, doc.url, doc.source, doc.byline,
                                 doc.text, content_hash(doc), len(doc.events), _js(doc.warnings)))
        out["events"].extend(event_row(e) for e in d["events"])
        for k, q in enumerate(d["quotes"]):
            sp = q["speaker"] or {}
            out["quotes"].append((doc.id, k, q["text"], _js(q["speaker"]), sp.get("name"),
                                  sp.get("country"), bool(sp.get("anonymous")), q["sentence"],
                                  q["start"], q["end"]))
        out["activities"].extend((doc.id, k, _js(a)) for k, a in enumerate(d["activities"]))
    return out


def write_many(conn, docs: list[Document]) -> None:
    """Store coded documents in one transaction, each replacing its earlier rows.

    conn: a DuckDB connection; docs: coded Documents (a repeated id: the last one wins).
    Raises whatever DuckDB raises, after rolling back.
    """
    import pyarrow as pa

    last = {d.id: d for d in docs}
    docs = list(last.values())
    if not docs:
        return
    ids = list(last)
    rows = _rows(docs)
    conn.execute("BEGIN TRANSACTION")
    try:
        known = conn.execute("SELECT count(*) FROM documents WHERE id IN "
                             "(SELECT unnest(?::VARCHAR[]))", [ids]).fetchone()[0]
        if known:
            for table, col in (("events", "doc_id"), ("quotes", "doc_id"),
                               ("activities", "doc_id"), ("documents", "id")):
                conn.execute(f"DELETE FROM {table} WHERE {col} IN (SELECT unnest(?::VARCHAR[]))", [ids])
        conn.execute("DELETE FROM errors WHERE source IN (SELECT unnest(?::VARCHAR[]))", [ids])
        for table, data in rows.items():
            if not data:
                continue
            schema = arrow_schema(table)
            arrow = pa.Table.from_arrays([pa.array(col, type=schema.field(k).type)
                                          for k, col in enumerate(zip(*data))], schema=schema)
            conn.register("_offramp_rows", arrow)
            cols = ", ".join(schema.names)
            conn.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _offramp_rows")
            conn.unregister("_offramp_rows")
        conn.execute("COMMIT")
    except Exception:
        conn.execute("ROLLBACK")
        raise
