"""Pure readers: a binary stream of one dump file in, pages and rejects out.

Each reader yields `RawPage` objects for records that may hold an article and
reject rows (dicts from `schemas.reject_row`) for everything else, so the
caller can account for every record. A container that breaks part-way yields
everything read before the break, then one reject carrying the byte offset.
"""
from __future__ import annotations

import datetime
import gzip
import json
import zlib
from typing import IO, Any, Iterator, Union

from schemas import reject_row
from transforms.common.raw_page import RawPage, charset_from_content_type
from transforms.read.formats import GZIP_MAGIC, looks_binary

DEFAULT_MAX_RECORD_BYTES = 20 * 1024 * 1024

Item = Union[RawPage, dict]

_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
_TEXT_TYPES = ("text/plain",)
_CONTENT_RECORD_TYPES = ("response", "resource")
# Uncompressed WARC records end with CRLF CRLF that warcio does not count in the record length.
_WARC_RECORD_TRAILER = 4


def parse_timestamp(value: Any) -> datetime.datetime | None:
    """ISO 8601 or 14-digit ARC timestamps to aware UTC datetimes; None if unparseable."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) == 14 and text.isdigit():
            parsed = datetime.datetime.strptime(text, "%Y%m%d%H%M%S")
        else:
            parsed = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.timezone.utc)
    return parsed.astimezone(datetime.timezone.utc)


def _reject(source_file: str, locator: str, reason: str, detail: str | None = None,
            url: str | None = None) -> dict:
    return reject_row(source_file=source_file, source_record=locator, stage="read",
                      reason=reason, detail=detail, url=url)


def kind_of_content_type(content_type: str | None, payload: bytes) -> str | None:
    """`html`, `text`, or None when the payload is not a page."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime in _HTML_TYPES:
        return "html"
    if mime in _TEXT_TYPES:
        return "html" if payload.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")) else "text"
    if mime:
        return None
    if looks_binary(payload[:4096]):
        return None
    return "html" if b"<" in payload[:2048] else "text"


# --- WARC and ARC ---------------------------------------------------------

class WholeFileGzip(Exception):
    """The file is one gzip stream around many records, which warcio refuses to read record by record."""

    def __init__(self, records_done: int):
        super().__init__(records_done)
        self.records_done = records_done


def iter_warc(stream: IO[bytes], source_file: str, source_format: str = "warc",
              max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
              skipped: dict[str, int] | None = None, skip_records: int = 0,
              base_offset: int = 0, limit: int | None = None) -> Iterator[Item]:
    """WARC/ARC records, plain or gzipped, via warcio.

    Non-content records (warcinfo, request, metadata, ...) are not pages and
    are tallied in `skipped` instead of being yielded. Raises WholeFileGzip
    when the file must be re-read through a plain gzip stream; `skip_records`
    then passes over the records already handled.

    A slice of a file (slices.py) starts at the record boundary `base_offset`
    (the stream is positioned there) and ends after `limit` records; only the
    slice that runs to the end of the file (limit None) checks the file's tail.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    counted = _CountingReader(stream)
    records = ArchiveIterator(counted, arc2warc=True, check_digests=False)
    # warcio learns a record's offset only once the record has been read to its
    # end, so the next record starts where the last one finished.
    next_offset = base_offset
    done = 0
    try:
        for record in records:
            done += 1
            if done <= skip_records:
                continue
            if record.rec_type not in _CONTENT_RECORD_TYPES:
                if skipped is not None:
                    skipped[record.rec_type] = skipped.get(record.rec_type, 0) + 1
                item = None
            else:
                item = _warc_item(record, records, source_file, source_format, max_record_bytes, base_offset)
            next_offset = max(next_offset,
                              base_offset + records.get_record_offset() + (records.get_record_length() or 0))
            if item is not None:
                yield item
            if limit is not None and done >= limit:
                return
        counted.drain()
        # A cut-off last gzip member ends warcio's iteration without an error;
        # bytes left over after the last whole record reveal it.
        end = base_offset + counted.total
        if end - next_offset > _WARC_RECORD_TRAILER:
            yield _reject(source_file, f"offset:{next_offset}", "truncated_container",
                          f"{end - next_offset} bytes after byte {next_offset} hold no complete record")
    except ArchiveLoadFailed as error:
        if "non-chunked gzip" in str(error):
            raise WholeFileGzip(done - 1) from error
        yield _corrupt(source_file, next_offset, error)
    except Exception as error:  # warcio, gzip and zlib raise a wide variety here.
        yield _corrupt(source_file, next_offset, error)


def _corrupt(source_file: str, offset: int, error: Exception) -> dict:
    # Everything after a corrupt point is unreadable: account for it once.
    reason = "truncated_container" if isinstance(error, EOFError) else "corrupt_container"
    return _reject(source_file, f"offset:{offset}", reason,
                   f"unreadable from byte {offset}: {type(error).__name__}: {error}"[:500])


class _CountingReader:
    """Counts the bytes warcio pulls from the file, to find unread tails."""

    def __init__(self, stream: IO[bytes]):
        self._stream = stream
        self.total = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.total += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        data = self._stream.readline(size)
        self.total += len(data)
        return data

    def drain(self) -> None:
        while self.read(1 << 16):
            pass


def _warc_item(record, records, source_file: str, source_format: str, max_bytes: int,
               base_offset: int = 0) -> Item:
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    url = url.strip("<> ") if url else None
    payload = record.content_stream().read(max_bytes + 1)
    record_id = headers.get_header("WARC-Record-ID")
    locator = (record_id.strip("<>") if record_id and source_format == "warc"
               else f"offset:{base_offset + records.get_record_offset()}")
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if status and not status.startswith("2"):
            return _reject(source_file, locator, "http_status", f"HTTP {status}", url)
        content_type = record.http_headers.get_header("Content-Type")
    else:
        content_type = headers.get_header("Content-Type")
    if len(payload) > max_bytes:
        return _reject(source_file, locator, "too_large", f"payload over {max_bytes} bytes", url)
    if not payload.strip():
        return _reject(source_file, locator, "empty_record", None, url)
    kind = kind_of_content_type(content_type, payload)
    if kind is None:
        return _reject(source_file, locator, "not_html", f"content type {content_type or 'binary'}", url)
    return RawPage(
        source_file=source_file, source_record=locator, source_format=source_format, kind=kind,
        body=payload, url=url, fetched_at=parse_timestamp(headers.get_header("WARC-Date")),
        http_charset=charset_from_content_type(content_type))


# --- JSON lines ------------------------------------------------------------

def jsonl_lines(stream: IO[bytes], max_record_bytes: int) -> Iterator[tuple[bytes | None, int]]:
    """(line, bytes consumed) for each physical line; None for a line over `max_record_bytes`, which is skipped."""
    while True:
        line = stream.readline(max_record_bytes + 1)
        if not line:
            return
        if len(line) > max_record_bytes and not line.endswith(b"\n"):
            yield None, len(line) + _skip_rest_of_line(stream)
        else:
            yield line, len(line)


def iter_jsonl(stream: IO[bytes], source_file: str,
               max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
               first_line: int = 0, limit: int | None = None) -> Iterator[Item]:
    """One page per line: `url`, `html` or `text`, optional `fetched_at`.

    A slice (slices.py) starts with the stream at line `first_line + 1` and reads `limit` physical lines.
    """
    line_no = first_line
    consumed = 0
    try:
        for line, size in jsonl_lines(stream, max_record_bytes):
            line_no += 1
            consumed += size
            locator = f"line:{line_no}"
            if line is None:
                yield _reject(source_file, locator, "too_large", f"line over {max_record_bytes} bytes")
            elif line.strip():  # blank lines are separators, not records
                yield _jsonl_item(line, source_file, locator)
            if limit is not None and line_no - first_line >= limit:
                return
    except (EOFError, OSError, zlib.error) as error:
        reason = "truncated_container" if isinstance(error, EOFError) else "corrupt_container"
        yield _reject(source_file, f"line:{line_no + 1}", reason,
                      f"unreadable after {consumed} decompressed bytes: {type(error).__name__}: {error}"[:500])


def _skip_rest_of_line(stream: IO[bytes]) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _jsonl_item(line: bytes, source_file: str, locator: str) -> Item:
    try:
        obj = json.loads(line)
    except ValueError as error:
        return _reject(source_file, locator, "malformed_json", str(error)[:300])
    if not isinstance(obj, dict):
        return _reject(source_file, locator, "malformed_json", f"line is a JSON {type(obj).__name__}, not an object")
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    html, text = obj.get("html"), obj.get("text")
    if isinstance(html, str) and html.strip():
        kind, body = "html", html
    elif isinstance(text, str) and text.strip():
        kind, body = "text", text
    else:
        return _reject(source_file, locator, "missing_content", "no non-empty `html` or `text` field", url)
    return RawPage(source_file=source_file, source_record=locator, source_format="jsonl", kind=kind,
                   body=body, url=url, fetched_at=parse_timestamp(obj.get("fetched_at")))


# --- single pages ----------------------------------------------------------

def read_single_page(stream: IO[bytes], source_file: str, kind: str,
                     max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> Item:
    """A whole file is one page (`.html`, `.htm`, `.txt`, maybe gzipped)."""
    locator = "file"
    try:
        payload = stream.read(max_record_bytes + 1)
    except (EOFError, OSError, zlib.error) as error:
        reason = "truncated_container" if isinstance(error, EOFError) else "corrupt_container"
        return _reject(source_file, locator, reason, f"{type(error).__name__}: {error}"[:500])
    if len(payload) > max_record_bytes:
        return _reject(source_file, locator, "too_large", f"file over {max_record_bytes} bytes")
    if not payload.strip():
        return _reject(source_file, locator, "empty_file")
    if looks_binary(payload[:4096]):
        return _reject(source_file, locator, "not_html", "binary content")
    return RawPage(source_file=source_file, source_record=locator, source_format=kind, kind=kind, body=payload)


def maybe_gunzip(stream: IO[bytes], head: bytes) -> IO[bytes]:
    """Wrap a gzip stream; `head` holds the stream's first bytes (already peeked)."""
    return gzip.GzipFile(fileobj=stream, mode="rb") if head.startswith(GZIP_MAGIC) else stream
