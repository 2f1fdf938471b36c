"""Writers for coded documents on stdout, one per `offramp code --format`."""
from __future__ import annotations

import json
from typing import Callable

from ..model import Document

__all__ = ["FORMATS", "emitter"]

FORMATS = ("table", "jsonl", "documents", "plover")


def emitter(fmt: str, echo: Callable[[str], None], asides: bool = False
            ) -> tuple[Callable[[Document], None], Callable[[], None]]:
    """(on_document, finish) printing documents in a format.

    fmt: table | jsonl | documents | plover; echo: prints one line.
    asides: also print the acts only feared, conditional, denied or planned that are not coded as
    events, each marked "aside": true (the documents format always carries them).
    A table is drawn at the end, from the documents kept until then.
    """
    from ..formats import document_json, event_jsonl, plover_record, render_table

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    kept: list[Document] = []

    def on_document(doc: Document) -> None:
        if fmt == "jsonl":
            for e in doc.events:
                echo(event_jsonl(e))
            for e in doc.asides if asides else ():
                echo(event_jsonl(e, aside=True))
        elif fmt == "documents":
            echo(document_json(doc))
        elif fmt == "plover":
            for e in doc.events:
                echo(json.dumps(plover_record(e, doc), ensure_ascii=False))
            for e in doc.asides if asides else ():
                echo(json.dumps(plover_record(e, doc) | {"aside": True}, ensure_ascii=False))
        else:
            if asides:
                doc.events = doc.events + doc.asides
            doc.work.clear()
            kept.append(doc)

    def finish() -> None:
        if kept:
            render_table(kept)

    return on_document, finish
