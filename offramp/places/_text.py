"""Name normalisation shared by the gazetteer index and its look-ups.

Both sides go through `norm`, so "Genève", "GENEVE" and "geneve" meet on one key, and
"Ivano-Frankivsk" meets "Ivano Frankivsk".
"""
from __future__ import annotations

import re
import unicodedata

# letters NFKD leaves whole because they are not "letter + accent" in Unicode
_FOLD = str.maketrans({
    "ß": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "æ": "ae",
    "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d", "ʼ": "", "’": "",
    "‘": "", "'": "", "`": "", "ʹ": "", "ʻ": "",
})
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/.]+")
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")
# abbreviated saints: "St. Vincent" and "Saint Vincent", "Ste-Marie" and "Sainte-Marie" meet
_SAINT = re.compile(r"\b(st|ste)\b(?= \w)")
_SAINT_FULL = {"st": "saint", "ste": "sainte"}


def norm(name: str) -> str:
    """Lower-case, accent-free, punctuation-light key for a place name.

    name: the name as written.
    """
    if name.isascii():  # most names: skip the Unicode work
        text = name.lower().replace("'", "").replace("`", "")
    else:
        text = name.translate(_FOLD)
        if not text.isascii():
            text = "".join(ch for ch in unicodedata.normalize("NFKD", text)
                           if not unicodedata.combining(ch))
        text = text.casefold()
    if not text.isalpha():
        text = _SEPARATORS.sub(" ", text).strip(" ,;:")
    if text.startswith("the "):
        text = text[4:]
    if "st" in text and " " in text:
        text = _SAINT.sub(lambda m: _SAINT_FULL[m[1]], text)
    return text


def clean(name: str) -> str:
    """The name with surrounding space, quotes and a possessive ending removed.

    name: the name as written ("Ukraine's").
    """
    return _POSSESSIVE.sub("", name.strip().strip("\"“”()[]")).strip()


def is_capitalised(name: str) -> bool:
    """True when the first letter of the name is upper case ("Mobile", not "mobile").

    name: the name as written.
    """
    for ch in name:
        if ch.isalpha():
            return ch.isupper()
    return False


def without_region_word(key: str, region_words: frozenset[str]) -> str | None:
    """The key less a trailing administrative word ("donetsk region" -> "donetsk").

    key: a normalised name; region_words: the words that may be dropped.
    """
    head, _, last = key.rpartition(" ")
    return head if head and last in region_words else None


def adjectival_bases(key: str, suffixes: tuple[str, ...]) -> list[str]:
    """Candidate town names under an adjectival form, longest first.

    "brestsky" -> ["brests", "brest", ...]; the caller keeps only known towns.
    key: a normalised one-word name; suffixes: endings to try, longest first.
    """
    if " " in key:
        return []
    bases = {key[: -len(s)] for s in suffixes if key.endswith(s) and len(key) - len(s) >= 3}
    return sorted(bases, key=len, reverse=True)
