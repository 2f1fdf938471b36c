"""The one loader of offramp/data/csbm: the Vienna Document rules and the cue words, validated."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from ..errors import DataError

__all__ = ["Rule", "Rules", "Cues", "rules", "cues", "load_rules", "load_cues"]

_COMPARE = ("at-least", "more-than")


@dataclass(frozen=True)
class Rule:
    """One provision. name: key in the YAML; paragraph: "¶40.1.1"; summary: plain words;
    levels: category -> number; compare: "at-least" or "more-than"; extra: other fields."""

    name: str
    paragraph: str
    summary: str
    levels: dict[str, int]
    compare: str
    extra: dict[str, Any]

    def reached(self, category: str, value: float) -> bool:
        level = self.levels[category]
        return value >= level if self.compare == "at-least" else value > level


@dataclass(frozen=True)
class Rules:
    version: str
    document: str
    by_name: dict[str, Rule]
    units: dict[str, str]

    def __getitem__(self, name: str) -> Rule:
        return self.by_name[name]


@dataclass(frozen=True)
class Cues:
    """The cue words, as loaded; `raw` keeps the YAML mapping, `rx` the compiled patterns."""

    raw: dict[str, Any]
    rx: dict[str, list[re.Pattern]]
    statuses: list[dict[str, Any]]

    def __getitem__(self, key: str):
        return self.raw[key]

    def says(self, status: str) -> str:
        """How a finding words a status after its claimant ("it was not notified")."""
        return next((s["says"] for s in self.statuses if s["status"] == status), status)

    def words(self, key: str) -> frozenset[str]:
        cache = self.__dict__.setdefault("_words", {})  # asked for per token: build each set once
        if key not in cache:
            cache[key] = frozenset(str(w).lower() for w in self.raw[key])
        return cache[key]


def _yaml(path) -> dict:
    import yaml
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise DataError(f"cannot read {path}: {e}", source=str(path)) from None
    if not isinstance(data, dict):
        raise DataError("expected a mapping at the top", source=str(path))
    return data


def load_rules(path=None) -> Rules:
    """Read and check a rules file. path: a YAML file; default the bundled vd2011.yaml."""
    path = path or files("offramp") / "data" / "csbm" / "vd2011.yaml"
    data = _yaml(path)
    for key in ("version", "document", "rules", "units"):
        if key not in data:
            raise DataError(f"missing {key!r}", source=str(path))
    out = {}
    for name, r in data["rules"].items():
        if not isinstance(r, dict) or not str(r.get("paragraph", "")).startswith(("¶", "Annex")):
            raise DataError(f"rule {name!r} needs a paragraph like '¶38'", source=str(path))
        levels = r.get("levels") or {}
        if any(not isinstance(v, int) or v <= 0 for v in levels.values()):
            raise DataError(f"rule {name!r}: levels must be positive integers", source=str(path))
        unknown = set(levels) - set(data["units"])
        if unknown:
            raise DataError(f"rule {name!r}: unknown categories {sorted(unknown)}", source=str(path))
        compare = r.get("compare", "at-least")
        if compare not in _COMPARE:
            raise DataError(f"rule {name!r}: compare must be one of {_COMPARE}", source=str(path))
        extra = {k: v for k, v in r.items()
                 if k not in ("paragraph", "summary", "levels", "compare")}
        out[name] = Rule(name, r["paragraph"], r.get("summary", ""), dict(levels), compare, extra)
    return Rules(str(data["version"]), data["document"], out, dict(data["units"]))


_NEEDED_CUES = ("triggers", "units", "qualifiers", "statuses", "report_verbs", "sites",
                "obligation_patterns", "snap_patterns", "force_words", "number_words")


def load_cues(path=None) -> Cues:
    """Read and check a cue file. path: a YAML file; default the bundled cues.yaml."""
    path = path or files("offramp") / "data" / "csbm" / "cues.yaml"
    data = _yaml(path)
    missing = [k for k in _NEEDED_CUES if k not in data]
    if missing:
        raise DataError(f"missing {missing}", source=str(path))
    try:
        rx = {key: [re.compile(p) for p in data[key]]
              for key in ("snap_patterns", "obligation_patterns", "duration_patterns")}
        rx["notice"] = [re.compile(data["notice_pattern"])]
        statuses = []
        for s in data["statuses"]:
            statuses.append({"status": s["status"], "rule": s["rule"], "says": s.get("says", s["status"]),
                             "needs": re.compile(s["needs"]) if s.get("needs") else None,
                             "patterns": [re.compile(p) for p in s["patterns"]]})
    except (re.error, KeyError, TypeError) as e:
        raise DataError(f"bad pattern or status entry: {e}", source=str(path)) from None
    return Cues(data, rx, statuses)


@lru_cache(maxsize=1)
def rules() -> Rules:
    return load_rules()


@lru_cache(maxsize=1)
def cues() -> Cues:
    return load_cues()
