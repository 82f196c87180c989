"""The corpus's runs manifest: `runs/run-NNNN.json`, one file per committed run.

Each record says what the run read (every dump file with its size and content
digest), with which options and code version, what it wrote (counts and
files) and which dumps it skipped because an earlier run had read them. A run
adds its own file and never rewrites another's, so the manifest is appended to
in the same commit as the run's rows (pipeline/output_dir.py).

A dump counts as already read when an earlier run read the same path with the
same digest: that run's rows are in the corpus, and reading it again would
only add the same records twice. The same path with other content is refused,
since the rows of the earlier content carry that path too. The same content
under a new path is read, as a single run over both paths would.

Digests: SHA-256 of the bytes for a local file; on an object store the
store's own checksum (Beam's `FileSystems.checksum`: an MD5/CRC32C or ETag),
so that no dump is downloaded twice only to be hashed.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import subprocess
from pathlib import Path

from apache_beam.io.filesystems import FileSystems

RUNS = "runs"
_CHUNK = 1 << 20


class RunsError(Exception):
    pass


def run_path(corpus: str, run: int) -> str:
    return FileSystems.join(corpus, RUNS, f"run-{run:04d}.json")


def read_runs(corpus: str) -> list[dict]:
    """The corpus's run records, oldest first; [] for a corpus without a manifest."""
    pattern = FileSystems.join(corpus, RUNS, "run-*.json")
    records = []
    for meta in FileSystems.match([pattern])[0].metadata_list:
        with FileSystems.open(meta.path) as handle:
            records.append(json.loads(handle.read().decode("utf-8")))
    return sorted(records, key=lambda record: record["run"])


def next_run(runs: list[dict]) -> int:
    return max((record["run"] for record in runs), default=0) + 1


def file_digest(path: str) -> str:
    if FileSystems.get_scheme(path) is None:
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(_CHUNK), b""):
                digest.update(chunk)
        return "sha256:" + digest.hexdigest()
    return f"{FileSystems.get_scheme(path)}-checksum:{FileSystems.checksum(path)}"


def input_files(patterns: list[str]) -> list[dict]:
    """Every file the input globs match, once, in path order, with its size and digest."""
    found: dict[str, int] = {}
    for pattern in patterns:
        for meta in FileSystems.match([pattern])[0].metadata_list:
            found[meta.path] = meta.size_in_bytes
    return [{"path": path, "bytes": size, "digest": file_digest(path)} for path, size in sorted(found.items())]


def split_read_before(files: list[dict], runs: list[dict]) -> tuple[list[dict], list[dict]]:
    """(files to read, files an earlier run read: each with the `run` that read it).

    Raises RunsError for a path an earlier run read with other content.
    """
    earlier: dict[str, tuple[str, int]] = {}
    for record in runs:
        for read in record.get("inputs", []):
            earlier[read["path"]] = (read["digest"], record["run"])
    new, skipped = [], []
    for file in files:
        if file["path"] not in earlier:
            new.append(file)
            continue
        digest, run = earlier[file["path"]]
        if digest != file["digest"]:
            raise RunsError(
                f"{file['path']} was read by run {run} with other content ({digest}, now {file['digest']}); "
                "the corpus holds rows of the old content under this path. Give the new content another "
                "name, or rebuild the corpus with --output --overwrite.")
        skipped.append({**file, "run": run})
    return new, skipped


def code_version() -> str:
    """The package version, and the commit when running from a git checkout."""
    from importlib import metadata

    try:
        version = metadata.version("newscorpus")
    except metadata.PackageNotFoundError:
        version = "unknown"
    try:
        commit = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=Path(__file__).resolve().parent,
                                capture_output=True, text=True, timeout=5, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    return f"{version}+{commit}" if commit else version


def run_record(*, run: int, started: datetime.datetime, inputs: list[dict], skipped: list[dict],
               options: dict, summary: dict, cluster_updates: int) -> dict:
    return {
        "run": run,
        "started_at": started.isoformat(timespec="seconds"),
        "finished_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "code_version": code_version(),
        "options": options,
        "inputs": inputs,
        "skipped_inputs": skipped,
        "records_read": summary["records_read"],
        "articles": summary["articles"],
        "rejects": summary["rejects"],
        "balanced": summary["balanced"],
        "cluster_updates": cluster_updates,
        "partitions": summary["partitions"],
    }


def write_run(folder: str, record: dict) -> str:
    """Writes the record into `folder` (a run's staging folder) at the path it will have in the corpus."""
    from transforms.common.folders import ensure_parent

    path = run_path(folder, record["run"])
    ensure_parent(path)
    with FileSystems.create(path, mime_type="application/json") as handle:
        handle.write((json.dumps(record, indent=2) + "\n").encode("utf-8"))
    return path
