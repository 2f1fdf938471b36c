"""The founding article (read from ../shared by path): one Russian exercise in Belarus, disputed."""
import json

import pytest

from tests.conftest import SEED_DIR

SEED = SEED_DIR / "blinken-lavrov-2022-01-18.txt"


@pytest.fixture(scope="module")
def seed_doc(nlp):
    if not SEED.exists():
        pytest.skip("founding article not available")
    import offramp
    from offramp.ingest import read_paths
    doc = next(iter(read_paths([str(SEED)], None)))
    return offramp.code_document(doc)


def finding(a, rule):
    return next(f for f in a["findings"] if f["rule"] == rule)


def test_csbm_seed_one_russian_exercise_in_belarus(seed_doc):
    assert len(seed_doc.activities) == 1
    a = seed_doc.activities[0]
    assert (a["actor"], a["host"]) == ("RUS", "BLR")
    assert "exercise" in a["kind"] and a["joint"]
    assert a["numbers"] == []            # the 9,000 in the rule sentence is no troop number
    assert a["rules_version"]


def test_csbm_seed_notification_undetermined_and_threshold_named(seed_doc):
    f = finding(seed_doc.activities[0], "prior-notification")
    assert f["status"] == "undetermined"
    assert "no troop" in f["why"].lower() and "9,000 troops" in f["why"] and "¶40.1.1" in f["why"]


def test_csbm_seed_both_claims_recorded(seed_doc):
    said = {(s["status"], s["claimed_by"].split()[0]) for s in seed_doc.activities[0]["notification_status"]}
    assert ("below the threshold", "RUS") in said
    assert ("insufficiently notified", "USA") in said


def test_csbm_seed_alert_exemption_is_the_point_in_dispute(seed_doc):
    a = seed_doc.activities[0]
    assert a["kind"] == "snap exercise"
    f = finding(a, "notice-period")
    assert f["status"] == "exempt" and f["paragraph"] == "¶41"
    assert "commence" in f["why"] and "dispute" in f["why"]


def test_csbm_seed_rule_sentence_and_places(seed_doc):
    a = seed_doc.activities[0]
    quoted = a["rules_quoted"]
    assert [lv["value"] for q in quoted for lv in q["levels"]] == [9000]
    assert quoted[0]["notice_days"] == 42 and quoted[0]["notes"]   # "more than" vs "at least"
    names = {p.get("place") for p in a["places"]}
    assert {"Brest"} <= names and any(p["text"] == "Luninets" for p in a["places"])
    counts = {p["kind"]: p["count"] for p in a["places"] if p.get("count")}
    assert counts == {"training ground": 5, "airfield": 4}


def test_csbm_seed_activities_serialise(seed_doc):
    back = json.loads(json.dumps(seed_doc.to_dict(with_text=False)))
    assert back["activities"][0]["host"] == "BLR"
