"""offramp CLI (Typer). Commands parse options, then call the core; no NLP or SQL here."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="offramp: news text in, PLOVER political events out.")


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


def _load_actors(actors: Optional[Path]) -> None:
    if actors is not None:
        from ..actors import load_actor_file
        from ..errors import DataError
        try:
            n = load_actor_file(actors)
        except DataError as e:
            _err(f"offramp: {e}")
            raise typer.Exit(2)
        _err(f"offramp: {n} actors loaded from {actors}")


def _check_date(date: Optional[str]) -> Optional[str]:
    if date is None:
        return None
    from ..errors import InputError
    from ..ingest import parse_date
    try:
        return parse_date(date, "--date")
    except InputError as e:
        _err(f"offramp: {e}")
        raise typer.Exit(2)


@app.command("code")
def code_cmd(
    paths: List[str] = typer.Argument(..., help="Files (.txt, .html, .jsonl[.gz]), folders, or - for stdin."),
    date: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for inputs without one."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="table | jsonl | documents | plover (default: table on a terminal, else jsonl)."),
    db: Optional[Path] = typer.Option(None, help="Also store documents and events in this DuckDB file."),
    actors: Optional[Path] = typer.Option(None, help="YAML file of extra actors (people, organisations)."),
):
    """Code articles into PLOVER events."""
    from .. import code_document
    from ..errors import OfframpError
    from ..ingest import read_paths

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    if fmt not in ("table", "jsonl", "documents", "plover"):
        _err(f"offramp: unknown --format {fmt!r} (table, jsonl, documents, plover)")
        raise typer.Exit(2)
    date = _check_date(date)
    _load_actors(actors)
    store = None
    if db is not None:
        from ..store import Store
        try:
            store = Store(str(db))
        except OfframpError as e:
            _err(f"offramp: {e}")
            raise typer.Exit(2)
    from ..formats import document_json, event_jsonl, plover_record, render_table
    import json

    n_docs = n_err = n_ev = 0
    table_docs = []
    for item in read_paths(paths, date):
        if isinstance(item, OfframpError):
            n_err += 1
            _err(f"offramp: skipped: {item}")
            if store:
                store.write_error(item)
            continue
        doc = item
        if doc.date is None:
            _err(f"offramp: {doc.id}: no publication date; relative dates left unresolved "
                 "(give --date YYYY-MM-DD)")
        try:
            code_document(doc)
        except OfframpError as e:
            n_err += 1
            _err(f"offramp: {doc.id}: {e}")
            if store:
                store.write_error(e, source=doc.id)
            continue
        except Exception as e:  # a bug on one document must not lose the rest of the run
            n_err += 1
            _err(f"offramp: {doc.id}: internal error {type(e).__name__}: {e}")
            if store:
                store.write_error(f"internal error {type(e).__name__}: {e}", source=doc.id)
            continue
        n_docs += 1
        n_ev += len(doc.events)
        if store:
            store.write(doc)
        if fmt == "jsonl":
            for e in doc.events:
                typer.echo(event_jsonl(e))
        elif fmt == "documents":
            typer.echo(document_json(doc))
        elif fmt == "plover":
            for e in doc.events:
                typer.echo(json.dumps(plover_record(e, doc), ensure_ascii=False))
        else:
            table_docs.append(doc)
    if table_docs:
        render_table(table_docs)
    if store:
        store.close()
    _err(f"offramp: {n_docs} documents coded, {n_ev} events, {n_err} failed"
         + (f"; stored in {db}" if db else ""))
    if n_docs == 0 and n_err:
        raise typer.Exit(1)


@app.command("explain")
def explain_cmd(
    sentence: str = typer.Argument(..., help="A sentence or short text to explain."),
    date: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD."),
):
    """Show the parse, the actors, each candidate event and why it was kept or dropped."""
    from .. import code
    from ..explain import explain

    doc = code(sentence, date=_check_date(date), keep_work=True)
    typer.echo(explain(doc))


@app.command("check")
def check_cmd():
    """Check that the pipeline's stages are in an order that gives each what it needs."""
    from ..pipeline import _stages, check_stages

    st = _stages()
    problems = check_stages(st)
    for s in st:
        typer.echo(f"{s.name:10} requires {', '.join(s.requires):22} provides {', '.join(s.provides)}")
    if problems:
        for p in problems:
            _err("offramp: " + p)
        raise typer.Exit(1)
    typer.echo("ok")


def main() -> None:
    app()
