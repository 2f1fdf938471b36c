"""Hypothesis strategies for hostile inputs, and one function that runs an input and judges it.

An input is (data bytes, origin name, date). Its origin's suffix says how offramp reads it
(.txt, .html, .jsonl, .gz). `run_input` feeds it through `offramp.ingest.read_text` and
`offramp.code_document` and sorts the outcome: coded, a per-document error with its code,
or a crash (any other exception, or a coded document that breaks an invariant).
All example sentences here are made up for these tests.
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import traceback
from collections import Counter
from dataclasses import dataclass, field

from hypothesis import strategies as st

HUGE_MAX = int(os.environ.get("OFFRAMP_FUZZ_HUGE", "20000"))  # longest generated single line

_WHO = ["Russia", "Ukraine", "NATO", "the United States", "China", "Belarus", "Poland",
        "the European Union", "France's foreign minister", "President Biden", "Moscow",
        "a Kremlin spokesman", "Turkish officials", "the UN Security Council", "Iran"]
_DID = ["accused", "attacked", "met", "threatened", "agreed with", "sanctioned", "praised",
        "rejected talks with", "will meet", "did not attack", "could invade", "warned",
        "sent tanks to", "criticised", "signed a deal with", "expelled diplomats from"]
_WHEN = ["on Monday", "yesterday", "next week", "on 3 March 2022", "last year", "tomorrow",
         "in May", "two days ago", "on Feb. 30", "in 1066", "in the year 9999", ""]
_WHERE = ["in Geneva", "near Kharkiv", "at the border", "in Minsk", "in Washington", ""]

# characters that break naive text handling: controls, NUL, bidi and zero-width marks,
# line separators, emoji sequences, combining marks, every kind of quote mark
NASTY = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\r",
         "\r\n", "\u2028", "\u2029", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f",
         "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
         "\u2069", "\ufeff", "\ufffd", "\ufffe", "\U0010ffff", "\u3000", "\u00a0", "\u00ad",
         "\U0001f600", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f1fa\U0001f1e6",
         "e\u0301\u0301\u0301\u0301", "\u0301" * 40, "\ufdfd", "\u0645\u0648\u0633\u0643\u0648",
         "\u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd", "\u4fc4\u7f57\u65af", "\u1100\u1161",
         '"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u2039",
         "\u203a", "\u201e", "\u300c", "\u300d", "``", "''", "\\", "&amp;", "&#0;", "<", ">",
         "%s", "{0}", "${x}", "' OR 1=1 --", "; DROP TABLE events", "\t", " " * 200]

WHITESPACE = ["", " ", "\n", "\t", "\r\n", "\u3000", "\u00a0", "\u2002", "\u2009", "\u200b",
              "\ufeff", "\n\n\n", "\x0b\x0c", "\u2028\u2029"]

BAD_DATES = ["2022-13-45", "yesterday", "", "0001-01-01", "9999-12-31", "2022-02-30",
             "2022-03-01T10:00:00Z", "20220301", " 2022-03-01 ", "1970-01-01", "0000-00-00",
             "\uff12\uff10\uff12\uff12-\uff10\uff13-\uff10\uff11", "2022-03-01\x00", "NaN",
             "-1", "2022-3-1", "01/03/2022", "1900-02-29", "2000-02-29", "2038-01-19"]


def sentence() -> st.SearchStrategy[str]:
    """A made-up news sentence from the small vocabulary above."""
    return st.builds(lambda a, v, b, w, p, end: " ".join(x for x in (a, v, b, w, p) if x) + end,
                     st.sampled_from(_WHO), st.sampled_from(_DID), st.sampled_from(_WHO),
                     st.sampled_from(_WHEN), st.sampled_from(_WHERE),
                     st.sampled_from([".", "!", "?", "", ",", "...", ".\u201d", ";"]))


def unclosed_quote() -> st.SearchStrategy[str]:
    """Speech whose quote marks open, nest, and never close."""
    mark = st.sampled_from(['"', "\u201c", "\u00ab", "\u201e", "'", "\u300c", "\u2018"])
    return st.builds(lambda who, marks, body: f"{who} said {''.join(marks)}{body}",
                     st.sampled_from(_WHO), st.lists(mark, min_size=1, max_size=60),
                     st.lists(sentence(), max_size=4).map(" ".join))


def hostile_text() -> st.SearchStrategy[str]:
    """Sentences mixed with random Unicode and the characters of NASTY."""
    part = st.one_of(sentence(), sentence(), unclosed_quote(), st.sampled_from(NASTY),
                     st.text(max_size=40),
                     st.text(st.characters(codec="utf-8", categories=["Cc", "Cf", "Zl", "Zp",
                                                                      "Mn", "So"]), max_size=20))
    sep = st.sampled_from([" ", " ", "\n", "\n\n", "", "\t", "\r"])
    return st.lists(st.tuples(part, sep), min_size=1, max_size=25).map(
        lambda ps: "".join(a + b for a, b in ps))


def huge_line() -> st.SearchStrategy[str]:
    """One long line: a sentence repeated with no line break, with or without full stops."""
    return st.builds(lambda s, n, full: ((s + (". " if full else " ")) * max(1, n // len(s)))[:n],
                     sentence().map(lambda s: s.rstrip(".!?;, ")),
                     st.integers(500, HUGE_MAX), st.booleans()) | st.builds(
        lambda c, n: (c * n), st.sampled_from([", ", "(", "\u201c", "a ", "<b>", "\u0301"]),
        st.integers(100, HUGE_MAX // 2))


def html_page() -> st.SearchStrategy[str]:
    """Pages with deep, unclosed or broken markup around made-up article text."""
    tag = st.sampled_from(["div", "p", "b", "i", "span", "table", "td", "li", "article",
                           "script", "style", "a href='javascript:alert(1)'", "img src=x onerror=alert(1)",
                           "svg", "math", "template", "iframe", "noscript", "!--", "![CDATA["])
    return st.builds(
        lambda head, tags, depth, body, close, tail:
            head + "".join(f"<{t}>" for t in tags) * depth + body
            + ("".join(f"</{t.split()[0]}>" for t in reversed(tags)) * depth if close else "")
            + tail,
        st.sampled_from(["", "<!DOCTYPE html><html><head><title>T\u202e</title></head><body>",
                         "<html><head><meta name='date' content='2022-13-45'></head><body>",
                         "<?xml version='1.0'?><html>", "<html><body onload=alert(1)>"]),
        st.lists(tag, min_size=1, max_size=4), st.integers(0, 3000),
        st.lists(st.one_of(sentence(), sentence(), hostile_text()), min_size=4, max_size=10).map(
            lambda ss: "".join(f"<p>{s}</p>" for s in ss)),
        st.booleans(),
        st.sampled_from(["", "</body></html>", "<!--", "&#xD800;&#99999999;&", "<p>\x00</p>"]))


def _json_value() -> st.SearchStrategy:
    return st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                     st.text(max_size=10), st.lists(st.integers(), max_size=3),
                     st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


def jsonl_lines() -> st.SearchStrategy[bytes]:
    """JSONL with odd field types, bad dates, broken lines, blank lines, lone surrogates."""
    odd = st.one_of(st.sampled_from(WHITESPACE), _json_value())
    fields = {"id": _json_value() | st.text(max_size=20),
              "date": st.sampled_from(BAD_DATES) | _json_value() | st.dates().map(str),
              "title": _json_value() | hostile_text(), "url": _json_value(),
              "source": _json_value()}
    good = st.fixed_dictionaries({"text": st.one_of(hostile_text(), sentence())},
                                 optional={"id": st.text(max_size=20), "title": sentence()})
    bad = st.fixed_dictionaries({}, optional=dict(fields, text=odd | hostile_text()))
    line = st.one_of(
        good.map(lambda o: json.dumps(o, ensure_ascii=False)),
        good.map(lambda o: json.dumps(o, ensure_ascii=True)),
        bad.map(lambda o: json.dumps(o, ensure_ascii=False)),
        st.sampled_from(['{"text": "Russia \\ud800 attacked Ukraine."}',
                         '{"text": "\\udfff\\ud83d", "title": "\\ud800"}',
                         '{"text": "ok", ', "[1, 2]", '"just a string"', "null", "{}",
                         '{"text": "Russia met Ukraine.", "text": 5}', "", "   ",
                         '{"text": "NaN", "date": NaN}']),
        st.text(max_size=30))
    return st.lists(line, max_size=6).map(lambda ls: "\n".join(ls).encode("utf-8", "surrogatepass"))


def bad_bytes() -> st.SearchStrategy[bytes]:
    """Bytes that are not UTF-8: random, other encodings, UTF-8 with a byte flipped."""
    flipped = st.builds(lambda s, i, b: _flip(s.encode(), i, b), sentence(),
                        st.integers(0, 200), st.integers(0x80, 0xff))
    other = st.builds(lambda s, enc: s.encode(enc, "replace"),
                      sentence().map(lambda s: s + " caf\u00e9 \u00e0 Gen\u00e8ve"),
                      st.sampled_from(["latin-1", "cp1252", "utf-16", "utf-32", "cp1251"]))
    return st.one_of(st.binary(max_size=200), flipped, other,
                     st.sampled_from([b"\xc0\xaf", b"\xed\xa0\x80", b"\xff\xfe\x00\x00",
                                      b"\xef\xbb\xbf\xef\xbb\xbf", b"\x1f\x8b",
                                      b"\x1f\x8b\x08\x00garbage"]))


def _flip(data: bytes, i: int, b: int) -> bytes:
    i = i % max(len(data), 1)
    return data[:i] + bytes([b]) + data[i + 1:]


def _gz(data: bytes, cut: int | None) -> bytes:
    packed = gzip.compress(data)
    return packed if cut is None else packed[:max(2, cut % len(packed))]


@st.composite
def inputs(draw) -> tuple[bytes, str, str | None]:
    """One hostile input: (bytes, origin name, publication date or None)."""
    kind = draw(st.sampled_from(["text", "text", "quote", "empty", "huge", "html", "html",
                                 "jsonl", "jsonl", "bytes", "gzip"]))
    # mostly usable dates, so most inputs get as far as the coder; a quarter are wrong
    date = draw(st.one_of(st.none(), st.sampled_from(BAD_DATES), st.dates().map(str),
                          st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)).map(str)))
    if kind == "text":
        data, name = draw(hostile_text()).encode("utf-8", "surrogatepass"), "doc.txt"
    elif kind == "quote":
        data, name = draw(unclosed_quote()).encode(), "quote.txt"
    elif kind == "empty":
        data, name = "".join(draw(st.lists(st.sampled_from(WHITESPACE), max_size=5))).encode(), "empty.txt"
    elif kind == "huge":
        data, name = draw(huge_line()).encode(), "huge.txt"
    elif kind == "html":
        data, name = draw(html_page()).encode("utf-8", "surrogatepass"), "page.html"
    elif kind == "jsonl":
        data, name = draw(jsonl_lines()), "docs.jsonl"
    elif kind == "bytes":
        data, name = draw(bad_bytes()), draw(st.sampled_from(["bin.txt", "bin.html", "bin.jsonl"]))
    else:
        inner, name = draw(st.one_of(
            st.tuples(hostile_text().map(lambda t: t.encode("utf-8", "surrogatepass")), st.just("a.txt.gz")),
            st.tuples(jsonl_lines(), st.just("a.jsonl.gz"))))
        data = _gz(inner, draw(st.one_of(st.none(), st.integers(0, 10_000))))
    return data, name, date


# Crashes this fuzzing found whose fix lies outside tests/hardening (the fixes are in the
# hardening report; tests/hardening/test_regressions.py holds one xfail test for each).
# Matched by a piece of the crash text, counted apart and not failed on, so the suite stays
# green until a fix lands; delete the entry with its fix.
KNOWN: dict[str, str] = {}  # crash descriptions awaiting a fix (none now)


def known(crash: str) -> str | None:
    """The KNOWN entry a crash description matches, or None."""
    return next((k for k in KNOWN if k in crash), None)


@dataclass
class Tally:
    """Counts over a fuzz run: inputs, documents, coded, errors by code, crashes."""
    inputs: int = 0
    documents: int = 0
    coded: int = 0
    events: int = 0
    errors: Counter = field(default_factory=Counter)
    crashes: list = field(default_factory=list)  # (description, input head, origin, date)
    known: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)  # inputs by file kind (txt, jsonl.gz ...)

    def line(self) -> str:
        errs = ", ".join(f"{k} {v}" for k, v in sorted(self.errors.items())) or "none"
        out = (f"{self.inputs} inputs, {self.documents} documents, {self.coded} coded "
               f"({self.events} events), errors by code: {errs}; crashes: {len(self.crashes)}")
        if self.known:
            out += f"; known crashes awaiting a fix: {sum(self.known.values())}"
        return out


def _check(doc) -> str | None:
    """What is wrong with a coded document, or None: offsets, indexes, serialisable output."""
    for s in doc.sentences:
        if doc.text[s.start:s.end] != s.text:
            return f"sentence {s.index} offsets do not match its text"
    for e in doc.events:
        if not 0 <= e.sentence < len(doc.sentences):
            return f"event {e.event_id} points at sentence {e.sentence} of {len(doc.sentences)}"
    try:
        json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError, UnicodeError) as e:
        return f"to_dict is not UTF-8 JSON: {type(e).__name__}: {e}"
    return None


def run_input(data: bytes, origin: str, date, tally: Tally | None = None) -> list[str]:
    """Read and code one input; returns new crash descriptions (empty when all went well).

    data: the input bytes; origin: its name (suffix picks the reader); date: publication
    date passed to the reader; tally: counts to update.
    """
    import offramp
    from offramp.errors import OfframpError
    from offramp.ingest import read_text

    tally = tally if tally is not None else Tally()
    tally.inputs += 1
    tally.kinds[origin.split(".", 1)[-1]] += 1
    crashes = []
    items = read_text(data, origin, date)
    while True:
        try:
            item = next(items)
        except StopIteration:
            break
        except Exception as e:  # noqa: BLE001 — the reader itself broke
            crashes.append(_crash("read_text", e))
            break
        if isinstance(item, OfframpError):
            tally.errors[item.code] += 1
            if not item.reason:
                crashes.append(f"error {item.code} without a reason")
            continue
        tally.documents += 1
        try:
            offramp.code_document(item)
        except OfframpError as e:
            tally.errors[e.code] += 1
            continue
        except Exception as e:  # noqa: BLE001
            crashes.append(_crash("code_document", e))
            continue
        problem = _check(item)
        if problem:
            crashes.append(f"invariant: {problem}")
            continue
        tally.coded += 1
        tally.events += len(item.events)
    new = []
    for c in crashes:
        k = known(c)
        if k:
            tally.known[k] += 1
        else:
            new.append(c)
            tally.crashes.append((c, data[:300], origin, date))
    return new


def _crash(where: str, e: Exception) -> str:
    frame = traceback.extract_tb(e.__traceback__)[-1]
    return f"{where}: {type(e).__name__}: {str(e)[:200]} at {frame.filename}:{frame.lineno}"
