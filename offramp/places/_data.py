"""Read and validate the TSV tables in offramp/data/places/.

Every table has a header row naming its columns; lines starting with '#' are comments.
A malformed row raises `DataError` with the file and line, so a bad edit fails loudly.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from offramp.errors import DataError

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "places"

LEXICON_CLASSES = frozenset({
    "stop", "common", "region_word", "adj_suffix", "place_prep", "near_noun", "place_noun",
    "direction", "obj_verb", "subj_verb", "role_noun", "topic_word", "site_noun", "share_word",
    "control_noun", "envoy_noun", "hit_noun",
})


def read_tsv(name: str, columns: tuple[str, ...], path: Path | None = None) -> list[dict[str, str]]:
    """Rows of a data table as dicts, checked against the expected header.

    name: file name inside offramp/data/places/; columns: the header the file must have;
    path: read this file instead (tests, user tables).
    """
    path = path or DATA_DIR / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read table: {exc}", source=str(path)) from exc
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if tuple(header) != columns:
                raise DataError(f"header {header} is not {list(columns)}", source=f"{path}:{number}")
            continue
        if len(cells) != len(header):
            raise DataError(f"{len(cells)} cells, expected {len(header)}", source=f"{path}:{number}")
        rows.append(dict(zip(header, (c.strip() for c in cells))))
    if header is None:
        raise DataError("table has no header", source=str(path))
    return rows


def _float(value: str, where: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise DataError(f"not a number: {value!r}", source=where) from None


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """Word classes (see lexicon.tsv) mapped to their lower-case words."""
    words: dict[str, set[str]] = {c: set() for c in LEXICON_CLASSES}
    for row in read_tsv("lexicon.tsv", ("class", "word")):
        if row["class"] not in LEXICON_CLASSES:
            raise DataError(f"unknown word class {row['class']!r}", source="lexicon.tsv")
        words[row["class"]].add(row["word"].lower())
    return {c: frozenset(ws) for c, ws in words.items()}


def adj_suffixes() -> tuple[str, ...]:
    """Adjectival endings, longest first so "skaya" is tried before "a"."""
    return tuple(sorted(lexicon()["adj_suffix"], key=len, reverse=True))


def centroids(name: str, key: str) -> dict[str, tuple[float, float]]:
    """A centroid table (country_centroids.tsv by iso3, us_state_centroids.tsv by code).

    name: the file name; key: its key column.
    """
    return {row[key]: (_float(row["lat"], name), _float(row["lon"], name))
            for row in read_tsv(name, (key, "lat", "lon"))}


def aliases() -> list[tuple[str, str, str]]:
    """(alias, kind, key) rows of aliases.tsv; kind is country, state or city."""
    rows = read_tsv("aliases.tsv", ("alias", "kind", "key"))
    for row in rows:
        if row["kind"] not in ("country", "state", "city"):
            raise DataError(f"unknown alias kind {row['kind']!r}", source="aliases.tsv")
    return [(r["alias"], r["kind"], r["key"]) for r in rows]


def regions() -> list[tuple[str, str | None, float, float, list[str]]]:
    """(name, iso3 or None, lat, lon, aliases) rows of regions.tsv."""
    out = []
    for row in read_tsv("regions.tsv", ("name", "country", "lat", "lon", "aliases")):
        names = [a for a in row["aliases"].split("|") if a]
        out.append((row["name"], row["country"] or None, _float(row["lat"], "regions.tsv"),
                    _float(row["lon"], "regions.tsv"), names))
    return out
