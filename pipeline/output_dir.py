"""Staging and committing the output folder, through Beam's FileSystems.

A run writes into `<output>/_staging/<run>/` and only moves its files into
`articles/`, `rejects/` and `run_summary.json` once the job has succeeded, so a
failed run never leaves a half-written partition where readers look, and an
old corpus is never mixed with a new one.

The commit itself is a few renames that a kill can interrupt, so it is made
recoverable: the old corpus first moves aside into `<output>/_previous/`, a
marker notes when it is all aside, the new corpus moves in, a second marker
notes when that is done, and `_previous/` goes. The next run in the same
folder reads the markers and finishes the commit or puts the old corpus back
(`recover`), before anything else.

A run that appends to a corpus (`commit_append`) moves aside only what it
replaces (cluster_updates/ and run_summary.json) and first writes the list of
files it adds into `_previous/`, so that putting the corpus back removes
exactly those files and the earlier runs' files are never touched.
"""
from __future__ import annotations

import datetime
import logging
import os

from apache_beam.io.filesystems import FileSystems

from transforms.common.folders import ensure_parent

_LOG = logging.getLogger(__name__)
CORPUS_ENTRIES = ("articles", "rejects", "cluster_updates", "dedup_index", "dedup_keys", "runs",
                  "run_summary.json")
# What a run appended to a corpus replaces; everything else it only adds to.
REPLACED_BY_APPEND = ("cluster_updates", "run_summary.json")
STAGING = "_staging"
PREVIOUS = "_previous"
MOVING_IN = ".moving-in"      # in _previous/: the old corpus is all aside, the new one is moving in
MOVED_IN = ".moved-in"        # in _previous/: the new corpus is complete
ADDING = ".adding"            # in _previous/: the files an append moves in, one path a line


class OutputExistsError(RuntimeError):
    pass


class OutputNotWritableError(RuntimeError):
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


def _move(files: list[str], source: str, target: str) -> list[str]:
    """Renames `files` (all under folder `source`) to the same places under folder `target`; returns those."""
    prefix = source.rstrip("/") + "/"
    targets = [_join(target, path[len(prefix):]) for path in files]
    for path in targets:
        ensure_parent(path)
    if files:
        FileSystems.rename(files, targets)
    return targets


def _entries(folder: str, names: tuple[str, ...] = CORPUS_ENTRIES) -> list[str]:
    """Files of the corpus entries (articles/, rejects/, ..., run_summary.json) in `folder`."""
    found = []
    for name in names:
        path = _join(folder, name)
        if name.endswith(".json"):
            found += [path] if _exists(path) else []
        else:
            found += files_under(path)
    return found


def _move_corpus(source: str, target: str, names: tuple[str, ...] = CORPUS_ENTRIES) -> list[str]:
    """Moves the corpus entries of folder `source` into folder `target`; returns where they are now."""
    moved = _move(_entries(source, names), source, target)
    for name in names:    # the emptied local folders, so that no old partition folder lingers
        _remove(_join(source, name))
    return moved


def _touch(path: str) -> None:
    ensure_parent(path)
    with FileSystems.create(path, mime_type="application/octet-stream"):
        pass


def recover(output: str) -> str | None:
    """Finishes or rolls back a commit that was killed half-way; says what it did, or None."""
    # Every step leaves a state this function reads right if it is killed in turn.
    previous = _join(output, PREVIOUS)
    if not _present(previous):
        return None
    if _exists(_join(previous, MOVED_IN)):
        _drop_previous(previous)
        return f"finished an interrupted commit in {output} (the new corpus was complete)"
    if _exists(_join(previous, MOVING_IN)):
        added = _added_files(previous)
        if added is None:
            for name in CORPUS_ENTRIES:    # the part of the new corpus that had moved in
                _remove(_join(output, name))
        else:                              # an append: only the files it listed
            present = [path for path in added if _exists(path)]
            if present:
                FileSystems.delete(present)
            for name in REPLACED_BY_APPEND:
                _remove(_join(output, name))
        FileSystems.delete([_join(previous, MOVING_IN)])   # from here on, output holds only old files
    _move_corpus(previous, output)
    _remove(previous)
    return f"put the previous corpus back in {output} after an interrupted commit"


def _added_files(previous: str) -> list[str] | None:
    """The files an interrupted append listed before moving them in, or None for a full commit."""
    path = _join(previous, ADDING)
    if not _exists(path):
        return None
    with FileSystems.open(path) as handle:
        return [line for line in handle.read().decode("utf-8").splitlines() if line]


def _drop_previous(previous: str) -> None:
    """Deletes the replaced corpus; the markers go last, so that a kill here is read as a finished commit.

    MOVED_IN goes very last: while it is there, `recover` finishes the commit. Were MOVING_IN left
    without it, `recover` would take the complete new corpus for a half-moved one and remove it.
    """
    markers = [_join(previous, name) for name in (MOVING_IN, ADDING, MOVED_IN)]
    old = [path for path in files_under(previous) if path not in markers]
    if old:
        FileSystems.delete(old)
    for marker in markers:
        if _exists(marker):
            FileSystems.delete([marker])
    _remove(previous)


def prepare(output: str, overwrite: bool) -> str:
    """Checks the output folder and returns a fresh staging folder inside it."""
    recovered = recover(output)
    if recovered:
        _LOG.warning("%s", recovered)
    found = existing_corpus(output)
    if found and not overwrite:
        raise OutputExistsError(
            f"{output} already holds a corpus ({', '.join(found)}). "
            "Pass --overwrite to replace it, or choose another --output.")
    leftovers = _join(output, STAGING)
    if _present(leftovers):
        if not overwrite:
            raise OutputExistsError(
                f"{leftovers} holds the staged files of an interrupted run (none of them was committed). "
                "Pass --overwrite to remove them and run, or delete that folder.")
        _LOG.warning("removing leftovers of an interrupted run in %s", leftovers)
        _remove(leftovers)
    run = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}"
    return _join(output, STAGING, run)


def check_writable(folder: str, output: str) -> None:
    """Creates and removes a probe file in `folder` (inside `output`), so that an unwritable output fails
    before any work is done."""
    probe = _join(folder, f".write-probe-{os.getpid()}")
    try:
        _touch(probe)
        FileSystems.delete([probe])
    except Exception as error:  # each filesystem raises its own errors
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise OutputNotWritableError(f"cannot write to --output {output}: {reason}") from error


def discard(staging: str) -> None:
    """Removes a run's staging folder (and `_staging/` when it was the only run in it)."""
    _remove(staging)
    parent = staging.rstrip("/").rsplit("/", 1)[0]
    if _exists(parent) and not files_under(parent):
        FileSystems.delete([parent])


def commit(staging: str, output: str) -> list[str]:
    """Replaces the corpus in `output` with the staged one; returns the committed paths."""
    previous = _join(output, PREVIOUS)
    _move_corpus(output, previous)
    _touch(_join(previous, MOVING_IN))
    # Only the tables and the summary move; the job's own working files (staged rows) go with the staging folder.
    committed = _move_corpus(staging, output)
    _touch(_join(previous, MOVED_IN))
    _drop_previous(previous)
    discard(staging)
    return committed


def prepare_append(corpus: str) -> str:
    """Checks a corpus to append to and returns a fresh staging folder inside it."""
    recovered = recover(corpus)
    if recovered:
        _LOG.warning("%s", recovered)
    if not existing_corpus(corpus):
        raise OutputExistsError(f"--append_to {corpus} holds no corpus; make one with --output first")
    leftovers = _join(corpus, STAGING)
    if _present(leftovers):
        raise OutputExistsError(
            f"{leftovers} holds the staged files of an interrupted run (none of them was committed). "
            "Delete that folder, then append again.")
    run = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}"
    return _join(corpus, STAGING, run)


def commit_append(staging: str, corpus: str) -> list[str]:
    """Adds the staged run to the corpus (replacing cluster_updates/ and run_summary.json); returns the
    committed paths. A kill at any point leaves a state `recover` puts back or finishes."""
    new = _entries(staging)
    prefix = staging.rstrip("/") + "/"
    targets = [_join(corpus, path[len(prefix):]) for path in new]
    replaced = set(_entries(corpus, REPLACED_BY_APPEND))
    clashes = [path for path in targets if path not in replaced and _exists(path)]
    if clashes:
        raise RuntimeError(f"the run's files would replace files of earlier runs: {clashes[:3]}; nothing was "
                           f"committed to {corpus}")
    previous = _join(corpus, PREVIOUS)
    _move_corpus(corpus, previous, REPLACED_BY_APPEND)
    listing = _join(previous, ADDING)
    ensure_parent(listing)
    with FileSystems.create(listing, mime_type="text/plain") as handle:
        handle.write("".join(path + "\n" for path in targets).encode("utf-8"))
    _touch(_join(previous, MOVING_IN))
    committed = _move(new, staging, corpus)
    _touch(_join(previous, MOVED_IN))
    _drop_previous(previous)
    discard(staging)
    return committed


def corpus_files(corpus: str, table: str) -> list[str]:
    """The Parquet files of one table (articles, cluster_updates) of a committed corpus."""
    return [path for path in files_under(_join(corpus, table)) if path.endswith(".parquet")]


def has_table(corpus: str, table: str) -> bool:
    return bool(files_under(_join(corpus, table)))


def ensure_empty_table(output: str, table: str, schema) -> None:
    """A table without rows still gets a zero-row file, so queries on it never fail."""
    import pyarrow.parquet as pq

    folder = _join(output, table)
    if files_under(folder):
        return
    path = _join(folder, "part-00000-0000.parquet")
    ensure_parent(path)
    with FileSystems.create(path, mime_type="application/octet-stream") as handle:
        pq.write_table(schema.empty_table(), handle, compression="zstd")


def ensure_rejects_table(output: str) -> None:
    """A run without rejects still gets a (zero-row) rejects table, so queries on it never fail."""
    from schemas import reject_schema

    ensure_empty_table(output, "rejects", reject_schema())
