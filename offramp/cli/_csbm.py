"""`offramp csbm`: the military activities of articles, checked against the Vienna Document 2011."""
from __future__ import annotations

import json
from typing import List, Optional

import typer

from ._main import _check_date, _err, app, coded_documents

_STATUS_STYLE = {"required": "yellow", "violated": "bold red", "met": "green",
                 "not-required": "dim", "exempt": "cyan", "undetermined": "magenta"}


def _numbers(a: dict) -> str:
    return "; ".join(f"{n['text']} ({n['claimed_by']})" for n in a["numbers"]) or "no number"


def _table(docs: list) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for doc in docs:
        for i, a in enumerate(doc.activities):
            where = f" in {a['host']}" if a["host"] else ""
            title = (f"{doc.id} #{i}: {a['actor']}{where} — {a['kind']}"
                     + (f" {a['name']}" if a["name"] else "") + f" — {_numbers(a)}")
            t = Table(title=title, title_justify="left", show_lines=False, expand=True)
            for col, kw in (("rule", {"no_wrap": True}), ("¶", {"no_wrap": True}),
                            ("status", {"no_wrap": True}), ("on whose numbers", {}), ("why", {"ratio": 1})):
                t.add_column(col, **kw)
            for f in a["findings"]:
                style = _STATUS_STYLE.get(f["status"], "")
                t.add_row(f["rule"], f["paragraph"], f"[{style}]{f['status']}[/]" if style else f["status"],
                          f.get("claimed_by") or "", f["why"])
            console.print(t)
            said = a["notification_status"] + a["claims"]
            if said:
                console.print("  reported: " + "; ".join(f"{s['claimed_by']}: {s['status']}" for s in said))
    if not any(d.activities for d in docs):
        console.print("no military activities found")


@app.command("csbm")
def csbm_cmd(
    paths: List[str] = typer.Argument(..., help="Files (.txt, .html, .jsonl[.gz]), folders, or - for stdin."),
    date: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for inputs without one."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json (one line per document)."),
):
    """Check the military activities in articles against the OSCE Vienna Document 2011."""
    if fmt not in ("table", "json"):
        _err(f"offramp: unknown --format {fmt!r} (table, json)")
        raise typer.Exit(2)
    date = _check_date(date)
    docs, counts = [], {}
    for item in coded_documents(paths, date, counts):
        if fmt == "json":
            typer.echo(json.dumps({"id": item.id, "date": item.date, "title": item.title,
                                   "activities": item.activities}, ensure_ascii=False))
        docs.append(item)
    if fmt == "table":
        _table(docs)
    _err(f"offramp: {len(docs)} documents, {sum(len(d.activities) for d in docs)} military "
         f"activities, {counts['errors']} failed")
    if not docs and counts["errors"]:
        raise typer.Exit(1)
