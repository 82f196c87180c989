"""WritePartitionedParquet: article and reject records to Hive-partitioned Parquet.

Layout under the (staging) output directory:
  articles/language=<xx>/year=<YYYY>/month=<MM>/part-<shard>-<seq>.parquet
  rejects/part-<shard>-<seq>.parquet
Files are written through Beam's FileSystems, so any registered filesystem
works, with the explicit schema from `schemas/` (never inferred) and zstd.
"""
from __future__ import annotations

import hashlib
import re

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from schemas import article_schema, reject_schema
from transforms.common import progress

NAMESPACE = "WritePartitionedParquet"
DEFAULT_MAX_ROWS_PER_FILE = 50_000
ROW_GROUP_ROWS = 5_000

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


def shard_of(key: str, shards: int) -> int:
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % shards


def part_name(shard: int, seq: int) -> str:
    return f"part-{shard:05d}-{seq:04d}.parquet"


class _WriteGroupFn(beam.DoFn):
    """Writes one (directory, shard) group, rolling to a new file every `max_rows` rows."""

    def __init__(self, root: str, schema_name: str, max_rows: int):
        self._root = root
        self._schema_name = schema_name
        self._max_rows = max_rows

    def setup(self):
        self._schema = article_schema() if self._schema_name == "articles" else reject_schema()

    def process(self, element):
        import pyarrow as pa
        import pyarrow.parquet as pq

        (subdir, shard), rows = element
        seq, written, batch, writer, handle = 0, 0, [], None, None

        def flush():
            nonlocal batch
            if batch:
                writer.write_table(pa.Table.from_pylist(batch, schema=self._schema))
                if self._schema_name == "articles":
                    progress.report("written", len(batch))
                batch = []

        def close():
            flush()
            writer.close()
            handle.close()

        for row in rows:
            if writer is None:
                path = FileSystems.join(self._root, subdir, part_name(shard, seq))
                handle = FileSystems.create(path, mime_type="application/octet-stream")
                writer = pq.ParquetWriter(handle, self._schema, compression="zstd")
                file_rows = 0
            batch.append(row)
            file_rows += 1
            written += 1
            if len(batch) >= ROW_GROUP_ROWS:
                flush()
            if file_rows >= self._max_rows:
                close()
                yield subdir, file_rows
                writer, seq = None, seq + 1
        if writer is not None:
            close()
            yield subdir, file_rows
        beam.metrics.Metrics.counter(NAMESPACE, f"rows:{self._schema_name}").inc(written)


def key_article(record: dict, shards: int) -> tuple:
    return (partition_dir(record), shard_of(record["doc_id"], shards)), record


def key_reject(row: dict, shards: int) -> tuple:
    return ("rejects", shard_of(f"{row['source_file']}#{row['source_record']}", shards)), row


class WritePartitionedParquet(beam.PTransform):
    """(articles, rejects) PCollections in; writes them under `root`.

    Returns a PCollection of (subdirectory, rows in file), one per file written.
    Rows are spread over `shards` files per partition by a hash of their id, so
    a large partition is written by several workers at once.
    """

    def __init__(self, root: str, shards: int = 1, max_rows_per_file: int = DEFAULT_MAX_ROWS_PER_FILE):
        super().__init__()
        self._root = root
        self._shards = shards
        self._max_rows = max_rows_per_file

    def expand(self, pcolls):
        articles, rejects = pcolls
        written_articles = (
            articles
            | "KeyArticles" >> beam.Map(key_article, self._shards)
            | "GroupArticles" >> beam.GroupByKey()
            | "WriteArticles" >> beam.ParDo(_WriteGroupFn(self._root, "articles", self._max_rows)))
        written_rejects = (
            rejects
            | "KeyRejects" >> beam.Map(key_reject, self._shards)
            | "GroupRejects" >> beam.GroupByKey()
            | "WriteRejects" >> beam.ParDo(_WriteGroupFn(self._root, "rejects", self._max_rows)))
        return (written_articles, written_rejects) | "AllFiles" >> beam.Flatten()
