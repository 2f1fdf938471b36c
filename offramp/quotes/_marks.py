"""Find quotation spans in text from its quote marks, before any parsing.

Only top-level quotations become spans; a quotation nested inside another (single marks
inside double, or the reverse) stays part of the outer one. News convention lets a quotation
run on over a paragraph break: a paragraph that ends inside a quotation and is followed by a
paragraph opening with a quote mark continues into it, without a closing mark in between.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["QuoteSpan", "find_spans", "paragraph_ranges"]

_PARA = re.compile(r"\n\s*\n")
# characters after which a straight mark opens rather than closes a quotation
_OPENERS = set(" \t\n([{—–-/:")
_DOUBLE_OPEN, _DOUBLE_CLOSE = "“„", "”"
_SINGLE_OPEN, _SINGLE_CLOSE = "‘", "’"


@dataclass
class QuoteSpan:
    """A quotation found from its marks.

    parts: (start, end) character ranges of the quoted words, one per paragraph crossed,
    marks excluded; mark: the kind of the opening mark, "double" or "single".
    """

    parts: list[tuple[int, int]] = field(default_factory=list)
    mark: str = "double"

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def text(self, doc_text: str) -> str:
        """The quoted words, paragraph breaks as one space, trailing comma dropped."""
        words = " ".join(doc_text[a:b].strip() for a, b in self.parts)
        return re.sub(r"\s+", " ", words).rstrip(" ,")


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph; paragraphs are split by blank lines.

    text: the article text.
    """
    out, pos = [], 0
    for m in _PARA.finditer(text):
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def _kind(text: str, i: int, a: int, b: int) -> tuple[str, str] | None:
    """(level, role) of the mark at i in paragraph [a, b): level double/single, role open/close/either."""
    c = text[i]
    prev = text[i - 1] if i > a else " "
    nxt = text[i + 1] if i + 1 < b else " "
    if c in _DOUBLE_OPEN:
        return "double", "open"
    if c in _DOUBLE_CLOSE:
        return "double", "close"
    if c == '"':
        if prev in _OPENERS and not nxt.isspace():
            return "double", "open"
        if not prev.isspace():
            return "double", "close"
        return "double", "either"  # spaces on both sides: closes an open quotation or is noise
    if c in _SINGLE_OPEN:
        return ("single", "open") if (nxt.isalnum() or nxt in "“\"") else None
    if c in (_SINGLE_CLOSE, "'"):
        if prev.isalnum() and nxt.isalpha():
            return None  # an apostrophe inside a word: let’s, Russia’s
        if c == "'" and prev in _OPENERS | {"“", '"'} and nxt.isalnum():
            return "single", "open"
        if not prev.isspace() and not nxt.isalnum():
            return "single", "close"
    return None


def _opens_with_mark(text: str, a: int, b: int) -> bool:
    s = text[a:b].lstrip()
    return bool(s) and (s[0] in _DOUBLE_OPEN or s[0] == '"')


def find_spans(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[QuoteSpan]:
    """Top-level quotations of text, in order.

    text: the article text; paragraphs: (start, end) ranges of its paragraphs
    (default: split on blank lines).
    """
    paragraphs = paragraph_ranges(text) if paragraphs is None else paragraphs
    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []   # (level, position after the opening mark)
    carried: QuoteSpan | None = None    # a quotation running on from the previous paragraph
    for n, (a, b) in enumerate(paragraphs):
        if carried is not None:
            lead = a + len(text[a:b]) - len(text[a:b].lstrip())
            stack = [("double", lead + 1)]
            skip = lead
        else:
            stack, skip = [], -1
        for i in range(a, b):
            if i == skip:
                continue
            k = _kind(text, i, a, b)
            if k is None:
                continue
            level, role = k
            top = stack[-1][0] if stack else None
            if role == "either":
                if top != level:
                    continue  # a mark standing for a dash ("CAIRO (AP) " Police ...")
                role = "close"
            if role == "close":
                if level not in (lv for lv, _ in stack):
                    continue  # a stray closing mark, or a possessive after a plural
                while stack and stack[-1][0] != level:
                    stack.pop()  # an unclosed nested quotation ends with its parent
                lv, start = stack.pop()
                if not stack:
                    carried = _close(text, spans, carried, start, i, level)
            elif top == level == "double":
                # a new opening while one is open: the first was never closed
                lv, start = stack.pop()
                if not stack:
                    carried = _close(text, spans, carried, start, i, level)
                stack.append((level, i + 1))
            elif not top == level == "single":  # a single inside a single is an apostrophe
                stack.append((level, i + 1))
        # paragraph end: a double quotation still open runs on or stops here
        while stack and stack[0][0] != "double":
            stack.pop(0)  # an unclosed single mark was an apostrophe after all
        if stack:
            start = stack[0][1]
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            part = (start, _rstrip(text, start, b))
            if nxt is not None and _opens_with_mark(text, *nxt):
                carried = carried or QuoteSpan(mark="double")
                if part[1] > part[0]:
                    carried.parts.append(part)
            else:
                carried = _close(text, spans, carried, start, b, "double")
        stack = []
    return [s for s in spans if s.parts]


def _rstrip(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


def _close(text: str, spans: list[QuoteSpan], carried: QuoteSpan | None, start: int,
           end: int, level: str) -> None:
    """Record a finished top-level quotation; returns the carry-over, now empty."""
    span = carried or QuoteSpan(mark=level)
    end = _rstrip(text, start, end)
    if end > start:
        span.parts.append((start, end))
    spans.append(span)
    return None
