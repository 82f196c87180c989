"""URLs as news stages use them.

`host_of` and `canonical_url` fill the article columns at extraction;
`url_key` is the URL under which two captures count as the same page in dedup.
"""
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


def url_key(canonical_url: str | None, url: str | None = None) -> str | None:
    """Normalized canonical URL (falling back to `url`), or None when it cannot identify one article.

    courlan drops tracking parameters, sorts the rest and lower-cases the host;
    on top of that the scheme, a leading `www.`, the fragment and a trailing
    slash are dropped, since sites serve one article under all those spellings.
    Query parameters that are not tracking ones are kept: on many sites
    (`story.php?id=123`) they are what tells articles apart.

    A site root is never a key: some sites declare their home page as the
    canonical URL of every article, and keying on it would merge them all.
    """
    from courlan import normalize_url

    raw = (canonical_url or url or "").strip()
    if not raw:
        return None
    if "://" not in raw:
        raw = "http://" + raw
    try:
        parts = urllib.parse.urlsplit(normalize_url(raw))
    except ValueError:
        return None
    host = parts.hostname or ""
    if host.startswith("www."):
        host = host[4:]
    try:
        if parts.port is not None:
            host = f"{host}:{parts.port}"
    except ValueError:
        return None
    path = parts.path.rstrip("/")
    if not host or (not path and not parts.query):
        return None
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")
