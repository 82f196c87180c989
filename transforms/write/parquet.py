"""WritePartitionedParquet: staged article rows and reject rows to Hive-partitioned Parquet.

Layout under the (staging) output directory:
  articles/language=<xx>/year=<YYYY>/month=<MM>/part-<shard>-<staged file>-<seq>.parquet
  rejects/part-<name>.parquet
Files are written through Beam's FileSystems, so any registered filesystem
works, with the explicit schema from `schemas/` (never inferred) and zstd.

No rows cross a shuffle here. Articles arrive as staged files
(`StageArticles`, written where the rows were made) together with the updates
later stages keyed by (staged file, row position); each staged file is read
once per shard and its rows go straight to their partition's file. Rejects are
written in the bundle that made them, into `_work/`, and moved into `rejects/`
once their bundle is done, so a retried bundle never leaves a second copy.
"""
from __future__ import annotations

import re

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from schemas import article_schema, reject_schema, staged_article_schema
from transforms.common import progress
from transforms.common.staged_rows import (GROUP_ROWS, RollingParquetWriter, StageRowsFn, apply_update,
                                          publish_file, read_rows)

NAMESPACE = "WritePartitionedParquet"
DEFAULT_MAX_ROWS_PER_FILE = 50_000
WORK = "_work"

_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MONTH = re.compile(r"^(?:0[1-9]|1[0-2])$")


def partition_values(record: dict) -> tuple[str, str, str]:
    """(language, year, month), each checked against a strict allow-list.

    Partition values become directory names, so nothing from the input may
    reach the path unchecked: anything unexpected becomes `und`/`unknown`.
    """
    language = record.get("language") or ""
    language = language if _LANGUAGE.match(language) else "und"
    when = record.get("published_at") or record.get("fetched_at")
    year = month = "unknown"
    if when is not None:
        y, m = f"{when.year:04d}", f"{when.month:02d}"
        if _YEAR.match(y) and _MONTH.match(m):
            year, month = y, m
    return language, year, month


def partition_dir(record: dict) -> str:
    language, year, month = partition_values(record)
    return f"articles/language={language}/year={year}/month={month}"


def part_name(shard: int, stem: str, seq: int) -> str:
    return f"part-{shard:05d}-{stem}-{seq:04d}.parquet"


def stem_of(path: str) -> str:
    return path.rsplit("/", 1)[-1].split(".", 1)[0]


class PartitionedWriter:
    """Rows to one rolling file set per partition, with at most `buffered_rows` rows waiting in memory.

    `add` and `close` return (partition folder, rows) for every file finished.
    """

    def __init__(self, root: str, schema, name_of, max_rows: int, buffered_rows: int = GROUP_ROWS):
        self._root, self._schema, self._name_of, self._max_rows = root, schema, name_of, max_rows
        self._buffered_rows = buffered_rows
        self._writers: dict[str, RollingParquetWriter] = {}
        self._waiting: dict[str, int] = {}

    def add(self, subdir: str, row: dict) -> list[tuple[str, int]]:
        writer = self._writers.get(subdir)
        if writer is None:
            writer = self._writers[subdir] = RollingParquetWriter(
                FileSystems.join(self._root, subdir), self._schema, self._name_of, self._max_rows)
        finished = [(subdir, rows) for _, rows in writer.add(row)]
        self._waiting[subdir] = writer.waiting
        if sum(self._waiting.values()) >= self._buffered_rows:
            # Many partitions at once: write the fullest one's rows out as a row group.
            fullest = max(sorted(self._waiting), key=self._waiting.get)
            self._writers[fullest].flush()
            self._waiting[fullest] = 0
        return finished

    def close(self) -> list[tuple[str, int]]:
        finished = []
        for subdir in sorted(self._writers):
            finished += [(subdir, rows) for _, rows in self._writers[subdir].close()]
        return finished


class StageArticles(beam.PTransform):
    """Article dicts in; the paths of the staged files that hold them out (see transforms/common/staged_rows.py)."""

    def __init__(self, root: str):
        super().__init__()
        self._folder = FileSystems.join(root, WORK, "articles")

    def expand(self, articles):
        return articles | "StageRows" >> beam.ParDo(StageRowsFn(self._folder, staged_article_schema))


def shard_keys(path: str, shards: int):
    for shard in range(shards):
        yield (path, shard), None


def key_update(element, shards: int):
    path, (position, update) = element
    return (path, position % shards), (position, update)


class _WriteStagedFileFn(beam.DoFn):
    """One shard of one staged file: its rows, updated, to their partitions' files; rejected rows out."""

    def __init__(self, root: str, shards: int, max_rows: int):
        self._root, self._shards, self._max_rows = root, shards, max_rows
        self._rows = beam.metrics.Metrics.counter(NAMESPACE, "rows:articles")

    def setup(self):
        self._schema = article_schema()

    def process(self, element):
        (path, shard), joined = element
        if not joined["file"]:
            return
        updates = dict(joined["updates"])
        stem = stem_of(path)
        writer = PartitionedWriter(self._root, self._schema, lambda row, seq: part_name(shard, stem, seq),
                                   self._max_rows)
        for position, row in read_rows(path):
            if position % self._shards != shard:
                continue
            article, reject = apply_update(row, updates.get(position))
            if reject is not None:
                yield beam.pvalue.TaggedOutput("rejects", reject)
                continue
            yield from self._written(writer.add(partition_dir(article), article))
        yield from self._written(writer.close())

    def _written(self, files):
        for subdir, rows in files:
            self._rows.inc(rows)
            progress.report("written", rows)
            yield subdir, rows


def publish_reject_file(path: str, root: str) -> tuple[str, int]:
    """Moves a finished reject file from _work/ into rejects/ (`publish_file`); returns ("rejects", its rows)."""
    import pyarrow.parquet as pq

    with FileSystems.open(publish_file(path, root, "rejects")) as handle:
        return "rejects", pq.ParquetFile(handle).metadata.num_rows


class WritePartitionedParquet(beam.PTransform):
    """(staged article files, updates, rejects) in; writes them under `root`.

    `updates` are ((staged file, row position), update) pairs, see `apply_update`;
    rows without one are written as they are. Returns a PCollection of
    (subdirectory, rows in file), one per file written. Each staged file is
    written by `shards` tasks that split its rows, so a large partition is
    written by several workers at once.
    """

    def __init__(self, root: str, shards: int = 1, max_rows_per_file: int = DEFAULT_MAX_ROWS_PER_FILE):
        super().__init__()
        self._root = root
        self._shards = shards
        self._max_rows = max_rows_per_file

    def expand(self, pcolls):
        staged, updates, rejects = pcolls
        written = (
            {"file": staged | "ShardStagedFiles" >> beam.FlatMap(shard_keys, self._shards),
             "updates": updates | "KeyUpdates" >> beam.Map(key_update, self._shards)}
            | "JoinUpdates" >> beam.CoGroupByKey()
            | "WriteArticles" >> beam.ParDo(_WriteStagedFileFn(self._root, self._shards, self._max_rows))
            .with_outputs("rejects", main="files"))
        all_rejects = (rejects, written.rejects) | "AllRejects" >> beam.Flatten()
        reject_files = (
            all_rejects
            | "StageRejects" >> beam.ParDo(StageRowsFn(
                FileSystems.join(self._root, WORK, "rejects"), reject_schema, self._max_rows,
                counter=(NAMESPACE, "rows:rejects")))
            | "AfterRejectBundles" >> beam.Reshuffle()
            | "PublishRejects" >> beam.Map(publish_reject_file, self._root))
        return (written.files, reject_files) | "AllFiles" >> beam.Flatten()
