"""Rows kept in Parquet files while the job works on small records, so no stage holds them all.

The local runner holds every collection that crosses a shuffle in memory, and
a remote runner pays to move it. Article rows are the large part of the job
after the pages, and dedup needs only a few small facts of each. So rows are
written once, where they are made, into staged files (`StageRowsFn`), and the
later steps read the files again instead of carrying the rows:

* a staged file is written in the bundle that made its rows and named after
  its first row, so a retried bundle writes the same file again; its path
  travels on only once the bundle is done, and a file of a failed bundle is
  never read;
* `read_rows` streams a file back one record batch at a time, each row with
  its position in the file, which is how later steps address a row.

`RollingParquetWriter` is the one writer behind staged and final files: a row
group every `group_rows` rows, a new file every `max_rows`.
"""
from __future__ import annotations

import hashlib
from typing import Callable, Iterator, Sequence

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.transforms.window import GlobalWindows

GROUP_ROWS = 1_000
STAGED_FILE_ROWS = 20_000


def row_key(row: dict) -> str:
    """16 hex digits naming a record by where it was read (unique across the input)."""
    where = f"{row.get('source_file') or ''}#{row.get('source_record') or ''}"
    return hashlib.blake2b(where.encode("utf-8"), digest_size=8).hexdigest()


class RollingParquetWriter:
    """Rows to zstd Parquet files named by `name_of(first row, sequence number)` under `folder`.

    `add` and `close` return the (path, rows) of every file they finished.
    """

    def __init__(self, folder: str, schema, name_of: Callable[[dict, int], str], max_rows: int,
                 group_rows: int = GROUP_ROWS):
        self._folder, self._schema, self._name_of = folder, schema, name_of
        self._max_rows, self._group_rows = max_rows, min(group_rows, max_rows)
        self._batch: list[dict] = []
        self._writer = self._handle = self._path = None
        self._rows = self._seq = 0

    def add(self, row: dict) -> list[tuple[str, int]]:
        import pyarrow.parquet as pq

        if self._writer is None:
            self._path = FileSystems.join(self._folder, self._name_of(row, self._seq))
            self._handle = FileSystems.create(self._path, mime_type="application/octet-stream")
            self._writer = pq.ParquetWriter(self._handle, self._schema, compression="zstd")
            self._rows = 0
        self._batch.append(row)
        self._rows += 1
        if len(self._batch) >= self._group_rows:
            self.flush()
        if self._rows >= self._max_rows:
            return self.close()
        return []

    @property
    def waiting(self) -> int:
        """Rows held in memory for the next row group."""
        return len(self._batch)

    def flush(self) -> None:
        """Writes the waiting rows out as a row group."""
        import pyarrow as pa

        if self._batch:
            self._writer.write_table(pa.Table.from_pylist(self._batch, schema=self._schema))
            self._batch = []

    def close(self) -> list[tuple[str, int]]:
        if self._writer is None:
            return []
        self.flush()
        self._writer.close()
        self._handle.close()
        finished = [(self._path, self._rows)]
        self._writer = self._handle = None
        self._seq += 1
        return finished


def read_rows(path: str, columns: Sequence[str] | None = None,
              batch_rows: int = GROUP_ROWS) -> Iterator[tuple[int, dict]]:
    """(position, row) for every row of a staged file, one record batch in memory at a time."""
    import pyarrow.parquet as pq

    position = 0
    with FileSystems.open(path) as handle:
        for batch in pq.ParquetFile(handle).iter_batches(batch_size=batch_rows, columns=columns):
            for row in batch.to_pylist():
                yield position, row
                position += 1


def staged_name(row: dict, seq: int) -> str:
    return f"{row_key(row)}-{seq:04d}.parquet"


class StageRowsFn(beam.DoFn):
    """Rows in; the paths of the staged files holding them out, each once its file is complete."""

    def __init__(self, folder: str, schema_fn: Callable, max_rows: int = STAGED_FILE_ROWS,
                 counter: tuple[str, str] | None = None, name_of: Callable[[dict, int], str] = None):
        self._folder, self._schema_fn, self._max_rows = folder, schema_fn, max_rows
        self._name_of = name_of or staged_name
        self._counter = beam.metrics.Metrics.counter(*counter) if counter else None

    def setup(self):
        self._schema = self._schema_fn()

    def start_bundle(self):
        self._writer = RollingParquetWriter(self._folder, self._schema, self._name_of, self._max_rows)

    def process(self, row):
        for path, rows in self._writer.add(row):
            yield self._done(path, rows)

    def finish_bundle(self):
        for path, rows in self._writer.close():
            yield GlobalWindows.windowed_value(self._done(path, rows))

    def _done(self, path: str, rows: int) -> str:
        if self._counter is not None:
            self._counter.inc(rows)
        return path


def apply_update(row: dict, update: dict | None) -> tuple[dict | None, dict | None]:
    """(article, None) or (None, reject row) for a row and the update a later stage keyed to it.

    An update either sets columns (`{"set": {...}}`) or turns the row into a
    reject (`{"reject": {"stage": ..., "reason": ..., "detail": ...}}`); None
    leaves the row as it is.
    """
    from schemas import reject_row

    if update is None:
        return row, None
    if "reject" in update:
        return None, reject_row(source_file=row["source_file"], source_record=row["source_record"],
                                url=row.get("url"), doc_id=row.get("doc_id"), **update["reject"])
    return {**row, **update["set"]}, None


def publish_file(path: str, root: str, table: str) -> str:
    """Moves a finished work file into `<root>/<table>/` as `part-<name>`; a retry finds it moved already.

    Files are written in the bundle that made their rows, into a work folder,
    and moved only after a Reshuffle, once their bundle is done, so that a
    retried bundle never leaves a second copy where readers look.
    """
    from transforms.common.folders import ensure_parent

    target = FileSystems.join(root, table, "part-" + path.rsplit("/", 1)[-1])
    if FileSystems.exists(path):
        ensure_parent(target)
        FileSystems.rename([path], [target])
    return target
