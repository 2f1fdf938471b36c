"""GET endpoints: every route and filter, paging, bad parameters (4xx) and injection strings."""
import pytest

INJECTIONS = ["' OR 1=1 --", "; DROP TABLE events", "1); DROP TABLE events; --", "%' --", "\\x00"]


def test_api_summary(seed_client):
    s = seed_client.get("/api/summary").json()
    assert s["documents"] == 1 and s["events"] > 0 and s["first_date"] <= s["last_date"]


def test_api_events_default_page(syn_client):
    r = syn_client.get("/api/events")
    body = r.json()
    assert r.status_code == 200 and body["total"] == 3000 and len(body["items"]) == 50
    e = body["items"][0]
    for key in ("event_id", "doc_id", "type", "quad_class", "intensity", "source", "target",
                "modality", "date", "location", "attributed_to", "evidence", "trigger", "doc_title"):
        assert key in e


@pytest.mark.parametrize("query,check", [
    ("country=USA", lambda e: "USA" in e["source_countries"] + e["target_countries"]),
    ("country=usa,chn", lambda e: {"USA", "CHN"} & set(e["source_countries"] + e["target_countries"])),
    ("country=USA&country=CHN", lambda e: {"USA", "CHN"} & set(e["source_countries"] + e["target_countries"])),
    ("country=USA&side=source", lambda e: "USA" in e["source_countries"]),
    ("country=USA&side=target", lambda e: "USA" in e["target_countries"]),
    ("actor=pol", lambda e: "POL" in e["source_countries"] + e["target_countries"]),
    ("dyad=USA,RUS", lambda e: {"USA", "RUS"} <= set(e["source_countries"] + e["target_countries"])),
    ("dyad=RUS,USA&directed=true", lambda e: e["source_countries"] == ["RUS"]),
    ("type=ASSAULT,AID", lambda e: e["type"] in ("ASSAULT", "AID")),
    ("type=consult", lambda e: e["type"] == "CONSULT"),
    ("quad=3&quad=4", lambda e: e["quad_class"] in (3, 4)),
    ("modality=hypothetical", lambda e: e["modality"] == "hypothetical"),
    ("from=2021-05-01&to=2021-05-31", lambda e: "2021-05-01" <= e["date"] <= "2021-05-31"),
    ("from=2022-05-01", lambda e: e["date"] >= "2022-05-01"),
    ("to=2021-01-31", lambda e: e["date"] <= "2021-01-31"),
    ("place=gene", lambda e: e["location"]["name"] == "Geneva"),
    ("q=sentence%20mobilize", lambda e: "mobilize" in e["evidence"]),
    ("doc_id=syn-00010", lambda e: e["doc_id"] == "syn-00010"),
    ("anonymous=true", lambda e: e["attributed_to"]["anonymous"]),
    ("anonymous=false", lambda e: not e["attributed_anonymous"]),
    ("located=true", lambda e: e["location"]["lat"] is not None),
])
def test_api_events_filters(syn_client, query, check):
    body = syn_client.get(f"/api/events?{query}&limit=500").json()
    assert 0 < body["total"] < 3000, query
    assert body["items"] and all(check(e) for e in body["items"]), query


def test_api_events_paging_covers_every_event_once(syn_client):
    seen, offset = [], 0
    while True:
        page = syn_client.get(f"/api/events?dyad=USA,DEU&limit=37&offset={offset}").json()
        seen += [e["event_id"] for e in page["items"]]
        offset += 37
        if offset >= page["total"]:
            break
    assert len(seen) == len(set(seen)) == page["total"]
    past = syn_client.get("/api/events?offset=9999&limit=5").json()
    assert past["items"] == [] and past["total"] == 3000


def test_api_places(syn_client):
    items = syn_client.get("/api/places?dyad=USA,RUS&modality=actual").json()["items"]
    assert {p["name"] for p in items} == {"Geneva", "Kyiv", "Moscow", "Minsk"}
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in items)
    assert syn_client.get("/api/places?place=nowhere").json()["items"] == []


def test_api_dyads(syn_client):
    body = syn_client.get("/api/dyads?limit=3").json()
    assert body["total"] == 45 and len(body["items"]) == 3
    assert (body["items"][0]["a"], body["items"][0]["b"]) == ("RUS", "USA")
    assert syn_client.get("/api/dyads?country=gbr&limit=50").json()["total"] == 9
    rare = syn_client.get("/api/dyads?min_events=500").json()["items"]
    assert [(d["a"], d["b"]) for d in rare] == [("RUS", "USA")]
    later = syn_client.get("/api/dyads?from=2022-05-01&to=2022-05-31&offset=1&limit=1").json()
    assert later["items"][0]["first_day"] >= "2022-05-01"


def test_api_series(syn_client):
    s = syn_client.get("/api/dyads/usa/rus/series?from=2022-03-01&to=2022-05-31").json()
    assert s["dyad"] == ["USA", "RUS"] and len(s["days"]) == 92
    assert "text" in s["rule"] and any(a >= "2022-04-15" for a in s["alerts"])
    day = s["days"][0]
    for key in ("n", "quad", "cooperation", "conflict", "mean_intensity", "by_type", "by_modality",
                "intensity7", "conflict_share7", "base4_intensity", "base52_intensity", "signal", "alert"):
        assert key in day
    planned = syn_client.get("/api/dyads/USA/RUS/series?from=2022-03-01&to=2022-05-31&modality=future").json()
    assert sum(d["n"] for d in planned["days"]) < sum(d["n"] for d in s["days"])
    directed = syn_client.get("/api/dyads/USA/RUS/series?from=2022-03-01&to=2022-05-31&directed=true").json()
    assert sum(d["n"] for d in directed["days"]) < sum(d["n"] for d in s["days"])


def test_api_actors(syn_client):
    items = syn_client.get("/api/actors?limit=2").json()["items"]
    assert {i["country"] for i in items} == {"USA", "RUS"}
    assert syn_client.get("/api/actors?modality=any&from=2021-02-01&to=2021-02-28").json()["items"]


def test_api_quotes(seed_client, syn_client):
    body = syn_client.get("/api/quotes?country=USA&anonymous=true&limit=5&offset=5").json()
    assert body["total"] == 150 and len(body["items"]) == 5 and body["offset"] == 5
    assert syn_client.get("/api/quotes?q=assault").json()["total"] > 0
    assert syn_client.get("/api/quotes?doc_id=syn-00002&from=2000-01-01&to=2030-01-01").json()["total"] == 1
    seed = seed_client.get("/api/quotes").json()
    assert all(q["doc_id"] for q in seed["items"])


def test_api_document_marks_evidence(seed_client):
    doc_id = seed_client.get("/api/events?limit=1").json()["items"][0]["doc_id"]
    doc = seed_client.get(f"/api/documents/{doc_id}").json()
    assert doc["id"] == doc_id and doc["text"] and doc["events"]
    ev = [s for s in doc["spans"] if s["kind"] == "evidence"]
    assert ev and all(doc["text"][s["start"]:s["end"]].strip() for s in ev)
    assert '<mark class="evidence"' in doc["html"]


def test_api_document_missing_is_404(seed_client):
    r = seed_client.get("/api/documents/does-not-exist")
    assert r.status_code == 404 and "does-not-exist" in r.json()["detail"]


def test_api_activities(xss_client, syn_client):
    body = xss_client.get("/api/activities").json()
    assert body["total"] == 1 and body["items"][0]["record"]["places"]
    assert xss_client.get("/api/activities?doc_id=other").json()["total"] == 0
    assert xss_client.get("/api/activities?from=2023-01-01").json()["total"] == 0
    assert syn_client.get("/api/activities?limit=1&offset=3").json()["items"] == []


@pytest.mark.parametrize("url", [
    "/api/events?limit=0", "/api/events?limit=501", "/api/events?limit=ten", "/api/events?offset=-1",
    "/api/events?offset=99999999999", "/api/events?order=sideways", "/api/events?side=both",
    "/api/events?country=U", "/api/events?country=US$", "/api/events?dyad=USA",
    "/api/events?dyad=USA,RUS,CHN", "/api/events?type=NOT_A_TYPE", "/api/events?quad=0",
    "/api/events?quad=one", "/api/events?modality=perhaps", "/api/events?from=2022-02-30",
    "/api/events?from=22-01-01", "/api/events?from=2022-03-01&to=2022-01-01",
    "/api/events?anonymous=maybe", "/api/events?located=2", "/api/events?directed=sure",
    "/api/events?q=" + "x" * 201, "/api/events?place=" + "y" * 201,
    "/api/events?type=" + ",".join(["CONSULT"] * 51),
    "/api/places?limit=9999", "/api/places?quad=9",
    "/api/dyads?min_events=0", "/api/dyads?country=1", "/api/dyads?from=tomorrow",
    "/api/dyads?from=2022-03-01&to=2022-01-01", "/api/dyads?limit=-3",
    "/api/dyads/USA/R/series", "/api/dyads/USA/RUS/series?from=2022-01-01&to=2021-01-01",
    "/api/dyads/USA/RUS/series?from=1900-01-01&to=2022-01-01", "/api/dyads/USA/RUS/series?modality=x",
    "/api/dyads/USA/RUS/series?to=2022-13-01", "/api/dyads/" + "A" * 30 + "/RUS/series",
    "/api/actors?modality=some", "/api/actors?limit=0", "/api/actors?from=x",
    "/api/quotes?country=$$", "/api/quotes?anonymous=2", "/api/quotes?from=2022-1-1x", "/api/quotes?limit=600",
    "/api/activities?from=never", "/api/activities?offset=-5",
    "/api/documents/" + "d" * 301,
])
def test_api_bad_parameters_are_4xx_with_a_message(syn_client, url):
    r = syn_client.get(url)
    assert 400 <= r.status_code < 500, (url, r.status_code, r.text[:200])
    assert r.json()["detail"]


def _get_params(spec):
    """(path template, parameter name, location) for every GET parameter in the API."""
    for path, ops in spec["paths"].items():
        op = ops.get("get")
        if not op:
            continue
        for p in op.get("parameters", []):
            yield path, p["name"], p["in"]


def test_api_injection_strings_in_every_parameter(seed_client):
    spec = seed_client.get("/openapi.json").json()
    before = seed_client.get("/api/summary").json()
    tried = 0
    for path, name, where in _get_params(spec):
        for bad in INJECTIONS:
            url = path
            for other in ("a", "b", "doc_id"):  # fill the other path parameters sensibly
                url = url.replace("{%s}" % other, bad if (where == "path" and other == name) else
                                  {"a": "USA", "b": "RUS", "doc_id": "x"}[other])
            params = {} if where == "path" else {name: bad}
            r = seed_client.get(url, params=params)
            tried += 1
            assert r.status_code < 500, (path, name, bad, r.status_code)
            if r.status_code == 200 and "total" in r.json():
                assert r.json()["total"] == 0, (path, name, bad)  # matched as text, nothing
    assert tried > 100
    assert seed_client.get("/api/summary").json() == before
