"""Output formats for coded documents: jsonl events, documents, PLOVER records, a table."""
from __future__ import annotations

import datetime as dt
import json
import sys

from .model import Document, Event

__all__ = ["event_jsonl", "document_json", "plover_record", "render_table"]


def event_jsonl(e: Event, aside: bool = False) -> str:
    return json.dumps(e.to_dict() | {"aside": True} if aside else e.to_dict(), ensure_ascii=False)


def document_json(doc: Document) -> str:
    return json.dumps(doc.to_dict(with_text=False), ensure_ascii=False)


def _entity(a) -> dict:
    return {"code": a.country, "sector": a.sector, "entity_text": a.text,
            "identifier_text": a.name, "office": a.role}


def plover_record(e: Event, doc: Document) -> dict:
    """A PLOVER JSON record (field names from the PLOVER manual's JSON table)."""
    sent = doc.sentences[e.sentence] if e.sentence < len(doc.sentences) else None
    loc = e.location
    return {
        "id": e.event_id, "has_event": True, "date": e.date,
        "actor": [_entity(a) for a in e.source], "recipient": [_entity(a) for a in e.target],
        "event": [e.type], "mode": [e.mode] if e.mode else [], "context": list(e.context),
        "event_loc": ({"name": loc.name, "country": loc.country, "lat": loc.lat,
                       "lon": loc.lon, "geonameid": loc.geonameid} if loc else None),
        "event_text": [e.evidence], "quad_code": e.quad_class, "event_scale": e.intensity,
        "modality": e.modality, "cameo": e.cameo,
        "text_info": ({"sequence": e.sentence, "start": sent.start, "end": sent.end} if sent else None),
        "cite_info": {"doc_id": doc.id, "url": doc.url, "source": doc.source,
                      "story_date": doc.date, "title": doc.title},
        "attributed_to": e.attributed_to.to_dict() if e.attributed_to else None,
        "coder": f"offramp {e.rule}", "coded_date": dt.date.today().isoformat(),
    }


def _actors(lst) -> str:
    return ", ".join(f"{a.country or '?'}{'/' + a.sector if a.sector else ''}" for a in lst) or "—"


def render_table(docs: list[Document], console=None) -> None:
    """Print a readable table of the events of each document."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    # piped or logged (not a terminal), rich assumes 80 columns and squeezes the evidence
    # into a sliver: give it room
    console = console or Console(width=None if sys.stdout.isatty() else 160)
    for doc in docs:
        t = Table(title=f"{doc.id}  ({doc.date or 'no date'})  {len(doc.events)} events",
                  show_lines=False, expand=True)
        for col, kw in (("type", {}), ("source → target", {}), ("modality", {}),
                        ("date", {}), ("place", {}), ("claimed by", {}),
                        ("evidence", {"ratio": 3})):
            t.add_column(col, overflow="fold", **kw)
        for e in doc.events:
            ev = e.evidence if len(e.evidence) <= 160 else e.evidence[:157] + "…"
            claim = ""
            if e.attributed_to:
                a = e.attributed_to
                claim = (a.name or a.text) + (" (anon.)" if a.anonymous else "")
            # article text may contain [brackets]: escape, or rich reads them as markup
            t.add_row(e.type + (f"/{e.mode}" if e.mode else ""),
                      f"{_actors(e.source)} → {_actors(e.target)}", e.modality,
                      (e.date or "—") + (f" ({e.date_precision})" if e.date_precision not in (None, "day") else ""),
                      escape(e.location.name) if e.location else "—", escape(claim), escape(ev))
        console.print(t)
