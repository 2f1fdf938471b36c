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
        from ..corpus._work import load_actors_once
        from ..errors import DataError
        try:
            n = load_actors_once(actors)
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


def coded_documents(paths, date, counts: dict):
    """Read and code documents one by one, naming each failure on stderr; the shared loop
    of the commands that show one part of a coded article (quotes, csbm).

    counts: gets "docs" and "errors" added up as the loop runs.
    """
    from .. import code_document
    from ..errors import OfframpError
    from ..ingest import read_paths

    counts.setdefault("docs", 0)
    counts.setdefault("errors", 0)
    for item in read_paths(paths, date):
        if isinstance(item, OfframpError):
            counts["errors"] += 1
            _err(f"offramp: skipped: {item}")
            continue
        try:
            code_document(item)
        except OfframpError as e:
            counts["errors"] += 1
            _err(f"offramp: {item.id}: {e}")
            continue
        counts["docs"] += 1
        yield item


def _duration(text: str) -> float:
    """Seconds in "90", "30s", "15m", "2h"; exits with status 2 on anything else."""
    import re
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text or "")
    if not m:
        _err(f"offramp: bad duration {text!r} (e.g. 30s, 15m, 2h)")
        raise typer.Exit(2)
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]


@app.command("code")
def code_cmd(
    paths: List[str] = typer.Argument(..., help="Files (.txt, .html, .jsonl[.gz]), folders, globs, feed or page URLs, or - for stdin."),
    date: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for inputs without one."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f",
                                      help="table | jsonl | documents | plover (default: table on a terminal, else jsonl)."),
    db: Optional[Path] = typer.Option(None, help="Also store documents and events in this DuckDB file; documents stored unchanged are skipped."),
    actors: Optional[Path] = typer.Option(None, help="YAML file of extra actors (people, organisations)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", min=1, help="Worker processes (default: all cores, once the input has more than a few documents)."),
    engine: str = typer.Option("local", help="local | dask."),
    scheduler: Optional[str] = typer.Option(None, help="Dask scheduler address tcp://HOST:PORT (default: a local cluster)."),
    time_limit: float = typer.Option(60.0, help="Seconds one document may take before it is recorded as failed (0: no limit)."),
    prefilter: bool = typer.Option(True, help="Skip the parser for paragraphs with no event word, actor or quotation."),
    recode: bool = typer.Option(False, help="Code documents again even when stored unchanged in --db."),
    progress: bool = typer.Option(True, help="Progress on stderr: a bar on a terminal, a plain line every 10 s otherwise."),
    asides: bool = typer.Option(False, help="Also print acts only feared, conditional, denied or planned that are not coded as events (marked \"aside\": true; never stored)."),
):
    """Code articles into PLOVER events."""
    from ..corpus import Settings, code_corpus
    from ..corpus._emit import FORMATS, emitter
    from ..errors import OfframpError

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    if fmt not in FORMATS:
        _err(f"offramp: unknown --format {fmt!r} (table, jsonl, documents, plover)")
        raise typer.Exit(2)
    if engine not in ("local", "dask"):
        _err(f"offramp: unknown --engine {engine!r} (local, dask)")
        raise typer.Exit(2)
    date = _check_date(date)
    _load_actors(actors)
    on_document, finish = emitter(fmt, typer.echo, asides=asides)
    settings = Settings(prefilter=prefilter, time_limit=time_limit or None,
                        actors=str(actors) if actors else None)
    try:
        stats = code_corpus(paths, date=date, db=db, engine=engine, workers=workers,
                            scheduler=scheduler, settings=settings, on_document=on_document,
                            log=lambda m: _err(f"offramp: {m}"), recode=recode, progress=progress)
    except OfframpError as e:
        _err(f"offramp: {e}")
        raise typer.Exit(2)
    finish()
    _err(f"offramp: {stats.summary()}" + (f"; stored in {db}" if db else ""))
    if stats.documents == 0 and stats.unchanged == 0 and stats.failed:
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
