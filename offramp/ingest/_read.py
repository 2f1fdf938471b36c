"""Read documents from .txt, .html, .jsonl(.gz) files and stdin; one error per bad document."""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import InputError
from ..limits import check_size, get_limits
from ..model import Document
from ._clean import clean_article

__all__ = ["read_paths", "read_text", "document_from_text", "html_document", "parse_date",
           "expand_paths", "MAX_BYTES"]

MAX_BYTES = 5_000_000  # the default of offramp.limits (max_doc_bytes); kept for old imports
_FIRST_YEAR, _LAST_YEAR = 1800, 2200  # outside: a typo, and relative-date arithmetic overflows
_BYLINE_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\b")
Item = Document | InputError


def parse_date(value, source: str | None = None) -> str | None:
    """A publication date as YYYY-MM-DD, or None; a value that is not a real date is an error."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    s = str(value).strip()
    try:
        if not s[:10].isascii():  # fromisoformat also takes other scripts' digits
            raise ValueError("non-ASCII digits")
        day = dt.date.fromisoformat(s[:10])
    except ValueError:
        raise InputError(f"date {s[:40]!r} is not a valid YYYY-MM-DD date", source=source)
    if not _FIRST_YEAR <= day.year <= _LAST_YEAR:
        raise InputError(f"date {s[:10]!r} is outside {_FIRST_YEAR}-{_LAST_YEAR}", source=source)
    return day.isoformat()


def _date_from_byline(byline: str | None) -> str | None:
    if not byline:
        return None
    m = _BYLINE_DATE.search(byline)
    if not m:
        return None
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%b. %d, %Y"):
        try:
            return dt.datetime.strptime(m.group(0).replace("Sept", "Sep"), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def document_from_text(text: str, doc_id: str, date=None, *, title=None, url=None,
                       source=None, origin: str | None = None) -> Document:
    """Build a cleaned Document from article text; raises InputError for empty text."""
    if not isinstance(text, str):
        raise InputError("'text' must be a string", source=origin)
    if not text.strip():
        raise InputError("document is empty", source=origin)
    check_size(text, origin)
    # a lone surrogate ("\ud800" in JSON) is not text; spaCy and DuckDB both choke on it
    text = _clean_str(text)
    c = clean_article(text)
    if not c.text.strip():
        raise InputError("document has no article text after cleaning", source=origin)
    pub = parse_date(date, origin) or _date_from_byline(c.byline)
    return Document(id=str(doc_id), text=c.text, date=pub, title=title or c.title, url=url,
                    source=source, byline=c.byline, raw_text=text,
                    dateline=c.dateline)


def _gunzip(data: bytes, origin: str) -> bytes:
    """Unpack at most max_doc_bytes + 1 bytes: a small gzip bomb must not fill memory."""
    import zlib
    limit = get_limits().max_doc_bytes
    z = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = z.decompress(data, limit + 1)
    except zlib.error as e:
        raise InputError(f"broken gzip data ({e})", source=origin)
    if len(out) > limit:
        from ..errors import DocumentTooLarge
        raise DocumentTooLarge(f"gzip data unpacks to more than {limit} bytes "
                               "(OFFRAMP_MAX_DOC_BYTES)", source=origin)
    if not z.eof:
        raise InputError("broken gzip data (truncated)", source=origin)
    return out


def _decode(data: bytes, origin: str) -> str:
    if data.startswith(b"\x1f\x8b"):
        data = _gunzip(data, origin)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 text (byte {e.start}: {data[e.start:e.start+1]!r})",
                         source=origin)


def _doc_id(origin: str, text: str) -> str:
    stem = Path(origin).stem if origin != "-" else "stdin"
    return f"{stem}-{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def _jsonl_lines(lines: Iterable[bytes | str], origin: str, date) -> Iterator[Item]:
    """One document per line, decoded line by line so a huge file is never held whole."""
    for n, line in enumerate(lines, 1):
        where = f"{origin}:{n}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as e:
                yield InputError(f"not UTF-8 text (byte {e.start})", source=where)
                continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(f"not JSON ({e.msg})", source=where)
            continue
        if not isinstance(obj, dict) or "text" not in obj:
            yield InputError("a document needs an object with 'text'", source=where)
            continue
        try:
            doc_id = obj.get("id")
            doc_id = str(doc_id) if doc_id not in (None, "") else _doc_id(origin, str(obj["text"]))
            yield document_from_text(obj["text"], _clean_str(doc_id), obj.get("date") or date,
                                     title=_field(obj, "title"), url=_field(obj, "url"),
                                     source=_field(obj, "source"), origin=where)
        except InputError as e:
            yield e


def _jsonl_docs(text: str, origin: str, date) -> Iterator[Item]:
    yield from _jsonl_lines(text.split("\n"), origin, date)


def html_document(html: str, origin: str, date=None, *, doc_id: str | None = None,
                  url: str | None = None, source: str | None = None,
                  title: str | None = None) -> Document:
    """A Document from an HTML page: main text by trafilatura, date by htmldate if not given.

    html: the page; origin: where it came from (for messages and the default id);
    date: publication date if known; doc_id, url, source, title: override what the page says.
    """
    import trafilatura
    from htmldate import find_date

    try:  # lxml, trafilatura and htmldate raise assorted errors (even AssertionError) on odd markup
        body = trafilatura.extract(html, include_comments=False, favor_precision=True) or ""
    except Exception as e:  # noqa: BLE001
        raise InputError(f"HTML could not be parsed ({type(e).__name__})", source=origin)
    if title is None:
        try:
            meta = trafilatura.extract_metadata(html)
        except Exception:  # noqa: BLE001 — a page without usable metadata still has text
            meta = None
        title = getattr(meta, "title", None) if meta else None
    if not date:
        try:
            date = find_date(html, extensive_search=False, outputformat="%Y-%m-%d")
        except Exception:  # htmldate raises assorted errors on odd markup
            date = None
    full = f"{title}\n\n{body}" if title and body and not body.startswith(title) else body
    return document_from_text(full, doc_id or _doc_id(origin, html), date, title=title,
                              url=url, source=source, origin=origin)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean_str(v: str) -> str:
    """Text as UTF-8 can carry it: lone surrogates from JSON escapes become U+FFFD."""
    return _SURROGATE.sub("\ufffd", v)


def _field(obj: dict, name: str) -> str | None:
    """An optional metadata field: strings kept, numbers as text, anything else dropped."""
    v = obj.get(name)
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        v = str(v)
    return _clean_str(v) if isinstance(v, str) else None


def _html_doc(text: str, origin: str, date) -> Document:
    return html_document(text, origin, date)


def read_text(data: bytes, origin: str, date=None, kind: str | None = None) -> Iterator[Item]:
    """Documents in one input's bytes. kind: txt | html | jsonl (guessed when None)."""
    try:
        text = _decode(data, origin)
    except InputError as e:
        yield e
        return
    name = origin.lower().removesuffix(".gz")
    if kind is None:
        if name.endswith(".jsonl") or name.endswith(".ndjson"):
            kind = "jsonl"
        elif name.endswith((".html", ".htm")):
            kind = "html"
        elif origin == "-" and text.lstrip().startswith("{"):
            kind = "jsonl"
        elif origin == "-" and text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
            kind = "html"
        else:
            kind = "txt"
    if kind == "jsonl":
        yield from _jsonl_docs(text, origin, date)
        return
    try:
        if kind == "html":
            yield _html_doc(text, origin, date)
        else:
            yield document_from_text(text, _doc_id(origin, text), date, origin=origin)
    except InputError as e:
        yield e


_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".gz", ".ndjson", ".rss", ".atom")
_FEED_SUFFIXES = (".rss", ".atom", ".xml")
_GLOB_CHARS = set("*?[")


def expand_paths(paths) -> Iterator[str | InputError]:
    """Input names in order: files, directories walked (sorted), globs expanded, '-' and URLs kept.

    paths: names as given on the command line.
    """
    import glob

    from ._transport import is_url

    for p in paths:
        p = str(p)
        if p == "-" or is_url(p):
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            yield from sorted(str(f) for f in path.rglob("*")
                              if f.is_file() and f.suffix.lower() in _SUFFIXES)
        elif not path.exists() and _GLOB_CHARS & set(p):
            hits = sorted(glob.glob(p, recursive=True))
            if not hits:
                yield InputError("no file matches this pattern", source=p)
            for h in hits:
                yield from expand_paths([h]) if Path(h).is_dir() else [h]
        else:
            yield p


def _is_jsonl(name: str) -> bool:
    return name.lower().removesuffix(".gz").endswith((".jsonl", ".ndjson"))


def _stream_jsonl(path: str, date) -> Iterator[Item]:
    """Lines of a (gzipped) JSONL file read one at a time; bounded memory for any size."""
    try:
        with open(path, "rb") as fh:
            gz = fh.read(2) == b"\x1f\x8b"
        fh = gzip.open(path, "rb") if gz else open(path, "rb")
    except OSError as e:
        yield InputError(f"cannot read ({e.strerror or e})", source=path)
        return
    with fh:
        try:
            yield from _jsonl_lines(fh, path, date)
        except (OSError, EOFError) as e:  # truncated or corrupt gzip stream
            yield InputError(f"broken gzip data ({e})", source=path)


def _stdin(date) -> Iterator[Item]:
    raw = sys.stdin.buffer
    first = raw.readline()
    if first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield from _jsonl_lines(_chain_first(first, raw), "-", date)
    else:
        yield from read_text(first + raw.read(), "-", date)


def _chain_first(first: bytes, rest) -> Iterator[bytes]:
    yield first
    yield from rest


def _read_url(url: str, date, skip: Callable[[str], bool] | None) -> Iterator[Item]:
    from ._feeds import looks_like_feed, read_feed
    from ._transport import fetch

    try:
        data = fetch(url)
    except InputError as e:
        yield e
        return
    if looks_like_feed(data):
        yield from read_feed(data, url, date, skip=skip)
        return
    try:
        yield html_document(data.decode("utf-8", "replace"), url, date, url=url)
    except InputError as e:
        yield e


def read_paths(paths, date=None, skip: Callable[[str], bool] | None = None) -> Iterator[Item]:
    """Documents from files, directories, globs, feeds and URLs, and '-' (stdin), in order.

    paths: file paths, folders, glob patterns, http(s) URLs of feeds or pages, or '-';
    date: publication date for inputs that carry none;
    skip: for feeds, called with an entry id; True leaves the entry out unfetched.
    RETURNS: an iterator of Document or InputError (one per unreadable input or line).
    JSONL files (plain or gzipped) are streamed line by line.
    """
    from ._feeds import looks_like_feed, read_feed
    from ._transport import is_url

    for p in expand_paths(paths):
        if isinstance(p, InputError):
            yield p
        elif p == "-":
            yield from _stdin(date)
        elif is_url(p):
            yield from _read_url(p, date, skip)
        elif _is_jsonl(p):
            yield from _stream_jsonl(p, date)
        else:
            try:
                data = Path(p).read_bytes()
            except OSError as e:
                yield InputError(f"cannot read ({e.strerror or e})", source=p)
                continue
            if p.lower().endswith(_FEED_SUFFIXES) and looks_like_feed(data):
                yield from read_feed(data, p, date, skip=skip)
            else:
                yield from read_text(data, p, date)
