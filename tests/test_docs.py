"""Every command of the CLI has a section in docs/cli.md (datasette keeps its docs whole so)."""
from pathlib import Path

from offramp.cli import app

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def test_docs_every_command_is_documented():
    import typer.main

    names = set(typer.main.get_command(app).commands)
    text = DOC.read_text(encoding="utf-8")
    assert {"code", "explain", "quotes", "csbm", "serve"} <= names
    missing = [n for n in sorted(names) if f"## offramp {n}\n" not in text]
    assert missing == []
