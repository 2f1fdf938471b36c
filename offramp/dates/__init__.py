"""Date the events of a news article from its words, not only its publication date.

`find_time_expressions` finds the time words of a parsed sentence and what they attach to;
`resolve`/`resolve_expr` turn them into calendar dates counted from the publication date and
the tense of the event (`tense_of`). The reading rules are listed in `_resolve`.
"""
from ._find import find_time_expressions
from ._resolve import resolve, resolve_expr
from ._tense import tense_of
from ._types import KINDS, PRECISIONS, TENSES, Resolved, TimeExpr

__all__ = ["find_time_expressions", "resolve", "resolve_expr", "tense_of", "TimeExpr",
           "Resolved", "KINDS", "PRECISIONS", "TENSES"]
