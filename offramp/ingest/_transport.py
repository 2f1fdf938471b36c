"""The one place offramp fetches over the network; tests swap in `MockTransport`.

Every feed and page read goes through `get_transport().get(url)`, so a test (or a caller with
its own HTTP client, proxy or cache) replaces the whole network with `use_transport(...)`.
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Callable, Iterator, Protocol

from ..errors import InputError

__all__ = ["Response", "Transport", "UrlTransport", "MockTransport", "get_transport",
           "set_transport", "use_transport", "is_url", "MAX_FETCH_BYTES"]

MAX_FETCH_BYTES = 10_000_000  # a feed or page bigger than this is not news; stop reading


def is_url(s: str) -> bool:
    return s.lower().startswith(("http://", "https://"))


@dataclass
class Response:
    """What a fetch returns. url: final address; status: HTTP status; body: raw bytes."""

    url: str
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


class Transport(Protocol):
    def get(self, url: str) -> Response: ...


class UrlTransport:
    """Plain HTTP(S) with the standard library: a timeout, a size cap, no retries.

    timeout: seconds per request; user_agent: sent with every request.
    """

    def __init__(self, timeout: float = 20.0, user_agent: str = "offramp/0.1 (+event coding)"):
        self.timeout = timeout
        self.user_agent = user_agent

    def get(self, url: str) -> Response:
        import urllib.error
        import urllib.request

        req = urllib.request.Request(url, headers={"User-Agent": self.user_agent,
                                                   "Accept-Encoding": "identity"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as r:
                body = r.read(MAX_FETCH_BYTES + 1)
                if len(body) > MAX_FETCH_BYTES:
                    raise InputError(f"more than {MAX_FETCH_BYTES} bytes", source=url)
                return Response(r.geturl(), r.status, body, {k.lower(): v for k, v in r.headers.items()})
        except urllib.error.HTTPError as e:
            return Response(url, e.code, b"", {})
        except (urllib.error.URLError, OSError, ValueError) as e:
            raise InputError(f"cannot fetch ({getattr(e, 'reason', e)})", source=url)


class MockTransport:
    """A transport answering from a dict: url → bytes, str, (status, bytes) or a callable.

    routes: the answers; unknown URLs get 404. `requests` lists every URL asked for.
    """

    def __init__(self, routes: dict[str, object] | Callable[[str], object] | None = None):
        self.routes = routes if routes is not None else {}
        self.requests: list[str] = []

    def get(self, url: str) -> Response:
        self.requests.append(url)
        ans = self.routes(url) if callable(self.routes) else self.routes.get(url)
        if ans is None:
            return Response(url, 404, b"")
        if isinstance(ans, Exception):
            raise ans
        status, body = ans if isinstance(ans, tuple) else (200, ans)
        if isinstance(body, str):
            body = body.encode("utf-8")
        return Response(url, status, body)


_current: list[Transport] = [UrlTransport()]


def get_transport() -> Transport:
    return _current[-1]


def set_transport(t: Transport) -> None:
    """Replace the process-wide transport. t: any object with get(url) -> Response."""
    _current[-1] = t


@contextlib.contextmanager
def use_transport(t: Transport) -> Iterator[Transport]:
    """Use t for fetches inside the with-block, then restore the previous transport."""
    _current.append(t)
    try:
        yield t
    finally:
        _current.pop()


def fetch(url: str) -> bytes:
    """The body of url through the current transport; a non-2xx status is an InputError."""
    r = get_transport().get(url)
    if not 200 <= r.status < 300:
        raise InputError(f"HTTP status {r.status}", source=url)
    return r.body
