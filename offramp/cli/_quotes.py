"""`offramp quotes`: the direct quotations of articles and who said them."""
from __future__ import annotations

import json
from typing import List, Optional

import typer

from ._main import _check_date, _err, app, coded_documents

__all__ = ["quotes_cmd", "quote_rows"]


def quote_rows(doc) -> list[dict]:
    """One flat record per quotation of a coded document.

    doc: a Document the pipeline has run on.
    """
    rows = []
    for q in doc.quotes:
        s = q.speaker
        rows.append({"doc_id": doc.id, "sentence": q.sentence, "start": q.start, "end": q.end,
                     "text": q.text, "speaker": s.to_dict() if s else None})
    return rows


def _who(speaker: dict | None) -> str:
    if not speaker:
        return "—"
    label = speaker.get("name") or speaker.get("text") or "?"
    tags = [t for t in (speaker.get("country"), speaker.get("sector")) if t]
    if speaker.get("anonymous"):
        tags.append("anon.")
    return label + (f" ({', '.join(tags)})" if tags else "")


def _table(rows: list[dict], title: str) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    t = Table(title=title, expand=True)
    t.add_column("sent.", justify="right")
    t.add_column("speaker", ratio=1, overflow="fold")
    t.add_column("quotation", ratio=3, overflow="fold")
    for r in rows:
        text = r["text"] if len(r["text"]) <= 200 else r["text"][:197] + "…"
        # escape: "[during a call]" in a quotation is text, not rich markup
        t.add_row(str(r["sentence"]), escape(_who(r["speaker"])), escape(text))
    Console().print(t)


@app.command("quotes")
def quotes_cmd(
    paths: List[str] = typer.Argument(..., help="Files (.txt, .html, .jsonl[.gz]), folders, or - for stdin."),
    date: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for inputs without one."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json (one quotation per line)."),
):
    """List the direct quotations of articles with their speakers."""
    if fmt not in ("table", "json"):
        _err(f"offramp: unknown --format {fmt!r} (table, json)")
        raise typer.Exit(2)
    date = _check_date(date)
    n_quotes = 0
    counts: dict = {}
    for item in coded_documents(paths, date, counts):
        rows = quote_rows(item)
        n_quotes += len(rows)
        if fmt == "json":
            for r in rows:
                typer.echo(json.dumps(r, ensure_ascii=False))
        else:
            _table(rows, f"{item.id}  {len(rows)} quotations")
    _err(f"offramp: {counts['docs']} documents, {n_quotes} quotations, {counts['errors']} failed")
    if counts["docs"] == 0 and counts["errors"]:
        raise typer.Exit(1)
