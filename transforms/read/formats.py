"""Deciding what a dump file is, from its name and its first bytes."""
from __future__ import annotations

GZIP_MAGIC = b"\x1f\x8b"

_NAME_FORMATS = (
    ((".warc", ".warc.gz"), "warc"),
    ((".arc", ".arc.gz"), "arc"),
    ((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json", ".json.gz"), "jsonl"),
    ((".html", ".htm", ".html.gz", ".htm.gz", ".xhtml"), "html"),
    ((".txt", ".txt.gz"), "text"),
)


def format_from_name(path: str) -> str | None:
    name = path.lower().rsplit("/", 1)[-1]
    for suffixes, fmt in _NAME_FORMATS:
        if name.endswith(suffixes):
            return fmt
    return None


def sniff_format(head: bytes) -> str | None:
    """Format told by the (decompressed) opening bytes, or None if they say nothing."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512]
    lower = start.lower()
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"filedesc://"):
        return "arc"
    if lower.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<meta", b"<body")):
        return "html"
    if start.startswith(b"{") and b'"url"' in head[:4096]:
        return "jsonl"
    return None


# Control bytes no text uses (tab, newlines, form feed and escape are text).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b")
BINARY_CONTROL_SHARE = 0.10


def looks_binary(head: bytes) -> bool:
    """A known binary signature, or a sample in which control bytes are common: not a page.

    A share, not a single byte: browsers render a page with a stray NUL, and so do we (the
    extractor drops it). UTF-16 text is half NULs, so a byte-order mark says text.
    """
    if head.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"RIFF")):
        return True
    sample = head[:4096]
    if not sample or sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > BINARY_CONTROL_SHARE * len(sample)


def resolve_format(path: str, head: bytes) -> str | None:
    """Bytes win over the name: a crawl file named `.html` may hold a WARC."""
    return sniff_format(head) or format_from_name(path)
