"""Reading one claimant's numbers against a rule's levels, and the words findings are made of."""
from __future__ import annotations

import math

from ._data import Rule, cues

__all__ = ["judge", "num", "levels", "open_words", "name_of", "said", "per", "claimants", "claims",
           "REPORTER"]

REPORTER = "reporter"

_QUAL = {"more-than": "more than ", "at-least": "at least ", "up-to": "up to ",
         "less-than": "fewer than ", "about": "about ", "exactly": ""}


def _bounds(n: dict) -> tuple[int, float]:
    """Smallest and largest size a reported number allows (forces come in whole units)."""
    v, q = n["value"], n.get("qualifier", "exactly")
    m = cues()["about_margin"]
    return {"exactly": (v, v), "about": (math.ceil(v * (1 - m)), math.floor(v * (1 + m))),
            "more-than": (v + 1, math.inf), "at-least": (v, math.inf),
            "up-to": (0, v), "less-than": (0, v - 1)}.get(q, (v, v))


def _reach(rule: Rule, n: dict) -> bool | None:
    lo, hi = _bounds(n)
    if rule.reached(n["what"], lo):
        return True
    if hi != math.inf and not rule.reached(n["what"], hi):
        return False
    return None


def num(n: dict, units: dict) -> str:
    return f"{_QUAL.get(n.get('qualifier'), '')}{n['value']:,} {units.get(n['what'], n['what'])}"


def levels(rule: Rule, units: dict, cats=None, plain: bool = False) -> str:
    items = [f"{v:,} {units[k]}" for k, v in rule.levels.items() if cats is None or k in cats]
    joined = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]
    return ("more than " if rule.compare == "more-than" and not plain else "") + joined


def open_words(n: dict) -> str:
    """Why a number leaves a level open, by its qualifier."""
    q = n.get("qualifier")
    if q in ("up-to", "less-than"):
        return "an upper bound that does not settle whether it reaches"
    if q in ("more-than", "at-least"):
        return "a lower bound that does not settle whether it reaches"
    return "too close to call against"


def name_of(c: str) -> str:
    """A claimant as the findings word it: "the article" for the reporter."""
    return "the article" if c == REPORTER else c


def judge(rule: Rule, nums: list[dict]) -> tuple[str | None, dict | None]:
    """(status, deciding number) of one claimant's numbers against a rule's levels."""
    mine = [n for n in nums if n["what"] in rule.levels and not n.get("part")]
    if not mine:
        return None, None
    verdicts = [(_reach(rule, n), n) for n in mine]
    for v, n in verdicts:
        if v is True:
            return "required", n
    for v, n in verdicts:
        if v is None:
            return "undetermined", n
    return "not-required", mine[0]


def claimants(a: dict) -> list[str]:
    out: list[str] = []
    for n in a.get("numbers", []):
        if not n.get("part") and n.get("claimed_by", REPORTER) not in out:
            out.append(n.get("claimed_by", REPORTER))
    return out


def claims(a: dict, rule: str) -> list[dict]:
    key = "notification_status" if rule == "notification" else "claims"
    return [s for s in a.get(key, []) if s.get("rule", rule) == rule]


def said(items: list[dict]) -> str:
    c = cues()
    return "; ".join(f"{name_of(s['claimed_by'])} {c.says(s['status'])}" if s.get("rule") == "chapter-iii"
                     else f"according to {name_of(s['claimed_by'])}, {c.says(s['status'])}"
                     for s in items)


def per(n: dict, claimant: str, units: dict) -> str:
    """"12,800 troops according to BLR MIL"."""
    return f"{num(n, units)} according to {name_of(claimant)}"
