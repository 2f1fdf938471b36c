"""Military activities read from texts written for these tests, then assessed end to end."""
import pytest


def acts(code, text, date="2022-02-01"):
    return code(text, date=date).activities


def only(code, text, date="2022-02-01"):
    found = acts(code, text, date)
    assert len(found) == 1, [a["evidence"] for a in found]
    return found[0]


def status(a, rule, who=None):
    out = [f["status"] for f in a["findings"] if f["rule"] == rule
           and (who is None or f["claimed_by"] == who)]
    assert out, f"no {rule} finding for {who}"
    return out[0]


def numbers(a):
    return [(n["what"], n["value"], n["qualifier"], n["claimed_by"]) for n in a["numbers"]]


def test_csbm_declared_and_estimated_numbers_side_by_side(code):
    a = only(code, "Belarus notified the OSCE that 12,800 troops would take part in the Zapad-2021 "
                   "exercise, which ran from 10 to 16 September. NATO officials estimated that about "
                   "30,000 troops were involved.", "2021-09-20")
    assert a["name"] == "Zapad-2021" and a["actor"] == "BLR"
    assert numbers(a) == [("troops", 12800, "exactly", "BLR"), ("troops", 30000, "about", "NATO GOV")]
    assert (a["start"], a["end"]) == ("2021-09-10", "2021-09-16")
    assert status(a, "observation", "BLR") == "not-required"
    assert status(a, "observation", "NATO GOV") == "required"
    assert status(a, "prior-notification", "BLR") == "met"


def test_csbm_notified_seventeen_days_ahead_is_late(code):
    a = only(code, "Poland notified the OSCE of its Anakonda exercise only 17 days before it began on "
                   "7 June. The drills involved 15,000 soldiers.", "2022-06-20")
    assert a["actor"] == "POL" and a["notice_days"] == 17 and a["start"] == "2022-06-07"
    assert status(a, "notice-period") == "violated"


def test_csbm_thirteen_thousand_notified_ten_days_ahead(code):
    a = only(code, "Germany notified the OSCE on 1 March of a 13,000-troop exercise that began on "
                   "11 March in Bavaria.", "2022-03-15")
    assert (a["notified_on"], a["start"]) == ("2022-03-01", "2022-03-11")
    assert status(a, "prior-notification") == "met"
    assert status(a, "notice-period") == "violated"
    assert status(a, "observation") == "required"


def test_csbm_notified_forty_days_before_a_range(code):
    a = only(code, "Belarus notified the OSCE of the Allied Resolve exercise on 1 January; the drills "
                   "with 12,000 troops will run from 10 to 20 February.", "2022-01-05")
    assert (a["start"], a["end"], a["notified_on"]) == ("2022-02-10", "2022-02-20", "2022-01-01")
    assert status(a, "notice-period") == "violated"


def test_csbm_snap_check_of_forty_thousand(code):
    a = only(code, "Russia launched a snap combat-readiness check of its Western Military District on "
                   "Monday, involving 40,000 servicemen.")
    assert a["kind"] == "snap exercise" and a["start"] == "2022-01-31"
    assert status(a, "notice-period") == "exempt"
    assert status(a, "prior-notification") == "required"
    assert status(a, "calendar") == "exempt"
    assert status(a, "constraints") == "undetermined"   # 40,000 is not more than 40,000


def test_csbm_short_snap_exercise_needs_no_observers(code):
    a = only(code, "Russia's defense ministry said a three-day snap exercise with 20,000 troops began "
                   "in the Southern Military District.")
    assert a["actor"] == "RUS" and a["duration_hours"] == 72
    assert status(a, "notice-period") == "exempt"
    assert status(a, "prior-notification") == "required"
    assert status(a, "observation") == "not-required"


def test_csbm_below_every_threshold(code):
    a = only(code, "Lithuania held a small exercise near Vilnius with 5,000 troops, 40 tanks and 100 "
                   "armoured vehicles.")
    assert a["host"] == "LTU"
    for rule in ("prior-notification", "notice-period", "observation", "calendar", "constraints"):
        assert status(a, rule) == "not-required", rule


def test_csbm_not_notified_according_to_a_neighbour(code):
    a = only(code, "Russia held drills with 10,000 troops in Kaliningrad without notifying the OSCE, "
                   "Lithuanian officials said.")
    assert (a["actor"], a["host"]) == ("RUS", "RUS")
    assert a["notification_status"][0]["status"] == "not notified"
    assert a["notification_status"][0]["claimed_by"] == "LTU GOV"
    assert status(a, "prior-notification") == "violated"


def test_csbm_airborne_landing_has_its_own_level(code):
    a = only(code, "Russia dropped 4,000 paratroopers in an airborne exercise near Pskov.")
    f = [f for f in a["findings"] if f["rule"] == "prior-notification"][0]
    assert f["status"] == "required" and f["paragraph"] == "¶40.2"


def test_csbm_concentration_near_a_border(code):
    a = only(code, "Russia has amassed more than 100,000 troops near Ukraine's border, according to "
                   "U.S. officials.")
    assert a["kind"] == "concentration" and a["host"] is None
    assert numbers(a) == [("troops", 100000, "more-than", "USA GOV")]
    assert status(a, "constraints") == "required"


def test_csbm_observers_invited(code):
    a = only(code, "Belarus invited observers from all OSCE states to the drills, which involved "
                   "14,000 troops.")
    assert status(a, "observation") == "met"


def test_csbm_included_in_the_calendar(code):
    a = only(code, "The Polish exercise, which was included in the annual calendar, involved 11,000 "
                   "soldiers, the Polish defense ministry said.")
    assert numbers(a) == [("troops", 11000, "exactly", "POL MIL")]
    assert status(a, "calendar") == "met"


def test_csbm_chapter_iii_request_left_unanswered(code):
    a = only(code, "Lithuania, Latvia and Estonia invoked Chapter III of the Vienna Document, requesting "
                   "an explanation of the Russian drills in Belarus. Russia did not respond within 48 hours.")
    assert (a["actor"], a["host"]) == ("RUS", "BLR")
    assert status(a, "chapter-iii") == "violated"
    assert status(a, "prior-notification") == "undetermined"


def test_csbm_tanks_alone_make_it_notifiable(code):
    a = only(code, "The exercise in Belarus involved 8,000 troops and 300 battle tanks.")
    assert status(a, "prior-notification") == "required"


def test_csbm_about_the_threshold_is_undetermined(code):
    a = only(code, "About 9,000 Russian troops took part in the exercise in Belarus.")
    assert status(a, "prior-notification") == "undetermined"


def test_csbm_deployment_for_joint_drills_is_one_exercise(code):
    a = only(code, "Russia deployed 30,000 troops to Belarus for joint drills, NATO said.")
    assert (a["actor"], a["host"], a["kind"], a["joint"]) == ("RUS", "BLR", "exercise", True)
    assert numbers(a) == [("troops", 30000, "exactly", "NATO")]


def test_csbm_a_claim_below_the_threshold_and_an_estimate_above(code):
    a = only(code, "Minsk said the drills with Russian forces in Belarus would stay below the "
                   "notification threshold. Lithuanian intelligence estimated that 25,000 troops "
                   "were taking part.")
    assert (a["actor"], a["host"]) == ("RUS", "BLR")
    assert [(s["status"], s["claimed_by"]) for s in a["notification_status"]] == [
        ("below the threshold", "BLR GOV")]
    assert status(a, "prior-notification", "LTU") == "required"


def test_csbm_two_activities_in_one_article(code):
    found = acts(code, "Russia held a snap check with 15,000 troops in Crimea on Tuesday. Separately, "
                       "Poland's Anakonda exercise involved 12,000 soldiers.")
    assert sorted((a["actor"], a["kind"]) for a in found) == [("POL", "exercise"),
                                                               ("RUS", "snap exercise")]


def test_csbm_article_with_name_dates_estimate_and_dispute(code):
    a = only(code, "Russia and Belarus began the Union Resolve 2022 joint drills on Thursday, deploying "
                   "troops across Belarus. Western officials estimated that as many as 30,000 Russian "
                   "troops had arrived. Minsk and Moscow insisted the exercises, which will end on 20 "
                   "February, remained below the threshold that would require notifying the OSCE. "
                   "Lithuania's defence minister said Russia had failed to notify the drills properly.",
             "2022-02-11")
    assert (a["actor"], a["host"], a["name"]) == ("RUS", "BLR", "Union Resolve 2022")
    assert (a["start"], a["end"]) == ("2022-02-10", "2022-02-20")
    assert numbers(a) == [("troops", 30000, "up-to", "Western officials")]
    assert [s["status"] for s in a["notification_status"]] == ["below the threshold",
                                                                "insufficiently notified"]
    assert status(a, "prior-notification") == "undetermined"     # an upper bound only


def test_csbm_rule_level_and_a_size_in_one_article(code):
    a = only(code, "Under OSCE rules, drills must be notified if 9,000 or more troops take part. "
                   "Belarus said its exercise with Russia would involve fewer than 9,000 soldiers.")
    assert numbers(a) == [("troops", 9000, "less-than", "BLR")]
    assert status(a, "prior-notification") == "not-required"
    assert a["rules_quoted"][0]["levels"][0]["value"] == 9000


def test_csbm_reported_plan_is_not_a_hypothesis(code):
    a = only(code, "Belarusian Defence Minister Viktor Khrenin said that Russian units would arrive in "
                   "Belarus for the drills.")
    assert (a["actor"], a["host"], a["kind"]) == ("RUS", "BLR", "exercise")
    assert status(a, "prior-notification") == "undetermined"


def test_csbm_outside_the_zone(code):
    a = only(code, "France deployed 3,000 troops to Mali to fight insurgents.")
    assert (a["actor"], a["host"], a["kind"]) == ("FRA", "MLI", "deployment")
    assert [f["rule"] for f in a["findings"]] == ["zone"]


@pytest.mark.parametrize("text", [
    # the rule stated: 13,000 there is the level, not the size of anything
    "Under the Vienna Document, exercises involving 13,000 or more troops must be opened to observers.",
    "Manoeuvres have to be notified to the OSCE if more than 9,000 soldiers take part.",
    # denied, hypothetical, or general talk
    "\u201cThis is not an exercise,\u201d the minister said of the troop movements near Narva.",
    "Russia could send troops to Belarus for exercises, analysts warned.",
    "The proposal would ban drills near the border.",
    "Sweden offered to send troops to Latvia for a joint exercise.",
])
def test_csbm_no_activity_where_none_is_reported(code, text):
    assert acts(code, text) == []
