"""A stored document with the evidence of each event located as character spans.

The store keeps each event's evidence sentence and trigger, not offsets, so spans are found
again in the document text. The HTML rendering escapes every piece of article text; only
the <mark> tags are ours.
"""
from __future__ import annotations

import html
import json
import re

from ._records import _event_record, _EVENT_COLS, _rows

__all__ = ["get_document", "mark_spans", "render_html"]


def _find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every place `needle` occurs in `text`, exactly or with different whitespace."""
    out, i = [], text.find(needle)
    while needle and i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    if out or not needle.strip():
        return out
    # the sentence splitter may have turned newlines into spaces, or the reverse
    pattern = r"\s+".join(re.escape(w) for w in needle.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def mark_spans(text: str, events: list[dict], quotes: list[dict] = ()) -> list[dict]:
    """Spans {start, end, kind, event_ids} for evidence, triggers and quotes in `text`.

    text: the document text; events: event records (evidence, trigger, sentence, event_id);
    quotes: quote records with start_char/end_char. When an evidence sentence occurs several
    times, events are matched to occurrences in sentence order.
    """
    spans: dict[tuple[int, int, str], list[str]] = {}
    by_evidence: dict[str, list[dict]] = {}
    for e in events:
        if e.get("evidence"):
            by_evidence.setdefault(e["evidence"], []).append(e)
    for evidence, evs in by_evidence.items():
        places = _find_all(text, evidence)
        if not places:
            continue
        sentences = sorted({e["sentence"] if e["sentence"] is not None else -1 for e in evs})
        for e in evs:
            k = sentences.index(e["sentence"] if e["sentence"] is not None else -1)
            start, end = places[min(k, len(places) - 1)]
            spans.setdefault((start, end, "evidence"), []).append(e["event_id"])
            trig = e.get("trigger")
            if trig:
                m = re.search(r"(?<!\w)" + re.escape(trig) + r"(?!\w)", text[start:end])
                if m:
                    spans.setdefault((start + m.start(), start + m.end(), "trigger"),
                                     []).append(e["event_id"])
    for q in quotes:
        s, t = q.get("start_char"), q.get("end_char")
        if s is not None and t is not None and 0 <= s < t <= len(text):
            spans.setdefault((s, t, "quote"), [])
    return [{"start": s, "end": t, "kind": k, "event_ids": ids}
            for (s, t, k), ids in sorted(spans.items(), key=lambda kv: (kv[0][0], -kv[0][1]))]


def render_html(text: str, spans: list[dict]) -> str:
    """The text as escaped HTML with <mark class="KIND" data-events="..."> around spans.

    Overlapping spans are cut at every boundary, so the markup always nests properly.
    """
    cuts = sorted({0, len(text), *(s["start"] for s in spans), *(s["end"] for s in spans)})
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        piece = html.escape(text[lo:hi])
        covering = [s for s in spans if s["start"] <= lo and hi <= s["end"]]
        for s in sorted(covering, key=lambda s: (s["end"] - s["start"])):
            ids = html.escape(" ".join(s["event_ids"]), quote=True)
            piece = f'<mark class="{s["kind"]}" data-events="{ids}">{piece}</mark>'
        out.append(piece)
    return "".join(out)


def get_document(conn, doc_id: str) -> dict | None:
    """A document with its events, quotes, activities, evidence spans and escaped HTML.

    conn: duckdb connection; doc_id: the document id. None when there is no such document.
    """
    docs = _rows(conn, "SELECT id, date, title, url, source, byline, text, n_events, warnings "
                       "FROM documents WHERE id = ?", [doc_id])
    if not docs:
        return None
    doc = docs[0]
    doc["date"] = doc["date"].isoformat() if doc["date"] else None
    doc["warnings"] = json.loads(doc["warnings"]) if doc["warnings"] else []
    events = [_event_record(r) for r in _rows(
        conn, f"SELECT {_EVENT_COLS} FROM events e LEFT JOIN documents d ON d.id = e.doc_id "
              "WHERE e.doc_id = ? ORDER BY e.sentence, e.event_id", [doc_id])]
    quotes = _rows(conn, "SELECT idx, text, speaker_name, speaker_country, anonymous, sentence, "
                         "start_char, end_char FROM quotes WHERE doc_id = ? ORDER BY idx",
                   [doc_id])
    activities = [json.loads(r[0]) for r in conn.execute(
        "SELECT record FROM activities WHERE doc_id = ? ORDER BY idx", [doc_id]).fetchall()]
    text = doc["text"] or ""
    spans = mark_spans(text, events, quotes)
    doc.update(events=events, quotes=quotes, activities=activities, spans=spans,
               html=render_html(text, spans))
    return doc
