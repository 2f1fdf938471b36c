"""The public names of offramp.analysis and offramp.api are exactly what they export."""
import offramp.analysis
import offramp.api


def test_analysis_public_names_are_pinned():
    assert sorted(offramp.analysis.__all__) == sorted([
        "AlertRule", "EventFilter", "MAX_LIMIT", "MAX_SERIES_DAYS", "RULE", "VIEWS",
        "create_views", "dyad_report", "dyad_series", "event_places", "find_events",
        "format_report", "get_document", "list_activities", "list_dyads", "list_quotes",
        "mark_spans", "plot_series", "render_html", "summary", "top_actors"])
    for name in offramp.analysis.__all__:
        assert getattr(offramp.analysis, name) is not None
    assert offramp.api.__all__ == ["Database", "create_app"]


def test_analysis_every_public_function_has_a_docstring():
    for name in offramp.analysis.__all__:
        obj = getattr(offramp.analysis, name)
        if callable(obj) and not isinstance(obj, type(offramp.analysis.RULE)):
            assert (obj.__doc__ or "").strip(), name
