"""The assessment on activities given as plain dicts: every status, each with its paragraph."""
import pytest

from offramp.csbm import STATUSES, assess


def activity(kind="exercise", numbers=(), said=(), claims=(), **kw):
    a = {"actor": "POL", "host": "POL", "kind": kind, "start": None, "end": None,
         "notified_on": None, "notice_days": None, "duration_hours": None,
         "numbers": [{"what": w, "value": v, "qualifier": q, "claimed_by": c}
                     for w, v, q, c in numbers],
         "notification_status": [{"status": s, "claimed_by": c} for s, c in said],
         "claims": [{"status": s, "rule": r, "claimed_by": c} for s, r, c in claims]}
    a.update(kw)
    return a


def find(findings, rule, who=None):
    out = [f for f in findings if f["rule"] == rule and (who is None or f["claimed_by"] == who)]
    assert out, f"no {rule} finding"
    return out[0]


def test_csbm_assess_every_finding_is_well_formed():
    for f in assess(activity(numbers=[("troops", 15000, "exactly", "POL MIL")])):
        assert f["status"] in STATUSES
        assert f["paragraph"].startswith("¶") and f["why"].endswith(".")


def test_csbm_assess_no_number_names_the_deciding_level():
    f = find(assess(activity()), "prior-notification")
    assert f["status"] == "undetermined"
    assert "no troop or equipment number" in f["why"].lower() and "9,000 troops" in f["why"]
    assert f["paragraph"] == "¶40.1.1"


@pytest.mark.parametrize("number,status", [
    (("troops", 5000, "exactly"), "not-required"),
    (("troops", 9000, "exactly"), "required"),          # at least, not more than
    (("troops", 9000, "about"), "undetermined"),
    (("troops", 30000, "about"), "required"),
    (("troops", 200000, "up-to"), "undetermined"),
    (("troops", 8000, "up-to"), "not-required"),
    (("troops", 4000, "more-than"), "undetermined"),
    (("battle_tanks", 250, "exactly"), "required"),
    (("acvs", 499, "exactly"), "not-required"),
    (("artillery", 300, "exactly"), "required"),
    (("airborne_troops", 3100, "exactly"), "required"),
])
def test_csbm_assess_notification_levels(number, status):
    a = activity(numbers=[number + ("the article",)])
    assert find(assess(a), "prior-notification")["status"] == status


def test_csbm_assess_claimants_are_judged_side_by_side():
    a = activity(numbers=[("troops", 12800, "exactly", "BLR MIL"), ("troops", 30000, "about", "NATO")])
    out = assess(a)
    assert find(out, "observation", "BLR MIL")["status"] == "not-required"
    assert find(out, "observation", "NATO")["status"] == "required"
    assert {f["claimed_by"] for f in out if f["rule"] == "prior-notification"} == {"BLR MIL", "NATO"}


def test_csbm_assess_notice_late_is_violated_and_in_time_is_met():
    late = activity(numbers=[("troops", 13000, "exactly", "DEU MIL")], said=[("notified", "reporter")],
                    notified_on="2022-03-01", start="2022-03-11")
    out = assess(late)
    assert find(out, "prior-notification")["status"] == "met"
    f = find(out, "notice-period")
    assert f["status"] == "violated" and "10 days" in f["why"] and f["paragraph"] == "¶38"
    early = dict(late, notified_on="2022-01-01")
    assert find(assess(early), "notice-period")["status"] == "met"
    by_days = activity(numbers=[("troops", 15000, "exactly", "x")], notice_days=17)
    assert find(assess(by_days), "notice-period")["status"] == "violated"


def test_csbm_assess_not_notified_is_a_violation_when_required():
    a = activity(numbers=[("troops", 10000, "exactly", "LTU GOV")], said=[("not notified", "LTU GOV")])
    out = assess(a)
    assert find(out, "prior-notification")["status"] == "violated"
    assert find(out, "notice-period")["status"] == "violated"


def test_csbm_assess_snap_is_exempt_from_notice_but_notified_at_commencement():
    out = assess(activity("snap exercise", numbers=[("troops", 20000, "exactly", "RUS MIL")]))
    assert find(out, "notice-period")["status"] == "exempt"
    assert find(out, "notice-period")["paragraph"] == "¶41"
    f = find(out, "prior-notification")
    assert f["status"] == "required" and "commence" in f["why"]
    assert find(out, "calendar")["status"] == "exempt"
    assert find(out, "observation")["status"] == "undetermined"    # length not reported


@pytest.mark.parametrize("hours,status", [(72, "not-required"), (96, "required")])
def test_csbm_assess_snap_observation_turns_on_72_hours(hours, status):
    a = activity("snap exercise", numbers=[("troops", 20000, "exactly", "x")], duration_hours=hours)
    assert find(assess(a), "observation")["status"] == status


def test_csbm_assess_observers_and_calendar_claims():
    a = activity(numbers=[("troops", 14000, "exactly", "x")],
                 claims=[("observers invited", "observation", "x"),
                         ("not in the annual calendar", "calendar", "y")])
    out = assess(a)
    assert find(out, "observation")["status"] == "met"
    assert find(out, "calendar")["status"] == "violated"


@pytest.mark.parametrize("kind,value,status", [
    ("exercise", 12000, "not-required"), ("exercise", 20000, "undetermined"),
    ("exercise", 40000, "undetermined"), ("exercise", 45000, "required"),
    ("snap exercise", 45000, "violated")])
def test_csbm_assess_constraints(kind, value, status):
    out = assess(activity(kind, numbers=[("troops", value, "exactly", "x")]))
    assert find(out, "constraints")["status"] == status


def test_csbm_assess_chapter_iii():
    asked = activity(claims=[("chapter iii invoked", "chapter-iii", "LTU")])
    assert find(assess(asked), "chapter-iii")["status"] == "required"
    refused = activity(claims=[("chapter iii invoked", "chapter-iii", "LTU"),
                               ("chapter iii refused", "chapter-iii", "RUS")])
    f = find(assess(refused), "chapter-iii")
    assert f["status"] == "violated" and "48 hours" in f["why"] and f["paragraph"] == "¶16"
    assert not [f for f in assess(activity()) if f["rule"] == "chapter-iii"]


def test_csbm_assess_concentration_uses_the_transfer_paragraph():
    out = assess(activity("concentration", numbers=[("troops", 50000, "more-than", "USA GOV")]))
    assert find(out, "prior-notification")["paragraph"] == "¶40.3"


@pytest.mark.parametrize("host,applies", [("MLI", False), ("USA", False), ("POL", True)])
def test_csbm_assess_zone_of_application(host, applies):
    out = assess(activity(host=host, numbers=[("troops", 20000, "exactly", "x")]))
    if applies:
        assert find(out, "prior-notification")["status"] == "required"
    else:
        assert [(f["rule"], f["status"]) for f in out] == [("zone", "not-required")]
