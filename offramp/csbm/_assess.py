"""What the Vienna Document asks of one activity, per claimant's numbers: findings with reasons."""
from __future__ import annotations

import datetime as dt

from ._data import Rule, Rules, rules as default_rules
from ._judge import REPORTER, claimants, claims, judge, levels, open_words, per, said

__all__ = ["assess", "STATUSES"]

STATUSES = ("required", "not-required", "undetermined", "exempt", "met", "violated")


def _finding(rule: str, r: Rule | str, status: str, why: str, claimed_by=None) -> dict:
    para = r if isinstance(r, str) else r.paragraph
    return {"rule": rule, "paragraph": para, "status": status, "why": why[:1].upper() + why[1:],
            "claimed_by": claimed_by}


def _notification(a: dict, R: Rules) -> list[dict]:
    units, snap = R.units, a["kind"] == "snap exercise"
    base = R["transfer-concentration"] if a["kind"] in ("deployment", "concentration") \
        else R["prior-notification"]
    para = base.paragraph + (", " + R["alert-exemption"].paragraph if snap else "")
    when = "when the troops commence it" if snap else "in advance"
    alert = f" ({R['alert-exemption'].paragraph})" if snap else ""
    told = claims(a, "notification")
    done = [s for s in told if s["status"] == "notified"]
    missing = [s for s in told if s["status"] == "not notified"]
    host = a.get("host")
    host_note = (f"; {host}, as host, notifies even if its own forces are below the levels "
                 f"({R['host-state'].paragraph})") if host and a.get("actor") not in (None, host) else ""
    out = []
    for who in claimants(a):
        nums = [n for n in a["numbers"] if n.get("claimed_by", REPORTER) == who]
        status, n = None, None
        for r in (base, R["airborne-amphibious"]):
            s, m = judge(r, nums)
            if s and (status is None or s == "required" or (s == "undetermined" and status != "required")):
                status, n, used = s, m, r
        if status is None:
            continue
        if status == "required":
            why = f"{per(n, who, units)}, at or above the level of " \
                  f"{levels(used, units, [n['what']])}: notification is required {when}{alert}"
            if done:
                status, why = "met", why + f"; {said(done)}"
            elif missing:
                status, why = "violated", why + f", but {said(missing)}"
        elif status == "not-required":
            why = f"{per(n, who, units)}, below {levels(used, units, [n['what']])}"
        else:
            why = f"{per(n, who, units)}, {open_words(n)} " \
                  f"{levels(used, units, [n['what']])}"
        p = used.paragraph + (", " + R["alert-exemption"].paragraph if snap else "")
        out.append(_finding("prior-notification", p, status, why + host_note + ".", who))
    if not out:
        why = f"no troop or equipment number is reported; notification is required at " \
              f"{levels(base, units)} ({base.paragraph})" + \
              (f", given when the troops commence it for an alert activity{alert}" if snap else "")
        if told:
            why += f"; {said(told)}, and no one gives a number"
        out.append(_finding("prior-notification", para, "undetermined", why + host_note + "."))
    for who in claimants(a):
        nums = [n for n in a["numbers"] if n.get("claimed_by", REPORTER) == who]
        s, n = judge(R["air-participation"], nums)
        if s:
            verb = "must include" if s == "required" else "need not include"
            out.append(_finding("air-participation", R["air-participation"],
                                s if s != "undetermined" else "undetermined",
                                f"{per(n, who, units)}: the notification {verb} "
                                f"the air forces ({R['air-participation'].paragraph}).", who))
    return out


def _start_minus(a: dict) -> int | None:
    if a.get("notified_on") and a.get("start"):
        return (dt.date.fromisoformat(a["start"]) - dt.date.fromisoformat(a["notified_on"])).days
    return a.get("notice_days")


def _notice(a: dict, R: Rules, need: set[str]) -> dict:
    r, days = R["notice-period"], R["notice-period"].extra["days"]
    told = claims(a, "notification")
    if a["kind"] == "snap exercise":
        why = (f"reported as a snap (alert) activity, so the {days}-day notice does not apply "
               f"({R['alert-exemption'].paragraph}): it is notified when the troops commence it, "
               f"if it reaches the levels of {R['prior-notification'].paragraph}")
        disputed = [s for s in told if s["status"] in ("insufficiently notified", "not notified")]
        if disputed:
            why += (f"; {said(disputed)}: the exemption holds only if the troops had no advance "
                    f"notice, which is the point in dispute")
        return _finding("notice-period", R["alert-exemption"], "exempt", why + ".")
    gap = _start_minus(a)
    if "required" in need or "met" in need or "violated" in need:
        if gap is not None and gap < 0:
            return _finding("notice-period", r, "violated", f"notified {-gap} days after the start, "
                            f"not the {days} days before it required ({r.paragraph}).")
        if gap is not None:
            if gap >= days:
                return _finding("notice-period", r, "met", f"notified {gap} days before the start, "
                                f"within the {days} days required ({r.paragraph}).")
            return _finding("notice-period", r, "violated", f"notified only {gap} days before the "
                            f"start, short of the {days} days required ({r.paragraph}).")
        if any(s["status"] == "not notified" for s in told):
            return _finding("notice-period", r, "violated",
                            f"{said(told)}, and notice was due {days} days before the start "
                            f"({r.paragraph}).")
        due = ""
        if a.get("start"):
            due = f", by {(dt.date.fromisoformat(a['start']) - dt.timedelta(days=days)).isoformat()}"
        return _finding("notice-period", r, "required",
                        f"notice was due {days} days before the start{due} ({r.paragraph}); "
                        f"the text gives no notification date.")
    if need == {"not-required"}:
        return _finding("notice-period", r, "not-required",
                        f"the activity is not notifiable on any reported number, so no "
                        f"{days}-day notice is due ({r.paragraph}).")
    why = f"notice of {days} days is due only if the activity is notifiable ({r.paragraph})"
    if gap is not None and gap < days:
        why += f"; it was notified {gap} days ahead, which is late if it is"
    return _finding("notice-period", r, "undetermined", why + ".")


def _observation(a: dict, R: Rules) -> list[dict]:
    r, units, snap = R["observation"], R.units, a["kind"] == "snap exercise"
    hours, limit = a.get("duration_hours"), R["alert-observation"].extra["hours"]
    told = claims(a, "observation")
    out = []
    for who in claimants(a) or [None]:
        nums = [n for n in a.get("numbers", []) if n.get("claimed_by", REPORTER) == who]
        status, n = judge(r, nums)
        if status is None:
            out.append(_finding("observation", r, "undetermined",
                                f"no number is reported; observers are invited at {levels(r, units)} "
                                f"({r.paragraph})."))
            continue
        lv = levels(r, units, [n['what']])
        why = {"required": f"{per(n, who, units)}, at or above {lv}: observers "
                           f"from all participating states must be invited",
               "not-required": f"{per(n, who, units)}, below the observation "
                               f"level of {lv}",
               "undetermined": f"{per(n, who, units)}, {open_words(n)} the "
                               f"observation level of {lv}"}[status]
        if status == "required" and snap and (hours is None or hours <= limit):
            head = f"{per(n, who, units)}, at or above {lv}, but an alert activity " \
                   f"is observed only if it lasts more than {limit} hours"
            status, why = ("not-required", head + f", and this one lasts {hours} hours") if hours is not None \
                else ("undetermined", head + ", and its length is not reported")
        if status == "required":
            if any(s["status"] == "observers invited" for s in told):
                status = "met"
            elif any(s["status"] == "observers not invited" for s in told):
                status = "violated"
            if told:
                why += f"; {said(told)}"
        para = r.paragraph + (", " + R["alert-observation"].paragraph if snap else "")
        out.append(_finding("observation", para, status, why + ".", who))
    return out


def _calendar(a: dict, R: Rules, need: set[str]) -> dict:
    r = R["calendar"]
    if a["kind"] == "snap exercise":
        return _finding("calendar", r, "exempt",
                        f"a snap (alert) activity is called without notice, so it cannot appear in "
                        f"the annual calendar exchanged by {r.extra['deadline']} ({r.paragraph}).")
    told = claims(a, "calendar")
    if need & {"required", "met", "violated"}:
        status = "required"
        if any(s["status"] == "in the annual calendar" for s in told):
            status = "met"
        elif any(s["status"] == "not in the annual calendar" for s in told):
            status = "violated"
        why = f"a notifiable activity belongs in the annual calendar exchanged by " \
              f"{r.extra['deadline']} of the year before ({r.paragraph})"
        return _finding("calendar", r, status, why + (f"; {said(told)}" if told else "") + ".")
    if need == {"not-required"}:
        return _finding("calendar", r, "not-required",
                        f"below the notification levels, so it need not be in the calendar ({r.paragraph}).")
    return _finding("calendar", r, "undetermined",
                    f"it belongs in the annual calendar only if notifiable ({r.paragraph}), "
                    f"which the text does not settle.")


def _constraints(a: dict, R: Rules) -> list[dict]:
    big, annual, units = R["constraint-large"], R["constraint-annual"], R.units
    snap = a["kind"] == "snap exercise"
    out = []
    for who in claimants(a) or [None]:
        nums = [n for n in a.get("numbers", []) if n.get("claimed_by", REPORTER) == who]
        s_big, n_big = judge(big, nums)
        s_ann, n_ann = judge(annual, nums)
        if s_big == "required":
            status = "violated" if snap else "required"
            why = f"{per(n_big, who, units)}, above {levels(big, units, plain=True)}: such an " \
                  f"activity must be communicated by 15 November two years ahead and be in the " \
                  f"annual calendar, at most once in three years ({big.paragraph})"
            if snap:
                why += "; a snap activity cannot have been announced that way"
            out.append(_finding("constraints", big, status, why + ".", who))
        elif s_ann in ("required", "undetermined") or s_big == "undetermined":
            n = n_ann or n_big
            out.append(_finding("constraints", annual, "undetermined",
                                f"{per(n, who, units)}: it counts toward the limit of "
                                f"{annual.extra['per_year']} activities a year above "
                                f"{levels(annual, units, plain=True)} and {annual.extra['simultaneous']} at a "
                                f"time ({annual.paragraph}), which one article cannot check.", who))
        elif s_ann == "not-required":
            out.append(_finding("constraints", annual, "not-required",
                                f"{per(n_ann, who, units)}, not above "
                                f"{levels(annual, units, [n_ann['what']], True)}: outside the "
                                f"constraining provisions ({annual.paragraph}).", who))
        else:
            out.append(_finding("constraints", annual, "undetermined",
                                f"no troop or tank number is reported; the constraints apply to "
                                f"activities of {levels(annual, units)} ({annual.paragraph}).", who))
    return out


def _chapter_iii(a: dict, R: Rules) -> list[dict]:
    r = R["chapter-iii"]
    told = claims(a, "chapter-iii")
    if not told:
        return []
    states = {s["status"] for s in told}
    status = "violated" if "chapter iii refused" in states else \
        "met" if "chapter iii answered" in states else "required"
    return [_finding("chapter-iii", r, status,
                     f"{said(told)}; the state asked must explain the activity within "
                     f"{r.extra['reply_hours']} hours, to all participating states ({r.paragraph}).")]


def assess(activity: dict, rules: Rules | None = None) -> list[dict]:
    """Findings for one activity in the output form (kind, host, numbers, claims, dates).

    activity: a dict as in Document.activities; rules: the rules to apply, default vd2011.yaml.
    """
    R = rules or default_rules()
    zone = R["zone"]
    host = activity.get("host")
    if host and (host not in zone.extra["participating_states"] or host in zone.extra["outside_zone"]):
        return [_finding("zone", zone, "not-required",
                         f"{host} lies outside the zone of application (Europe and the adjoining sea "
                         f"and air space), so the Vienna Document's measures do not apply "
                         f"({zone.paragraph}).")]
    notif = _notification(activity, R)
    need = {f["status"] for f in notif if f["rule"] == "prior-notification"}
    return (notif + [_notice(activity, R, need)] + _observation(activity, R)
            + [_calendar(activity, R, need)] + _constraints(activity, R) + _chapter_iii(activity, R))
