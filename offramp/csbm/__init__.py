"""csbm: the military activities an article reports, checked against the OSCE Vienna Document 2011.

`run(doc)` fills `doc.activities` with one plain dict per activity: who, where, what kind, the
numbers each claimant gives, dates, what is said about notification, and `findings` — what the
rules in offramp/data/csbm/vd2011.yaml require of it and what the text lets us decide.
"""
from __future__ import annotations

from ..model import Document
from ._assess import STATUSES, assess
from ._data import Rules, load_rules, rules
from ._group import Activity, group_activities

__all__ = ["run", "activities", "assess", "rules", "load_rules", "Rules", "STATUSES",
           "rules_version"]


def rules_version() -> str:
    """Version string of the bundled rules (stored on every activity)."""
    return rules().version


def _primary(a: Activity) -> str | None:
    foreign = [x for x in a.actors if x != a.host]
    return (foreign or a.actors or [a.host])[0]


def _kind(a: Activity) -> str:
    fam = a.family
    return ("snap exercise" if a.snap else "exercise") if fam == "exercise" else fam


def _to_dict(a: Activity, doc: Document, quotes: list[dict]) -> dict:
    dates = a.dates.get("exercise") if a.family == "exercise" else None
    dates = dates or next((d for d in a.dates.values() if any(d)), (None, None))
    numbers = []
    for c, who in a.counts:
        n = {"what": c.what, "value": c.value, "qualifier": c.qualifier, "claimed_by": who,
             "text": c.text}
        if c.part:
            n["part"] = True
        numbers.append(n)
    sents = sorted(set(a.sentences) | {m.k for m in a.mentions})
    participants = list(a.actors) + ([a.host] if a.host and a.host not in a.actors and a.joint else [])
    return {
        "actor": _primary(a), "participants": participants, "host": a.host, "kind": _kind(a),
        "joint": a.joint, "name": a.names[0] if a.names else None, "numbers": numbers,
        "start": dates[0], "end": dates[1], "duration_hours": a.hours,
        "notified_on": a.notified_on, "notice_days": a.notice_days,
        "notification_status": [{"status": s["status"], "claimed_by": s["claimed_by"],
                                 "sentence": s["sentence"]}
                                for s in a.statuses if s["rule"] == "notification"],
        "claims": [{"status": s["status"], "rule": s["rule"], "claimed_by": s["claimed_by"],
                    "sentence": s["sentence"]} for s in a.statuses if s["rule"] != "notification"],
        "places": a.places,
        "evidence": [{"sentence": k, "text": doc.sentences[k].text if k < len(doc.sentences)
                      else doc.work["sents"][k].text} for k in sents],
        "rules_quoted": quotes,
        "findings": [],
        "rules_version": rules_version(),
    }


def activities(doc: Document) -> list[dict]:
    """The activities of a document whose nlp and actors stages have run (doc.work kept).

    doc: the Document.
    """
    acts, quotes = group_activities(doc)
    out = []
    for a in acts:
        d = _to_dict(a, doc, [_check_quote(q) for q in quotes])
        d["findings"] = assess(d)
        out.append(d)
    return out


def _check_quote(q: dict) -> dict:
    """Compare the levels an article quotes with the rules ("more than 9,000" vs "9,000 or more")."""
    R = rules()
    notes = []
    for lv in q["levels"]:
        match = [r for r in R.by_name.values() if r.levels.get(lv["what"]) == lv["value"]]
        if not match:
            notes.append(f"{lv['value']:,} {R.units.get(lv['what'], lv['what'])} is no level of the rules")
            continue
        r = match[0]
        says_more = lv["qualifier"] == "more-than"
        if says_more != (r.compare == "more-than"):
            notes.append(f"the text says {'more than' if says_more else 'at least'} "
                         f"{lv['value']:,}; {r.paragraph} counts "
                         f"{'more than' if r.compare == 'more-than' else 'from'} {lv['value']:,}")
    days = R["notice-period"].extra["days"]
    if q.get("notice_days") and q["notice_days"] != days:
        notes.append(f"the text gives {q['notice_days']} days of notice; "
                     f"{R['notice-period'].paragraph} has {days}")
    return {**q, "notes": notes}


def run(doc: Document) -> Document:
    """Pipeline stage: fill doc.activities (needs the nlp and actors stages).

    doc: the Document; returned as given.
    """
    if "sents" in doc.work:
        doc.activities.extend(activities(doc))
    return doc
