"""Fixtures for the corpus tests: a local HTTP server (127.0.0.1) serving feeds and pages."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class _Site:
    """Pages served from a dict; every request path is logged."""

    def __init__(self):
        self.pages: dict[str, tuple[str, bytes]] = {}
        self.log: list[str] = []


@pytest.fixture
def site():
    """A local HTTP server on 127.0.0.1: set site.pages["/path"] = (content type, bytes)."""
    s = _Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            s.log.append(self.path)
            page = s.pages.get(self.path)
            if page is None:
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", page[0])
            self.send_header("Content-Length", str(len(page[1])))
            self.end_headers()
            self.wfile.write(page[1])

        def log_message(self, *args):
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    s.base = f"http://127.0.0.1:{srv.server_address[1]}"
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield s
    srv.shutdown()
    srv.server_close()


