"""Per-document time and memory limits for extraction.

Beam runs DoFns on worker threads, where `signal.alarm` cannot interrupt
anything, and a runaway lxml call holds the GIL. So extraction runs in a child
process owned by the DoFn instance: the parent waits at most `timeout` seconds
for each answer and kills the child (then starts a fresh one) when it does not
come. The child caps its own address space, so a page that blows up in memory
fails with MemoryError inside the child instead of taking the worker down.
This works the same in-process, under multi-processing and on remote
workers, because it only relies on a process the DoFn starts itself.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import time
from typing import Any, Callable

_LOG = logging.getLogger(__name__)
DEFAULT_TIMEOUT_SECONDS = 30.0
DEFAULT_MEMORY_MB = 2048
# Starting a child (and its imports) is not the page's fault: it gets its own, generous limit.
STARTUP_TIMEOUT_SECONDS = 300.0
TIMEOUT, OOM, CRASH = "extraction_timeout", "extraction_oom", "extraction_crash"


def _vm_bytes() -> int:
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


def _child(conn, work: Callable[[Any], Any], memory_bytes: int) -> None:
    import resource
    import signal

    # Ctrl-C reaches the whole process group; the parent decides what stops, and stops this child.
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    if memory_bytes > 0:
        # Budget on top of what the child already maps: absolute caps break on
        # machines where the interpreter's baseline differs.
        limit = _vm_bytes() + memory_bytes
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    conn.send(("ready", None))
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", work(item)))
        except MemoryError:
            conn.send(("oom", None))
        except Exception as error:  # reported to the parent, which decides what to do
            conn.send(("error", f"{type(error).__name__}: {error}"))


class GuardedWorker:
    """Calls `work(item)` in a child process with a time limit per call.

    `call` returns ("ok", result), ("error", message) or (reason, detail) with
    reason one of extraction_timeout / extraction_oom / extraction_crash.
    `submit` then `collect` split a call in two, so that the caller can work
    on the previous answer while the child works on the next item.
    """

    def __init__(self, work: Callable[[Any], Any], timeout: float = DEFAULT_TIMEOUT_SECONDS,
                 memory_mb: int = DEFAULT_MEMORY_MB, preload: tuple[str, ...] = ()):
        self._work = work
        self._preload = list(preload)
        self._timeout = timeout
        self._memory_bytes = memory_mb * 1024 * 1024
        self._process = None
        self._conn = None
        self._deadline = 0.0
        self._lost = False

    def _start(self) -> None:
        # forkserver: a clean, single-threaded parent for the children, never a
        # fork of a worker that has gRPC threads running.
        context = multiprocessing.get_context("forkserver")
        if self._preload:
            # Heavy imports happen once in the fork server, not in every restarted child.
            context.set_forkserver_preload(self._preload)
        parent, child = context.Pipe()
        process = context.Process(target=_child, args=(child, self._work, self._memory_bytes), daemon=True)
        try:
            process.start()
        except BaseException:
            parent.close()
            raise
        finally:
            child.close()
        # Kept only once started: a process that never started has nothing to kill on teardown.
        self._process, self._conn = process, parent
        try:
            ready = parent.poll(STARTUP_TIMEOUT_SECONDS) and parent.recv() == ("ready", None)
        except (EOFError, OSError):
            ready = False
        if not ready:
            self._stop()
            raise RuntimeError("extraction process did not start")

    def _stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join(5)
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None

    def submit(self, item: Any) -> None:
        """Hands `item` to the child and returns at once; `collect` gives its answer.

        The caller can do other work meanwhile. The time limit runs from here.
        """
        if self._process is None or not self._process.is_alive():
            self._stop()
            self._start()
        self._deadline = time.monotonic() + self._timeout
        try:
            self._conn.send(item)
            self._lost = False
        except OSError:
            self._lost = True  # the child died under us; collect reports it

    def collect(self) -> tuple[str, Any]:
        """The answer for the item last submitted."""
        try:
            if self._lost:
                raise EOFError
            if not self._conn.poll(max(0.0, self._deadline - time.monotonic())):
                self._stop()
                return TIMEOUT, f"no result within {self._timeout:g} s"
            status, value = self._conn.recv()
        except (EOFError, OSError):
            self._process.join(5)
            code = self._process.exitcode
            self._stop()
            return CRASH, f"extraction process died (exit code {code})"
        if status == "oom":
            # The child's heap may be fragmented past use: start afresh.
            self._stop()
            return OOM, f"over the {self._memory_bytes // (1024 * 1024)} MiB extraction memory limit"
        return status, value

    def call(self, item: Any) -> tuple[str, Any]:
        self.submit(item)
        return self.collect()

    def close(self) -> None:
        self._stop()
