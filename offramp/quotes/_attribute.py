"""Decide who speaks each quotation, and which quotations are statements at all.

Four rules, tried in order for a quotation:
1. governed: climbing the parse from the quoted words reaches a speech verb outside any
   quotation (`said "..."`, `"...," she said`, `calling the plan "reckless"`,
   `warned against "..."`);
2. adjacent: a speech verb among the few unquoted words just before the quotation (after a
   lead-in ending in ":" or ",") or just after it (a trailer: `"...," the official said`);
3. same paragraph: the speaker of an earlier quotation or speech verb in the paragraph
   (`"...," she said. "..."`);
4. carried over: a paragraph that opens with a quotation takes the last speaker of the
   paragraph before, or the person its last sentence is about (news convention for a
   speaker quoted at length).
A short quotation inside a sentence ("joint exercises", the "Vienna Document") is a statement
only through rules 1 and 2; otherwise it is a scare quote or a title and is dropped. A
clausal quotation nobody can be found for is kept with no speaker, unless in a heading.
"""
from __future__ import annotations

import re

from ..actors import actors_of
from ..model import Actor
from ._context import Context, inside as _inside, person_like as _person_like
from ._marks import QuoteSpan
from ._speech import speech_kind

__all__ = ["Context", "attribute"]

# how a quotation's head may hang from the clause above it
_SHORT_LINKS = {"dobj", "attr", "oprd", "acomp", "xcomp", "ccomp", "conj", "parataxis", "appos"}
_CLAUSE_LINKS = _SHORT_LINKS | {"advcl", "csubj", "dep", "npadvmod", "ROOT"}
_CHAIN = {"ccomp", "xcomp", "conj", "parataxis"}  # clause-to-clause links climbed above that
_NP_LEFT = {"det", "poss", "amod", "compound", "nummod", "nmod"}
_NAME_LINKS = {"dobj", "attr", "oprd", "acomp", "xcomp", "ccomp"}
_LEAD_PUNCT = set(":,—–")
_NEAR = 10  # words between a quotation and its speech verb in "X said" lead-ins and trailers
_END_PUNCT = set(".!?\"”’…)")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_MINOR = {"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by", "with"}


def _tokens(ctx: Context, span: QuoteSpan) -> list[tuple[int, object]]:
    out = []
    for s in ctx.doc.sentences:
        if any(s.start < b and a < s.end for a, b in span.parts):
            for t in ctx.sents[s.index]:
                if _inside(span, ctx.pos(s.index, t)) and not t.is_punct and not t.is_space:
                    out.append((s.index, t))
    return out


def is_clausal(ctx: Context, span: QuoteSpan, toks: list[tuple[int, object]]) -> bool:
    """A quotation that says something (a clause, or a long stretch) rather than names it."""
    if _title_case(ctx, toks):
        return False  # "Minsk Agreements", "Diplomacy Is Not Dead": a name or a headline
    words = [t for _, t in toks if t.is_alpha or t.like_num]
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in words)
    # a quotation making up a whole sentence ("We held.") is said, however short
    return len(words) >= 6 or (len(words) >= 3 and has_verb) or _standalone(ctx, span, ".?!")


def _governed(ctx: Context, span: QuoteSpan, toks, clausal: bool):
    """Rule 1: (speech verb reached by climbing the parse from the quotation's head, its speaker)."""
    heads = [(k, t) for k, t in toks
             if t.head.i == t.i or not _inside(span, ctx.pos(k, t.head))]
    heads.sort(key=lambda kt: len(list(kt[1].ancestors)))
    first_links = _CLAUSE_LINKS if clausal else _SHORT_LINKS
    for k, t in heads:
        # '"dangerous" and "insulting"': the second hangs where the first does
        while t.dep_ == "conj" and t.head is not t and ctx.quoted(k, t.head):
            t = t.head
        prep = t.head if t.head.dep_ == "prep" and not ctx.quoted(k, t.head) else None
        if prep is not None and prep.lower_ == "as":
            came, g, link = prep, prep.head, "as"  # "described it as '...'"
        elif prep is not None and t.dep_ == "pobj" and _whole_phrase(ctx, span, k, t):
            came, g, link = prep, prep.head, "prep"  # "warned against '...'", "called for '...'"
        elif t.dep_ in first_links:
            came, g, link = t, t.head, t.dep_
        else:
            continue
        direct = True
        while g is not came:
            if not ctx.quoted(k, g):
                kind = speech_kind(g, lambda x, k=k: _inside(span, ctx.pos(k, x)))
                labels = direct and ((kind == "name" and link in _NAME_LINKS | {"as", "prep"})
                                     or (kind == "as" and link == "as")
                                     or (kind == "say" and link == "prep"))
                if labels or (kind in ("say", "bare") and link not in ("as", "prep")):
                    return g, ctx.speaker(k, g)
            if g.dep_ not in _CHAIN or link in ("as", "prep"):
                break
            came, g, direct = g, g.head, False
    return None, None


def _whole_phrase(ctx: Context, span: QuoteSpan, k: int, t) -> bool:
    """The quotation is a whole noun phrase, not a word inside one ("Moscow's 'isolation'")."""
    return not any(c.dep_ in _NP_LEFT and not _inside(span, ctx.pos(k, c)) for c in t.lefts)


def _standalone(ctx: Context, span: QuoteSpan, ends: str = ",.?!") -> bool:
    """A quotation said on its own: it opens its sentence and ends in one of ends ("Why now?")."""
    text = ctx.doc.text
    inner = text[span.parts[-1][0]:span.parts[-1][1]].rstrip()
    k = ctx.sentence_at(span.start)
    if not inner or inner[-1] not in ends or k is None:
        return False
    return all(c in "“\"‘' " for c in text[ctx.doc.sentences[k].start:span.start])


def _near_tokens(ctx: Context, k: int | None, toks, limit: int) -> list[tuple[int, object]]:
    """Up to limit unquoted words of toks, stopping at the next quotation."""
    out = []
    for t in toks:
        if ctx.quoted(k, t):
            break
        if not t.is_punct:
            out.append((k, t))
        if len(out) >= limit:
            break
    return out


def _adjacent(ctx: Context, span: QuoteSpan, lead: bool = True, trail: bool = True) -> Actor | None:
    """Rule 2: a speech verb in the few words right after or (after ":" or ",") right before."""
    text = ctx.doc.text
    cands = []
    after = span.end
    while after < len(text) and text[after] in "”\"’',.!?— ":
        after += 1
    k = ctx.sentence_at(after) if after < len(text) and trail else None
    inner = text[span.parts[-1][0]:span.parts[-1][1]].rstrip()
    if inner.endswith(".") and text[after:after + 1].isupper():
        k = None  # '"... ready." Officials said ...': a new sentence, not a trailer
    if k is not None and ctx.doc.sentences[k].paragraph == ctx.sentence_paragraph(span.end):
        trail = [t for t in ctx.sents[k] if ctx.pos(k, t) >= after]
        cands += _near_tokens(ctx, k, trail, _NEAR)
    before = span.start - 1
    while before > 0 and text[before] in "“\"‘' ":
        before -= 1
    k = ctx.sentence_at(before)
    if lead and k is not None and text[before] in _LEAD_PUNCT:
        lead_toks = [t for t in ctx.sents[k] if ctx.pos(k, t) < span.start]
        cands += _near_tokens(ctx, k, reversed(lead_toks), _NEAR)
    for k, t in cands:
        if speech_kind(t) in ("say", "bare"):
            who = ctx.speaker(k, t)
            if who is not None:
                return who
    return None


def _paragraph_speaker(ctx: Context, para: int, before: int) -> Actor | None:
    """The last speaker in paragraph para before position `before`: a quotation's or a verb's."""
    best = ctx.recent(para, before)
    best_pos = max((p for p, q, _ in ctx.spoken if q == para and p < before), default=-1)
    for k in ctx.by_para.get(para, []):
        for t in ctx.sents[k]:
            p = ctx.pos(k, t)
            if p < before and p > best_pos and not ctx.quoted(k, t) and speech_kind(t) == "say":
                who = ctx.speaker(k, t)
                if who is not None:
                    best, best_pos = who, p
    return best


def _last_subject(ctx: Context, para: int) -> Actor | None:
    """The person-like subject of the last sentence of paragraph para ("the official pushed back")."""
    ks = ctx.by_para.get(para)
    if not ks:
        return None
    k = ks[-1]
    root = ctx.sents[k].root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or ctx.quoted(k, subj):
        return None
    acts = actors_of(ctx.doc, k, subj)
    if acts and _person_like(acts[0], subj):
        return acts[0]
    return None


def _opens_paragraph(ctx: Context, span: QuoteSpan, para: int) -> bool:
    first = ctx.doc.sentences[ctx.by_para[para][0]]
    lead = ctx.doc.text[first.start:span.start]
    return all(c in "“\"‘' " for c in lead)


def is_heading(ctx: Context, para: int) -> bool:
    """A title or crosshead: one line that does not end like a sentence."""
    ks = ctx.by_para.get(para, [])
    if not ks:
        return False
    a, b = ctx.doc.sentences[ks[0]].start, ctx.doc.sentences[ks[-1]].end
    body = ctx.doc.text[a:b].rstrip()
    return "\n" not in body and bool(body) and body[-1] not in _END_PUNCT


def attribute(ctx: Context, span: QuoteSpan) -> tuple[bool, Actor | None]:
    """(is a statement, speaker) for one quotation; call in text order.

    ctx: the document's Context; span: the quotation.
    """
    toks = _tokens(ctx, span)
    if not toks:
        return False, None
    clausal = is_clausal(ctx, span, toks)
    para = ctx.doc.sentences[toks[0][0]].paragraph
    verb, who = _governed(ctx, span, toks, clausal)
    if who is None and not clausal:
        # '"This," Lavrov said, "is unacceptable."': a lead-in ending in a comma or colon,
        # or a trailer after a quotation that opens its sentence ("Why now?" she asked)
        who = _adjacent(ctx, span, lead=True, trail=_standalone(ctx, span))
    if who is None and clausal:
        who = _adjacent(ctx, span) or _paragraph_speaker(ctx, para, span.start)
        if who is None and _opens_paragraph(ctx, span, para) and para - 1 in ctx.by_para:
            who = (_paragraph_speaker(ctx, para - 1, span.start)
                   or _last_subject(ctx, para - 1))
    if who is not None:
        ctx.spoken.append((span.start, para, who))
        return True, who
    if verb is not None:
        return True, None  # said by someone the text does not let us resolve ("he" with no antecedent)
    if not clausal or is_heading(ctx, para):
        return False, None
    return True, None


def _title_case(ctx: Context, toks) -> bool:
    """Every word but short function words capitalised, as in a title ("Don't Be a Mule")."""
    a = ctx.pos(*toks[0])
    b = ctx.pos(*toks[-1]) + len(toks[-1][1])
    # read the original: the parse may have sentence-cased a headline
    words = [w for w in _WORD.findall(ctx.doc.text[a:b]) if w.lower() not in _MINOR]
    return len(words) >= 2 and all(w[0].isupper() for w in words)
