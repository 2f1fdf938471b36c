"""Where: the host state of an activity, its training grounds and airfields, the towns named."""
from __future__ import annotations

from ..actors import actors_of, inner_actors
from ..places import find_place_phrases, geocode
from ._data import cues
from ._numbers import word_number

__all__ = ["host_of", "sentence_host", "sites", "towns", "listed_names"]


def _country(doc, k: int, tok) -> str | None:
    """The state a place word names ("Belarus", "Belarusian territory"), None for anything else."""
    found = actors_of(doc, k, tok)
    if not found and tok.lemma_.lower() in cues().words("territory_words"):
        found = inner_actors(doc, k, tok)
    # the parser sometimes takes a country for a person ("to Mali"): its own name is fine
    states = [a.country for a in found if a.country and a.sector is None
              and (not a.name or a.name.lower() == tok.text.lower())]
    return states[0] if len(set(states)) == 1 else None


def host_of(doc, k: int, attach: list) -> tuple[str | None, bool]:
    """(host state, owned) from "in/to/into/on <country>" on the words of an activity.

    doc: the Document; k: sentence index; attach: tokens of the activity (trigger, verbs, forces).
    owned is True for "on its own territory": the host is the acting state.
    """
    preps = cues().words("host_preps")
    for tok in attach:
        for p in tok.children:
            if p.dep_ != "prep" or p.lower_ not in preps:
                continue
            for obj in p.children:
                if obj.dep_ != "pobj":
                    continue
                iso = _country(doc, k, obj)
                if iso:
                    return iso, False
                if obj.lemma_.lower() in cues().words("territory_words") and any(
                        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children):
                    return None, True
    return None, False


def sentence_host(doc, k: int, sent) -> str | None:
    """The one state named after "in" in a sentence ("four airfields in Belarus where...")."""
    found = set()
    for p in sent:
        if p.dep_ == "prep" and p.lower_ in ("in", "inside", "across", "throughout"):
            for obj in p.children:
                if obj.dep_ == "pobj" and (iso := _country(doc, k, obj)):
                    found.add(iso)
    return found.pop() if len(found) == 1 else None


def _site_kind(tok) -> str | None:
    entry = cues()["sites"].get(tok.lemma_.lower())
    if entry is None:
        return None
    needs = entry.get("with")
    if needs and not any(c.lemma_.lower() in needs for c in tok.children
                         if c.dep_ in ("compound", "amod", "nmod")):
        return None
    return entry["kind"]


def _site_name(tok) -> str | None:
    words = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
    if not words:
        return None
    start = min(w.left_edge.i for w in words)
    return tok.doc[start:words[-1].i + 1].text


def sites(sent, prefer: list[str]) -> list[dict]:
    """Training grounds, ranges and airfields a sentence names, with their number or name.

    sent: a spaCy Span; prefer: ISO3 codes of the states in play, for geocoding the name.
    """
    out = []
    for tok in sent:
        kind = _site_kind(tok) if tok.pos_ in ("NOUN", "PROPN") else None
        if kind is None:
            continue
        num = next((c for c in tok.children if c.dep_ == "nummod"), None)
        name = _site_name(tok)
        place = {"text": tok.doc[tok.left_edge.i if name or num else tok.i:tok.i + 1].text,
                 "kind": kind, "name": name, "count": word_number(num.text) if num else None}
        if name:
            loc = _geocode(name, prefer)
            if loc:
                place.update(loc)
        out.append(place)
    return out


def _geocode(name: str, prefer: list[str]) -> dict | None:
    loc = geocode(name, prefer)
    if loc is None:
        # "Obuz-Lesnovsky": a ground named after a town in adjective form
        for suffix in cues()["site_name_suffixes"]:
            if name.lower().endswith(suffix) and len(name) > len(suffix) + 3:
                loc = geocode(name[:-len(suffix)], prefer)
                if loc:
                    break
    if loc is None or (prefer and loc.country not in prefer):
        return None
    return {"place": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon}


def towns(doc, k: int, sent, attach: set[int], prefer: list[str]) -> list[dict]:
    """Towns and regions (not states) where the activity is placed.

    doc: the Document; k: sentence index; sent: its Span; attach: doc indices of the activity's
    words and sites; prefer: ISO3 codes in play.
    """
    out = []
    for p in find_place_phrases(sent):
        if p.head not in attach or p.relation in ("subj", "mod"):
            continue
        if _country(doc, k, sent.doc[p.name_end - 1]):
            continue
        loc = _geocode(p.name, prefer)
        if loc:
            out.append({"text": p.name, "kind": "near" if p.relation in ("near", "close")
                        else "town", "name": None, "count": None, **loc})
    return out


def listed_names(doc, k: int, sent, prefer: list[str]) -> list[dict]:
    """Names listed after "of them" ("Two of them (Luninets and Brestsky) are..."), geocoded.

    doc: the Document; k: sentence index; sent: its Span; prefer: ISO3 codes in play.
    """
    if not any(t.lower_ in ("them", "they", "both", "these") for t in sent[:6]):
        return []
    out = []
    for tok in sent:
        if tok.pos_ != "PROPN" or _country(doc, k, tok):
            continue
        if tok.dep_ in ("compound",):
            continue
        loc = _geocode(tok.text, prefer)
        if loc:
            out.append({"text": tok.text, "kind": "site", "name": tok.text, "count": None, **loc})
    return out
