"""The nlp stage for many documents at once, with a pre-filter before the statistical pipeline.

`parse_many(docs)` gives each document exactly what `offramp.nlp.run` gives it (the same
paragraphs, headline casing, sentence cut), but sends the paragraphs of all documents through
one `nlp.pipe`, and, with `prefilter=True`, only those paragraphs that could matter: a
paragraph with no event word, no actor name or role word, no speech verb, no military-activity
cue and no quotation mark cannot yield an event, quote or activity, so it is only tokenised
and split into sentences by punctuation (its tokens carry no tags, so later stages pass over it).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Document
from ..nlp import paragraphs, set_sentences

__all__ = ["parse_many", "paragraphs", "Relevance", "relevance"]

_QUOTE_MARK = re.compile(r"[\"“„‘«»]|(?:^|\s)'\w")
# the pronouns the actors stage resolves (he → the last person named, it → the last state,
# we → the speaker of a quotation)
_PRONOUNS = frozenset("he she him her his it its we us our i me my".split())
# capitalised, but never a name NER would turn into an actor
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february "
                      "march april may june july august september october november december".split())
_SENT_END = frozenset(".!?:;\"“”'’—–-")


def _surface_forms(lemmas: set[str], nlp) -> set[str]:
    """Every form the rule lemmatizer could map to one of lemmas (a superset, on purpose)."""
    forms = set(lemmas)
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        rules, exc = lookups.get_table("lemma_rules"), lookups.get_table("lemma_exc")
    except (KeyError, ValueError):
        return forms
    for key in rules:
        for old, new in rules[key]:
            forms.update(w[:len(w) - len(new)] + old for w in lemmas if w.endswith(new))
    for key in exc:
        for form, targets in exc[key].items():
            if any(t in lemmas for t in targets):
                forms.add(form)
    return forms


def _words(value, out: set[str]) -> None:
    if isinstance(value, str):
        if re.fullmatch(r"[a-z][a-z-]*", value):
            out.add(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            _words(k, out)
            _words(v, out)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _words(v, out)


class Relevance:
    """Decides which paragraphs need the full pipeline. Built once per process (`relevance()`)."""

    def __init__(self, nlp):
        from spacy.matcher import PhraseMatcher

        from ..actors import gazetteer
        from ..events import lexicon

        heads = set()
        for word, pos in lexicon():
            # a multi-word entry matches only when all its words are there: one is enough
            # to look for (the verb itself, or the longest word of a noun phrase)
            parts = word.split()
            heads.add(parts[0] if pos == "V" else max(parts, key=len))
        try:
            from ..quotes import speech_verbs
            speech = set(speech_verbs())
        except ImportError:
            speech = set()
        try:
            from ..csbm._data import cues

            # what names an activity or a force; the rest of the cue file is function words
            raw = cues().raw
            for key in ("triggers", "force_words", "units", "qualified_units"):
                _words(raw.get(key), heads)
        except ImportError:
            pass
        forms = _surface_forms({h.lower() for h in heads}, nlp)
        self.forms = frozenset(nlp.vocab.strings.add(f) for f in forms)
        self.speech = frozenset(nlp.vocab.strings.add(f) for f in _surface_forms(speech, nlp))
        gaz = gazetteer()
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.names.add("N", list(nlp.tokenizer.pipe(gaz.names)))
        self.sectors = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.sectors.add("S", list(nlp.tokenizer.pipe(gaz.sectors)))
        self.name_set = frozenset(gaz.names)

    def select(self, paras: list) -> list[bool]:
        """Which tokenised paragraphs of one document need tagging, parsing and NER.

        An event needs a trigger and a source actor, and actors come from the gazetteer
        (names, role words), from pronouns, or from names NER finds (capitalised words);
        a quotation needs its marks, and its speaker may sit in the paragraph next to it.
        """
        quoted = [bool(_QUOTE_MARK.search(t.text)) for t in paras]
        out = []
        for i, tokens in enumerate(paras):
            near_quote = quoted[i] or (i > 0 and quoted[i - 1]) or (i + 1 < len(paras) and quoted[i + 1])
            out.append(quoted[i] or self._needed(tokens, near_quote))
        return out

    def _needed(self, tokens, near_quote: bool) -> bool:
        from spacy.attrs import LOWER

        if self.names(tokens) or self.sectors(tokens):
            return True
        for t in tokens:
            parts = [p for p in t.text.split("-") if p] if "-" in t.text else ()
            if len(parts) >= 2 and all(p in self.name_set for p in parts):
                return True  # "U.S.-Russia": one token naming two actors
        lows = [int(h) for h in tokens.to_array([LOWER]).ravel()]
        if near_quote and any(h in self.speech for h in lows):
            return True
        if not any(h in self.forms for h in lows):
            return False
        prev = None
        for t in tokens:
            if t.lower_ in _PRONOUNS:
                return True
            if prev is not None and t.text[:1].isupper() and prev.text not in _SENT_END \
                    and t.lower_ not in _CALENDAR:
                return True
            prev = t
        return False


@lru_cache(maxsize=1)
def relevance() -> Relevance:
    from ..nlp import get_nlp
    return Relevance(get_nlp())


@lru_cache(maxsize=1)
def _sentencizer():
    from spacy.pipeline import Sentencizer
    return Sentencizer()


def parse_many(docs: list[Document], prefilter: bool = True, batch_size: int = 64) -> dict:
    """Fill doc.sentences and doc.work['sents'] of each document, parsing them together.

    docs: Documents to parse; prefilter: skip the statistical pipeline for paragraphs that
    cannot matter; batch_size: spaCy batch size. RETURNS counts {"paragraphs", "parsed"}.
    """
    from ..nlp import get_nlp

    nlp = get_nlp()
    keep = relevance() if prefilter else None
    jobs: list[list[tuple[int, str, int]]] = [paragraphs(d) for d in docs]
    flat = [text for paras in jobs for _, text, _ in paras]
    toks = list(nlp.tokenizer.pipe(flat, batch_size=256))
    wanted: list[bool] = []
    for paras in jobs:
        mine = toks[len(wanted):len(wanted) + len(paras)]
        wanted.extend(keep.select(mine) if keep is not None else [True] * len(mine))
    parsed = iter(nlp.pipe([t for t, w in zip(toks, wanted) if w], batch_size=batch_size))
    sdocs = [next(parsed) if w else _sentencizer()(t) for t, w in zip(toks, wanted)]
    i = 0
    for doc, paras in zip(docs, jobs):
        set_sentences(doc, ((sdocs[i + j], (start, p)) for j, (start, _, p) in enumerate(paras)))
        i += len(paras)
    return {"paragraphs": len(flat), "parsed": sum(wanted)}
