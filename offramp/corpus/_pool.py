"""Executors that code batches: in this process, or in worker processes with bounded queues.

A worker process loads the spaCy model once and codes batch after batch. Each worker has its
own pair of pipes (no shared queue lock a killed worker could leave held); a thread in the
worker drains its task pipe, so the parent never blocks on a busy worker, and notices at once
when the parent is gone (end of file) and exits. At most `per_worker` batches wait per worker.
A worker that dies takes no batch with it: the batch it was on is retried one document at a
time (so one crashing document cannot fail its neighbours), the others are retried whole.
"""
from __future__ import annotations

import os
import signal
import time
from collections import deque
from dataclasses import dataclass, field

from ._work import Failure, Outcome, Settings, code_batch

__all__ = ["InlineExecutor", "ProcessExecutor", "Batch", "start_fork_server"]

Batch = list  # [(seq, Document)]


class InlineExecutor:
    """Codes each batch at once, in this process (one worker, no pickling)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.done: list[tuple[int, list[Outcome]]] = []

    def free(self) -> int:
        return 0 if self.done else 1

    def outstanding(self) -> int:
        return len(self.done)

    def submit(self, bid: int, batch: Batch) -> None:
        self.done.append((bid, code_batch(batch, self.settings)))

    def collect(self, timeout: float) -> list[tuple[int, list[Outcome]]]:
        out, self.done = self.done, []
        return out

    def close(self) -> None:
        pass


def _worker_main(wid: int, tasks, results, settings: Settings) -> None:
    import queue
    import threading

    from ._work import setup

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    inbox: queue.SimpleQueue = queue.SimpleQueue()

    def pump():
        while True:
            try:
                msg = tasks.recv()
            except (EOFError, OSError):
                os._exit(0)  # the parent is gone (even by kill -9): nobody wants our results
            inbox.put(msg)
            if msg is None:
                return

    threading.Thread(target=pump, daemon=True).start()
    setup(settings)
    try:
        while (msg := inbox.get()) is not None:
            bid, batch = msg
            results.send(("start", bid))
            results.send(("done", bid, code_batch(batch, settings)))
    except (BrokenPipeError, EOFError, OSError):
        os._exit(0)


@dataclass
class _Worker:
    proc: object
    tasks: object
    results: object
    pending: dict = field(default_factory=dict)   # bid → batch sent, not yet done
    started: tuple | None = None                   # (bid, monotonic time) of the batch in hand
    spoke: bool = False                            # has it ever reported back


def _context():
    import multiprocessing as mp

    try:
        ctx = mp.get_context("forkserver")
        # the fork server warms up once (model, gazetteers, lexicons) and each worker is
        # forked from it ready; a run with a user actor file reloads the model in the worker
        ctx.set_forkserver_preload(["offramp.corpus._preload"])
        return ctx
    except ValueError:
        return mp.get_context("spawn")


def start_fork_server() -> None:
    """Start (and warm up) the pool's fork server now, in the background."""
    ctx = _context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver
        forkserver.ensure_running()


class ProcessExecutor:
    """Worker processes coding batches. workers: how many; per_worker: batches queued each."""

    def __init__(self, workers: int, settings: Settings, per_worker: int = 2):
        self.ctx = _context()
        self.settings = settings
        self.per_worker = per_worker
        self.workers: dict[int, _Worker] = {}
        self.backlog: deque = deque()          # batches to resend after a worker died
        self.done: list[tuple[int, list[Outcome]]] = []
        self.restarts = self.mute_deaths = 0
        for wid in range(workers):
            self._start(wid)

    def _start(self, wid: int) -> None:
        task_r, task_w = self.ctx.Pipe(duplex=False)
        res_r, res_w = self.ctx.Pipe(duplex=False)
        p = self.ctx.Process(target=_worker_main, args=(wid, task_r, res_w, self.settings),
                             name=f"offramp-worker-{wid}", daemon=True)
        p.start()
        task_r.close()
        res_w.close()
        self.workers[wid] = _Worker(p, task_w, res_r)

    def free(self) -> int:
        room = sum(self.per_worker - len(w.pending) for w in self.workers.values())
        return max(0, room - len(self.backlog))

    def outstanding(self) -> int:
        return sum(len(w.pending) for w in self.workers.values()) + len(self.backlog) + len(self.done)

    def submit(self, bid: int, batch: Batch) -> None:
        self.backlog.append((bid, batch))
        self._dispatch()

    def _dispatch(self) -> None:
        while self.backlog:
            w = min(self.workers.values(), key=lambda x: len(x.pending))
            if len(w.pending) >= self.per_worker:
                return
            bid, batch = self.backlog.popleft()
            w.pending[bid] = batch
            try:
                w.tasks.send((bid, batch))
            except OSError:
                pass  # it died; _reap finds it and resends

    def _hard_limit(self, batch: Batch) -> float | None:
        t = self.settings.time_limit
        return None if not t else t * (len(batch) + 1) + 30.0

    def collect(self, timeout: float) -> list[tuple[int, list[Outcome]]]:
        from multiprocessing.connection import wait

        if not self.done:
            conns = {w.results: wid for wid, w in self.workers.items()}
            sentinels = {w.proc.sentinel: wid for wid, w in self.workers.items()}
            for r in wait(list(conns) + list(sentinels), timeout):
                wid = conns.get(r, sentinels.get(r))
                w = self.workers.get(wid)
                if w is None:
                    continue
                if r in conns:
                    self._read(wid, w)
                elif not w.proc.is_alive():
                    self._reap(wid, f"worker process died (exit code {w.proc.exitcode})")
            now = time.monotonic()
            for wid, w in list(self.workers.items()):
                if w.started and w.started[0] in w.pending:
                    lim = self._hard_limit(w.pending[w.started[0]])
                    if lim and now - w.started[1] > lim:
                        w.proc.kill()
                        w.proc.join(5)
                        self._reap(wid, "coding took longer than the time limit (worker stopped)")
            self._dispatch()
        out, self.done = self.done, []
        return out

    def _read(self, wid: int, w: _Worker) -> None:
        while True:
            try:
                if not w.results.poll():
                    return
                msg = w.results.recv()
            except (EOFError, OSError):
                w.proc.join(5)
                self._reap(wid, f"worker process died (exit code {w.proc.exitcode})")
                return
            w.spoke = True
            if msg[0] == "start":
                w.started = (msg[1], time.monotonic())
            elif msg[0] == "done":
                w.pending.pop(msg[1], None)
                w.started = None
                self.done.append((msg[1], msg[2]))

    def _reap(self, wid: int, why: str) -> None:
        """A worker is gone: fail or retry what it held, and start another in its place."""
        w = self.workers.pop(wid)
        for r in (w.tasks, w.results):
            r.close()
        if not w.spoke:
            self.mute_deaths += 1
            if self.mute_deaths > 2 + len(self.workers):
                self.close()
                raise RuntimeError(
                    "offramp worker processes die as they start (a script that starts a run "
                    "needs an `if __name__ == '__main__':` guard)")
        in_hand = w.started[0] if w.started else None
        for bid, batch in w.pending.items():
            if bid != in_hand:
                self.backlog.appendleft((bid, batch))
            elif len(batch) == 1:
                seq, doc = batch[0]
                self.done.append((bid, [Outcome(seq, error=Failure("E000", why, doc.id),
                                                internal=True, doc_id=doc.id)]))
            else:
                for k, one in enumerate(batch):  # find the one at fault
                    self.backlog.append(((bid, k), [one]))
        self.restarts += 1
        self._start(wid)

    def close(self) -> None:
        for w in self.workers.values():
            try:
                w.tasks.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + 10
        for w in self.workers.values():
            w.proc.join(max(0.1, deadline - time.monotonic()))
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join(5)
            for r in (w.tasks, w.results):
                r.close()
        self.workers.clear()
