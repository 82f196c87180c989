"""Wall time, CPU time and peak resident memory of a command and every process it starts.

The corpus job starts child processes (Beam's worker processes with
--direct_running_mode=multi_processing, the extraction guard's child in each
worker) and so does datatrove (a multiprocess manager and pool). What a run
costs is what its whole process tree holds, so `TreeSampler` reads, every
0.2 s, /proc/<pid>/status VmRSS of the root and of all its descendants (found
through /proc/<pid>/task/*/children) and keeps the largest sum. A page that
several processes share (forked workers, the forkserver's children) counts
once per process in that sum; the sampler therefore also keeps the largest
sum of PSS (/proc/<pid>/smaps_rollup), which splits each shared page between
its sharers and so adds up to what the tree really occupies. A process that
lives shorter than one sampling period can be missed.

CPU seconds are the user+sys time of the terminated, waited-for children of
this process (`resource.getrusage(RUSAGE_CHILDREN)`, before and after), which
includes every descendant that its own parent waited for. Not every
descendant is waited for: multiprocessing's forkserver (the job's extraction
guard starts its children through one) outlives the job and is never reaped
by it, and with it would go the CPU time of every page extracted in its
children. This process therefore makes itself the child subreaper of what it
runs (prctl PR_SET_CHILD_SUBREAPER): orphaned descendants are re-parented to
it, and it reaps them after the command ends, so their time counts too.

A run whose tree uses no CPU at all for `STALL_SECONDS` has hung (datatrove
0.2's two-worker pool now and then leaves a worker waiting forever on a
thread that is gone): its processes are killed, by pid, and the run is
reported as stalled instead of blocking the benchmark.

Used by benchmarks/memory_scaling.py and benchmarks/peer_compare.py; nothing to
run on its own.
"""
from __future__ import annotations

import ctypes
import os
import resource
import signal
import subprocess
import threading
import time
from pathlib import Path

SAMPLE_SECONDS = 0.2
ORPHAN_GRACE_SECONDS = 60
STALL_SECONDS = 120
_PR_SET_CHILD_SUBREAPER = 36


def children_of(pid: int) -> list[int]:
    """Direct children of `pid`, from each of its threads' children list."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(child) for child in handle.read().split())
        except OSError:
            continue
    return found


def tree_of(root: int) -> list[int]:
    """`root` and all its living descendants."""
    seen, stack = [], [root]
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.append(pid)
        stack.extend(children_of(pid))
    return seen


def rss_kib(pid: int) -> int:
    """Resident set size of one process in KiB; 0 once it is gone (or a zombie, which has no VmRSS line)."""
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def pss_kib(pid: int) -> int:
    """Proportional set size of one process in KiB (shared pages divided among their sharers); 0 if gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def cpu_ticks(pid: int) -> int:
    """User+system clock ticks one process has used so far; 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return 0


class TreeSampler(threading.Thread):
    """Samples the tree under `root` until stopped; `peak_kib` is the largest summed RSS seen,
    `peak_pss_kib` the largest summed PSS."""

    def __init__(self, root: int, period: float = SAMPLE_SECONDS):
        super().__init__(daemon=True)
        self.root, self.period = root, period
        self.peak_kib = self.peak_pss_kib = 0
        self.most_processes = 0
        self._ticks: dict[int, int] = {}
        self._last_progress = time.monotonic()
        self._stopped = threading.Event()

    def sample(self) -> None:
        pids = tree_of(self.root)
        self.peak_kib = max(self.peak_kib, sum(rss_kib(pid) for pid in pids))
        self.peak_pss_kib = max(self.peak_pss_kib, sum(pss_kib(pid) for pid in pids))
        self.most_processes = max(self.most_processes, len(pids))
        ticks = {pid: cpu_ticks(pid) for pid in pids}
        if any(ticks[pid] > self._ticks.get(pid, -1) for pid in pids):
            self._last_progress = time.monotonic()
        self._ticks = ticks

    def idle_seconds(self) -> float:
        """Seconds since any process of the tree last used CPU (or a new one appeared)."""
        return time.monotonic() - self._last_progress

    def run(self) -> None:
        while True:
            self.sample()
            if self._stopped.wait(self.period):
                return

    def stop(self) -> int:
        self._stopped.set()
        self.join()
        return self.peak_kib


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def become_subreaper() -> bool:
    """Makes orphaned descendants of this process its children (Linux); False where that is refused."""
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def reap_orphans(grace: float = ORPHAN_GRACE_SECONDS) -> list[int]:
    """Waits for every remaining child of this process (orphans re-parented here) for up to `grace`
    seconds; returns the pids still alive after that (left running, not killed)."""
    deadline = time.monotonic() + grace
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return []
        if pid:
            continue
        if time.monotonic() > deadline:
            return children_of(os.getpid())
        time.sleep(0.05)


def kill_tree(pids: list[int]) -> None:
    """SIGKILL to each of `pids` (the measured command's own tree), deepest first."""
    for pid in reversed(pids):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def run_measured(command: list[str], *, log: Path | None = None, cwd: Path | None = None,
                 env: dict[str, str] | None = None, stall_seconds: float | None = STALL_SECONDS) -> dict:
    """Runs `command` to its end; returns returncode, seconds, cpu_seconds (and cpu_complete: whether
    every descendant was reaped), peak_rss_mib, peak_pss_mib, processes (the most seen at once) and
    stalled (killed after `stall_seconds` without CPU use).

    Its output goes to `log` (or is discarded). Only one measured command may
    run at a time, and this process must have no other children meanwhile: the
    CPU figure is the growth of this process's children's total, and every
    child is reaped at the end.
    """
    subreaper = become_subreaper()
    cpu_before = children_cpu_seconds()
    started = time.perf_counter()
    with open(log, "wb") if log else open(os.devnull, "wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=cwd, env=env)
        sampler = TreeSampler(process.pid)
        sampler.start()
        stalled = False
        while True:
            try:
                process.wait(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                if stall_seconds and not stalled and sampler.idle_seconds() > stall_seconds:
                    stalled = True
                    kill_tree(tree_of(process.pid))
        seconds = time.perf_counter() - started
        peak_kib = sampler.stop()
    stray = reap_orphans() if subreaper else []
    return {"returncode": process.returncode, "stalled": stalled, "seconds": seconds,
            "cpu_seconds": children_cpu_seconds() - cpu_before, "cpu_complete": subreaper and not stray,
            "peak_rss_mib": peak_kib / 1024, "peak_pss_mib": sampler.peak_pss_kib / 1024,
            "processes": sampler.most_processes}
