"""Clean article text: drop photo captions, credits, footers; split off headline and byline."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Cleaned", "clean_article"]

# Lines that are picture captions or credits, not article prose.
_CAPTION = re.compile(
    r"\((?:photo|image|picture|file photo|screenshot|video)\b[^)]*\)|"
    r"\b(?:photo|image|picture)\s*(?:credit)?\s*:|\(getty images\)|\((?:ap|afp|reuters) photo[^)]*\)",
    re.I,
)
# a credit glued to the front of a caption or lead: "REUTERS/Name/File Photo Iraqi forces ..."
_CREDIT_PREFIX = re.compile(r"^(?:[A-Z]{2,}|AP|AFP)/[^\n]{0,60}?(?:File )?Photo\s+", re.I)
# "By Jane Doe", "By a Staff Correspondent" (not a lead such as "By a UN count, ...")
_BYLINE = re.compile(r"^\s*(?i:by)\s+(?:(?i:a|an|our|the)\s+(?:[A-Z][\w.-]*\s+){0,3}"
                     r"(?:Correspondent|Reporter|Writer|Staff|Team|Desk|Editor|Bureau)s?\b[^\n]{0,120}"
                     r"|[A-Z][^\n]{0,150})$")
# "WASHINGTON (Reuters) -", "(CNSNews.com) –" at the start of the first body paragraph.
_DATELINE = re.compile(
    r"^\s*(?:(?:[A-Z][A-Z .'-]{1,40}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)?\s*"
    r"\((?:[A-Za-z][\w.& -]{1,30})\)\s*[-–—:]+\s*"
    r"|[A-Z][A-Z.']{2,}(?: [A-Z][A-Z.']+){0,2}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?:\s+[-–—]+\s+|:\s+))")  # "WASHINGTON (Reuters) -", "(CNSNews.com) –", "VIENNA — "
_END_PUNCT = re.compile(r"[.!?\"”’')\]:]\s*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


@dataclass
class Cleaned:
    text: str
    title: str | None
    byline: str | None
    dropped: list[str]
    dateline: str | None = None  # "ALGIERS, Algeria": where the story was filed


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text)
    return text.replace("\u00a0", " ").replace("\t", " ")


def _is_headline(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 25 and not line.rstrip().endswith((".", ",", ";"))


def clean_article(raw: str) -> Cleaned:
    """Split a raw article into headline, byline and body; drop captions and footers.

    raw: the article as read (headline first line, then byline/dateline, then body).
    RETURNS: Cleaned(text, title, byline, dropped) where text keeps the headline as its
    first paragraph (events in headlines are coded too) and paragraphs joined by blank lines.
    """
    lines = [ln.rstrip() for ln in _normalise(raw).split("\n")]
    dropped: list[str] = []
    seen: set[str] = set()
    kept: list[str] = []
    for ln in lines:
        s = ln.strip()
        if not s:
            kept.append("")
            continue
        m = _CREDIT_PREFIX.match(s)
        if m:
            dropped.append(s[:m.end()].strip())
            s = s[m.end():]
        if _CAPTION.search(s) or s in seen and len(s.split()) < 40:
            dropped.append(s)  # captions come with credits, or repeat verbatim
            continue
        seen.add(s)
        kept.append(s)
    # paragraphs = runs of non-empty lines; a single newline inside prose is a line wrap
    paras: list[str] = []
    cur: list[str] = []
    for s in kept + [""]:
        if s:
            cur.append(s)
        elif cur:
            paras.extend(_split_block(cur))
            cur = []
    title = byline = None
    if paras and _is_headline(paras[0]) and len(paras) > 1:
        title = paras[0]
    if len(paras) > 1 and _BYLINE.match(paras[1 if title else 0]):
        byline = paras.pop(1 if title else 0)
    # footers: short trailing lines without sentence punctuation ("MRC Store", "Advertisement")
    while len(paras) > 1 and len(paras[-1].split()) <= 6 and not _END_PUNCT.search(paras[-1]):
        dropped.append(paras.pop())
    body_start = 1 if title else 0
    dateline = None
    # the first prose paragraph, after any date line ("Monday, January 23, 2012")
    for i in range(body_start, min(body_start + 3, len(paras))):
        m = _DATELINE.match(paras[i])
        if m and m.end() < len(paras[i]):
            dateline = _dateline_place(m.group(0))
            paras[i] = paras[i][m.end():]
            break
        if _END_PUNCT.search(paras[i]) or len(paras[i].split()) > 12:
            break
    text = "\n\n".join(p for p in paras if p)
    if not text.strip():
        # everything looked like a caption: better to code it than to lose the document
        text, dropped = "\n\n".join(ln.strip() for ln in lines if ln.strip()), []
    return Cleaned(text, title, byline, dropped, dateline)


def _dateline_place(matched: str) -> str | None:
    """'WASHINGTON (Reuters) - ' -> 'WASHINGTON'; '(CNSNews.com) -' -> None."""
    place = re.sub(r"\([^)]*\)", " ", matched).strip(" -–—:\t")
    return place or None


def _split_block(lines: list[str]) -> list[str]:
    """A block of lines: short unpunctuated lines (headline, byline) stand alone, prose joins."""
    out: list[str] = []
    prose: list[str] = []
    for s in lines:
        if _is_headline(s) and not prose or _BYLINE.match(s):
            if prose:
                out.append(" ".join(prose))
                prose = []
            out.append(s)
        else:
            prose.append(s)
    if prose:
        out.append(" ".join(prose))
    return out
