"""PLOVER event types, modes, contexts and sectors, and their CAMEO/Goldstein crosswalk.

All facts live in offramp/data/ontology/*.tsv and are read once by `_tables.tables()`.

Error policy (one rule for every function):
- an unknown PLOVER type, a mode that the type does not have, or an unknown context
  raises `ValueError` naming the valid values: these are caller bugs;
- a CAMEO code that is not in the crosswalk is a lookup miss: `plover_from_cameo`
  returns None and `intensity` falls back to the (type, mode) default;
- a missing or inconsistent data file raises `offramp.errors.DataError` (code E200).

`PLOVER_TYPES`, `SECTORS` and `CONTEXTS` are read lazily on first access, so importing this
package never touches the disk.
"""
from __future__ import annotations

from offramp.ontology._tables import Tables, tables

__all__ = [
    "PLOVER_TYPES",
    "SECTORS",
    "CONTEXTS",
    "quad_class",
    "requires_recipient",
    "modes",
    "is_valid_mode",
    "cameo_for",
    "intensity",
    "goldstein",
    "plover_from_cameo",
    "describe",
]

PLOVER_TYPES: tuple[str, ...]
SECTORS: frozenset[str]
CONTEXTS: frozenset[str]


def __getattr__(name: str):
    # PEP 562: the three constants come from the data files, loaded on first use
    if name == "PLOVER_TYPES":
        return tables().types
    if name == "SECTORS":
        return frozenset(tables().sectors)
    if name == "CONTEXTS":
        return frozenset(tables().contexts)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _type(t: Tables, type: str) -> str:
    if type not in t.quad:
        raise ValueError(f"unknown PLOVER type {type!r}; expected one of {', '.join(t.types)}")
    return type


def _mode(t: Tables, type: str, mode: str | None) -> str:
    """The mode as stored in the tables ("" for none), or ValueError."""
    if not mode:
        return ""
    if mode not in t.modes[type]:
        valid = ", ".join(t.modes[type]) or "none"
        raise ValueError(f"{mode!r} is not a mode of {type}; valid modes: {valid}")
    return mode


def quad_class(type: str) -> int:
    """The quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.

    type: a PLOVER event type such as "ASSAULT".
    """
    t = tables()
    return t.quad[_type(t, type)]


def requires_recipient(type: str) -> bool:
    """Whether the manual requires a recipient for this type.

    type: a PLOVER event type.
    """
    t = tables()
    return t.requires_recipient[_type(t, type)]


def modes(type: str) -> tuple[str, ...]:
    """The modes the manual lists for a type, in manual order (empty for types without modes).

    type: a PLOVER event type.
    """
    t = tables()
    return t.modes[_type(t, type)]


def is_valid_mode(type: str, mode: str | None) -> bool:
    """Whether `mode` may be coded with `type`; None or "" (no mode) is always valid.

    type: a PLOVER event type (an unknown type gives False); mode: the mode to check.
    """
    t = tables()
    if type not in t.quad:
        return False
    return not mode or mode in t.modes[type]


def cameo_for(type: str, mode: str | None = None, context: list[str] | None = None) -> str | None:
    """The best CAMEO code for a PLOVER coding.

    The (type, mode) default from type_mode_defaults.tsv, unless a crosswalk row with the
    same type and mode shares contexts with `context`: then the row sharing the most wins
    (ties: fewest extra contexts, then the default itself, then the shorter code).
    type: a PLOVER event type; mode: one of its modes or None;
    context: PLOVER contexts of the event, or None.
    """
    t = tables()
    m = _mode(t, _type(t, type), mode)
    default = t.defaults[(type, m)].cameo
    wanted = set(context or ())
    if unknown := sorted(wanted - set(t.contexts)):
        raise ValueError(f"unknown context(s) {unknown}")
    best, best_key = default, None
    for position, row in enumerate(t.crosswalk.values()):
        if row.type != type or row.mode != m:
            continue
        shared = len(wanted & set(row.contexts))
        if not shared:
            continue
        key = (-shared, len(set(row.contexts) - wanted), row.cameo != default,
               len(row.cameo), position)
        if best_key is None or key < best_key:
            best, best_key = row.cameo, key
    return best


def goldstein(cameo: str) -> float | None:
    """The Goldstein value of a CAMEO code, None when the code is unknown.

    Codes listed in goldstein_gaps.tsv get their parent code's value.
    cameo: a CAMEO code such as "190" or "0841".
    """
    return tables().goldstein.get(cameo.strip())


def intensity(type: str, mode: str | None = None, cameo: str | None = None) -> float:
    """The conflict/cooperation intensity (-10..10) of an event.

    The Goldstein value of `cameo` when given and known, else the (type, mode) default.
    type: a PLOVER event type; mode: one of its modes or None; cameo: a CAMEO code or None.
    """
    t = tables()
    m = _mode(t, _type(t, type), mode)
    if cameo is not None and (value := goldstein(cameo)) is not None:
        return value
    return t.defaults[(type, m)].intensity


def plover_from_cameo(cameo: str) -> tuple[str, str | None, list[str]] | None:
    """Translate a CAMEO code to (type, mode or None, contexts); None when it has no PLOVER twin.

    A two-digit cue category ("19") is read as its generic x0 code ("190"); CAMEO 01 and 02
    were dropped by PLOVER and give None.
    cameo: a CAMEO code as a string, leading zeros included ("042", not "42").
    """
    crosswalk = tables().crosswalk
    code = cameo.strip()
    row = crosswalk.get(code) or (crosswalk.get(code + "0") if len(code) == 2 else None)
    if row is None:
        return None
    return row.type, row.mode or None, list(row.contexts)


def describe(type: str) -> str:
    """A one-sentence definition of a PLOVER type, in the project's own words.

    type: a PLOVER event type.
    """
    t = tables()
    return t.definitions[_type(t, type)]
