"""The HTTP API against hostile clients: tokens, CORS, content types, SQL text, markup.

tests/api covers the body limit, 4xx on bad parameters and injection strings answering
nothing; these add what a hostile client would try next.
"""
import re
import warnings
from pathlib import Path

import pytest

from tests.analysis import dbfixtures as F

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TALKS = "Poland and Lithuania held talks in Vilnius on Monday about border security."
MARK = "zq7x"  # a tag no SQL text of ours contains
HOSTILE = [f"' OR 1=1 --{MARK}", f"; DROP TABLE events; --{MARK}", f"{MARK}\") OR (\"1\"=\"1",
           f"{MARK}' UNION SELECT text FROM documents --", f"{MARK}%_\\"]
WEB = Path(__file__).resolve().parents[2] / "offramp" / "web"


def _client(tmp_path_factory, kind="seed", **kw):
    from offramp.api import create_app
    return TestClient(create_app(str(F.cached(kind, tmp_path_factory)), **kw))


@pytest.fixture(scope="module")
def locked(tmp_path_factory):
    return _client(tmp_path_factory, token="s3cret-token")


@pytest.fixture()
def open_client(tmp_path_factory, monkeypatch):
    monkeypatch.delenv("OFFRAMP_API_TOKEN", raising=False)
    return _client(tmp_path_factory)


def test_hardening_server_post_without_the_token_is_401(locked):
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret-token"},
                    {"Authorization": "Bearer s3cret-token "}, {"Authorization": "Basic czM="}):
        r = locked.post("/api/code", json={"text": TALKS}, headers=headers)
        assert r.status_code == 401, headers
        assert r.headers["www-authenticate"] == "Bearer"
        assert "script-src 'self'" in r.headers["content-security-policy"]
    r = locked.post("/api/code", json={"text": TALKS},
                    headers={"Authorization": "Bearer s3cret-token"})
    assert r.status_code == 200 and r.json()["events"]
    assert locked.get("/api/summary").status_code == 200  # reading needs no token


def test_hardening_server_token_from_the_environment(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("OFFRAMP_API_TOKEN", "from-env")
    client = _client(tmp_path_factory)
    assert client.post("/api/code", json={"text": TALKS}).status_code == 401
    ok = client.post("/api/code", json={"text": TALKS}, headers={"Authorization": "Bearer from-env"})
    assert ok.status_code == 200


def test_hardening_server_no_token_means_open_post(open_client):
    assert open_client.post("/api/code", json={"text": TALKS}).status_code == 200


def test_hardening_server_cors_is_off(open_client):
    evil = {"Origin": "http://evil.example"}
    r = open_client.get("/api/summary", headers=evil)
    assert r.status_code == 200
    assert not [h for h in r.headers if h.lower().startswith("access-control-")]
    pre = open_client.options("/api/code", headers={**evil, "Access-Control-Request-Method": "POST",
                                                    "Access-Control-Request-Headers": "content-type"})
    assert pre.status_code >= 400
    assert not [h for h in pre.headers if h.lower().startswith("access-control-")]


@pytest.mark.parametrize("ctype", ["text/plain", "application/x-www-form-urlencoded",
                                   "multipart/form-data; boundary=x", None])
def test_hardening_server_post_needs_json_content_type(open_client, ctype):
    # the content types a cross-site form may send without a CORS preflight
    headers = {"Content-Type": ctype} if ctype else {}
    r = open_client.post("/api/code", content=b'{"text": "Russia met Ukraine."}', headers=headers)
    assert r.status_code == 415 and "application/json" in r.json()["detail"]


class _Spy:
    """A DuckDB cursor that records the SQL text of every statement it runs."""

    def __init__(self, cur, log):
        self._cur, self._log = cur, log

    def execute(self, sql, *args, **kw):
        self._log.append(sql)
        return self._cur.execute(sql, *args, **kw)

    def executemany(self, sql, *args, **kw):
        self._log.append(sql)
        return self._cur.executemany(sql, *args, **kw)

    def sql(self, sql, *args, **kw):
        self._log.append(sql)
        return self._cur.sql(sql, *args, **kw)

    def __getattr__(self, name):
        return getattr(self._cur, name)


def _get_params(spec):
    for path, ops in spec["paths"].items():
        for p in ops.get("get", {}).get("parameters", []):
            yield path, p["name"], p["in"]


def test_hardening_server_request_values_never_reach_sql_text(tmp_path_factory):
    client = _client(tmp_path_factory, "synthetic")
    db = client.app.state.db
    log: list[str] = []
    real = db.cursor
    db.cursor = lambda: _Spy(real(), log)
    before = client.get("/api/summary").json()
    tried = statuses = 0
    for path, name, where in _get_params(client.get("/openapi.json").json()):
        for bad in HOSTILE:
            fill = {"a": "USA", "b": "RUS", "doc_id": "syn-00001"}
            if where == "path":
                fill[name] = bad
            url = re.sub(r"\{(\w+)\}", lambda m: fill[m.group(1)].replace("/", "%2F"), path)
            r = client.get(url, params={} if where == "path" else {name: bad})
            tried += 1
            assert r.status_code < 500, (path, name, bad, r.text[:200])
            statuses += r.status_code == 200
    assert tried > 150 and statuses > 0 and len(log) > 100
    leaked = [s for s in log if MARK in s]
    assert not leaked, leaked[:3]  # every value went in as a bound parameter
    db.cursor = real
    assert client.get("/api/summary").json() == before


def test_hardening_store_writes_bind_every_value(tmp_path):
    from offramp.model import Document
    from offramp.store import Store
    doc = Document(id=f"id-{MARK}'); DROP TABLE events; --", text=f"Text {HOSTILE[0]}",
                   date="2022-03-01", title=HOSTILE[1], url=HOSTILE[3], source=HOSTILE[2])
    store = Store(str(tmp_path / "s.duckdb"))
    log: list[str] = []
    store.conn = _Spy(store.conn, log)
    store.write(doc)
    assert log and not [s for s in log if MARK in s]
    row = store.conn.execute("SELECT id, title, url, source FROM documents").fetchone()
    assert row == (doc.id, doc.title, doc.url, doc.source)
    store.close()


def test_hardening_server_document_html_is_escaped(tmp_path_factory):
    client = _client(tmp_path_factory, "xss")
    doc = client.get("/api/documents/xss-1").json()
    assert "<script" not in doc["html"] and "<img" not in doc["html"]
    assert "&lt;script&gt;" in doc["html"] and "&lt;img src=x onerror=" in doc["html"]
    assert re.sub(r"</?mark[^>]*>", "", doc["html"]).count("<") == 0  # only our <mark> tags
    page = client.get("/")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "unsafe-inline" not in page.headers["content-security-policy"]


def test_hardening_web_code_never_turns_data_into_markup():
    sinks = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|"
                       r"new Function|setTimeout\(\s*['\"`]|srcdoc|javascript:")
    for js in WEB.glob("*.js"):
        code = "\n".join(ln for ln in js.read_text().splitlines()
                         if not ln.strip().startswith("//"))
        assert not sinks.search(code), (js.name, sinks.search(code).group(0))
    for page in WEB.glob("*.html"):
        html = page.read_text()
        inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html)
        assert not inline, (page.name, inline)  # scripts only from files (CSP script-src 'self')
        assert not re.search(r"\son\w+\s*=", html), page.name


def _serve_has_token() -> bool:
    import inspect

    from offramp.cli import _serve
    return "token" in inspect.signature(_serve.serve_cmd).parameters


@pytest.mark.xfail(not _serve_has_token(), run=False, strict=True,
                   reason="offramp/cli/_serve.py has no --token yet (patch in the hardening report)")
def test_hardening_server_serve_token_option(tmp_path_factory, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from offramp.cli import app as cli
    monkeypatch.delenv("OFFRAMP_API_TOKEN", raising=False)
    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    db = str(F.cached("seed", tmp_path_factory))
    r = CliRunner().invoke(cli, ["serve", "--db", db, "--token", "t0k", "--host", "0.0.0.0"])
    assert r.exit_code == 0 and "no authentication" not in r.output
    client = TestClient(seen["app"])
    assert client.post("/api/code", json={"text": TALKS}).status_code == 401
    ok = client.post("/api/code", json={"text": TALKS}, headers={"Authorization": "Bearer t0k"})
    assert ok.status_code == 200 and seen["host"] == "0.0.0.0"
