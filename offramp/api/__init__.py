"""api: the HTTP API and dashboard over a coded store (FastAPI; `offramp serve`).

    >>> from offramp.api import create_app
    >>> app = create_app("offramp.duckdb")      # then: uvicorn.run(app, host="127.0.0.1")

JSON under /api (events, places, dyads and their series, actors, quotes, documents,
activities, code), the dashboard at /, the API reference at /docs (from /openapi.json).
"""
from __future__ import annotations

from ._app import Database, create_app

__all__ = ["Database", "create_app"]
