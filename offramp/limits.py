"""Limits that keep one hostile document from stalling a run: size, sentence length, time.

The defaults suit news articles; each can be changed per process with an environment
variable (read once, at first use) or in code with `set_limits` / `use_limits`:

    OFFRAMP_MAX_DOC_BYTES      largest document, in UTF-8 bytes           (5,000,000)
    OFFRAMP_MAX_SENT_TOKENS    longer sentences are cut to this            (250)
    OFFRAMP_MAX_PIECE_CHARS    a paragraph is parsed in pieces this long   (10,000)
    OFFRAMP_DOC_SECONDS        time for one document in corpus runs; 0 = none (60)

A document over the size limit is refused with `DocumentTooLarge` (E101); one that runs out
of time fails with `TimeLimitError` (E102); a cut sentence leaves a warning on the document.
"""
from __future__ import annotations

import os
import re
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace

from .errors import DocumentTooLarge, TimeLimitError

__all__ = ["Limits", "get_limits", "set_limits", "use_limits", "check_size", "pieces",
           "time_limit", "check_deadline"]

_ENV = {"max_doc_bytes": "OFFRAMP_MAX_DOC_BYTES", "max_sentence_tokens": "OFFRAMP_MAX_SENT_TOKENS",
        "max_piece_chars": "OFFRAMP_MAX_PIECE_CHARS", "doc_seconds": "OFFRAMP_DOC_SECONDS"}


@dataclass(frozen=True)
class Limits:
    """One set of limits.

    max_doc_bytes: largest document accepted, in UTF-8 bytes;
    max_sentence_tokens: a longer sentence is cut to this many tokens, with a warning;
    max_piece_chars: the parser never sees more text than this at once; a longer paragraph
        is split at sentence ends (or spaces) first, which bounds parse time and the size of
        any dependency tree a later stage walks;
    doc_seconds: wall-clock budget for one document in corpus runs (0 turns it off).
    """
    max_doc_bytes: int = 5_000_000
    max_sentence_tokens: int = 250
    max_piece_chars: int = 10_000
    doc_seconds: float = 60.0

    def __post_init__(self):
        for f in fields(self):
            v = getattr(self, f.name)
            if not isinstance(v, (int, float)) or isinstance(v, bool) or v < 0:
                raise ValueError(f"limit {f.name} must be a number >= 0, not {v!r}")
        if self.max_sentence_tokens < 1 or self.max_piece_chars < 100:
            raise ValueError("max_sentence_tokens must be >= 1 and max_piece_chars >= 100")


def _from_env() -> Limits:
    values = {}
    for name, var in _ENV.items():
        raw = os.environ.get(var, "").strip()
        if not raw:
            continue
        try:
            values[name] = float(raw) if name == "doc_seconds" else int(raw)
        except ValueError:
            raise ValueError(f"{var}={raw!r} is not a number") from None
    return Limits(**values)


_current: Limits | None = None
_lock = threading.Lock()


def get_limits() -> Limits:
    """The limits in force (from the environment on first use)."""
    global _current
    if _current is None:
        with _lock:
            if _current is None:
                _current = _from_env()
    return _current


def set_limits(**changes) -> Limits:
    """Change some limits for the rest of the process; returns the new set.

    changes: field names of `Limits` with their new values.
    """
    global _current
    new = replace(get_limits(), **changes)
    with _lock:
        _current = new
    return new


@contextmanager
def use_limits(**changes):
    """Limits changed inside a `with` block only (tests, one-off runs).

    changes: field names of `Limits` with their values for the block.
    """
    global _current
    old = get_limits()
    set_limits(**changes)
    try:
        yield get_limits()
    finally:
        with _lock:
            _current = old


def check_size(text: str, source: str | None = None) -> None:
    """Refuse a document larger than max_doc_bytes with DocumentTooLarge.

    text: the document text; source: where it came from, for the message.
    """
    limit = get_limits().max_doc_bytes
    # a cheap bound first: UTF-8 takes at most 4 bytes a character
    if len(text) * 4 <= limit:
        return
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise DocumentTooLarge(f"document is {size} bytes, more than the limit of {limit} "
                               "(OFFRAMP_MAX_DOC_BYTES)", source=source)


# a sentence ends after . ! ? (and closing quotes or brackets) before a space, or at a line break
_BOUNDARY = re.compile(r"[.!?\u3002\uff01\uff1f][\"'\u201d\u2019)\]]*\s+|\n+")
_CHARS_PER_TOKEN = 8  # generous: news English averages about 6 characters a token


def _runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the stretches between likely sentence ends."""
    out, lo = [], 0
    for m in _BOUNDARY.finditer(text):
        out.append((lo, m.end()))
        lo = m.end()
    if lo < len(text):
        out.append((lo, len(text)))
    return out


def _shorten(text: str, lo: int, hi: int, keep: int) -> int:
    """End of the first `keep` characters of text[lo:hi], moved back to a space if one is near."""
    cut = lo + keep
    space = text.rfind(" ", lo + keep // 2, cut)
    return space + 1 if space > 0 else cut


def pieces(text: str, max_chars: int | None = None,
           max_sentence_chars: int | None = None) -> list[tuple[int, str]]:
    """The parts of a paragraph worth parsing: (offset, piece), each at most max_chars long.

    text: a paragraph; max_chars: piece size (default: the max_piece_chars limit);
    max_sentence_chars: a stretch with no sentence end longer than this keeps only its
    start (default: max_sentence_tokens x 8), since the parser's sentence would be cut at
    max_sentence_tokens anyway. Pieces end at sentence ends, so a normal paragraph comes
    back whole and a long one in sentence-aligned parts; text left out is in no piece.
    """
    lim = get_limits()
    size = max_chars or lim.max_piece_chars
    run_max = min(max_sentence_chars or lim.max_sentence_tokens * _CHARS_PER_TOKEN, size)
    if len(text) <= min(size, run_max):
        return [(0, text)] if text else []
    out: list[tuple[int, str]] = []
    lo = hi = 0  # the piece being grown is text[lo:hi]
    for a, b in _runs(text):
        end = b if b - a <= run_max else _shorten(text, a, b, run_max)
        if a != hi or end - lo > size:  # a gap left by a shortened run, or the piece is full
            if hi > lo:
                out.append((lo, text[lo:hi]))
            lo = a
        hi = end
    if hi > lo:
        out.append((lo, text[lo:hi]))
    return out


_deadline = threading.local()


def check_deadline(source: str | None = None) -> None:
    """Raise TimeLimitError if the current `time_limit` block has run out of time.

    For code off the main thread, where no alarm signal can interrupt it: call this
    between steps (the pipeline runner between stages, a stage between sentences).
    source: the document, for the message.
    """
    end = getattr(_deadline, "end", None)
    if end is not None and time.monotonic() > end:
        raise TimeLimitError(f"took longer than {_deadline.seconds:g} s (OFFRAMP_DOC_SECONDS)",
                              source=source or getattr(_deadline, "source", None))


@contextmanager
def time_limit(seconds: float | None = None, source: str | None = None):
    """Run a block with a time budget; TimeLimitError when it is spent.

    seconds: the budget (default: the doc_seconds limit; 0 means none); source: the
    document, for the message. On the main thread of a Unix process an alarm signal
    interrupts the block wherever it is; elsewhere the block must call `check_deadline`.
    Load models before the first timed block: an interrupt inside a loader wastes it.
    """
    seconds = get_limits().doc_seconds if seconds is None else seconds
    if not seconds:
        yield
        return
    outer = getattr(_deadline, "end", None)
    end = time.monotonic() + seconds
    if outer is not None and outer < end:  # a nested budget cannot outlast its parent
        end, seconds = outer, max(outer - time.monotonic(), 0.001)
    saved = (outer, getattr(_deadline, "seconds", None), getattr(_deadline, "source", None))
    _deadline.end, _deadline.seconds, _deadline.source = end, seconds, source
    use_alarm = (hasattr(signal, "setitimer")
                 and threading.current_thread() is threading.main_thread())
    armed = [True]  # once the block is over a late alarm must not raise in our cleanup
    if use_alarm:
        def _on_alarm(signum, frame):
            if armed[0]:
                raise TimeLimitError(f"took longer than {seconds:g} s (OFFRAMP_DOC_SECONDS)",
                                      source=source)
        old_handler = signal.signal(signal.SIGALRM, _on_alarm)
        old_timer = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        armed[0] = False
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old_handler)
            if old_timer[0]:  # give an outer alarm what is left of its time
                left = old_timer[0] - (time.monotonic() - (end - seconds))
                signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))
        _deadline.end, _deadline.seconds, _deadline.source = saved
