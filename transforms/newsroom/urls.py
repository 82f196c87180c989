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


# Parameters that say how a reader arrived, never which article they read.
# Everything else stays: on many sites the query is what names the article
# (`story.asp?S=5950791`, `Satellite?c=JPArticle&cid=...`, `?p=123`, `?id=`,
# `?storyId=`), and dropping it would give every article one URL.
TRACKING_PARAMETERS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "igsh", "ttclid",
    "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "ocid", "cmpid", "ncid", "icid", "xtor", "ref", "ref_src",
    "ref_url", "referrer", "smid", "sr_share", "fb_action_ids", "fb_action_types", "fb_ref", "fb_source",
    "share", "shared", "via", "rss", "from_rss", "cmp", "mbid", "spm", "s_cid", "wt.mc_id", "at_medium",
    "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "partner", "ito", "tracking_source",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "ga_", "hsa_", "ns_", "oly_", "vero_", "itm_", "__hs")


def is_tracking_parameter(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def _kept_query(query: str) -> str:
    """The query without tracking parameters, sorted so that one page has one spelling."""
    pairs = urllib.parse.parse_qsl(query, keep_blank_values=True)
    kept = sorted((name, value) for name, value in pairs if not is_tracking_parameter(name))
    return urllib.parse.urlencode(kept, quote_via=urllib.parse.quote)


def canonical_url(url: str | None) -> str | None:
    """The http(s) URL with scheme and host lower-cased, default port, fragment and tracking parameters dropped.

    Every other query parameter is kept (sorted): see TRACKING_PARAMETERS.
    """
    if not url:
        return None
    try:
        parts = urllib.parse.urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = parts.hostname
    if scheme not in ("http", "https") or not host:
        return None
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    return urllib.parse.urlunsplit((scheme, host, parts.path or "/", _kept_query(parts.query), ""))


def url_key(declared_url: str | None, url: str | None = None) -> str | None:
    """The page a row claims to be (its canonical URL, else its fetch URL), or None when it names no article.

    On top of `canonical_url`, the scheme, a leading `www.` and a trailing
    slash are dropped, since sites serve one article under all those
    spellings. A site root is never a key: some sites declare their home page
    as the canonical URL of every article.

    A shared key is evidence, never proof: sites also declare one section or
    template URL for many articles, so dedup links two rows by their key only
    when their texts agree.
    """
    raw = (declared_url or url or "").strip()
    if not raw:
        return None
    if "://" not in raw:
        raw = "http://" + raw
    normalized = canonical_url(raw)
    if normalized is None:
        return None
    parts = urllib.parse.urlsplit(normalized)
    host = parts.netloc
    if host.startswith("www."):
        host = host[4:]
    path = parts.path.rstrip("/")
    if not path and not parts.query:
        return None
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")
