"""The event lexicon (offramp/data/lexicon/events.tsv): trigger words → PLOVER type."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..errors import DataError

__all__ = ["LexEntry", "lexicon", "TYPES", "DEFAULT_PREPS", "NONE"]

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE"}
# a stop row: the phrase is not an event ("sent a letter", "shares a border with")
NONE = "NONE"
DEFAULT_PREPS = ("with", "against", "on", "to", "toward", "towards", "at", "into", "between")


@dataclass(frozen=True)
class LexEntry:
    word: str
    pos: str          # V, N, VO (a verb with its object noun: "signed a deal") or A (a predicate adjective)
    type: str
    mode: str | None
    context: tuple[str, ...]
    of_role: str | None
    preps: tuple[str, ...]
    flags: frozenset[str]
    line: int

    @property
    def rule(self) -> str:
        kind = {"V": "verbs", "N": "nouns", "VO": "idioms", "A": "adjectives"}[self.pos]
        return f"events.{kind}.v1:{self.word}"


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], LexEntry]:
    """(word, pos) → entry; the first row of a word wins (order is priority)."""
    path = files("offramp") / "data" / "lexicon" / "events.tsv"
    out: dict[tuple[str, str], LexEntry] = {}
    with path.open(encoding="utf-8") as fh:
        lines = [(n, ln) for n, ln in enumerate(fh, 1) if ln.strip() and not ln.startswith("#")]
    rows = csv.DictReader([ln for _, ln in lines], delimiter="\t", quoting=csv.QUOTE_NONE)
    for (n, _), r in zip(lines[1:], rows):
        typ = (r.get("type") or "").strip()
        pos = (r.get("pos") or "").strip()
        if typ not in TYPES + (NONE,) or pos not in ("V", "N", "VO", "A") or pos == "VO" and " " not in r["word"].strip():
            raise DataError(f"line {n}: bad type {typ!r} or pos {pos!r}", source=str(path))
        word = " ".join(r["word"].lower().split())
        flags = {f for f in (r.get("flags") or "").split(",") if f.strip()}
        if typ in SYMMETRIC:
            flags.add("recip")
        key = (word, pos)
        if key in out:
            continue
        out[key] = LexEntry(
            word=word, pos=pos, type=typ, mode=(r.get("mode") or "").strip() or None,
            context=tuple(c.strip() for c in (r.get("context") or "").split(",") if c.strip()),
            of_role=(r.get("of_role") or "").strip() or None,  # noqa: E501
            preps=tuple(p for p in (r.get("preps") or "").split(",") if p.strip()),
            flags=frozenset(flags), line=n)
    return out
