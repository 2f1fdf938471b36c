"""Dyad-day series, the escalation rule and the SQL views, on hand-made event histories."""
import datetime as dt

import duckdb
import pytest

from offramp.analysis import RULE, AlertRule, create_views, dyad_series
from tests.analysis.dbfixtures import rows_db

D = dt.date


def _days(a, b, step=1):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=step)


@pytest.fixture(scope="module")
def crisis(tmp_path_factory):
    """USA–RUS: calm consultations, a hostile spell from 10 March to 30 April, calm again."""
    rows = [(d, "USA", "RUS", "CONSULT", 1, 1.0, "actual") for d in _days(D(2022, 1, 1), D(2022, 3, 1), 2)]
    rows += [(d, "RUS", "USA", "ASSAULT", 4, -9.0, "actual") for d in _days(D(2022, 3, 10), D(2022, 4, 30))]
    rows += [(d, "USA", "RUS", "CONSULT", 1, 1.0, "actual") for d in _days(D(2022, 5, 1), D(2022, 5, 20))]
    rows += [(D(2022, 5, 25), "USA", "RUS", "CONSULT", 1, 1.0, "future"),
             (D(2022, 5, 25), ["USA", "NATO"], "RUS", "REJECT", 3, -4.0, "hypothetical"),
             (D(2022, 2, 2), ["USA", "NATO"], ["RUS"], "ACCUSE", 3, -2.0, "actual"),
             (D(2022, 2, 2), "DEU", "FRA", "AGREE", 1, 4.0, "actual"),
             (D(2022, 2, 5), ["USA", "RUS"], ["RUS", "USA"], "CONSULT", 1, 1.0, "actual")]
    path = rows_db(tmp_path_factory.mktemp("crisis") / "c.duckdb", rows)
    conn = duckdb.connect(str(path), read_only=True)
    yield conn
    conn.close()


def _day(series, iso):
    return next(d for d in series["days"] if d["date"] == iso)


def test_analysis_series_fills_every_day(crisis):
    s = dyad_series(crisis, "USA", "RUS", "2022-01-01", "2022-01-10")
    assert [d["date"] for d in s["days"]] == [f"2022-01-{i:02d}" for i in range(1, 11)]
    assert [d["n"] for d in s["days"]] == [1, 0, 1, 0, 1, 0, 1, 0, 1, 0]
    assert _day(s, "2022-01-02")["mean_intensity"] is None


def test_analysis_series_defaults_to_the_dyad_span(crisis):
    s = dyad_series(crisis, "RUS", "USA")
    assert (s["from"], s["to"]) == ("2022-01-01", "2022-05-25")


def test_analysis_series_alert_fires_when_the_week_turns_hostile(crisis):
    s = dyad_series(crisis, "USA", "RUS", "2022-01-01", "2022-03-20")
    assert s["alerts"][0] == "2022-03-12"  # the third hostile day: the week holds 3 events
    first = _day(s, "2022-03-12")
    assert first["n7"] == 3 and first["intensity7"] == -9.0 and first["conflict_share7"] == 1.0
    assert first["base4_intensity"] == 1.0 and first["base4_conflict_share"] == 0.0
    assert not any(d["alert"] for d in s["days"] if d["date"] < "2022-03-12")


def test_analysis_series_alert_stops_when_hostility_is_the_new_normal(crisis):
    s = dyad_series(crisis, "USA", "RUS", "2022-04-20", "2022-04-30")
    assert s["alerts"] == []
    assert _day(s, "2022-04-30")["base4_intensity"] == -9.0


def test_analysis_series_deescalation_is_the_off_ramp(crisis):
    s = dyad_series(crisis, "USA", "RUS", "2022-05-01", "2022-05-20")
    assert _day(s, "2022-05-10")["signal"] == "de-escalation"
    assert s["alerts"] == []


def test_analysis_series_counts_actual_only_and_keeps_the_rest_apart(crisis):
    d = _day(dyad_series(crisis, "USA", "RUS", "2022-05-25", "2022-05-25"), "2022-05-25")
    assert d["n"] == 0 and d["by_type"] == {}
    assert d["by_modality"] == {"future": 1, "hypothetical": 1}
    planned = dyad_series(crisis, "USA", "RUS", "2022-05-25", "2022-05-25", modalities=("future",))
    assert planned["days"][0]["n"] == 1 and planned["days"][0]["by_type"] == {"CONSULT": 1}


def test_analysis_series_multi_actor_event_counts_once(crisis):
    d = _day(dyad_series(crisis, "USA", "RUS", "2022-02-02", "2022-02-05"), "2022-02-02")
    assert d["n"] == 2 and d["quad"] == {"1": 1, "2": 0, "3": 1, "4": 0}
    both_ways = _day(dyad_series(crisis, "USA", "RUS", "2022-02-05", "2022-02-05"), "2022-02-05")
    assert both_ways["n"] == 1  # "the US and Russia talked": pairs both ways, one event
    nato = _day(dyad_series(crisis, "NATO", "RUS", "2022-02-02", "2022-02-02"), "2022-02-02")
    assert nato["by_type"] == {"ACCUSE": 1}


def test_analysis_series_directed_keeps_one_direction(crisis):
    s = dyad_series(crisis, "USA", "RUS", "2022-03-10", "2022-03-20", directed=True)
    assert sum(d["n"] for d in s["days"]) == 0  # the assaults go RUS -> USA
    s = dyad_series(crisis, "RUS", "USA", "2022-03-10", "2022-03-20", directed=True)
    assert sum(d["n"] for d in s["days"]) == 11


def test_analysis_series_unknown_dyad_is_empty_not_an_error(crisis):
    s = dyad_series(crisis, "CHN", "IND", "2022-01-01", "2022-01-03")
    assert [d["n"] for d in s["days"]] == [0, 0, 0] and s["alerts"] == []


@pytest.mark.parametrize("start,end", [("2022-02-01", "2022-01-01"), ("2022-13-01", None),
                                       ("yesterday", None), ("1990-01-01", "2022-01-01")])
def test_analysis_series_rejects_bad_ranges(crisis, start, end):
    with pytest.raises(ValueError):
        dyad_series(crisis, "USA", "RUS", start, end)


def test_analysis_rule_treats_thin_baselines_as_neutral():
    day = {"n7": 3, "intensity7": -0.5, "conflict_share7": 0.5, "base4_n": 1,
           "base4_intensity": -9.0, "base4_conflict_share": 1.0, "base52_n": 0,
           "base52_intensity": None, "base52_conflict_share": None}
    assert RULE.signal(day) == "escalation"  # one hostile event before is no baseline
    assert RULE.signal({**day, "n7": 2}) is None
    assert RULE.signal({**day, "intensity7": 0.5}) is None  # not hostile on balance
    strict = AlertRule(share_rise=0.6, intensity_drop=5)
    assert strict.signal(day) is None
    assert "52-week" in RULE.describe()


def test_analysis_views_agree_with_the_python_series(crisis):
    names = create_views(crisis, temp=True)
    assert names == ["event_dyads", "actor_events", "dyad_day", "dyads"]
    n, q4 = crisis.execute("SELECT sum(n), sum(q4) FROM dyad_day WHERE a = 'RUS' AND b = 'USA' "
                           "AND day BETWEEN '2022-03-01' AND '2022-03-31'").fetchone()
    s = dyad_series(crisis, "USA", "RUS", "2022-03-01", "2022-03-31")
    assert n == sum(d["n"] for d in s["days"]) and q4 == sum(d["quad"]["4"] for d in s["days"])
    top = crisis.execute("SELECT a, b FROM dyads ORDER BY n DESC LIMIT 1").fetchone()
    assert top == ("RUS", "USA")
