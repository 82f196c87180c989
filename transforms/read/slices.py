"""Slices of a dump file: pieces of at most RECORDS_PER_SLICE records that one worker reads on its own.

Workers must share one large WARC without any page crossing a shuffle: the
local runner holds everything that crosses a shuffle in memory, and a page is
the largest thing the job handles. So the file is planned first and the plans
are spread over the workers instead of the pages:

* `plan_file` reads the file once, without keeping any payload, and notes the
  byte offset (and record number) where every RECORDS_PER_SLICE-th record
  starts: WARC/ARC files that are plain or gzipped record by record, and plain
  JSON lines. Files that cannot be entered in the middle (one gzip stream
  around many records, gzipped JSON lines) and single pages are one slice.
* `read_slice` seeks to a slice's offset and reads its records with the
  readers in readers.py, which give every record the same locator and the same
  reject as a reading of the whole file would.

When planning stops at a damaged part of a file, the last slice runs from the
last good boundary to the end of the file, so its reader meets the damage and
reports it exactly once.
"""
from __future__ import annotations

import zlib
from typing import Iterator, NamedTuple, Union

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from schemas import reject_row
from transforms.common.raw_page import RawPage
from transforms.read.formats import GZIP_MAGIC, format_from_name, looks_binary, resolve_format, sniff_format
from transforms.read.readers import (
    DEFAULT_MAX_RECORD_BYTES,
    WholeFileGzip,
    iter_jsonl,
    iter_warc,
    jsonl_lines,
    maybe_gunzip,
    read_single_page,
)

RECORDS_PER_SLICE = 100
_SNIFF_BYTES = 64 * 1024


class Slice(NamedTuple):
    path: str
    fmt: str             # warc, arc, jsonl, html or text
    start: int           # byte offset of the slice's first record in the (raw) file
    first: int           # records (JSON lines: physical lines) before the slice
    count: int | None    # records in the slice; None: up to the end of the file


Planned = Union[Slice, dict]


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
    try:
        return raw, zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw, _SNIFF_BYTES)
    except zlib.error:
        return raw, b""


def dump_format(path: str) -> str | None:
    """What a file holds as the job reads it (`warc`, `arc`, `jsonl`, `html`, `text`), or None if no pages.

    The name decides when it names a dump format; otherwise the first bytes are read (a folder given
    as input also holds notes, scripts and images, which the job should leave alone).
    """
    by_name = format_from_name(path)
    if by_name is not None:
        return by_name
    try:
        raw_head, head = _head(path)
    except OSError:
        return None
    fmt = sniff_format(head)
    return fmt if fmt is not None and raw_head and not looks_binary(head) else None


def _expands_past(path: str, limit: int) -> bool:
    """Whether a gzip file decompresses to more than `limit` bytes; reads at most that much."""
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    produced = 0
    try:
        with _open(path) as handle:
            while produced <= limit:
                chunk = handle.read(1 << 20)
                if not chunk:
                    return False
                produced += len(inflate.decompress(chunk, limit + 1 - produced))
                while inflate.unconsumed_tail and produced <= limit:
                    produced += len(inflate.decompress(inflate.unconsumed_tail, limit + 1 - produced))
    except zlib.error:
        return False
    return produced > limit


def plan_file(path: str, records_per_slice: int = RECORDS_PER_SLICE,
              max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> Iterator[Planned]:
    """The slices of one dump file, or the one reject row of a file that holds no readable records."""
    raw_head, head = _head(path)
    if not raw_head:
        yield reject_row(source_file=path, source_record="file", stage="read", reason="empty_file")
        return
    fmt = resolve_format(path, head)
    # Containers legitimately hold binary payloads; only page-like files must be text.
    binary = fmt not in ("warc", "arc") and looks_binary(head)
    if binary and raw_head.startswith(GZIP_MAGIC) and _expands_past(path, max_record_bytes):
        # A decompression bomb (zeros by the gigabyte) is what it is: too large, not an odd format.
        yield reject_row(source_file=path, source_record="file", stage="read", reason="too_large",
                         detail=f"decompresses to over {max_record_bytes} bytes")
        return
    if fmt is None or not head or binary:
        detail = "binary content" if binary else "neither WARC, ARC, JSON lines, HTML nor text"
        yield reject_row(source_file=path, source_record="file", stage="read", reason="unsupported_format",
                         detail=detail)
        return
    if fmt in ("warc", "arc"):
        starts = _warc_starts(path, records_per_slice)
    elif fmt == "jsonl" and not raw_head.startswith(GZIP_MAGIC):
        starts = _jsonl_starts(path, records_per_slice, max_record_bytes)
    else:
        starts = [(0, 0)]
    for (start, first), following in zip(starts, starts[1:] + [None]):
        yield Slice(path, fmt, start, first, None if following is None else following[1] - first)


def _warc_starts(path: str, every: int) -> list[tuple[int, int]]:
    """(offset, record number) of every `every`-th record; [(0, 0)] when the file must be read whole."""
    from warcio.archiveiterator import ArchiveIterator

    starts = [(0, 0)]
    try:
        with _open(path) as handle:
            records = ArchiveIterator(handle, arc2warc=True, check_digests=False)
            for number, _ in enumerate(records):
                if number and number % every == 0:
                    starts.append((records.get_record_offset(), number))
    except Exception as error:  # damage ends planning; the last slice's reader reports it
        if "non-chunked gzip" in str(error):
            return [(0, 0)]
    return starts


def _jsonl_starts(path: str, every: int, max_record_bytes: int) -> list[tuple[int, int]]:
    starts = [(0, 0)]
    offset = 0
    try:
        with _open(path) as handle:
            for number, (_, size) in enumerate(jsonl_lines(handle, max_record_bytes)):
                if number and number % every == 0:
                    starts.append((offset, number))
                offset += size
    except OSError:
        pass
    return starts


def read_slice(piece: Slice, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
               skipped: dict[str, int] | None = None) -> Iterator[Union[RawPage, dict]]:
    """Every page and reject of one slice, as a generator."""
    path, fmt = piece.path, piece.fmt
    if fmt in ("warc", "arc"):
        if piece.start or piece.count is not None:
            with _open(path) as handle:
                handle.seek(piece.start)
                yield from iter_warc(handle, path, fmt, max_record_bytes, skipped,
                                     base_offset=piece.start, limit=piece.count)
            return
        raw_head, _ = _head(path)
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
            if piece.start:
                handle.seek(piece.start)
                yield from iter_jsonl(handle, path, max_record_bytes, first_line=piece.first, limit=piece.count)
                return
            raw_head = handle.read(2)
            handle.seek(0)
            yield from iter_jsonl(maybe_gunzip(handle, raw_head), path, max_record_bytes, limit=piece.count)
        else:
            raw_head = handle.read(2)
            handle.seek(0)
            yield read_single_page(maybe_gunzip(handle, raw_head), path, fmt, max_record_bytes)


def read_dump_file(path: str, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
                   skipped: dict[str, int] | None = None,
                   records_per_slice: int = RECORDS_PER_SLICE) -> Iterator[Union[RawPage, dict]]:
    """Every page and reject in one dump file, slice after slice, as a generator."""
    for piece in plan_file(path, records_per_slice, max_record_bytes):
        if isinstance(piece, Slice):
            yield from read_slice(piece, max_record_bytes, skipped)
        else:
            yield piece
