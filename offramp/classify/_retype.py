"""retype: where the lexicon rules are unsure, let the classifier settle the event type.

Two kinds of doubt; a document's texts are embedded in one batch:
- a trigger word listed in data/classify/ambiguous.tsv ("strike": an air strike or a labour
  strike) may be re-typed to one of its listed alternatives when the classifier prefers it
  clearly (OVERRIDE), judged on the trigger's own clause, since a sentence often reports one
  event about another ("denied plans to attack"); the lexicon's reading is the default;
- (off by default) several live candidates in one sentence for the same pair of actors with
  different types ("refused to meet") keep only the type the classifier prefers (THRESHOLD);
  the others are dropped with the reason, so `explain` can show it.
Decisions are logged in doc.work["second_opinion"].
"""
from __future__ import annotations

import csv
from dataclasses import replace
from functools import lru_cache
from importlib.resources import files

from ..errors import DataError
from ._opinion import THRESHOLD, prefetch, second_opinion

__all__ = ["retype", "ambiguous_words", "OVERRIDE"]

OVERRIDE = 0.75    # an ambiguous word leaves its lexicon type only on a clear preference
CONTEXT = "clause"  # what an ambiguous word is judged on: "clause" or "sentence"


@lru_cache(maxsize=1)
def ambiguous_words() -> dict[tuple[str, str], tuple[str, ...]]:
    """(word, pos) → alternative types, from offramp/data/classify/ambiguous.tsv."""
    from ..events._lexicon import TYPES
    path = files("offramp") / "data" / "classify" / "ambiguous.tsv"
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        alts = tuple(a.strip() for a in r["alternatives"].split(",") if a.strip())
        if not alts or any(a not in TYPES for a in alts) or r["pos"] not in ("V", "N"):
            raise DataError(f"bad row for {r['word']!r}", source=str(path))
        out[(r["word"].strip().lower(), r["pos"])] = alts
    return out


def _who(actors) -> frozenset:
    return frozenset(a.country or a.name or a.sector for a in actors)


def _dyad(c) -> frozenset:
    """The unordered pair of sides: "A refused to meet B" and "B met A" are the same pair."""
    return frozenset((_who(c.source), _who(c.target)))


def _log(doc, c, action: str, old: str, new: str, p: float) -> None:
    doc.work.setdefault("second_opinion", []).append(
        {"sentence": c.k, "trigger": c.tok.text, "action": action, "from": old, "to": new,
         "p": round(p, 3)})


def _sentence_text(doc, k: int) -> str:
    sents = doc.sentences
    return sents[k].text if k < len(sents) else ""


_NOUN_CLIMB = {"pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "compound", "conj",
               "appos", "oprd", "pcomp"}


def clause_text(tok) -> str:
    """The words of the clause a trigger heads or sits in: the verb's subtree, or for a noun
    the subtree of the verb it hangs on ("went on strike over pay", "to launch this attack").
    A sentence often reports one event about another ("denied plans to attack"); the clause
    is about the trigger itself.

    tok: the trigger token (spaCy)
    """
    head = tok
    if tok.pos_ in ("NOUN", "PROPN"):
        for _ in range(4):
            if head.dep_ not in _NOUN_CLIMB or head.head.i == head.i:
                break
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                break
    span = tok.doc[head.left_edge.i:head.right_edge.i + 1]
    return span.text if len(span) >= 3 else tok.sent.text


def _ambiguous_asks(doc, live) -> list[tuple]:
    """(candidate, text, types) for each live trigger listed as ambiguous."""
    table = ambiguous_words()
    asks = []
    for c in live:
        alts = table.get((c.entry.word, c.entry.pos))
        if alts:
            text = clause_text(c.tok) if CONTEXT == "clause" else _sentence_text(doc, c.k)
            asks.append((c, text, [c.entry.type, *[a for a in alts if a != c.entry.type]]))
    return asks


def _ambiguous(doc, asks, override: float) -> None:
    for c, text, types in asks:
        got = second_opinion(text, types, threshold=override)
        if got and got[0] != c.entry.type:
            old = c.entry.type
            c.entry = replace(c.entry, type=got[0], mode=None, context=(),
                              word=c.entry.word + "+2nd")
            _log(doc, c, "retyped", old, got[0], got[1])


def _conflict_groups(live) -> list[tuple[int, list, list[str]]]:
    """(sentence, candidates, types) for each pair of actors given several types in a sentence."""
    groups: dict[tuple, list] = {}
    for c in live:
        groups.setdefault((c.k, _dyad(c)), []).append(c)
    out = []
    for (k, _), group in groups.items():
        types = list(dict.fromkeys(c.entry.type for c in group))
        if len(types) > 1:
            out.append((k, group, types))
    return out


def _conflicts(doc, groups, threshold: float) -> None:
    for k, group, _ in groups:
        types = list(dict.fromkeys(c.entry.type for c in group))  # after any re-typing
        if len(types) < 2:
            continue
        got = second_opinion(_sentence_text(doc, k), types, threshold=threshold)
        if got is None:
            continue
        best, p = got
        for c in group:
            if c.entry.type != best:
                _log(doc, c, "dropped", c.entry.type, best, p)
                c.dropped = f"second opinion prefers {best} (p={p:.2f}) for these actors"


def retype(doc, candidates: list, threshold: float = THRESHOLD, override: float = OVERRIDE,
           ambiguous: bool = True, conflicts: bool = False) -> list:
    """Settle the types of candidates where the rules are unsure; returns the same list,
    changed in place (re-typed entries carry "+2nd" in their rule, dropped ones a reason).

    doc: the Document being coded (its sentences give the text to classify)
    candidates: offramp.events Candidates of doc
    threshold: least probability to choose among conflicting types for one pair of actors
    override: least probability to move an ambiguous word off its lexicon type
    ambiguous: judge the triggers listed in ambiguous.tsv (on by default: it does not lose)
    conflicts: settle several types for one pair of actors in a sentence (off by default:
        on the dev sets the first trigger of the sentence is right more often than the
        classifier, see bench/classify_eval.py)
    """
    live = [c for c in candidates if not c.dropped]
    if not live:
        return candidates
    asks = _ambiguous_asks(doc, live) if ambiguous else []
    groups = _conflict_groups(live) if conflicts else []
    if not asks and not groups:
        return candidates  # sure everywhere: no embedding, no cost
    prefetch([t for _, t, _ in asks] + [_sentence_text(doc, k) for k, _, _ in groups])
    _ambiguous(doc, asks, override)
    _conflicts(doc, groups, threshold)
    return candidates
