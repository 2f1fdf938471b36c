"""Multinomial logistic regression over MiniLM embeddings: fit, save, load, predict (numpy only)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import numpy as np

from ..errors import DataError

__all__ = ["SoftmaxModel", "fit", "load_model", "weights_path", "examples_path"]


def weights_path():
    """The shipped weights file (offramp/data/classify/weights.npz)."""
    return files("offramp") / "data" / "classify" / "weights.npz"


def examples_path():
    """The training sentences (offramp/data/classify/examples.tsv: text, type)."""
    return files("offramp") / "data" / "classify" / "examples.tsv"


@dataclass(frozen=True)
class SoftmaxModel:
    """Weights (d, k), bias (k,) and the class names in column order."""

    W: np.ndarray
    b: np.ndarray
    types: tuple[str, ...]

    def logits(self, X: np.ndarray) -> np.ndarray:
        """Class scores for rows of X.

        X: (n, d) embeddings
        """
        return X @ self.W + self.b

    def proba(self, X: np.ndarray, allowed: list[str] | None = None) -> np.ndarray:
        """Class probabilities; with allowed, renormalised over those classes only (others 0).

        X: (n, d) embeddings
        allowed: class names the answer must be among (None: all)
        """
        z = self.logits(X)
        if allowed is not None:
            keep = np.array([t in allowed for t in self.types])
            z = np.where(keep, z, -np.inf)
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path, **meta) -> None:
        """Write the model as a small .npz (float32 weights).

        path: file to write
        meta: extra scalars to store (e.g. the regularisation used)
        """
        np.savez_compressed(path, W=self.W.astype(np.float32), b=self.b.astype(np.float32),
                            types=np.array(self.types), **{k: np.array(v) for k, v in meta.items()})


def fit(X: np.ndarray, y: np.ndarray, types: tuple[str, ...], l2: float = 1e-4,
        steps: int = 500) -> SoftmaxModel:
    """Full-batch Nesterov gradient descent on cross-entropy + L2 from zero weights: no
    randomness, so the same data always give the same model.

    X: (n, d) embeddings
    y: (n,) class indices into types
    types: class names
    l2: weight of the squared-norm penalty (the bias, a constant feature, is penalised too)
    steps: gradient steps
    """
    n = X.shape[0]
    k = len(types)
    Xa = np.hstack([X.astype(np.float64), np.ones((n, 1))])  # bias as a constant feature
    Y = np.zeros((n, k))
    Y[np.arange(n), y] = 1.0
    # the step is 1/L, L bounding the curvature of the softmax loss (half the top
    # eigenvalue of Xa'Xa/n) plus the penalty: fast, and stable without tuning
    lr = 1.0 / (0.5 * float(np.linalg.eigvalsh(Xa.T @ Xa / n).max()) + l2)
    W = np.zeros((Xa.shape[1], k))
    V = np.zeros_like(W)
    for _ in range(steps):
        Wl = W + 0.9 * V  # look-ahead point
        z = Xa @ Wl
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        V = 0.9 * V - lr * (Xa.T @ ((p - Y) / n) + l2 * Wl)
        W = W + V
    return SoftmaxModel(W=W[:-1], b=W[-1], types=tuple(types))


@lru_cache(maxsize=1)
def load_model() -> SoftmaxModel:
    """The shipped model (cached)."""
    path = weights_path()
    try:
        with path.open("rb") as fh:
            z = np.load(fh, allow_pickle=False)
            return SoftmaxModel(W=z["W"].astype(np.float32), b=z["b"].astype(np.float32),
                                types=tuple(str(t) for t in z["types"]))
    except FileNotFoundError:
        raise DataError("no trained classifier; run python -m offramp.classify.train",
                        source=str(path)) from None
