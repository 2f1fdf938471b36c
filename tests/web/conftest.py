"""A live app on a free loopback port and Debian's Chromium driven by Playwright.

Browser tests skip, with the reason printed, only when /usr/bin/chromium is missing; the
Makefile's test target installs it where apt-get works.
"""
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.analysis import dbfixtures as F

CHROMIUM = "/usr/bin/chromium"
OUT = Path(__file__).resolve().parents[2] / "test-output" / "web"


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        reason = f"browser tests skipped: {CHROMIUM} not found (apt-get install -y chromium)"
        print(reason, file=sys.stderr)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveApp:
    """uvicorn serving create_app(db) in a daemon thread."""

    def __init__(self, db):
        import uvicorn

        from offramp.api import create_app
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1",
                                                    port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.time() + 15
        while not self.server.started:
            if time.time() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)

    def stop(self):
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="session")
def live(tmp_path_factory):
    """live(kind) -> a running LiveApp over the cached test database of that kind."""
    apps = {}

    def get(kind):
        if kind not in apps:
            apps[kind] = LiveApp(F.cached(kind, tmp_path_factory))
        return apps[kind]
    yield get
    for a in apps.values():
        a.stop()


@pytest.fixture()
def page(browser):
    """A fresh page that refuses (and records) any request leaving the loopback address."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    pg.outside, pg.errors = [], []

    def guard(route):
        if route.request.url.startswith(("http://127.0.0.1:", "data:")):
            route.continue_()
        else:
            pg.outside.append(route.request.url)
            route.abort()
    pg.route("**/*", guard)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    OUT.mkdir(parents=True, exist_ok=True)
    yield pg
    ctx.close()
