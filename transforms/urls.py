"""URL clean-up shared by extraction and dedup."""
from __future__ import annotations

import urllib.parse


def host_of(url: str | None) -> str | None:
    """Lower-cased host without `www.`; None for anything that is not an http(s) URL."""
    if not url:
        return None
    try:
        parts = urllib.parse.urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host:
        return None
    return host[4:] if host.startswith("www.") else host


def canonical_url(url: str | None) -> str | None:
    """Normalized http(s) URL with tracking parameters and fragments removed, or None."""
    if not url or host_of(url) is None:
        return None
    import courlan

    try:
        return courlan.normalize_url(url.strip(), strict=True)
    except (ValueError, AttributeError):
        return None
