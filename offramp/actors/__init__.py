"""actors: who is named in the text — countries, bodies, groups, people, titles → Actor."""
from __future__ import annotations

from functools import lru_cache

from ..model import Document
from ._data import Entry, Gazetteer, gazetteer, is_state, load_people_yaml
from ._resolve import actors_of, inner_actors, resolve_document

__all__ = ["run", "actors_of", "inner_actors", "gazetteer", "load_actor_file",
           "ruler_patterns", "known_names", "org_names", "Entry", "Gazetteer", "is_state"]


def run(doc: Document) -> Document:
    """Resolve actor mentions of a parsed document (needs the nlp stage)."""
    resolve_document(doc)
    return doc


def load_actor_file(path) -> int:
    """Add a user's YAML actor file to the gazetteer; returns the number of entries."""
    from . import _resolve

    n = load_people_yaml(path, gazetteer())
    _resolve.matcher.cache_clear()
    known_names.cache_clear()
    org_names.cache_clear()
    return n


@lru_cache(maxsize=1)
def known_names() -> set[str]:
    return set(gazetteer().names)


@lru_cache(maxsize=1)
def org_names() -> frozenset[str]:
    """Names of bodies, groups and organisations, which the parser must read as one noun
    ("Save the Children", "Peace Now"): see offramp.nlp's whole-name re-parse."""
    return frozenset(t for t, es in gazetteer().names.items()
                     if any(e.kind in ("body", "group", "org") for e in es) and t[:1].isupper())


def ruler_patterns() -> list[dict]:
    """Entity-ruler patterns so NER labels known people and countries correctly."""
    label = {"person": "PERSON", "org": "ORG", "body": "ORG", "group": "ORG", "seat": "ORG",
             "demonym": "NORP", "demonym_plural": "NORP"}
    pats = []
    for text, entries in gazetteer().names.items():
        kinds = {e.kind for e in entries}
        lab = next((label[k] for k in ("person", "org", "body", "group", "seat", "demonym",
                                       "demonym_plural") if k in kinds), "GPE")
        if lab == "PERSON" or lab == "ORG" and len(text) > 3:
            pats.append({"label": lab, "pattern": text})
    return pats
