"""ReadPageDumps: file globs in, RawPage records and read rejects out.

Globs are expanded through Beam's FileSystems (local, gs://, s3://, ...).
Each file is read by one worker, then the pages are reshuffled so that
extraction, the expensive part, spreads over all workers even when the input
is a single large WARC.
"""
from __future__ import annotations

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from schemas import reject_row
from transforms.common import progress
from transforms.common.raw_page import RawPage
from transforms.read.formats import GZIP_MAGIC, looks_binary, resolve_format
from transforms.read.readers import (
    DEFAULT_MAX_RECORD_BYTES,
    WholeFileGzip,
    iter_jsonl,
    iter_warc,
    maybe_gunzip,
    read_single_page,
)

NAMESPACE = "ReadPageDumps"
REJECTS = "rejects"
_SNIFF_BYTES = 64 * 1024


def _open(path: str):
    # Compression is handled here from the bytes, not from the file name,
    # because names lie and WARC gzip members must reach warcio intact.
    return FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)


def _head(path: str) -> tuple[bytes, bytes]:
    """(raw first bytes, decompressed first bytes) of a file."""
    with _open(path) as handle:
        raw = handle.read(_SNIFF_BYTES)
    if not raw.startswith(GZIP_MAGIC):
        return raw, raw
    import zlib

    try:
        return raw, zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw, _SNIFF_BYTES)
    except zlib.error:
        return raw, b""


def read_dump_file(path: str, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
                   skipped: dict[str, int] | None = None):
    """Every page and reject in one dump file, as a generator."""
    raw_head, head = _head(path)
    if not raw_head:
        yield reject_row(source_file=path, source_record="file", stage="read", reason="empty_file")
        return
    fmt = resolve_format(path, head)
    # Containers legitimately hold binary payloads; only page-like files must be text.
    binary = fmt not in ("warc", "arc") and looks_binary(head)
    if fmt is None or not head or binary:
        detail = "binary content" if binary else "neither WARC, ARC, JSON lines, HTML nor text"
        yield reject_row(source_file=path, source_record="file", stage="read", reason="unsupported_format",
                         detail=detail)
        return
    if fmt in ("warc", "arc"):
        try:
            with _open(path) as handle:
                yield from iter_warc(handle, path, fmt, max_record_bytes, skipped)
        except WholeFileGzip as restart:
            # Offsets are then positions in the decompressed stream.
            with _open(path) as handle:
                yield from iter_warc(maybe_gunzip(handle, raw_head), path, fmt, max_record_bytes, skipped,
                                     skip_records=restart.records_done)
        return
    with _open(path) as handle:
        if fmt == "jsonl":
            yield from iter_jsonl(maybe_gunzip(handle, raw_head), path, max_record_bytes)
        else:
            yield read_single_page(maybe_gunzip(handle, raw_head), path, fmt, max_record_bytes)


def path_of(metadata) -> str:
    return metadata.path


class _ReadDumpFileFn(beam.DoFn):
    def __init__(self, max_record_bytes: int):
        self._max_record_bytes = max_record_bytes

    def process(self, path: str):
        skipped: dict[str, int] = {}
        for item in read_dump_file(path, self._max_record_bytes, skipped):
            beam.metrics.Metrics.counter(NAMESPACE, "records_read").inc()
            progress.report("read")
            if isinstance(item, RawPage):
                beam.metrics.Metrics.counter(NAMESPACE, "passed").inc()
                yield item
            else:
                beam.metrics.Metrics.counter(NAMESPACE, f"rejected:{item['reason']}").inc()
                progress.report("rejected")
                yield beam.pvalue.TaggedOutput(REJECTS, item)
        for record_type, count in sorted(skipped.items()):
            beam.metrics.Metrics.counter(NAMESPACE, f"skipped_record_type:{record_type}").inc(count)


class ReadPageDumps(beam.PTransform):
    """File patterns in (a PCollection of glob strings); returns (pages, rejects).

    Every record in every matched file comes out exactly once: as a RawPage or
    as a reject row with stage `read`. Container records that never hold a page
    (WARC warcinfo, request, metadata) are counted in `skipped_record_type:*`.
    """

    def __init__(self, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES):
        super().__init__()
        self._max_record_bytes = max_record_bytes

    def expand(self, patterns):
        results = (
            patterns
            | "Match" >> fileio.MatchAll()
            | "Paths" >> beam.Map(path_of)
            # Overlapping globs must not read a file twice; the grouping also spreads files over workers.
            | "UniqueFiles" >> beam.Distinct()
            | "ReadFile" >> beam.ParDo(_ReadDumpFileFn(self._max_record_bytes)).with_outputs(REJECTS, main="pages"))
        # Spread pages over workers before extraction: one big WARC must not pin the job to one worker.
        pages = results.pages | "SpreadPages" >> beam.Reshuffle()
        return pages, results[REJECTS]
