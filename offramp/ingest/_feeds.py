"""RSS/Atom feeds: each entry's page fetched through the transport, text and date extracted."""
from __future__ import annotations

import datetime as dt
from typing import Callable, Iterator
from urllib.parse import urlparse

from ..errors import InputError
from ..model import Document
from ._transport import fetch

__all__ = ["looks_like_feed", "read_feed", "feed_entries", "FeedEntry"]

_FEED_MARKS = (b"<rss", b"<feed", b"<rdf:rdf")


def looks_like_feed(data: bytes) -> bool:
    """True when data starts like an RSS, Atom or RDF feed (not an HTML page)."""
    head = data[:2048].lower()
    return any(m in head for m in _FEED_MARKS) and b"<html" not in head


class FeedEntry:
    """One item of a feed. id: guid or link; link: page URL; date: YYYY-MM-DD or None."""

    __slots__ = ("id", "link", "title", "date", "inline_html", "feed_title")

    def __init__(self, id, link, title, date, inline_html, feed_title):
        self.id, self.link, self.title, self.date = id, link, title, date
        self.inline_html, self.feed_title = inline_html, feed_title


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return dt.date(t.tm_year, t.tm_mon, t.tm_mday).isoformat()
            except ValueError:
                continue
    return None


def feed_entries(data: bytes, origin: str) -> list[FeedEntry]:
    """The entries of a feed document. data: the feed's bytes; origin: its URL or path."""
    import feedparser

    # feedparser fetches by itself when given a URL string; it only ever gets bytes here
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        raise InputError("not an RSS or Atom feed", source=origin)
    title = parsed.feed.get("title") or urlparse(origin).netloc or None
    out = []
    for e in parsed.entries:
        link = e.get("link")
        inline = None
        if e.get("content"):
            inline = e["content"][0].get("value")
        eid = e.get("id") or link
        if not eid:
            continue  # nothing to key it by: it could never be recognised on the next poll
        out.append(FeedEntry(str(eid), link, e.get("title"), _entry_date(e),
                             inline or e.get("summary"), title))
    return out


def _entry_doc(ent: FeedEntry, date) -> Document:
    from ._read import html_document

    if ent.link:
        html = fetch(ent.link).decode("utf-8", "replace")
    elif ent.inline_html:
        html = ent.inline_html
    else:
        raise InputError("feed entry has neither a link nor content", source=ent.id)
    return html_document(html, ent.link or ent.id, ent.date or date, doc_id=ent.id,
                         url=ent.link, source=ent.feed_title, title=ent.title)


def read_feed(data: bytes, origin: str, date=None,
              skip: Callable[[str], bool] | None = None) -> Iterator[Document | InputError]:
    """Documents of a feed's entries, each page fetched through the transport.

    data: the feed's bytes; origin: its URL or path; date: fallback publication date;
    skip: called with an entry id, True to leave that entry out without fetching it.
    """
    try:
        entries = feed_entries(data, origin)
    except InputError as e:
        yield e
        return
    for ent in entries:
        if skip is not None and skip(ent.id):
            continue
        try:
            yield _entry_doc(ent, date)
        except InputError as e:
            if e.source is None:
                e = InputError(e.reason, source=ent.link or ent.id)
            yield e
