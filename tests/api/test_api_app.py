"""POST /api/code, the app shell (dashboard, docs, headers), `offramp serve`, threads."""
import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from typer.testing import CliRunner

from offramp.api import create_app
from offramp.cli import app as cli
from offramp.errors import StoreError
from tests.analysis import dbfixtures as F

TALKS = "Russia and Ukraine held talks in Istanbul on Tuesday. Turkey hosted the meeting."


def test_api_code_returns_events(seed_client):
    r = seed_client.post("/api/code", json={"text": TALKS, "date": "2022-03-29"})
    body = r.json()
    assert r.status_code == 200 and body["date"] == "2022-03-29"
    assert any(e["type"] == "CONSULT" for e in body["events"])
    assert all(e["date"] for e in body["events"])
    before = seed_client.get("/api/summary").json()["documents"]
    assert before == 1  # coding through the API stores nothing


def test_api_code_returns_the_acts_set_aside(seed_client):
    text = "Diplomats fear Serbia could ask Russia for help. Kosovo accused Serbia of stoking unrest."
    body = seed_client.post("/api/code", json={"text": text, "date": "2024-03-01"}).json()
    assert [e["type"] for e in body["events"]] == ["ACCUSE"]
    assert [(e["type"], e["modality"]) for e in body["asides"]] == [("REQUEST", "hypothetical")]


def test_api_code_without_date(seed_client):
    r = seed_client.post("/api/code", json={"text": TALKS})
    assert r.status_code == 200 and r.json()["date"] is None


@pytest.mark.parametrize("body,status", [
    (b"not json", 400), (b"[1, 2]", 400), (b'{"date": "2022-01-01"}', 400),
    (b'{"text": 5}', 400), (b'{"text": "   "}', 400), (b'{"text": "Hi.", "date": "2022-02-30"}', 400),
    (b'{"text": "Hi.", "date": 20220101}', 400), (b"\xff\xfe", 400),
])
def test_api_code_bad_bodies_are_400(seed_client, body, status):
    r = seed_client.post("/api/code", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == status and r.json()["detail"]


def test_api_code_too_large_is_413(seed_client):
    big = json.dumps({"text": "Talks. " * 40_000, "date": "2022-01-01"})
    assert len(big) > 200_000
    r = seed_client.post("/api/code", content=big, headers={"Content-Type": "application/json"})
    assert r.status_code == 413


def test_api_code_limit_holds_without_content_length(seed_path_app):
    client = seed_path_app(max_code_bytes=1000)

    def chunks():  # a streamed body carries no Content-Length header
        for _ in range(10):
            yield b" " * 200
    r = client.post("/api/code", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    ok = client.post("/api/code", json={"text": TALKS})
    assert ok.status_code == 200


@pytest.fixture()
def seed_path_app(tmp_path_factory):
    from fastapi.testclient import TestClient

    def make(**kw):
        return TestClient(create_app(str(F.cached("seed", tmp_path_factory)), **kw))
    return make


def test_api_dashboard_and_static_files(seed_client):
    r = seed_client.get("/")
    assert r.status_code == 200 and 'src="/static/app.js"' in r.text
    for name in ("app.js", "dom.js", "timeline.js", "map.js", "panels.js", "style.css", "docs.js"):
        assert seed_client.get(f"/static/{name}").status_code == 200, name
    assert "http://" not in r.text and "https://" not in r.text  # nothing from outside


def test_api_security_headers(seed_client):
    csp = seed_client.get("/api/summary").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "object-src 'none'" in csp
    assert seed_client.get("/").headers["x-content-type-options"] == "nosniff"


def test_api_docs_page_and_every_route_documented(seed_client):
    assert seed_client.get("/docs").status_code == 200
    spec = seed_client.get("/openapi.json").json()
    wanted = {"/api/events", "/api/places", "/api/dyads", "/api/dyads/{a}/{b}/series", "/api/actors",
              "/api/quotes", "/api/documents/{doc_id}", "/api/activities", "/api/code",
              "/api/summary", "/api/basemap"}
    assert wanted <= set(spec["paths"])
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            assert op.get("description"), f"{method.upper()} {path} has no docstring"
    assert "requestBody" in spec["paths"]["/api/code"]["post"]


def test_api_basemap_has_country_centres(seed_client):
    items = seed_client.get("/api/basemap").json()["items"]
    rus = next(i for i in items if i["iso3"] == "RUS")
    assert len(items) > 200 and 40 < rus["lat"] < 75


def test_api_concurrent_requests_each_get_a_connection(syn_client):
    urls = ["/api/events?dyad=USA,RUS&limit=100", "/api/dyads", "/api/dyads/USA/RUS/series",
            "/api/quotes", "/api/places", "/api/actors"] * 8
    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(lambda u: syn_client.get(u).status_code, urls))
    assert codes == [200] * len(urls)


def test_api_missing_database_is_a_store_error(tmp_path):
    with pytest.raises(StoreError):
        create_app(str(tmp_path / "nope.duckdb"))


def test_api_serve_binds_loopback_by_default(monkeypatch, tmp_path_factory):
    import uvicorn
    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw))
    db = F.cached("seed", tmp_path_factory)
    r = CliRunner().invoke(cli, ["serve", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8000
    r = CliRunner().invoke(cli, ["serve", "--db", str(db), "--port", "8123", "--host", "0.0.0.0"])
    assert seen["port"] == 8123 and "no authentication" in r.output


def test_api_serve_reports_a_missing_database(tmp_path):
    r = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 2 and "no such database" in r.output
