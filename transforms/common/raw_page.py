"""The record that travels from the readers to extraction."""
from __future__ import annotations

import dataclasses
import datetime
import re

_CONTENT_TYPE_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([a-zA-Z0-9_.:\-]{1,40})", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class RawPage:
    """One page as found in a dump, before extraction.

    `body` stays as bytes for HTML so that charset decoding (HTTP header, then
    meta tag, then detection) happens after the reshuffle, on the extraction
    workers, instead of on the single worker reading a large file.
    """

    source_file: str
    source_record: str
    source_format: str  # warc | arc | jsonl | html | text
    kind: str  # html | text
    body: bytes | str
    url: str | None = None
    fetched_at: datetime.datetime | None = None
    http_charset: str | None = None


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _CONTENT_TYPE_CHARSET.search(content_type)
    return match.group(1) if match else None
