"""The /api routes. Each parses its parameters and calls offramp.analysis; no SQL here."""
from __future__ import annotations

import json
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from .. import analysis as an
from ..analysis._filters import MAX_TEXT, country_code, parse_day
from ..model import MODALITIES

__all__ = ["router", "MAX_CODE_BYTES"]

MAX_CODE_BYTES = 200_000   # a long article is ~50 kB; a body past this is not one article
_MAX_OFFSET = 10_000_000
router = APIRouter(prefix="/api")


def conn(request: Request):
    """A fresh cursor on the app's store for this request only."""
    cur = request.app.state.db.cursor()
    try:
        yield cur
    finally:
        cur.close()


Conn = Annotated[object, Depends(conn)]
Text = Annotated[Optional[str], Query(max_length=MAX_TEXT)]
Limit = Annotated[int, Query(ge=1, le=an.MAX_LIMIT, description=f"page size, at most {an.MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=_MAX_OFFSET, description="rows to skip")]
From = Annotated[Optional[str], Query(alias="from", max_length=10, description="first day, YYYY-MM-DD")]
To = Annotated[Optional[str], Query(alias="to", max_length=10, description="last day, YYYY-MM-DD")]
Codes = Annotated[Optional[list[str]], Query(max_length=200)]


def _split(values: list[str] | None) -> list[str]:
    """Repeated parameters and comma lists both work: ?type=A&type=B or ?type=A,B."""
    out = []
    for v in values or []:
        out += [p.strip() for p in v.split(",") if p.strip()]
    if len(out) > 50:
        raise ValueError("at most 50 values per list parameter")
    return out


def _quads(values: list[str] | None) -> list[int]:
    out = []
    for v in _split(values):
        if v not in ("1", "2", "3", "4"):
            raise ValueError(f"quad {v[:10]!r} must be 1, 2, 3 or 4")
        out.append(int(v))
    return out


def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = _split([value])
    if len(parts) != 2:
        raise ValueError("dyad must be two codes separated by a comma, like USA,RUS")
    return parts[0], parts[1]


def _event_filter(country, side, actor, dyad, directed, type_, quad, modality, start, end,
                  place, q, doc_id, anonymous, located) -> an.EventFilter:
    return an.EventFilter(countries=_split(country), side=side, actor=actor, dyad=_dyad(dyad),
                          directed=directed, types=_split(type_), quads=_quads(quad),
                          modalities=_split(modality), start=start, end=end, place=place,
                          q=q, doc_id=doc_id, anonymous=anonymous, located=located)


def event_filter(
    country: Annotated[Optional[list[str]], Query(
        max_length=200, description="involves any of these codes (USA, RUS, NATO ...)")] = None,
    side: Annotated[str, Query(pattern="^(any|source|target)$",
                               description="which side `country` must be on")] = "any",
    actor: Annotated[Optional[str], Query(
        max_length=MAX_TEXT, description="words in an actor's name, text or role")] = None,
    dyad: Annotated[Optional[str], Query(max_length=40, description="two codes: USA,RUS")] = None,
    directed: Annotated[bool, Query(description="dyad a,b means a -> b only")] = False,
    type: Annotated[Optional[list[str]], Query(max_length=200, description="PLOVER types")] = None,
    quad: Annotated[Optional[list[str]], Query(max_length=200, description="quad classes 1-4")] = None,
    modality: Annotated[Optional[list[str]], Query(
        max_length=200, description="actual, future, hypothetical, negated")] = None,
    start: From = None,
    end: To = None,
    place: Annotated[Optional[str], Query(
        max_length=MAX_TEXT, description="words in the place name, or its country code")] = None,
    q: Annotated[Optional[str], Query(
        max_length=MAX_TEXT, description="words that must all be in the evidence")] = None,
    doc_id: Annotated[Optional[str], Query(max_length=MAX_TEXT, description="one document")] = None,
    anonymous: Annotated[Optional[bool], Query(
        description="attributed to an unnamed source (true) or not (false)")] = None,
    located: Annotated[bool, Query(description="only events with coordinates")] = False,
) -> an.EventFilter:
    """The event filters shared by /api/events and /api/places."""
    return _event_filter(country, side, actor, dyad, directed, type, quad, modality, start,
                         end, place, q, doc_id, anonymous, located)


Filter = Annotated[an.EventFilter, Depends(event_filter)]


@router.get("/summary")
def get_summary(db: Conn):
    """Counts of documents, events, quotes and activities, and the event date range."""
    return an.summary(db)


@router.get("/events")
def get_events(db: Conn, flt: Filter, limit: Limit = 50, offset: Offset = 0,
               order: Annotated[str, Query(pattern="^(asc|desc)$")] = "desc"):
    """Events matching every given filter, one page at a time, newest first by default.
    List parameters take repeated values or a comma list (type=ACCUSE,THREATEN)."""
    return an.find_events(db, flt, limit=limit, offset=offset, order=order)


@router.get("/places")
def get_places(db: Conn, flt: Filter, limit: Limit = an.MAX_LIMIT):
    """Located events grouped by place, busiest first (same filters as /api/events)."""
    return {"items": an.event_places(db, flt, limit=limit)}


@router.get("/dyads")
def get_dyads(db: Conn, country: Annotated[Optional[str], Query(max_length=20)] = None,
              start: From = None, end: To = None,
              min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
              limit: Limit = 50, offset: Offset = 0):
    """Country pairs (undirected) by number of actual events, with cooperation, conflict and
    mean intensity; n_other counts planned, hypothetical and negated events."""
    return an.list_dyads(db, country=country, start=start, end=end, min_events=min_events,
                         limit=limit, offset=offset)


@router.get("/dyads/{a}/{b}/series")
def get_series(db: Conn, a: Annotated[str, Path(max_length=20)],
               b: Annotated[str, Path(max_length=20)], start: From = None, end: To = None,
               modality: Codes = None, directed: bool = False):
    """Day-by-day counts by quad class, type and modality, mean intensity, the 7-day rolling
    measures against 4- and 52-week baselines, and the escalation signal with its rule."""
    mods = _split(modality) or ["actual"]
    for m in mods:
        if m not in MODALITIES:
            raise ValueError(f"modality {m[:20]!r} must be one of {', '.join(MODALITIES)}")
    return an.dyad_series(db, country_code(a, "a"), country_code(b, "b"),
                          parse_day(start, "from"), parse_day(end, "to"),
                          modalities=tuple(mods), directed=directed)


@router.get("/actors")
def get_actors(db: Conn, start: From = None, end: To = None,
               modality: Annotated[str, Query(pattern="^(any|actual|future|hypothetical|negated)$")] = "actual",
               limit: Annotated[int, Query(ge=1, le=an.MAX_LIMIT)] = 20):
    """Countries and bodies by the number of events they take part in."""
    return {"items": an.top_actors(db, start=start, end=end, modality=modality, limit=limit)}


@router.get("/quotes")
def get_quotes(db: Conn, country: Codes = None, q: Text = None, doc_id: Text = None,
               anonymous: Optional[bool] = None, start: From = None, end: To = None,
               limit: Limit = 50, offset: Offset = 0):
    """Quotes with their speakers; country filters the speaker, from/to the document date."""
    return an.list_quotes(db, countries=_split(country), q=q, doc_id=doc_id,
                          anonymous=anonymous, start=start, end=end, limit=limit, offset=offset)


@router.get("/documents/{doc_id}")
def get_doc(db: Conn, doc_id: Annotated[str, Path(max_length=300)]):
    """A document's text, its events, and `spans` (start, end, kind, event_ids) locating each
    event's evidence and trigger; `html` is the text escaped, with <mark> around the spans."""
    doc = an.get_document(db, doc_id)
    if doc is None:
        raise HTTPException(404, detail=f"no document {doc_id[:60]!r}")
    return doc


@router.get("/activities")
def get_activities(db: Conn, doc_id: Text = None, start: From = None, end: To = None,
                   limit: Limit = 50, offset: Offset = 0):
    """Vienna Document findings about military activities, one JSON record each."""
    return an.list_activities(db, doc_id=doc_id, start=start, end=end, limit=limit,
                              offset=offset)


@router.get("/basemap")
def get_basemap():
    """Approximate country centroids (iso3, lat, lon), the dashboard map's reference points."""
    from ..places._data import centroids
    return {"items": [{"iso3": k, "lat": v[0], "lon": v[1]}
                      for k, v in sorted(centroids("country_centroids.tsv", "iso3").items())]}


_CODE_BODY = {"required": True, "content": {"application/json": {"schema": {
    "type": "object", "required": ["text"],
    "properties": {"text": {"type": "string", "description": "the article text"},
                   "date": {"type": "string", "description": "publication date YYYY-MM-DD"}}}}}}


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise HTTPException(413, detail=f"request body larger than {limit} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:  # a lying or missing Content-Length is caught here
            raise HTTPException(413, detail=f"request body larger than {limit} bytes")
    return bytes(body)


@router.post("/code", openapi_extra={"requestBody": _CODE_BODY})
async def post_code(request: Request):
    """Code one article: JSON {"text", "date"} in, its events, asides, quotes and warnings out.
    Nothing is stored. Bodies over the size limit get 413, other content types than
    application/json 415; a server started with a token answers 401 without it."""
    from starlette.concurrency import run_in_threadpool

    # a form or text/plain POST is one another site's page may send without asking (no
    # CORS preflight); insisting on JSON makes the browser ask, and we never say yes
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json":
        raise HTTPException(415, detail="send the body as Content-Type: application/json")
    raw = await _read_body(request, request.app.state.max_code_bytes)
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise HTTPException(400, detail="body must be a JSON object {\"text\": ..., \"date\": ...}")
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise HTTPException(400, detail="body needs \"text\", a string")
    date = data.get("date")
    if date is not None and not isinstance(date, str):
        raise HTTPException(400, detail="\"date\" must be a YYYY-MM-DD string")
    day = parse_day(date, "date")
    if not data["text"].strip():
        raise HTTPException(400, detail="\"text\" is empty")

    def run():
        import offramp
        with request.app.state.code_lock:  # one spaCy pipeline, shared by all requests
            return offramp.code(data["text"], date=day.isoformat() if day else None)

    doc = await run_in_threadpool(run)
    out = doc.to_dict(with_text=False)
    return {"doc_id": doc.id, "date": doc.date, "events": out["events"],
            "asides": out["asides"], "quotes": out["quotes"], "activities": out["activities"],
            "warnings": out["warnings"]}
