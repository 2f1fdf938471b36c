"""store: documents, events, quotes and activities in DuckDB; one transaction per document."""
from __future__ import annotations

import hashlib
import json
from importlib.resources import files

from ..errors import OfframpError, StoreError
from ..model import Document
from ._export import EXPORT_FORMATS, ensure_views, event_rows, export

__all__ = ["Store", "content_hash", "event_row", "EVENT_COLUMNS", "export", "event_rows",
           "ensure_views", "EXPORT_FORMATS"]


def content_hash(doc: Document) -> str:
    h = hashlib.sha256()
    for part in (doc.id, doc.date or "", doc.title or "", doc.raw_text or doc.text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


EVENT_COLUMNS = ("event_id", "doc_id", "type", "mode", "context", "cameo", "quad_class",
                 "intensity", "source", "target", "source_countries", "target_countries",
                 "source_country", "target_country", "modality", "date", "date_precision",
                 "date_text", "location_name", "location_country", "lat", "lon", "geonameid",
                 "attributed_to", "attributed_anonymous", "sentence", "evidence", "trigger",
                 "rule", "mentions")


def _js(v) -> str | None:
    return None if v is None else json.dumps(v, ensure_ascii=False)


def event_row(e: dict) -> tuple:
    loc = e.get("location") or {}
    att = e.get("attributed_to")
    src = [a.get("country") for a in e["source"]]
    tgt = [a.get("country") for a in e["target"]]
    return (e["event_id"], e["doc_id"], e["type"], e["mode"], e["context"], e["cameo"],
            e["quad_class"], e["intensity"], _js(e["source"]), _js(e["target"]), src, tgt,
            src[0] if src else None, tgt[0] if tgt else None, e["modality"], e["date"],
            e["date_precision"], e.get("date_text"), loc.get("name"), loc.get("country"),
            loc.get("lat"), loc.get("lon"), loc.get("geonameid"), _js(att),
            bool(att and att.get("anonymous")), e["sentence"], e["evidence"], e["trigger"],
            e["rule"], e.get("mentions") or [])


class Store:
    """A DuckDB file of coded documents. Writing a document replaces its earlier rows."""

    def __init__(self, path: str = "offramp.duckdb", read_only: bool = False):
        import duckdb

        self.path = str(path)
        try:
            self.conn = duckdb.connect(self.path, read_only=read_only)
            if not read_only:
                self.conn.execute((files("offramp.store") / "_schema.sql").read_text())
                self.conn.execute((files("offramp.store") / "_views.sql").read_text())
        except duckdb.Error as e:
            raise StoreError(f"cannot open database: {e}", source=self.path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def known_hash(self, doc_id: str) -> str | None:
        r = self.conn.execute("SELECT content_hash FROM documents WHERE id = ?", [doc_id]).fetchone()
        return r[0] if r else None

    def write(self, doc: Document) -> None:
        """Store a coded document and its records atomically, replacing any earlier version.

        An earlier failure recorded for this document (errors.source = its id) goes too.
        """
        d = doc.to_dict()
        c = self.conn
        try:
            c.execute("BEGIN TRANSACTION")
            # rows of a document only ever enter with its documents row, in one transaction,
            # so a new id needs no DELETE scans over the big tables
            if c.execute("SELECT 1 FROM documents WHERE id = ?", [doc.id]).fetchone():
                for table, col in (("events", "doc_id"), ("quotes", "doc_id"),
                                   ("activities", "doc_id"), ("documents", "id")):
                    c.execute(f"DELETE FROM {table} WHERE {col} = ?", [doc.id])
            c.execute("DELETE FROM errors WHERE source = ?", [doc.id])
            c.execute("INSERT INTO documents (id, date, title, url, source, byline, text, "
                      "content_hash, n_events, warnings) VALUES (?,?,?,?,?,?,?,?,?,?)",
                      [doc.id, doc.date, doc.title, doc.url, doc.source, doc.byline, doc.text,
                       content_hash(doc), len(doc.events), _js(doc.warnings)])
            if d["events"]:
                c.executemany("INSERT INTO events VALUES (" + ",".join(["?"] * 30) + ")",
                              [event_row(e) for e in d["events"]])
            if d["quotes"]:
                c.executemany("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?)", [
                    (doc.id, i, q["text"], _js(q["speaker"]),
                     (q["speaker"] or {}).get("name"), (q["speaker"] or {}).get("country"),
                     bool((q["speaker"] or {}).get("anonymous")), q["sentence"], q["start"], q["end"])
                    for i, q in enumerate(d["quotes"])])
            if d["activities"]:
                c.executemany("INSERT INTO activities VALUES (?,?,?)",
                              [(doc.id, i, _js(a)) for i, a in enumerate(d["activities"])])
            c.execute("COMMIT")
        except Exception as e:
            c.execute("ROLLBACK")
            raise StoreError(f"cannot store document {doc.id!r}: {e}", source=self.path)

    def write_many(self, docs: list[Document]) -> None:
        """Store coded documents in one transaction (a corpus run's batches); each replaces
        its earlier rows and earlier failure, exactly as write() does for one."""
        from ._bulk import write_many
        try:
            write_many(self.conn, docs)
        except Exception as e:
            raise StoreError(f"cannot store {len(docs)} documents: {e}", source=self.path)

    def write_error(self, err: OfframpError | str, source: str | None = None) -> None:
        code = getattr(err, "code", "E000")
        reason = getattr(err, "reason", str(err))
        self.conn.execute("INSERT INTO errors (source, code, reason) VALUES (?,?,?)",
                          [getattr(err, "source", None) or source, code, reason])

    def record_error(self, err: OfframpError | str, source: str | None = None) -> None:
        """Record a failure once: it replaces any earlier error row of the same source.

        err: the error or its reason; source: where it happened when err does not say.
        """
        src = getattr(err, "source", None) or source
        c = self.conn
        try:
            c.execute("BEGIN TRANSACTION")
            c.execute("DELETE FROM errors WHERE source IS NOT DISTINCT FROM ?", [src])
            c.execute("INSERT INTO errors (source, code, reason) VALUES (?,?,?)",
                      [src, getattr(err, "code", "E000"), getattr(err, "reason", str(err))])
            c.execute("COMMIT")
        except Exception as e:
            c.execute("ROLLBACK")
            raise StoreError(f"cannot record error of {src!r}: {e}", source=self.path)

    def known_hashes(self, doc_ids: list[str]) -> dict[str, str]:
        """Content hashes of the stored documents among doc_ids (one query for a batch)."""
        if not doc_ids:
            return {}
        rows = self.conn.execute("SELECT id, content_hash FROM documents WHERE id IN "
                                 "(SELECT unnest(?::VARCHAR[]))", [list(doc_ids)]).fetchall()
        return dict(rows)

    def count(self, table: str) -> int:
        if table not in ("documents", "events", "quotes", "activities", "errors"):
            raise ValueError(f"unknown table {table!r}")
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
