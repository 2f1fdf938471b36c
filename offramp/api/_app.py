"""The FastAPI application: one read-only DuckDB store, JSON under /api, the dashboard at /.

DuckDB connections are not thread-safe, so each request gets its own cursor (a separate
connection to the same database), created under a lock. Bad parameters become 4xx with a
`detail` message; the dashboard and docs ship inside the package (no outside network).
"""
from __future__ import annotations

import hmac
import os
import threading
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path

__all__ = ["create_app", "Database"]

# Scripts only from our own origin: even if article text slipped into markup unescaped,
# the browser would refuse to run it.
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
        "form-action 'self'")


class Database:
    """A read-only DuckDB store shared by request threads; `cursor()` per request."""

    def __init__(self, path: str):
        import duckdb

        from ..errors import StoreError
        self.path = str(path)
        if not Path(self.path).is_file():
            raise StoreError("no such database file", source=self.path)
        try:
            self._conn = duckdb.connect(self.path, read_only=True)
        except duckdb.Error as e:
            raise StoreError(f"cannot open database: {e}", source=self.path)
        self._lock = threading.Lock()

    def cursor(self):
        with self._lock:
            return self._conn.cursor()

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _warm_up(lock: threading.Lock) -> None:
    import offramp
    with lock:
        try:
            offramp.code("Warm-up: the ministers met on Monday.")
        except Exception:  # noqa: BLE001 — a failure here shows again on the first request
            pass


def create_app(db_path: str, max_code_bytes: int | None = None, token: str | None = None):
    """The offramp web application over the store at db_path.

    db_path: a DuckDB file written by `offramp code --db`; max_code_bytes: the largest
    request body POST /api/code accepts (default `MAX_CODE_BYTES`); token: when set
    (default: the OFFRAMP_API_TOKEN environment variable), a request other than GET, HEAD
    or OPTIONS needs the header `Authorization: Bearer <token>`, or gets 401.
    No CORS headers are ever sent: other sites' pages cannot read the API.
    """
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import FileResponse, JSONResponse
    from fastapi.staticfiles import StaticFiles

    from .. import __version__
    from ..errors import InputError
    from ._routes import MAX_CODE_BYTES, router

    web = Path(str(files("offramp.web")))
    db = Database(db_path)

    @asynccontextmanager
    async def lifespan(app):
        # load the coder in the background: the first POST /api/code would otherwise pay
        # for the model load while holding the lock every other POST waits on
        threading.Thread(target=_warm_up, args=(app.state.code_lock,), daemon=True).start()
        yield
        db.close()

    app = FastAPI(title="offramp", version=__version__, docs_url=None, redoc_url=None,
                  lifespan=lifespan,
                  description="PLOVER political events coded from news text: events, dyads "
                              "and their escalation signal, quotes, documents with the "
                              "evidence of every event, Vienna Document findings.")
    app.state.db = db
    app.state.max_code_bytes = max_code_bytes or MAX_CODE_BYTES
    app.state.code_lock = threading.Lock()
    token = token if token is not None else os.environ.get("OFFRAMP_API_TOKEN", "")
    expected = f"Bearer {token}".encode() if token else None

    # added before _headers, so it runs inside it and a 401 gets the security headers too
    @app.middleware("http")
    async def _token(request: Request, call_next):
        if expected and request.method not in ("GET", "HEAD", "OPTIONS"):
            given = request.headers.get("authorization", "").encode("utf-8", "replace")
            if not hmac.compare_digest(given, expected):  # constant time: no timing oracle
                return JSONResponse({"detail": "this request needs the header "
                                     "'Authorization: Bearer <token>' with the server's token"},
                                    status_code=401, headers={"WWW-Authenticate": "Bearer"})
        return await call_next(request)

    @app.middleware("http")
    async def _headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = _CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(ValueError)
    async def _bad_value(request: Request, exc: ValueError):
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(InputError)
    async def _bad_input(request: Request, exc: InputError):
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        # the default echoes the input back; a short list of what was wrong is enough
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(web)), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard():
        return FileResponse(web / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs():
        # our own page reading /openapi.json: Swagger UI would load its scripts from a CDN
        return FileResponse(web / "docs.html", media_type="text/html")

    return app
