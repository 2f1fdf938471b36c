"""second_opinion: the classifier's preferred type among a few, with an embedding cache."""
from __future__ import annotations

from collections import OrderedDict
from threading import Lock

__all__ = ["second_opinion", "probabilities", "prefetch", "THRESHOLD", "clear_cache"]

# below this renormalised probability the classifier abstains (None). On two-way choices
# (the right type against any other) out-of-fold on our own examples it answers 97.5% of the
# time and is right 96% of the time when it does; news text is harder (bench/classify_eval.py)
THRESHOLD = 0.6
_CACHE_SIZE = 4096
_cache: OrderedDict[str, object] = OrderedDict()
_lock = Lock()


def clear_cache() -> None:
    """Forget the cached sentence embeddings."""
    with _lock:
        _cache.clear()


def prefetch(texts: list[str]) -> None:
    """Embed the uncached texts in one batch (one model call is cheaper than several).

    texts: sentences or clauses that will be asked about next
    """
    with _lock:
        todo = list(dict.fromkeys(t for t in texts if t not in _cache))
    if not todo:
        return
    from ._embed import embedder
    vecs = embedder().embed(todo)
    with _lock:
        for t, v in zip(todo, vecs):
            _cache[t] = v
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)


def _vector(text: str):
    with _lock:
        v = _cache.get(text)
        if v is not None:
            _cache.move_to_end(text)
            return v
    from ._embed import embedder
    v = embedder().embed([text])[0]
    with _lock:
        _cache[text] = v
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return v


def probabilities(sentence_text: str, candidate_types: list[str] | None = None) -> dict[str, float]:
    """Type → probability for a sentence, renormalised over candidate_types when given.

    sentence_text: the sentence as written
    candidate_types: PLOVER types to choose among (None: all 16)
    """
    from ._model import load_model
    model = load_model()
    allowed = None if candidate_types is None else [t for t in candidate_types if t in model.types]
    p = model.proba(_vector(sentence_text)[None, :], allowed)[0]
    return {t: float(x) for t, x in zip(model.types, p) if allowed is None or t in allowed}


def second_opinion(sentence_text: str, candidate_types: list[str],
                   threshold: float = THRESHOLD) -> tuple[str, float] | None:
    """The candidate type the classifier prefers and its probability among them, or None when
    there is nothing to choose from or it is not confident.

    sentence_text: the sentence as written
    candidate_types: the PLOVER types the rules found (duplicates are ignored)
    threshold: the least probability (renormalised over the candidates) worth acting on
    """
    types = list(dict.fromkeys(candidate_types or []))
    if not types or not sentence_text.strip():
        return None
    if len(types) == 1:
        return types[0], 1.0  # nothing to decide
    probs = probabilities(sentence_text, types)
    if not probs:
        return None
    best = max(probs, key=probs.get)
    return (best, probs[best]) if probs[best] >= threshold else None
