"""Turn candidates into Events and merge repeated mentions. The work lives in _build (Event
records), _dating, _placing, _unnamed and _merge; this module re-exports what others import."""
from __future__ import annotations

from ._build import build_events
from ._merge import merge_mentions

__all__ = ["build_events", "merge_mentions"]
