"""Poll feeds and code only the items not yet in the database, again and again."""
from __future__ import annotations

import time
from typing import Callable

from ._runner import RunStats, code_corpus

__all__ = ["watch"]


def watch(feeds: list[str], db, every: float = 900.0, once: bool = False,
          on_poll: Callable[[int, RunStats], None] | None = None,
          max_polls: int | None = None, sleep: Callable[[float], None] = time.sleep,
          **run_options) -> int:
    """Poll feeds every `every` seconds; entries whose id is stored are not even fetched.

    feeds: feed URLs or files; db: the DuckDB file (required: it is the memory of what was
    seen); every: seconds from the start of one poll to the next; once: one poll only;
    on_poll: called with (poll number, RunStats) after each poll; max_polls: stop after so
    many; sleep: the waiting function (tests pass a fake); run_options: for code_corpus.
    RETURNS: the number of polls made.
    """
    n = 0
    while True:
        started = time.monotonic()
        n += 1
        stats = code_corpus(feeds, db=db, new_feed_items_only=True, **run_options)
        if on_poll is not None:
            on_poll(n, stats)
        if once or (max_polls is not None and n >= max_polls):
            return n
        sleep(max(0.0, every - (time.monotonic() - started)))
