"""Record queries (events, places, dyads, actors, quotes, activities) on thousands of events."""
import pytest

from offramp.analysis import (EventFilter, event_places, find_events, list_activities,
                              list_dyads, list_quotes, summary, top_actors)


def _all(conn, flt):
    """Every event matching flt, paging through the store 500 at a time."""
    items, offset = [], 0
    while True:
        page = find_events(conn, flt, limit=500, offset=offset)
        items += page["items"]
        offset += 500
        if offset >= page["total"]:
            return items, page["total"]


def test_analysis_summary_counts_the_store(syn):
    s = summary(syn)
    assert s["events"] == 3000 and s["documents"] == 150 and s["quotes"] == 150
    assert s["first_date"] <= s["last_date"]
    assert sum(s["modalities"].values()) == 3000


def test_analysis_events_page_and_total(syn):
    first = find_events(syn, limit=10)
    second = find_events(syn, limit=10, offset=10)
    assert first["total"] == 3000 and len(first["items"]) == 10
    assert not {e["event_id"] for e in first["items"]} & {e["event_id"] for e in second["items"]}
    dates = [e["date"] for e in first["items"] + second["items"]]
    assert dates == sorted(dates, reverse=True)
    asc = find_events(syn, limit=5, order="asc")["items"]
    assert asc[0]["date"] <= asc[-1]["date"]


@pytest.mark.parametrize("flt,check", [
    (EventFilter(countries=["usa"]), lambda e: "USA" in e["source_countries"] + e["target_countries"]),
    (EventFilter(countries=["USA"], side="source"), lambda e: "USA" in e["source_countries"]),
    (EventFilter(countries=["RUS"], side="target"), lambda e: "RUS" in e["target_countries"]),
    (EventFilter(dyad=("USA", "RUS")), lambda e: {"USA", "RUS"} <= set(e["source_countries"] + e["target_countries"])),
    (EventFilter(dyad=("USA", "RUS"), directed=True), lambda e: e["source_countries"] == ["USA"] and e["target_countries"] == ["RUS"]),
    (EventFilter(types=["assault", "THREATEN"]), lambda e: e["type"] in ("ASSAULT", "THREATEN")),
    (EventFilter(quads=[4]), lambda e: e["quad_class"] == 4),
    (EventFilter(modalities=["future", "negated"]), lambda e: e["modality"] in ("future", "negated")),
    (EventFilter(start="2021-06-01", end="2021-06-30"), lambda e: "2021-06-01" <= e["date"] <= "2021-06-30"),
    (EventFilter(place="kyiv"), lambda e: e["location"]["name"] == "Kyiv"),
    (EventFilter(place="BLR"), lambda e: e["location"]["country"] == "BLR"),
    (EventFilter(q="did ASSAULT toward"), lambda e: "did assault toward" in e["evidence"]),
    (EventFilter(doc_id="syn-00003"), lambda e: e["doc_id"] == "syn-00003"),
    (EventFilter(anonymous=True), lambda e: e["attributed_anonymous"] and e["attributed_to"]["anonymous"]),
    (EventFilter(anonymous=False), lambda e: not e["attributed_anonymous"]),
    (EventFilter(located=True), lambda e: e["location"] and e["location"]["lat"] is not None),
    (EventFilter(actor="nato"), lambda e: "NATO" in e["source_countries"] + e["target_countries"]),
])
def test_analysis_event_filters_select_what_they_say(syn, flt, check):
    items, total = _all(syn, flt)
    assert 0 < total < 3000 and len(items) == total
    assert all(check(e) for e in items)


def test_analysis_event_filters_combine(syn):
    both = find_events(syn, EventFilter(dyad=("USA", "RUS"), quads=[4], modalities=["actual"]))
    dyad = find_events(syn, EventFilter(dyad=("USA", "RUS")))
    assert 0 < both["total"] < dyad["total"]


@pytest.mark.parametrize("kw", [{"countries": ["' OR 1=1 --"]}, {"countries": ["U"]},
                                {"side": "both"}, {"dyad": ("USA",)}, {"types": ["NOPE"]},
                                {"quads": [5]}, {"modalities": ["maybe"]}, {"start": "2022-02-30"},
                                {"start": "2022-02-01", "end": "2022-01-01"}, {"q": "x" * 201}])
def test_analysis_event_filter_rejects_bad_values(kw):
    with pytest.raises(ValueError):
        EventFilter(**kw)


@pytest.mark.parametrize("limit,offset", [(0, 0), (501, 0), (10, -1)])
def test_analysis_events_page_bounds(syn, limit, offset):
    with pytest.raises(ValueError):
        find_events(syn, limit=limit, offset=offset)


def test_analysis_injection_text_is_only_text(syn):
    for text in ("' OR 1=1 --", "; DROP TABLE events", "%", "_"):
        assert find_events(syn, EventFilter(q=text))["total"] == 0
        assert find_events(syn, EventFilter(place=text, actor=text))["total"] == 0
    assert summary(syn)["events"] == 3000


def test_analysis_places_group_located_events(syn):
    places = event_places(syn, EventFilter(dyad=("USA", "RUS")))
    assert {p["name"] for p in places} == {"Geneva", "Kyiv", "Moscow", "Minsk"}
    assert all(p["cooperation"] + p["conflict"] <= p["n"] for p in places)
    located = find_events(syn, EventFilter(dyad=("USA", "RUS"), located=True))["total"]
    assert sum(p["n"] for p in places) == located


def test_analysis_dyads_rank_the_busiest_pair_first(syn):
    page = list_dyads(syn, limit=5)
    assert (page["items"][0]["a"], page["items"][0]["b"]) == ("RUS", "USA")
    assert page["total"] == 45  # every pair of the ten synthetic actors
    ns = [d["n"] for d in page["items"]]
    assert ns == sorted(ns, reverse=True)
    only = list_dyads(syn, country="nato", limit=50)
    assert only["total"] == 9 and all("NATO" in (d["a"], d["b"]) for d in only["items"])
    window = list_dyads(syn, start="2021-03-01", end="2021-03-31", limit=1)["items"][0]
    assert "2021-03-01" <= window["first_day"] <= window["last_day"] <= "2021-03-31"


def test_analysis_top_actors(syn):
    top = top_actors(syn, limit=3)
    assert {t["country"] for t in top[:2]} == {"USA", "RUS"}
    assert all(t["as_source"] + t["as_target"] >= t["n"] for t in top)
    assert top_actors(syn, modality="any", limit=1)[0]["n"] >= top[0]["n"]


def test_analysis_quotes_filter_and_page(syn):
    page = list_quotes(syn, countries=["USA"], anonymous=True, limit=7)
    assert page["total"] == 150 and len(page["items"]) == 7
    assert page["items"][0]["speaker"]["anonymous"] is True
    assert list_quotes(syn, countries=["CHN"])["total"] == 0
    assert list_quotes(syn, anonymous=False)["total"] == 0
    one = list_quotes(syn, doc_id="syn-00001")
    assert one["total"] == 1 and one["items"][0]["doc_title"] == "Synthetic report 1"


def test_analysis_activities_empty_store_gives_empty_page(syn):
    assert list_activities(syn) == {"total": 0, "limit": 50, "offset": 0, "items": []}
