"""`offramp serve` (the API and dashboard) and `offramp report` (a dyad summary and chart)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Tuple

import typer

from ._main import _err, app


def _open_db(db: Path):
    """A read-only connection to db, or exit 2 with a message."""
    import duckdb
    if not db.is_file():
        _err(f"offramp: no database file {db}")
        raise typer.Exit(2)
    try:
        return duckdb.connect(str(db), read_only=True)
    except duckdb.Error as e:
        _err(f"offramp: cannot open {db}: {e}")
        raise typer.Exit(2)


@app.command("serve")
def serve_cmd(
    db: Path = typer.Option(..., help="DuckDB file written by `offramp code --db`."),
    host: str = typer.Option("127.0.0.1", help="Address to bind; the default is this machine only."),
    port: int = typer.Option(8000, min=1, max=65535, help="TCP port."),
    token: Optional[str] = typer.Option(None, envvar="OFFRAMP_API_TOKEN", show_default=False,
                                        help="Require 'Authorization: Bearer TOKEN' on POST "
                                             "requests (default: $OFFRAMP_API_TOKEN; unset: open)."),
):
    """Serve the HTTP API (/api, reference at /docs) and the dashboard (/) over a store."""
    try:
        import uvicorn

        from ..api import create_app
    except ImportError as e:
        _err(f"offramp: serve needs the 'serve' extra (pip install 'offramp[serve]'): {e}")
        raise typer.Exit(2)
    from ..errors import StoreError
    try:
        web = create_app(str(db), token=token or "")
    except StoreError as e:
        _err(f"offramp: {e}")
        raise typer.Exit(2)
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        _err(f"offramp: warning: serving on {host}; the API has no authentication")
    _err(f"offramp: dashboard at http://{host}:{port}/  API reference at http://{host}:{port}/docs")
    uvicorn.run(web, host=host, port=port, log_level="info")


@app.command("report")
def report_cmd(
    db: Path = typer.Option(..., help="DuckDB file written by `offramp code --db`."),
    dyad: Tuple[str, str] = typer.Option(..., help="Two country codes, e.g. --dyad USA RUS."),
    start: Optional[str] = typer.Option(None, "--from", help="First day YYYY-MM-DD (default: first event)."),
    end: Optional[str] = typer.Option(None, "--to", help="Last day YYYY-MM-DD (default: last event)."),
    png: Optional[Path] = typer.Option(None, help="Write a PNG chart of the series here."),
):
    """Print a dyad's cooperation, conflict and escalation alerts; optionally chart them."""
    from ..analysis import dyad_report, format_report, plot_series
    from ..analysis._filters import country_code

    conn = _open_db(db)
    try:
        a, b = country_code(dyad[0], "--dyad"), country_code(dyad[1], "--dyad")
        rep = dyad_report(conn, a, b, start, end)
    except ValueError as e:
        _err(f"offramp: {e}")
        raise typer.Exit(2)
    finally:
        conn.close()
    typer.echo(format_report(rep))
    if png is not None:
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            _err("offramp: --png needs matplotlib (pip install 'offramp[serve]')")
            raise typer.Exit(2)
        plot_series(rep["series"], str(png))
        _err(f"offramp: chart written to {png}")
