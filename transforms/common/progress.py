"""Live progress lines for long runs, printed by whichever process does the work.

Beam metrics are only visible once a job ends on the local runners, so each
worker process keeps its own tallies and prints them to stderr at most every
few seconds. On a remote runner these lines land in the worker logs.
"""
from __future__ import annotations

import os
import sys
import threading
import time

INTERVAL_SECONDS = 5.0
_ORDER = ("read", "extracted", "rejected", "written")


class _Progress:
    def __init__(self):
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}
        self._started: float | None = None  # the clock starts with the first record, not at import
        self._last = 0.0
        self._pid = os.getpid()

    def add(self, what: str, n: int = 1) -> None:
        with self._lock:
            if os.getpid() != self._pid:  # forked worker: start its own tally
                self.__init__()
            self._counts[what] = self._counts.get(what, 0) + n
            now = time.monotonic()
            if self._started is None:
                self._started = self._last = now
            if now - self._last < INTERVAL_SECONDS:
                return
            self._last = now
            line = self._line(now)
        print(line, file=sys.stderr, flush=True)

    def _line(self, now: float) -> str:
        elapsed = now - self._started
        parts = [f"{k}={self._counts.get(k, 0)}" for k in _ORDER]
        done = self._counts.get("extracted", 0) + self._counts.get("rejected", 0)
        rate = done / elapsed if elapsed > 0 else 0.0
        return f"[progress pid={self._pid} {elapsed:6.0f}s] " + " ".join(parts) + f" ({rate:.1f} records/s)"


_PROGRESS = _Progress()


def report(what: str, n: int = 1) -> None:
    _PROGRESS.add(what, n)
