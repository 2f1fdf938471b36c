"""The word lists of the event rules (offramp/data/lexicon/words.yaml), one namespace per stage."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from types import SimpleNamespace

from ..errors import DataError

__all__ = ["words"]


@lru_cache(maxsize=1)
def _load() -> dict:
    import yaml
    path = files("offramp") / "data" / "lexicon" / "words.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise DataError(f"not YAML: {e}", source=str(path)) from None
    if not isinstance(data, dict):
        raise DataError("expected sections of named word lists", source=str(path))
    for sec, lists in data.items():
        if not isinstance(lists, dict):
            raise DataError(f"section {sec!r}: expected named word lists", source=str(path))
        for name, ws in lists.items():
            if not isinstance(name, str) or not name.isidentifier():
                raise DataError(f"section {sec!r}: list name {name!r} is not a plain name", source=str(path))
            if not isinstance(ws, list) or not ws or not all(isinstance(w, str) and w for w in ws):
                raise DataError(f"{sec}.{name}: expected a list of quoted words", source=str(path))
    return data


@lru_cache(maxsize=None)
def words(section: str) -> SimpleNamespace:
    """The word lists of one section as frozensets: words("modality").hypo_aux."""
    data = _load()
    if section not in data:
        raise DataError(f"no section {section!r}", source="offramp/data/lexicon/words.yaml")
    return SimpleNamespace(**{name: frozenset(ws) for name, ws in data[section].items()})
