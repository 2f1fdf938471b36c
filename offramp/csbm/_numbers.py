"""Counted forces in a sentence: "more than 9,000 troops", "about 30,000", "250 battle tanks"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ._data import cues

__all__ = ["Count", "find_counts", "word_number"]

# entity labels whose numbers are never a count of forces
_NOT_COUNTS = {"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL"}
_YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass
class Count:
    """A number of forces. what: category ("troops", "battle_tanks"...); value: the number;
    qualifier: more-than | at-least | up-to | less-than | about | exactly; tok: doc index of the
    number's last token; unit: doc index of the counted noun (-1 when carried over from an
    earlier number); part: a share of the whole ("including 2,500 Russians");
    threshold: the number names a rule's level, not a size; text: the words."""

    what: str
    value: int
    qualifier: str
    tok: int
    unit: int
    part: bool = False
    threshold: bool = False
    text: str = ""


def word_number(text: str) -> int | None:
    """The integer written in text ("12,800", "12.8 thousand", "five", "40 thousand"), or None.

    text: one to four words of a number.
    """
    c = cues()
    words, mult = c["number_words"], c["multipliers"]
    total, current, seen = 0.0, 0.0, False
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", "", text)   # "30 000"
    for w in text.lower().replace("-", " ").split():
        w = w.strip(",")
        if w in mult:
            current = (current or 1) * mult[w]
            if mult[w] >= 1000:
                total, current = total + current, 0.0
            seen = True
        elif w in words:
            current += words[w]
            seen = True
        elif re.fullmatch(r"\d{1,3}(?:[ ,.]\d{3})+|\d+(?:\.\d+)?", w):
            # "12.800" is twelve thousand eight hundred in much of Europe; "12.8" is not
            if re.fullmatch(r"\d{1,3}(?:[ ,.]\d{3})+", w):
                current += float(re.sub(r"[ ,.]", "", w))
            else:
                current += float(w)
            seen = True
        elif w in ("and", "a"):
            continue
        else:
            return None
    value = total + current
    return int(round(value)) if seen else None


def _is_num(tok) -> bool:
    c = cues()
    low = tok.lower_
    if low.endswith("s") and not low[:1].isdigit():
        return False   # "thousands of troops" gives no number
    return tok.like_num or low in c["number_words"] or low in c["multipliers"]


def _unit_of(tok):
    """The counted noun over a number phrase's last token: "9,000 troops", "30,000-strong force"."""
    t = tok
    for _ in range(3):
        if t.dep_ not in ("nummod", "compound", "advmod", "quantmod", "amod", "npadvmod") \
                or t.head is t:
            break
        t = t.head
        if t.pos_ in ("NOUN", "PROPN") or t.lemma_.lower() in cues()["units"]:
            return t
    return None


def _category(unit) -> str | None:
    c = cues()
    lemma = unit.lemma_.lower()
    mods = {m.lemma_.lower() for m in unit.children if m.dep_ in ("amod", "compound", "nmod")}
    mods |= {m.lower_ for m in unit.doc[max(unit.i - 3, 0):unit.i]}
    what = c["units"].get(lemma)
    for cat, needs in (c["qualified_units"].get(lemma) or {}).items():
        if mods & set(needs):
            what = cat
    if what == "troops":
        if mods & set(c["airborne_words"]):
            what = "airborne_troops"
        elif mods & set(c["amphibious_words"]):
            what = "amphibious_troops"
    return what


def _qualifier(sent, start: int) -> tuple[str, int]:
    """Qualifier of the number that starts at doc index start, and where its words begin."""
    before = [t.lower_ for t in sent.doc[max(sent.start, start - 4):start]]
    best, size = "exactly", 0
    for qual, phrases in cues()["qualifiers"].items():
        for p in phrases:
            words = p.split()
            if len(words) > size and before[-len(words):] == words:
                best, size = qual, len(words)
    return best, start - size


def _is_part(sent, start: int) -> bool:
    before = " ".join(t.lower_ for t in sent.doc[max(sent.start, start - 3):start])
    return any(before.endswith(p) for p in cues()["part_words"])


def _is_threshold(tok) -> bool:
    words = set(cues()["threshold_words"])
    t = tok
    for _ in range(4):
        if t.lemma_.lower() in words:
            return True
        if t.head is t:
            break
        t = t.head
    return any(c.lemma_.lower() in words for c in tok.children)


def find_counts(sent) -> list[Count]:
    """The counted forces of one sentence, in order.

    sent: a spaCy Span (one sentence of a parsed doc).
    """
    out: list[Count] = []
    toks = list(sent)
    i = 0
    while i < len(toks):
        if not _is_num(toks[i]) or toks[i].ent_type_ in _NOT_COUNTS:
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and _is_num(toks[j + 1]) and toks[j + 1].ent_type_ not in _NOT_COUNTS:
            j += 1
        first, last = toks[i], toks[j]
        i = j + 1
        text = sent.doc[first.i:last.i + 1].text
        value = word_number(text)
        if value is None or value == 0:
            continue
        unit = _unit_of(last)
        what = _category(unit) if unit is not None else None
        if what is None:
            # "while NATO estimated about 30,000": the unit is the one named before
            if unit is not None and unit.pos_ == "NOUN" and unit.lemma_.lower() not in cues()["units"]:
                continue
            if not out or _YEAR.match(text) or last.ent_type_ not in ("CARDINAL", "") \
                    or (last.i + 1 < sent.end and sent.doc[last.i + 1].lower_ == "of"):
                continue
            what, unit_i = out[-1].what, -1
        else:
            unit_i = unit.i
        qual, qstart = _qualifier(sent, first.i)
        out.append(Count(what, value, qual, last.i, unit_i, _is_part(sent, qstart),
                         _is_threshold(unit if unit is not None else last),
                         sent.doc[qstart:(unit.i + 1 if unit is not None and unit.i > last.i
                                          else last.i + 1)].text))
    return out
