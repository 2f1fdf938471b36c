"""Speech verbs (speech_verbs.tsv) and the token naming who speaks through one."""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib.resources import files
from typing import Callable

from ..errors import DataError

__all__ = ["speech_verbs", "speech_kind", "speaker_token", "KINDS"]

KINDS = ("say", "bare", "name", "as")
_RELATIVE = {"who", "that", "which"}


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, str]:
    """lemma → kind (say, bare, name, as) from the package's speech_verbs.tsv."""
    path = files("offramp.quotes") / "speech_verbs.tsv"
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    out: dict[str, str] = {}
    for n, row in enumerate(csv.DictReader(lines, delimiter="\t"), start=2):
        lemma, kind = (row.get("lemma") or "").strip(), (row.get("kind") or "").strip()
        if not lemma or lemma != lemma.lower() or kind not in KINDS:
            raise DataError(f"speech_verbs.tsv row {n}: bad lemma {lemma!r} or kind {kind!r}")
        if lemma in out:
            raise DataError(f"speech_verbs.tsv row {n}: {lemma!r} listed twice")
        out[lemma] = kind
    return out


def _according(tok):
    """The pobj of "according to X", or None."""
    if tok.lower_ != "according":
        return None
    for c in tok.children:
        if c.lower_ == "to":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def speech_kind(tok, quoted: Callable[[object], bool] = lambda t: False) -> str | None:
    """The kind of speech tok introduces here (say, bare, name, as), or None.

    tok: a spaCy token; quoted: tells whether a token lies inside a quotation, so that a
    quotation parsed as the verb's own object does not count against a bare verb.
    """
    if _according(tok) is not None:
        return "say"
    if tok.pos_ != "VERB":
        return None
    kind = speech_verbs().get(tok.lemma_.lower())
    if kind is None:
        return None
    deps = {c.dep_ for c in tok.children}
    # "was told", "when asked": the subject or the missing one is the listener, not the speaker
    if deps & {"auxpass", "nsubjpass"}:
        return None
    if tok.tag_ == "VBN" and not deps & {"aux", "nsubj"}:
        return None
    if kind == "bare":
        for c in tok.children:
            if c.dep_ == "xcomp":
                return None  # "continued to press", "continues to 'prepare ...'"
            if not quoted(c) and (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to")):
                return None  # "added troops", "added to worries": not speech
    return kind


def speaker_token(verb):
    """The token heading the phrase that names who speaks through verb, or None.

    verb: a token for which speech_kind is not None. Participles and coordinated verbs
    borrow the subject of the verb they hang from ("the official said, arguing ...").
    """
    acc = _according(verb)
    if acc is not None:
        return acc
    v = verb
    for _ in range(6):
        for c in v.children:
            if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and v is not verb):
                if c.lower_ in _RELATIVE and v.dep_ == "relcl":
                    return v.head
                return c
        if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return v.head  # "Ryabkov, declaring ...": the participle describes its speaker
        if v.dep_ in ("conj", "advcl", "xcomp", "pcomp", "prep") and v.head is not v:
            v = v.head
            continue
        break
    return None
