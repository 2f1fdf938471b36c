"""`offramp watch` (poll feeds), `offramp events` (mentions or deduplicated events) and
`offramp export` (Parquet, CSV, PLOVER, GDELT-like) over a corpus database."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from ._main import _check_date, _duration, _err, _load_actors, app


@app.command("watch")
def watch_cmd(
    feeds: List[str] = typer.Argument(..., help="RSS/Atom feed URLs (or feed files)."),
    db: Path = typer.Option(..., help="DuckDB file; it remembers which items were coded."),
    every: str = typer.Option("15m", help="Time between polls: 30s, 15m, 1h."),
    once: bool = typer.Option(False, help="Poll once and exit."),
    date: Optional[str] = typer.Option(None, help="Publication date for items without one."),
    actors: Optional[Path] = typer.Option(None, help="YAML file of extra actors."),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", min=1, help="Worker processes (default: all cores for large polls)."),
    time_limit: float = typer.Option(60.0, help="Seconds one document may take (0: no limit)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="Also print new events: jsonl | documents | plover."),
):
    """Poll feeds and code only new items into the database."""
    from ..corpus import Settings
    from ..corpus._emit import emitter
    from ..corpus._watch import watch
    from ..errors import OfframpError

    seconds = _duration(every)
    if fmt not in (None, "jsonl", "documents", "plover"):
        _err(f"offramp: unknown --format {fmt!r} (jsonl, documents, plover)")
        raise typer.Exit(2)
    date = _check_date(date)
    _load_actors(actors)
    on_document = emitter(fmt, typer.echo)[0] if fmt else None
    settings = Settings(time_limit=time_limit or None, actors=str(actors) if actors else None)

    def report(n, stats):
        _err(f"offramp: poll {n}: {stats.summary()}")

    try:
        watch(feeds, db, every=seconds, once=once, on_poll=report, date=date, workers=workers,
              settings=settings, on_document=on_document, log=lambda m: _err(f"offramp: {m}"),
              progress=False)
    except OfframpError as e:
        _err(f"offramp: {e}")
        raise typer.Exit(2)
    except KeyboardInterrupt:
        _err("offramp: stopped")


def _open(db: Path):
    from ._serve import _open_db
    return _open_db(db)


@app.command("events")
def events_cmd(
    db: Path = typer.Option(..., help="DuckDB file written by `offramp code --db`."),
    deduped: bool = typer.Option(False, help="One row per event across articles, with mention, article and source counts."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="table | jsonl | csv (default: table on a terminal, else jsonl)."),
    limit: Optional[int] = typer.Option(None, min=0, help="At most this many rows."),
):
    """List the events of a database: one per article mention, or deduplicated."""
    import csv
    import json

    from ..store import event_rows

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    if fmt not in ("table", "jsonl", "csv"):
        _err(f"offramp: unknown --format {fmt!r} (table, jsonl, csv)")
        raise typer.Exit(2)
    conn = _open(db)
    cols, rows = event_rows(conn, deduped=deduped, limit=limit)
    conn.close()
    if fmt == "jsonl":
        for r in rows:
            typer.echo(json.dumps(dict(zip(cols, r)), default=str, ensure_ascii=False))
    elif fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(cols)
        w.writerows(rows)
    else:
        from rich.console import Console
        from rich.table import Table

        t = Table(title=f"{len(rows)} {'deduplicated events' if deduped else 'event mentions'}")
        for c in cols:
            t.add_column(c, overflow="fold", ratio=3 if c == "evidence" else None)
        for r in rows:
            t.add_row(*["" if v is None else str(v) for v in r])
        Console().print(t)


@app.command("export")
def export_cmd(
    db: Path = typer.Option(..., help="DuckDB file written by `offramp code --db`."),
    fmt: str = typer.Option(..., "--format", "-f", help="parquet | csv | plover | gdelt."),
    out: Path = typer.Option(..., help="Output file (a folder for partitioned Parquet)."),
    deduped: bool = typer.Option(False, help="Deduplicated events instead of one row per mention (parquet, csv; gdelt always)."),
    partition: str = typer.Option("auto", help="Parquet by date: none | day | month | year | auto (month past a million rows)."),
):
    """Export events: Parquet, CSV, PLOVER JSON lines, or a GDELT-like table (tab-separated)."""
    from ..store import EXPORT_FORMATS, export

    if fmt not in EXPORT_FORMATS:
        _err(f"offramp: unknown --format {fmt!r} ({', '.join(EXPORT_FORMATS)})")
        raise typer.Exit(2)
    if partition not in ("none", "day", "month", "year", "auto"):
        _err(f"offramp: unknown --partition {partition!r} (none, day, month, year, auto)")
        raise typer.Exit(2)
    import duckdb

    conn = _open(db)
    try:
        n = export(conn, fmt, out, deduped=deduped, partition=partition)
    except (duckdb.Error, OSError) as e:
        _err(f"offramp: cannot write {out}: {e}")
        raise typer.Exit(1)
    finally:
        conn.close()
    _err(f"offramp: {n} {'events' if deduped or fmt == 'gdelt' else 'event mentions'} written to {out}")
