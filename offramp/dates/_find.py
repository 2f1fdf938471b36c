"""Find the time expressions of a parsed sentence and the word each one modifies.

spaCy's NER misses or mis-cuts dates ("earlier on Tuesday" comes out as "Tuesday", "late
Monday and Tuesday night" in pieces), so the finder starts from anchor words (a weekday, a
month, "week", "ago", a year...), grows a window over words that can belong to a date and
keeps the longest stretch around the anchor that `_parse.parse` reads. NER dates that no
anchor found are added afterwards, kind "other" when the grammar cannot read them.
"""
from __future__ import annotations

import re

from ._parse import parse
from ._types import TimeExpr
from ._words import DAY_PARTS, DEICTIC, MONTH_ABBR, MONTH_NUM, SEASONS, UNITS, WEEKDAY_NUM

_UNIT_WORDS = set(UNITS) | {u + "s" for u in UNITS} | {"weekend", "weekends"}
_ANCHORS = (set(WEEKDAY_NUM) | set(DEICTIC) | _UNIT_WORDS | set(SEASONS)
            | {"ago", "night", "morning", "afternoon", "evening"})
# words that may stand before the anchor inside a date ("more than a week ago")
_LEFT = set("""on in at over during by until till through throughout from since within for
the a an this last next past previous coming earlier later early late mid very more less
fewer than about around nearly almost some roughly approximately just only barely well
least under few several couple of as year end start beginning same following preceding
that"""
            .split()) | {",", "-"}
# words that may follow it ("Tuesday night", "March 3, 2021", "two weeks ago")
_RIGHT = set(DAY_PARTS) | {"ago", "time", ",", "-", "/", "of", "st", "nd", "rd", "th",
                           "a.m.", "p.m.", "am", "pm", "later", "earlier"}
_WINDOW = 7
# months that are also everyday words or names: need a number or a date word beside them
_AMBIGUOUS_MONTHS = {"may", "march", "august"} | set(MONTH_ABBR)
_MONTH_CUES = {"in", "early", "late", "mid", "last", "next", "this", "since", "until", "by",
               "of", "from", "during", "through", "-", "before", "after", "between"}
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_DECADE = re.compile(r"^(1[89]|20)\d0'?s$")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[/.]\d{1,2}[/.]\d{1,4}$")
_YEAR_CUES = {"in", "since", "until", "by", "from", "during", "before", "after", "through",
              "early", "late", "mid", "-", "the", "year", "of", "'s", "\u2019s", ","}
_LIST_GLUE = {",", "and", "or", "&"}
# participles that plan rather than describe: "the summit scheduled for Monday"
_PLANNED = {"plan", "schedule", "set", "slate", "expect", "propose", "due"}
# a date on the object of these prepositions dates the verb they hang from: "met at the
# checkpoint on Sunday", "spoke with his counterpart on Thursday"; never "of", "for",
# "over", "against", whose objects are often other events ("accused of the killing on Monday")
_CARRY_PREPS = {"at", "in", "near", "inside", "outside", "with", "to", "into", "across",
                "through", "from", "toward", "towards", "around", "along"}



def find_time_expressions(sent) -> list[TimeExpr]:
    """Time expressions of one sentence, in order, each with the token it modifies.

    sent: a spaCy `Span` (a sentence of a doc parsed with tagger, parser and NER).
    """
    doc, lo, hi = sent.doc, sent.start, sent.end
    found = [best for tok in sent if _is_anchor(tok)
             if (best := _longest_parse(doc, tok.i, lo, hi))]
    kept: list[tuple[int, int, str]] = []
    # the grammar's spans first, longest first; NER only fills the gaps it leaves, since
    # it cuts "earlier on Tuesday" to "Tuesday" and counts "2000 troops" as a year
    for s, e, kind in sorted(set(found), key=lambda x: (x[0] - x[1], x[0])) + _ner(sent):
        if all(e <= ks or s >= ke for ks, ke, _ in kept):
            kept.append((s, e, kind))
    kept.sort()
    heads = [_attach(doc, s, e) for s, e, _ in kept]
    for _ in range(2):   # "today" hanging off "tonight" in "tonight, today and tomorrow"
        heads = [next((heads[j] for j, (s, e, _) in enumerate(kept) if s <= h < e), h)
                 for h in heads]
    heads = _lift_from_participles(doc, kept, heads)
    groups = _groups(doc, kept, heads)
    return [TimeExpr(doc[s:e].text, s, e, heads[groups[k][1]], kind, groups[k][0])
            for k, (s, e, kind) in enumerate(kept)]


def _lift_from_participles(doc, kept, heads: list[int]) -> list[int]:
    """A day on a participle describing a verb's object dates that verb when it has no
    date of its own: "boarded two boats delivering supplies on Monday", "bombed a concert
    held near Hpakant on Sunday night". Only days: "freed a reporter detained last year"
    is freed now."""
    out = list(heads)
    for k, ((s, e, kind), h) in enumerate(zip(kept, heads)):
        if h < 0 or kind not in ("weekday", "day"):
            continue
        part = doc[h]
        noun = part.head
        if part.dep_ != "acl" or part.tag_ not in ("VBG", "VBN") or noun.dep_ != "dobj":
            continue
        verb = noun.head
        if verb.pos_ in ("VERB", "AUX") and verb.i not in heads and \
                part.lemma_.lower() not in _PLANNED:
            out[k] = verb.i
    return out


def _ner(sent) -> list[tuple[int, int, str]]:
    out = []
    for ent in sent.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = ent.start, ent.end
        # NER sometimes takes in a list's "and" or an owner's "'s" ("the 1980s and")
        while e - s > 1 and (ent.doc[e - 1].tag_ == "POS" or ent.doc[e - 1].is_punct
                             or ent.doc[e - 1].pos_ == "CCONJ"):
            e -= 1
        spec = parse(ent.doc[s:e].text)
        if spec is not None and spec.kind == "season" and e < sent.end and \
                ent.doc[e].lower_ == "of":
            continue
        if spec is not None and spec.kind == "year" and not any(
                _YEAR.match(t.text) and _is_year(t) for t in ent.doc[s:e]):
            continue
        out.append((s, e, spec.kind if spec else "time" if ent.label_ == "TIME" else "other"))
    return out


def _is_anchor(tok) -> bool:
    low = tok.lower_.rstrip(".")
    if low in _ANCHORS:
        # "Thurs"/"Tues" and unit words are only dates in context; the parse decides
        return True
    if low in MONTH_NUM and (tok.is_title or tok.is_upper):
        return low not in _AMBIGUOUS_MONTHS or _month_context(tok)
    if _YEAR.match(tok.text):
        return _is_year(tok)
    return bool(_NUMERIC_DATE.match(tok.text) or _DECADE.match(tok.text))


def _month_context(tok) -> bool:
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > tok.sent.start else None
    nxt = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    if nxt is not None and nxt.like_num:
        return True
    return prev is not None and (prev.like_num or prev.lower_ in _MONTH_CUES)


def _is_year(tok) -> bool:
    """A four-digit number reads as a year unless it counts something ("2000 troops")."""
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > tok.sent.start else None
    nxt = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    if (prev is not None and prev.text in ("$", "\u20ac", "\u00a3")) or \
            (nxt is not None and nxt.lower_ in ("percent", "%", "per")):
        return False
    if prev is not None and (prev.lower_ in _YEAR_CUES or prev.lower_ in MONTH_NUM):
        return True
    return not (nxt is not None and nxt.tag_ in ("NNS", "NNPS")
                and nxt.lower_ not in _UNIT_WORDS)


def _longest_parse(doc, anchor: int, lo: int, hi: int) -> tuple[int, int, str] | None:
    left = anchor
    while left > lo and anchor - left < _WINDOW and _fits(doc[left - 1], _LEFT):
        left -= 1
    right = anchor + 1
    while right < hi and right - anchor < _WINDOW and _fits(doc[right], _RIGHT):
        right += 1
    for size in range(right - left, 0, -1):
        for s in range(max(left, anchor - size + 1), min(anchor, right - size) + 1):
            e = s + size
            if doc[s].is_punct or doc[e - 1].is_punct:
                continue
            spec = parse(doc[s:e].text)
            if spec is None or (spec.kind == "season" and e < hi and doc[e].lower_ == "of"):
                continue   # "the fall of the citadel" is a defeat, not autumn
            if e < hi and doc[e].tag_ == "POS":
                # "by this week's deployment": the preposition belongs to the owner noun
                while s < anchor and doc[s].pos_ == "ADP" and parse(doc[s + 1:e].text):
                    s += 1
                spec = parse(doc[s:e].text)
            return s, e, spec.kind
    if _NUMERIC_DATE.match(doc[anchor].text):
        return anchor, anchor + 1, "other"
    return None


def _fits(tok, words: set[str]) -> bool:
    low = tok.lower_
    return (low in words or tok.like_num or low.rstrip(".") in MONTH_NUM
            or low.rstrip(".") in WEEKDAY_NUM or low in DEICTIC)


def _depth(tok) -> int:
    n = 0
    while tok.head is not tok and n < 64:
        tok, n = tok.head, n + 1
    return n


def _attach(doc, start: int, end: int) -> int:
    """Index of the verb or noun a time expression modifies; -1 when it is the root."""
    roots = [t for t in doc[start:end] if t.head is t or not start <= t.head.i < end]
    tok = min(roots, key=_depth)
    # the second member of "Wednesday and Thursday" hangs off the first
    while tok.dep_ == "conj" and tok.head.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    if tok.head is tok:
        return -1
    head = tok.head
    for _ in range(12):
        if head.head is head:
            break
        # "on Friday": the preposition carries the phrase to what it modifies;
        # "talks in Geneva on Friday": a date never modifies a place or a name
        # "will, on Tuesday, lead": an auxiliary stands for its verb
        if head.pos_ == "ADP" or head.dep_ in ("aux", "auxpass") or (
                head.pos_ in ("PROPN", "PRON", "NUM")
                and head.dep_ in ("pobj", "conj", "appos", "compound")):
            head = head.head
            continue
        if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in _CARRY_PREPS \
                and head.head.head.pos_ in ("VERB", "AUX") and head.i < start:
            head = head.head.head
            continue
        break
    return head.i


def _groups(doc, kept, heads) -> list[tuple[int | None, int]]:
    """(group id, index of the group's first member) for each kept span."""
    out: list[tuple[int | None, int]] = [(None, k) for k in range(len(kept))]
    for k in range(1, len(kept)):
        (ps, pe, _), (s, e, _) = kept[k - 1], kept[k]
        between = doc[pe:s]
        if not between or any(t.lower_ not in _LIST_GLUE for t in between):
            continue
        first = out[k - 1][1]
        conj = _conj_into(doc, s, e, ps, pe)
        if all(t.text == "," for t in between):
            # a bare comma joins a list ("Monday, Tuesday and ...") or an aside
            if kept[k][2] != kept[k - 1][2] or not (conj or heads[k] == heads[first]):
                continue
        elif heads[k] != heads[first] and not conj:
            continue
        out[first] = (kept[first][0], first)
        out[k] = (kept[first][0], first)
    return out


def _conj_into(doc, s: int, e: int, lo: int, hi: int) -> bool:
    return any(t.dep_ == "conj" and lo <= t.head.i < hi for t in doc[s:e])
