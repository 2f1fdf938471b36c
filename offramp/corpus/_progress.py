"""Progress of a corpus run on stderr: a rich bar on a terminal, plain lines in a log."""
from __future__ import annotations

import sys
import threading
import time

__all__ = ["Progress", "count_inputs"]


def _fmt_eta(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    s = int(seconds)
    return f"{s // 3600}h{s % 3600 // 60:02d}m" if s >= 3600 else f"{s // 60}m{s % 60:02d}s"


def count_inputs(paths) -> int | None:
    """How many documents the inputs hold (JSONL lines, one per other file); None if unknown.

    paths: input names as given to read_paths. Streams files; nothing is held in memory.
    """
    import gzip

    from ..ingest import expand_paths

    n = 0
    for p in expand_paths(paths):
        if not isinstance(p, str) or p == "-" or "://" in p:
            return None
        low = p.lower().removesuffix(".gz")
        if low.endswith((".rss", ".atom", ".xml")):
            return None
        if low.endswith((".jsonl", ".ndjson")):
            try:
                with open(p, "rb") as fh:
                    gz = fh.read(2) == b"\x1f\x8b"
                with (gzip.open(p, "rb") if gz else open(p, "rb")) as fh:
                    n += sum(1 for line in fh if line.strip())
            except (OSError, EOFError):
                n += 1
        else:
            n += 1
    return n


class Progress:
    """Documents/s, events/s, errors and ETA while a run goes.

    enabled: report at all; total: documents expected (may be set later); interval: seconds
    between plain lines when stderr is not a terminal; stream: where to write.
    """

    def __init__(self, enabled: bool = True, total: int | None = None, interval: float = 10.0,
                 stream=None):
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.total = total
        self.interval = interval
        self.docs = self.events = self.errors = self.skipped = 0
        self.start = self.last = time.monotonic()
        self.bar = None
        if enabled and getattr(self.stream, "isatty", lambda: False)():
            self._start_bar()

    def _start_bar(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress as Bar, TextColumn, TimeRemainingColumn

        self.bar = Bar(TextColumn("offramp"), BarColumn(), TextColumn("{task.completed}/{task.fields[of]} docs"),
                       TextColumn("{task.fields[rates]}"), TimeRemainingColumn(),
                       console=Console(file=self.stream), transient=False)
        self.task = self.bar.add_task("code", total=self.total, of=self.total or "?", rates="")
        self.bar.start()

    def set_total(self, total: int | None) -> None:
        self.total = total
        if self.bar is not None:
            self.bar.update(self.task, total=total, of=total or "?")

    def count_in_background(self, paths) -> None:
        """Count the inputs in a thread and set the total when done (for the ETA)."""
        if not self.enabled:
            return

        def run():
            try:
                self.set_total(count_inputs(paths))
            except Exception:  # a count is a nicety; never let it disturb the run
                pass
        threading.Thread(target=run, daemon=True).start()

    def rates(self) -> tuple[float, float]:
        dt = max(time.monotonic() - self.start, 1e-9)
        return self.docs / dt, self.events / dt

    def _eta(self) -> float | None:
        done = self.docs + self.errors + self.skipped
        if not self.total or not done:
            return None
        return (time.monotonic() - self.start) / done * max(self.total - done, 0)

    def update(self, docs: int = 0, events: int = 0, errors: int = 0, skipped: int = 0) -> None:
        self.docs += docs
        self.events += events
        self.errors += errors
        self.skipped += skipped
        if not self.enabled:
            return
        dps, eps = self.rates()
        if self.bar is not None:
            self.bar.update(self.task, completed=self.docs + self.errors + self.skipped,
                            rates=f"{dps:.1f} docs/s {eps:.1f} events/s {self.errors} errors")
        elif time.monotonic() - self.last >= self.interval:
            self.last = time.monotonic()
            self.stream.write(self.line() + "\n")
            self.stream.flush()

    def line(self) -> str:
        dps, eps = self.rates()
        done = self.docs + self.errors + self.skipped
        of = f"/{self.total}" if self.total else ""
        return (f"offramp: {done}{of} documents, {dps:.1f} docs/s, {eps:.1f} events/s, "
                f"{self.errors} errors, ETA {_fmt_eta(self._eta())}")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
