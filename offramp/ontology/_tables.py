"""Read and cross-check the PLOVER/CAMEO tables in offramp/data/ontology.

Every table is a UTF-8 TSV with a fixed header. `load()` reads them all and checks them
against each other (a crosswalk row naming an unknown mode is a broken file, not a
lookup miss), so the public functions can trust what they get. Any problem raises
`DataError` naming the file and line.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from offramp.errors import DataError

_HEADERS = {
    "plover_types.tsv": ("type", "quad_class", "requires_recipient", "definition"),
    "plover_modes.tsv": ("type", "mode", "description"),
    "plover_contexts.tsv": ("context", "description"),
    "plover_sectors.tsv": ("sector", "description"),
    "cameo2plover.tsv": ("cameo", "type", "mode", "context", "cameo_label", "mode_raw",
                         "context_raw", "note"),
    "goldstein.tsv": ("cameo", "goldstein"),
    "goldstein_gaps.tsv": ("cameo", "fallback", "note"),
    "type_mode_defaults.tsv": ("type", "mode", "cameo", "intensity", "plover_score", "note"),
}
_CAMEO = re.compile(r"\d{2,4}")
_CONTEXT = re.compile(r"[a-z][a-z_]*")
_SECTOR = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class CameoRow:
    """One crosswalk row: a CAMEO code and the PLOVER coding it becomes."""

    cameo: str
    type: str
    mode: str  # "" when the crosswalk gives no (manual) mode
    contexts: tuple[str, ...]
    label: str


@dataclass(frozen=True)
class Default:
    """The representative CAMEO code and intensity of one (type, mode) pair."""

    cameo: str
    intensity: float
    plover_score: float | None
    note: str


@dataclass(frozen=True)
class Tables:
    """All ontology tables, validated; built once by `tables()`."""

    types: tuple[str, ...]
    quad: dict[str, int]
    requires_recipient: dict[str, bool]
    definitions: dict[str, str]
    modes: dict[str, tuple[str, ...]]
    mode_text: dict[tuple[str, str], str]
    contexts: dict[str, str]
    sectors: dict[str, str]
    crosswalk: dict[str, CameoRow]
    goldstein: dict[str, float]  # direct values plus documented gaps resolved to a parent
    gaps: dict[str, str]
    defaults: dict[tuple[str, str], Default]


def _rows(root: Traversable | Path, name: str):
    """Yield (line number, row dict) of one table after checking its header and width.

    root: folder holding the tables; name: file name, a key of _HEADERS.
    """
    try:
        text = (root / name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError("ontology table is missing", source=name) from None
    except UnicodeDecodeError as exc:
        raise DataError(f"not valid UTF-8 ({exc.reason})", source=name) from None
    lines = text.splitlines()
    expected = _HEADERS[name]
    if not lines or tuple(lines[0].split("\t")) != expected:
        raise DataError(f"header must be {'|'.join(expected)}", source=name)
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(expected):
            raise DataError(f"line {number}: {len(cells)} columns, expected {len(expected)}",
                            source=name)
        yield number, dict(zip(expected, (c.strip() for c in cells)))


def _fail(name: str, number: int, message: str) -> DataError:
    return DataError(f"line {number}: {message}", source=name)


def _number(name: str, number: int, value: str, low: float, high: float) -> float:
    try:
        result = float(value)
    except ValueError:
        raise _fail(name, number, f"{value!r} is not a number") from None
    if not low <= result <= high:
        raise _fail(name, number, f"{result} outside {low}..{high}")
    return result


def _load_types(root) -> tuple[tuple[str, ...], dict, dict, dict]:
    name, types, quad, recip, text = "plover_types.tsv", [], {}, {}, {}
    for n, row in _rows(root, name):
        t = row["type"]
        if not t.isupper() or t in quad:
            raise _fail(name, n, f"bad or duplicate type {t!r}")
        if row["quad_class"] not in {"1", "2", "3", "4"}:
            raise _fail(name, n, f"quad_class must be 1-4, got {row['quad_class']!r}")
        if row["requires_recipient"] not in {"yes", "no"}:
            raise _fail(name, n, "requires_recipient must be yes or no")
        if not row["definition"]:
            raise _fail(name, n, "empty definition")
        types.append(t)
        quad[t] = int(row["quad_class"])
        recip[t] = row["requires_recipient"] == "yes"
        text[t] = row["definition"]
    if not types:
        raise DataError("no types", source=name)
    return tuple(types), quad, recip, text


def _load_named(root, name: str, key: str, pattern: re.Pattern) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, row in _rows(root, name):
        if not pattern.fullmatch(row[key]) or row[key] in out:
            raise _fail(name, n, f"bad or duplicate {key} {row[key]!r}")
        out[row[key]] = row["description"]
    return out


def _load_goldstein(root) -> tuple[dict[str, float], dict[str, str]]:
    values: dict[str, float] = {}
    for n, row in _rows(root, "goldstein.tsv"):
        if not _CAMEO.fullmatch(row["cameo"]):
            raise _fail("goldstein.tsv", n, f"bad CAMEO code {row['cameo']!r}")
        if row["cameo"] in values:
            raise _fail("goldstein.tsv", n, f"duplicate {row['cameo']!r}")
        values[row["cameo"]] = _number("goldstein.tsv", n, row["goldstein"], -10, 10)
    gaps: dict[str, str] = {}
    for n, row in _rows(root, "goldstein_gaps.tsv"):
        code, parent = row["cameo"], row["fallback"]
        if code in values or code in gaps or parent not in values or not code.startswith(parent):
            raise _fail("goldstein_gaps.tsv", n,
                        f"{code} -> {parent} is not a gap with a known parent")
        gaps[code] = parent
    resolved = dict(values)
    resolved.update({code: values[parent] for code, parent in gaps.items()})
    return resolved, gaps


def _load_crosswalk(root, quad: dict, modes: dict, contexts: dict) -> dict[str, CameoRow]:
    name, out = "cameo2plover.tsv", {}
    for n, row in _rows(root, name):
        code, t, m = row["cameo"], row["type"], row["mode"]
        ctx = tuple(c for c in row["context"].split(";") if c)
        if not _CAMEO.fullmatch(code) or code in out:
            raise _fail(name, n, f"bad or duplicate CAMEO code {code!r}")
        if t not in quad:
            raise _fail(name, n, f"unknown type {t!r}")
        if m and m not in modes.get(t, ()):
            raise _fail(name, n, f"{m!r} is not a mode of {t}")
        if unknown := [c for c in ctx if c not in contexts]:
            raise _fail(name, n, f"unknown context(s) {unknown}")
        if not row["cameo_label"]:
            raise _fail(name, n, "empty cameo_label")
        out[code] = CameoRow(code, t, m, ctx, row["cameo_label"])
    return out


def _load_defaults(root, types, modes, crosswalk, goldstein) -> dict[tuple[str, str], Default]:
    name, out = "type_mode_defaults.tsv", {}
    for n, row in _rows(root, name):
        key = (row["type"], row["mode"])
        if row["type"] not in types or (key[1] and key[1] not in modes.get(key[0], ())):
            raise _fail(name, n, f"unknown type/mode {key}")
        if key in out:
            raise _fail(name, n, f"duplicate {key}")
        code = row["cameo"]
        if code not in crosswalk or code not in goldstein:
            raise _fail(name, n, f"CAMEO {code!r} is not in the crosswalk with a Goldstein value")
        value = _number(name, n, row["intensity"], -10, 10)
        # the intensity column is a convenience copy; it must not drift from goldstein.tsv
        if value != goldstein[code]:
            raise _fail(name, n,
                        f"intensity {value} differs from Goldstein {goldstein[code]} of {code}")
        score = _number(name, n, row["plover_score"], -10, 10) if row["plover_score"] else None
        out[key] = Default(code, value, score, row["note"])
    wanted = {(t, "") for t in types} | {(t, m) for t in types for m in modes.get(t, ())}
    if missing := sorted(wanted - set(out)):
        raise DataError(f"no default for {missing}", source=name)
    return out


def load(root: Traversable | Path) -> Tables:
    """Read and validate every ontology table under one folder.

    root: the folder (importlib Traversable or Path) holding the TSV files.
    """
    types, quad, recip, definitions = _load_types(root)
    modes: dict[str, list[str]] = {}
    mode_text: dict[tuple[str, str], str] = {}
    for n, row in _rows(root, "plover_modes.tsv"):
        t, m = row["type"], row["mode"]
        if t not in quad or not m or (t, m) in mode_text:
            raise _fail("plover_modes.tsv", n, f"bad or duplicate mode {t}/{m}")
        modes.setdefault(t, []).append(m)
        mode_text[(t, m)] = row["description"]
    frozen_modes = {t: tuple(modes.get(t, ())) for t in types}
    contexts = _load_named(root, "plover_contexts.tsv", "context", _CONTEXT)
    sectors = _load_named(root, "plover_sectors.tsv", "sector", _SECTOR)
    goldstein, gaps = _load_goldstein(root)
    crosswalk = _load_crosswalk(root, quad, frozen_modes, contexts)
    defaults = _load_defaults(root, types, frozen_modes, crosswalk, goldstein)
    return Tables(types, quad, recip, definitions, frozen_modes, mode_text, contexts, sectors,
                  crosswalk, goldstein, gaps, defaults)


@functools.lru_cache(maxsize=1)
def tables() -> Tables:
    """The bundled tables, loaded and validated once per process."""
    return load(files("offramp") / "data" / "ontology")
