"""A dyad report: a short text summary and a PNG chart of cooperation, conflict and alerts."""
from __future__ import annotations

from ._filters import EventFilter
from ._records import find_events
from ._series import dyad_series

__all__ = ["dyad_report", "format_report", "plot_series"]


def dyad_report(conn, a: str, b: str, start=None, end=None) -> dict:
    """Series, totals and the most hostile and most cooperative events of a dyad.

    conn: duckdb connection; a, b: country codes; start, end: the date range.
    """
    series = dyad_series(conn, a, b, start, end)
    days = series["days"]
    flt = EventFilter(dyad=(a, b), start=series["from"], end=series["to"])
    events = find_events(conn, flt, limit=500, order="asc")
    actual = [e for e in events["items"] if e["modality"] == "actual"]
    scored = [e for e in actual if e["intensity"] is not None]
    totals = {k: sum(d[k] for d in days) for k in ("n", "cooperation", "conflict")}
    ints = [d["mean_intensity"] * d["n"] for d in days if d["mean_intensity"] is not None]
    totals["mean_intensity"] = round(sum(ints) / totals["n"], 2) if totals["n"] else None
    other = {}
    for d in days:
        for m, k in d["by_modality"].items():
            if m != "actual":
                other[m] = other.get(m, 0) + k
    return {"series": series, "totals": totals, "other_modalities": other,
            "events_total": events["total"],
            "most_hostile": sorted(scored, key=lambda e: e["intensity"])[:3],
            "most_cooperative": sorted(scored, key=lambda e: -e["intensity"])[:3],
            "last_signal": next((d for d in reversed(days) if d["signal"]), None)}


def format_report(rep: dict) -> str:
    """The report as plain text lines for a terminal."""
    s, t = rep["series"], rep["totals"]
    a, b = s["dyad"]
    lines = [f"{a}–{b}  {s['from']} to {s['to']}",
             f"actual events: {t['n']}  cooperation: {t['cooperation']}  "
             f"conflict: {t['conflict']}  mean intensity: {t['mean_intensity']}"]
    if rep["other_modalities"]:
        lines.append("not counted (not actual): " + ", ".join(
            f"{m} {k}" for m, k in sorted(rep["other_modalities"].items())))
    lines.append(f"escalation alerts: {len(s['alerts'])}"
                 + (f" (first {s['alerts'][0]}, last {s['alerts'][-1]})" if s["alerts"] else ""))
    if s["deescalations"]:
        lines.append(f"de-escalation days: {len(s['deescalations'])} "
                     f"(last {s['deescalations'][-1]})")
    last = rep["last_signal"]
    if last:
        lines.append(f"latest signal: {last['signal']} on {last['date']} "
                     f"(7-day intensity {last['intensity7']}, conflict share "
                     f"{last['conflict_share7']}; baselines: 4-week {last['base4_intensity']} "
                     f"over {last['base4_n']} events, 52-week {last['base52_intensity']} "
                     f"over {last['base52_n']} events)")
    for title, evs in (("most hostile", rep["most_hostile"]),
                       ("most cooperative", rep["most_cooperative"])):
        if evs:
            lines.append(f"{title}:")
            lines += [f"  {e['date']} {e['type']} ({e['intensity']:+.1f}) "
                      f"{'/'.join(e['source_countries'])}->{'/'.join(map(str, e['target_countries']))}: "
                      f"{(e['evidence'] or '')[:100]}" for e in evs]
    lines.append("rule: " + s["rule"]["text"])
    return "\n".join(lines)


def plot_series(series: dict, path: str) -> str:
    """Write a PNG chart of a dyad series: daily bars (cooperation up, conflict down),
    the 7-day mean intensity and red markers on escalation alerts. Returns the path.

    series: the result of `dyad_series`; path: the PNG file to write.
    """
    import datetime as dt

    import matplotlib
    matplotlib.use("Agg")  # no display on servers; must precede pyplot
    import matplotlib.pyplot as plt

    days = series["days"]
    x = [dt.date.fromisoformat(d["date"]) for d in days]
    fig, ax = plt.subplots(figsize=(10, 5), dpi=100)
    ax.bar(x, [d["cooperation"] for d in days], color="#2b8cbe", label="cooperation", width=0.9)
    ax.bar(x, [-d["conflict"] for d in days], color="#e34a33", label="conflict", width=0.9)
    ax.axhline(0, color="#444", linewidth=0.8)
    ax.set_ylabel("actual events per day (conflict below 0)")
    ax2 = ax.twinx()
    ax2.plot(x, [d["intensity7"] for d in days], color="#333", linewidth=1.5,
             label="7-day mean intensity")
    ax2.set_ylim(-10.5, 10.5)
    ax2.set_ylabel("intensity (-10 hostile .. +10 cooperative)")
    alerts = [xi for xi, d in zip(x, days) if d["alert"]]
    if alerts:
        ax2.scatter(alerts, [9.5] * len(alerts), marker="v", color="#b30000", zorder=5,
                    label="escalation alert")
    calm = [xi for xi, d in zip(x, days) if d["signal"] == "de-escalation"]
    if calm:
        ax2.scatter(calm, [9.5] * len(calm), marker="^", color="#1a9850", zorder=5,
                    label="de-escalation")
    planned = [xi for xi, d in zip(x, days)
               if d["by_modality"].get("future") or d["by_modality"].get("hypothetical")]
    if planned:
        ax2.scatter(planned, [-9.5] * len(planned), marker="o", facecolors="none",
                    edgecolors="#555", label="planned / hypothetical")
    a, b = series["dyad"]
    ax.set_title(f"{a}–{b}: cooperation vs conflict, {series['from']} to {series['to']}")
    handles = ax.get_legend_handles_labels()
    handles2 = ax2.get_legend_handles_labels()
    fig.legend(handles[0] + handles2[0], handles[1] + handles2[1], loc="lower center",
               fontsize=8, ncol=6, frameon=False)
    fig.autofmt_xdate()
    fig.tight_layout(rect=(0, 0.06, 1, 1))
    fig.savefig(path, format="png")
    plt.close(fig)
    return str(path)
