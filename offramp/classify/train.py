"""Train the type classifier on offramp's own example sentences and write the weights file.

    python -m offramp.classify.train            # cross-validate, fit, write weights.npz
    python -m offramp.classify.train --check    # cross-validate only

Deterministic: file order, fixed folds (row index mod 5), full-batch gradient descent from
zero weights; the only floating-point source is the ONNX model, whose int8 weights give
the same vectors on every CPU we have tried.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np

from ..events._lexicon import TYPES
from ._embed import embedder
from ._model import examples_path, fit, weights_path

__all__ = ["read_examples", "cross_validate", "main"]

L2_GRID = (3e-5, 1e-4, 3e-4)
FOLDS = 5


def read_examples(path=None) -> list[tuple[str, str]]:
    """(text, type) rows of the examples file; '#' lines are comments.

    path: a TSV with columns text and type (default: the shipped examples)
    """
    p = path or examples_path()
    with p.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    rows = []
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["type"] not in TYPES:
            raise ValueError(f"unknown type {r['type']!r} for {r['text']!r}")
        rows.append((r["text"].strip(), r["type"]))
    return rows


def cross_validate(X: np.ndarray, y: np.ndarray, l2: float) -> float:
    """Accuracy over FOLDS fixed folds (row i is in fold i mod FOLDS).

    X: embeddings
    y: class indices
    l2: regularisation to try
    """
    fold = np.arange(len(y)) % FOLDS
    right = 0
    for f in range(FOLDS):
        m = fit(X[fold != f], y[fold != f], TYPES, l2=l2)
        right += int((m.logits(X[fold == f]).argmax(axis=1) == y[fold == f]).sum())
    return right / len(y)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="cross-validate only, write nothing")
    ap.add_argument("--out", type=Path, default=None, help="weights file (default: the shipped one)")
    args = ap.parse_args(argv)
    rows = read_examples()
    X = embedder().embed([t for t, _ in rows])
    y = np.array([TYPES.index(t) for _, t in rows])
    counts = {t: int((y == i).sum()) for i, t in enumerate(TYPES)}
    print(f"{len(rows)} examples; per type: {counts}")
    scores = {l2: cross_validate(X, y, l2) for l2 in L2_GRID}
    for l2, acc in scores.items():
        print(f"  l2={l2:g}: {FOLDS}-fold accuracy {acc:.3f}")
    best = max(L2_GRID, key=lambda v: (scores[v], v))  # ties: the stronger penalty
    if args.check:
        return 0
    model = fit(X, y, TYPES, l2=best)
    out = args.out or Path(str(weights_path()))
    model.save(out, l2=best, cv_accuracy=scores[best], n_examples=len(rows))
    train_acc = float((model.logits(X).argmax(axis=1) == y).mean())
    print(f"wrote {out} (l2={best:g}, cv {scores[best]:.3f}, train {train_acc:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
