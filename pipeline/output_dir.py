"""Staging and committing the output folder, through Beam's FileSystems.

A run writes into `<output>/_staging/<run>/` and only moves its files into
`articles/` and `rejects/` once the job has succeeded, so a failed run never
leaves a half-written partition where readers look, and an old corpus is
never mixed with a new one.
"""
from __future__ import annotations

import datetime
import logging
import os

from apache_beam.io.filesystems import FileSystems

_LOG = logging.getLogger(__name__)
CORPUS_ENTRIES = ("articles", "rejects", "run_summary.json")
STAGING = "_staging"


class OutputExistsError(RuntimeError):
    pass


def _join(*parts: str) -> str:
    return FileSystems.join(*parts)


def files_under(folder: str) -> list[str]:
    """Every file below `folder`, on any filesystem (object stores included)."""
    result = FileSystems.match([_join(folder, "**")])[0]
    return sorted(m.path for m in result.metadata_list)


def _exists(path: str) -> bool:
    return FileSystems.exists(path)


def _present(path: str) -> bool:
    # Object stores have no folders: a "folder" exists when files live under it.
    return _exists(path) or bool(files_under(path))


def _remove(path: str) -> None:
    """Deletes a file, or every file under a folder, on any filesystem."""
    files = files_under(path)
    if files:
        FileSystems.delete(files)
    if _exists(path):  # the file itself, or a local folder left empty
        FileSystems.delete([path])


def existing_corpus(output: str) -> list[str]:
    return [name for name in CORPUS_ENTRIES if _present(_join(output, name))]


def prepare(output: str, overwrite: bool) -> str:
    """Checks the output folder and returns a fresh staging folder inside it."""
    found = existing_corpus(output)
    if found and not overwrite:
        raise OutputExistsError(
            f"{output} already holds a corpus ({', '.join(found)}). "
            "Pass --overwrite to replace it, or choose another --output.")
    leftovers = _join(output, STAGING)
    if _present(leftovers):
        _LOG.warning("removing leftovers of an interrupted run in %s", leftovers)
        _remove(leftovers)
    run = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}"
    return _join(output, STAGING, run)


def _ensure_parent(path: str) -> None:
    # Local renames fail into folders that do not exist yet; object stores have no folders.
    parent = path.rsplit("/", 1)[0]
    if FileSystems.get_scheme(path) is None and not _exists(parent):
        FileSystems.mkdirs(parent)


def commit(staging: str, output: str) -> list[str]:
    """Replaces the corpus in `output` with the staged one; returns the committed paths."""
    for name in CORPUS_ENTRIES:
        _remove(_join(output, name))
    # Only the tables move; the job's own working files (staged rows) go with the staging folder.
    sources = files_under(_join(staging, "articles")) + files_under(_join(staging, "rejects"))
    prefix = staging.rstrip("/") + "/"
    targets = [_join(output, src[len(prefix):]) for src in sources]
    for target in targets:
        _ensure_parent(target)
    if sources:
        FileSystems.rename(sources, targets)
    _remove(_join(output, STAGING))
    return targets


def ensure_rejects_table(output: str) -> None:
    """A run without rejects still gets a (zero-row) rejects table, so queries on it never fail."""
    import pyarrow.parquet as pq

    from schemas import reject_schema

    folder = _join(output, "rejects")
    if files_under(folder):
        return
    path = _join(folder, "part-00000-0000.parquet")
    _ensure_parent(path)
    with FileSystems.create(path, mime_type="application/octet-stream") as handle:
        pq.write_table(reject_schema().empty_table(), handle, compression="zstd")
