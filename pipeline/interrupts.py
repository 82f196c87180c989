"""Ctrl-C during a run: one line and exit 130, not the tracebacks of every stage the job was in."""
from __future__ import annotations

import contextlib
import logging
import signal
import threading


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def interrupts_ignored():
    """Ctrl-C does nothing in the block: a commit is a few renames that should not stop half-way."""
    if not _in_main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def interrupts_recorded():
    """Yields a list that Ctrl-C appends to before it stops the block.

    Beam wraps a KeyboardInterrupt in its own errors and logs their tracebacks, so the caller cannot
    tell an interrupt from a failure by the exception; it reads the list. Logging is silenced at the
    interrupt, so the user sees one line, not the tracebacks of every stage the job was in.
    """
    received: list[bool] = []
    if not _in_main_thread():
        yield received
        return

    def stop(signum, frame):
        received.append(True)
        logging.disable(logging.CRITICAL)
        threading.excepthook = lambda args: None    # the runner's threads fail as the job stops
        raise KeyboardInterrupt

    previous, hook = signal.signal(signal.SIGINT, stop), threading.excepthook
    try:
        yield received
    finally:
        signal.signal(signal.SIGINT, previous)
        logging.disable(logging.NOTSET)
        threading.excepthook = hook
