"""Load the actor gazetteer (offramp/data/actors/) and user actor files, validating rows."""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from ..errors import DataError

__all__ = ["Entry", "Gazetteer", "gazetteer", "load_people_yaml", "is_state", "NON_STATE"]

# codes of bodies.tsv: intergovernmental bodies and (NGO) non-governmental organisations
IGO_CODES = {"NATO", "EU", "UN", "OSCE", "IGO", "NGO"}
# PLOVER's non-state codes beside states: bodies, NGOs, transnational armed groups,
# international movements and multinationals
NON_STATE = IGO_CODES | {"IMG", "ISM", "MNC"}


def is_state(code: str | None) -> bool:
    """A state's code (ISO alpha-3 or XKX), not a body or other non-state code."""
    return bool(code) and len(code) == 3 and code not in NON_STATE


@dataclass(frozen=True)
class Entry:
    """What a surface form means. kind: name/demonym/capital/seat/body/group/person/title/..."""

    kind: str
    country: str | None = None
    sector: str | None = None
    org: str | None = None
    name: str | None = None
    role: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None


@dataclass
class Gazetteer:
    names: dict[str, list[Entry]] = field(default_factory=dict)    # case-sensitive surface forms
    sectors: dict[str, Entry] = field(default_factory=dict)        # lower-case role/title words

    def add_name(self, text: str, entry: Entry) -> None:
        text = text.strip()
        if text:
            self.names.setdefault(text, []).append(entry)


def _rows(name: str):
    path = files("offramp") / "data" / "actors" / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _clean(v):
    v = (v or "").strip()
    return v or None


def _range(valid) -> tuple[str | None, str | None]:
    if not valid:
        return None, None
    a, _, b = str(valid).partition("..")
    for v in (a, b):
        if v.strip():
            try:
                dt.date.fromisoformat(v.strip())
            except ValueError:
                raise DataError(f"validity {valid!r} is not YYYY-MM-DD..YYYY-MM-DD")
    return _clean(a), _clean(b)


def load_people_yaml(path, gaz: Gazetteer) -> int:
    """Add the people and organisations of a YAML actor file; returns how many entries."""
    import yaml

    try:
        text = Path(path).read_text(encoding="utf-8") if not hasattr(path, "read_text") \
            else path.read_text(encoding="utf-8")
        # the C loader when libyaml is there: ten times faster on the people file
        items = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise DataError(f"cannot read actor file: {e}", source=str(path))
    if isinstance(items, dict):
        items = items.get("actors") or items.get("people") or []
    if not isinstance(items, list):
        raise DataError("an actor file is a list of {name, country, sector, ...}", source=str(path))
    n = 0
    for k, it in enumerate(items):
        if not isinstance(it, dict) or not it.get("name"):
            raise DataError(f"entry {k} has no 'name'", source=str(path))
        country = _clean(str(it.get("country") or "")) 
        country = country.upper() if country else None
        vf, vt = _range(it.get("valid"))
        kind = "org" if it.get("kind") == "org" else "person"
        e = Entry(kind=kind, country=country, sector=_clean(it.get("sector")),
                  org=_clean(it.get("org")), name=str(it["name"]), role=_clean(it.get("role")),
                  valid_from=vf, valid_to=vt)
        for alias in [it["name"], *(it.get("aliases") or [])]:
            gaz.add_name(str(alias), e)
        n += 1
    return n


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The bundled gazetteer (cached)."""
    gaz = Gazetteer()
    # dependencies are coded as their controlling state (PLOVER)
    parent = {r["code"].strip(): r["parent"].strip() for r in _rows("territories.tsv")}
    for r in _rows("countries.tsv"):
        kind = (r.get("kind") or "name").strip()
        if kind.endswith("_ambiguous"):
            continue  # "Sofia", "Kingston", "Korean": too often something else
        code = r["code"].strip()
        gaz.add_name(r["text"], Entry(kind=kind, country=parent.get(code, code),
                                      sector=_clean(r.get("sector"))))
    for r in _rows("bodies.tsv"):
        gaz.add_name(r["text"], Entry(kind="body", country=r["code"].strip(),
                                      org=_clean(r.get("org")), sector=_clean(r.get("sector"))))
    for r in _rows("groups.tsv"):
        gaz.add_name(r["text"], Entry(kind="group", country=_clean(r.get("country")),
                                      sector=_clean(r.get("sector")), name=_clean(r.get("name"))))
    for r in _rows("sectors.tsv"):
        text = r["text"].strip().lower()
        if text:
            gaz.sectors[text] = Entry(kind=(r.get("kind") or "title").strip(),
                                      sector=_clean(r.get("sector")), role=text)
    people = files("offramp") / "data" / "actors" / "people.yaml"
    if people.is_file():
        load_people_yaml(people, gaz)
    return gaz
