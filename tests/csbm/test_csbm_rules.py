"""The Vienna Document rules as data: loaded, checked, and the numbers the reference gives."""
import pytest

import offramp.csbm as csbm
from offramp.csbm import load_rules, rules
from offramp.errors import DataError


def test_csbm_public_names_are_pinned():
    assert set(csbm.__all__) == {"run", "activities", "assess", "rules", "load_rules", "Rules",
                                 "STATUSES", "rules_version"}
    assert csbm.STATUSES == ("required", "not-required", "undetermined", "exempt", "met", "violated")


def test_csbm_rules_have_a_version_and_a_paragraph_each():
    R = rules()
    assert R.version and csbm.rules_version() == R.version
    assert all(r.paragraph.startswith(("¶", "Annex")) for r in R.by_name.values())
    assert len(R["zone"].extra["participating_states"]) == 57
    for name in ("prior-notification", "notice-period", "alert-exemption", "observation",
                 "alert-observation", "calendar", "constraint-large", "constraint-annual",
                 "chapter-iii", "host-state", "transfer-concentration", "airborne-amphibious"):
        assert name in R.by_name


@pytest.mark.parametrize("rule,category,level", [
    ("prior-notification", "troops", 9000), ("prior-notification", "battle_tanks", 250),
    ("prior-notification", "acvs", 500), ("prior-notification", "artillery", 250),
    ("airborne-amphibious", "airborne_troops", 3000), ("air-participation", "sorties", 200),
    ("observation", "troops", 13000), ("observation", "battle_tanks", 300),
    ("observation", "airborne_troops", 3500), ("constraint-large", "troops", 40000),
    ("constraint-large", "battle_tanks", 900), ("constraint-annual", "troops", 13000),
])
def test_csbm_rules_levels_match_the_reference(rule, category, level):
    assert rules()[rule].levels[category] == level


def test_csbm_rules_notice_alert_and_chapter_iii_numbers():
    R = rules()
    assert R["notice-period"].extra["days"] == 42
    assert R["alert-observation"].extra["hours"] == 72
    assert R["chapter-iii"].extra["reply_hours"] == 48
    assert R["constraint-annual"].extra["medium_levels"] == {"troops": 25000, "battle_tanks": 400}


def test_csbm_rules_count_at_least_for_notification_and_more_than_for_constraints():
    R = rules()
    assert R["prior-notification"].reached("troops", 9000)
    assert not R["prior-notification"].reached("troops", 8999)
    assert not R["constraint-large"].reached("troops", 40000)
    assert R["constraint-large"].reached("troops", 40001)


@pytest.mark.parametrize("text,message", [
    ("version: x\n", "missing"),
    ("version: x\ndocument: d\nunits: {troops: troops}\nrules:\n  a: {summary: no paragraph}\n",
     "paragraph"),
    ("version: x\ndocument: d\nunits: {troops: troops}\nrules:\n  a: {paragraph: '¶1', levels: {tanks: 5}}\n",
     "unknown categories"),
    ("version: x\ndocument: d\nunits: {troops: troops}\nrules:\n  a: {paragraph: '¶1', levels: {troops: -5}}\n",
     "positive"),
])
def test_csbm_rules_bad_file_raises_data_error(tmp_path, text, message):
    p = tmp_path / "rules.yaml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load_rules(p)
