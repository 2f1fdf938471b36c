"""Dyad-day series and the escalation signal: is a pair of countries heading up or off-ramp?

The signal compares the last 7 days with two baselines that end where the week begins:
the 4 weeks before it (recent normal) and the 52 weeks before it (long-run normal), in the
spirit of ACLED's "this week against the 4- and 52-week average". See `AlertRule`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from ._sql import EVENT_DYADS

__all__ = ["AlertRule", "RULE", "dyad_series", "MAX_SERIES_DAYS"]

MAX_SERIES_DAYS = 3660  # ten years of days is plenty for one chart; more is a caller mistake
_LOOKBACK = 7 + 364     # the 52-week baseline needs this many days before the first shown day


@dataclass(frozen=True)
class AlertRule:
    """The escalation rule, one number per condition.

    An ESCALATION alert fires on day d when all hold for the 7 days ending d ("the week"):
      1. the week has at least `min_events` actual events (one odd report is not a trend);
      2. the week's mean intensity is below zero (on balance hostile);
      3. against EACH baseline (4-week and 52-week), the week is worse on at least one
         measure: mean intensity lower by `intensity_drop` or more, or conflict share
         higher by `share_rise` or more.
    A baseline with fewer than `min_baseline` events counts as neutral (intensity 0,
    conflict share 0): conflict appearing in a quiet dyad is itself an escalation.
    DE-ESCALATION (the off-ramp) is the mirror image, but needs both baselines to hold at
    least `min_baseline` real events: calm after nothing is not a de-escalation.
    """

    min_events: int = 3
    intensity_drop: float = 1.5
    share_rise: float = 0.25
    min_baseline: int = 3

    def describe(self) -> str:
        return (f"escalation when the last 7 days hold >= {self.min_events} actual events, "
                f"their mean intensity is below 0, and against each of the 4-week and "
                f"52-week baselines the mean intensity is >= {self.intensity_drop} lower or "
                f"the conflict share >= {self.share_rise} higher (baselines with fewer than "
                f"{self.min_baseline} events count as neutral: intensity 0, share 0); "
                f"de-escalation is the mirror image against real baselines only")

    def signal(self, day: dict) -> str | None:
        """'escalation', 'de-escalation' or None for one day of `dyad_series`."""
        if day["n7"] < self.min_events or day["intensity7"] is None:
            return None
        worse, better = [], []
        for base in ("base4", "base52"):
            real = day[f"{base}_n"] >= self.min_baseline
            b_int = day[f"{base}_intensity"] if real else 0.0
            b_share = day[f"{base}_conflict_share"] if real else 0.0
            worse.append(day["intensity7"] <= b_int - self.intensity_drop
                         or day["conflict_share7"] >= b_share + self.share_rise)
            better.append(real and (day["intensity7"] >= b_int + self.intensity_drop
                                    or day["conflict_share7"] <= b_share - self.share_rise))
        if day["intensity7"] < 0 and all(worse):
            return "escalation"
        if all(better):
            return "de-escalation"
        return None


RULE = AlertRule()

# The dyad's events in [lo - lookback, hi], aggregated per day over a gap-free calendar so
# that ROWS windows are exact day windows. `mods` picks which modalities feed the measures.
_SERIES_SQL = f"""
WITH event_dyads AS ({EVENT_DYADS}),
ev AS (
    SELECT event_id, day, quad_class, intensity, type, modality,
           list_contains($mods, modality) AS main
    FROM event_dyads
    WHERE day BETWEEN $start AND $hi
      AND ((source_country = $a AND target_country = $b)
           OR (NOT $directed AND source_country = $b AND target_country = $a))
),
per_event AS (  -- an event naming several pairs of the same dyad still counts once
    SELECT DISTINCT event_id, day, quad_class, intensity, type, modality, main FROM ev
),
agg AS (
    SELECT day,
           count(*) FILTER (WHERE main) AS n,
           count(*) FILTER (WHERE main AND quad_class = 1) AS q1,
           count(*) FILTER (WHERE main AND quad_class = 2) AS q2,
           count(*) FILTER (WHERE main AND quad_class = 3) AS q3,
           count(*) FILTER (WHERE main AND quad_class = 4) AS q4,
           sum(intensity) FILTER (WHERE main) AS sum_int,
           count(intensity) FILTER (WHERE main) AS n_int,
           histogram(type) FILTER (WHERE main) AS by_type,
           histogram(modality) AS by_modality
    FROM per_event GROUP BY day
),
grid AS (
    SELECT unnest(generate_series($start::DATE, $hi::DATE, INTERVAL 1 DAY))::DATE AS day
),
filled AS (
    SELECT g.day, coalesce(n, 0) AS n, coalesce(q1, 0) AS q1, coalesce(q2, 0) AS q2,
           coalesce(q3, 0) AS q3, coalesce(q4, 0) AS q4, coalesce(sum_int, 0) AS sum_int,
           coalesce(n_int, 0) AS n_int, by_type, by_modality
    FROM grid g LEFT JOIN agg USING (day)
),
rolled AS (
    SELECT *,
           sum(n) OVER w7 AS n7, sum(q3 + q4) OVER w7 AS c7,
           sum(sum_int) OVER w7 AS s7, sum(n_int) OVER w7 AS ni7,
           sum(n) OVER b4 AS n_b4, sum(q3 + q4) OVER b4 AS c_b4,
           sum(sum_int) OVER b4 AS s_b4, sum(n_int) OVER b4 AS ni_b4,
           sum(n) OVER b52 AS n_b52, sum(q3 + q4) OVER b52 AS c_b52,
           sum(sum_int) OVER b52 AS s_b52, sum(n_int) OVER b52 AS ni_b52
    FROM filled
    WINDOW w7 AS (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW),
           b4 AS (ORDER BY day ROWS BETWEEN 34 PRECEDING AND 7 PRECEDING),
           b52 AS (ORDER BY day ROWS BETWEEN 370 PRECEDING AND 7 PRECEDING)
)
SELECT * FROM rolled WHERE day >= $lo ORDER BY day
"""


def _ratio(num, den):
    return None if not den else round(float(num) / float(den), 4)


def _day_row(r: dict) -> dict:
    n = int(r["n"])
    return {
        "date": r["day"].isoformat(),
        "n": n,
        "quad": {"1": int(r["q1"]), "2": int(r["q2"]), "3": int(r["q3"]), "4": int(r["q4"])},
        "cooperation": int(r["q1"] + r["q2"]),
        "conflict": int(r["q3"] + r["q4"]),
        "mean_intensity": _ratio(r["sum_int"], r["n_int"]),
        "by_type": dict(r["by_type"] or {}),
        "by_modality": dict(r["by_modality"] or {}),
        "n7": int(r["n7"] or 0),
        "intensity7": _ratio(r["s7"], r["ni7"]),
        "conflict_share7": _ratio(r["c7"], r["n7"]),
        "base4_n": int(r["n_b4"] or 0),
        "base4_intensity": _ratio(r["s_b4"], r["ni_b4"]),
        "base4_conflict_share": _ratio(r["c_b4"], r["n_b4"]),
        "base52_n": int(r["n_b52"] or 0),
        "base52_intensity": _ratio(r["s_b52"], r["ni_b52"]),
        "base52_conflict_share": _ratio(r["c_b52"], r["n_b52"]),
    }


def _as_date(value, name: str) -> dt.date:
    from ._filters import parse_day  # one date parser for the whole package
    return parse_day(value, name)


def dyad_span(conn, a: str, b: str, directed: bool = False) -> tuple[dt.date, dt.date] | None:
    """First and last event day of a dyad (any modality), or None when it has no events."""
    row = conn.execute(
        f"WITH event_dyads AS ({EVENT_DYADS}) SELECT min(day), max(day) FROM event_dyads "
        "WHERE (source_country = $a AND target_country = $b) "
        "OR (NOT $directed AND source_country = $b AND target_country = $a)",
        {"a": a, "b": b, "directed": directed}).fetchone()
    return None if row is None or row[0] is None else (row[0], row[1])


def dyad_series(conn, a: str, b: str, start=None, end=None,
                modalities: tuple[str, ...] = ("actual",), directed: bool = False,
                rule: AlertRule = RULE) -> dict:
    """Day-by-day measures and escalation signal for the dyad a–b.

    conn: duckdb connection to an offramp store; a, b: country codes (ISO3 or body code);
    start, end: first and last day shown (default: the dyad's first and last event day);
    modalities: which modalities feed counts and intensities (others are still counted in
    `by_modality`); directed: only a -> b events, not b -> a; rule: the alert rule.
    Returns {"dyad", "from", "to", "modalities", "rule", "days": [...], "alerts": [...]}.
    """
    span = None
    if start is None or end is None:
        today = dt.date.today()
        span = dyad_span(conn, a, b, directed) or (today, today)
    lo = _as_date(start, "from") if start is not None else None
    hi = _as_date(end, "to") if end is not None else None
    if lo is None:
        lo = min(span[0], hi) if hi is not None else span[0]
    if hi is None:
        hi = max(span[1], lo)
    if hi < lo:
        raise ValueError(f"from {lo} is after to {hi}")
    if (hi - lo).days + 1 > MAX_SERIES_DAYS:
        raise ValueError(f"a series covers at most {MAX_SERIES_DAYS} days")
    rows = conn.execute(_SERIES_SQL, {
        "a": a, "b": b, "directed": directed, "mods": list(modalities),
        "lo": lo, "hi": hi, "start": lo - dt.timedelta(days=_LOOKBACK)}).fetchall()
    cols = [d[0] for d in conn.description]
    days = []
    for raw in rows:
        day = _day_row(dict(zip(cols, raw)))
        day["signal"] = rule.signal(day)
        day["alert"] = day["signal"] == "escalation"
        days.append(day)
    return {"dyad": [a, b], "directed": directed, "from": lo.isoformat(), "to": hi.isoformat(),
            "modalities": list(modalities), "rule": {**asdict(rule), "text": rule.describe()},
            "days": days, "alerts": [d["date"] for d in days if d["alert"]],
            "deescalations": [d["date"] for d in days if d["signal"] == "de-escalation"]}
