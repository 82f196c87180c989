"""The two programs the run-cost benchmarks measure, each run as a process of its own.

* `run_job`: the corpus job, ``python -m pipeline --input '<dir>/*.warc.gz'``
  with one worker (the default in-process runner) or two
  (``--direct_num_workers 2 --direct_running_mode multi_processing``);
  documents = ``articles`` of its run_summary.json.
* `run_peer`: datatrove's WARC -> trafilatura -> JSON lines pipeline
  (benchmarks/peer_datatrove.py) with LocalPipelineExecutor(workers=N);
  documents = the lines it wrote.

Each returns seconds (wall), cpu_seconds (user+sys of the whole process
tree), peak_rss_mib (summed over the tree, sampled every 0.2 s) and documents,
measured by benchmarks/process_tree.py. Used by benchmarks/memory_scaling.py
and benchmarks/peer_compare.py; nothing to run on its own.
"""
from __future__ import annotations

import contextlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.process_tree import run_measured

REPO = Path(__file__).resolve().parents[1]


def job_command(warc_dir: Path, out: Path, workers: int, extra: list[str]) -> list[str]:
    # The corpus job alone: report.html is an overview drawn after the corpus is committed, and the
    # peer draws none, so it is left out of what is timed.
    flags = ["--no_report", "--direct_num_workers", str(workers)]
    if workers > 1:
        flags += ["--direct_running_mode", "multi_processing"]
    return [sys.executable, "-m", "pipeline", "--input", str(Path(warc_dir) / "*.warc.gz"), "--output", str(out),
            "--overwrite", *flags, *extra]


@contextlib.contextmanager
def _workdir(keep: Path | None, prefix: str):
    """`keep` (created if needed and left in place), else a temporary folder removed afterwards."""
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        yield Path(keep)
        return
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield workdir
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _with_log_tail(result: dict, log: Path) -> dict:
    """A failed run also carries the last lines of its log."""
    if result["returncode"] != 0:
        result["log_tail"] = log.read_text(encoding="utf-8", errors="replace").splitlines()[-25:]
    return result


def run_job(warc_dir: Path, workers: int, extra: list[str] = (), keep: Path | None = None) -> dict:
    """Runs the corpus job on `warc_dir`. With `keep`, output and log stay in that folder.

    Also returns returncode, the run summary (None if the job wrote none), and
    the log's last lines when the job failed.
    """
    with _workdir(keep, "bench-job-") as workdir:
        out, log = workdir / "out", workdir / "job.log"
        result = run_measured(job_command(warc_dir, out, workers, list(extra)), log=log, cwd=REPO)
        summary_path = out / "run_summary.json"
        summary = json.loads(summary_path.read_text(encoding="utf-8")) if summary_path.exists() else None
        result["summary"] = summary
        result["documents"] = summary["articles"] if summary else None
        return _with_log_tail(result, log)


def run_peer(warc_dir: Path, workers: int, venv: Path | None = None, keep: Path | None = None) -> dict:
    """Runs datatrove's pipeline on `warc_dir` (creating its environment on first use)."""
    from benchmarks import peer_datatrove

    python = peer_datatrove.ensure_venv(venv or peer_datatrove.DEFAULT_VENV)
    with _workdir(keep, "bench-peer-") as workdir:
        command = peer_datatrove.peer_command(python, Path(warc_dir), workdir, workers)
        log = workdir / "peer.log"
        result = run_measured(command, log=log, cwd=workdir)
        result["documents"] = peer_datatrove.documents_written(workdir)
        return _with_log_tail(result, log)
