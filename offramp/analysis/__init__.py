"""analysis: what the stored events say about a pair of countries, from Python or SQL.

    >>> import duckdb
    >>> from offramp.analysis import dyad_series, create_views
    >>> conn = duckdb.connect("offramp.duckdb", read_only=True)
    >>> s = dyad_series(conn, "USA", "RUS", "2022-01-01", "2022-02-28")
    >>> s["alerts"]            # days on which the escalation rule fired
    >>> create_views(conn, temp=True)   # event_dyads, actor_events, dyad_day, dyads

Every function takes a duckdb connection and binds all values as parameters. Counts and
intensities use `actual` events unless told otherwise; planned (future), hypothetical and
negated events are counted apart. The escalation rule is `AlertRule` (see its docstring).
"""
from __future__ import annotations

from ._document import get_document, mark_spans, render_html
from ._filters import EventFilter
from ._records import (MAX_LIMIT, event_places, find_events, list_activities, list_dyads,
                       list_quotes, summary, top_actors)
from ._report import dyad_report, format_report, plot_series
from ._series import MAX_SERIES_DAYS, RULE, AlertRule, dyad_series
from ._sql import VIEWS, create_views

__all__ = ["AlertRule", "EventFilter", "MAX_LIMIT", "MAX_SERIES_DAYS", "RULE", "VIEWS",
           "create_views", "dyad_report", "dyad_series", "event_places", "find_events",
           "format_report", "get_document", "list_activities", "list_dyads", "list_quotes",
           "mark_spans", "plot_series", "render_html", "summary", "top_actors"]
