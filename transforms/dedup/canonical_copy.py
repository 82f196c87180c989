"""Which copy of a story represents its cluster, by a fixed order of rules.

1. a copy on the origin agency's own site (apnews.com for an AP story);
2. then the earliest `published_at` (a copy without a date comes last);
3. then the most complete text (largest `text_chars`);
4. then the smallest `doc_id` (which differs between captures, since it hashes
   the dump file and locator too), and for two rows with one `doc_id` a fixed
   hash of their `source_file` and `source_record`.

A copy is on its origin agency's own site when its host is one of the hosts
of its `wire_origin` agency. A page on an agency's site whose `wire_origin` is
unset (agencies rarely credit themselves on their own pages) is taken to be
that agency's own story.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Mapping

_UNDATED = dt.date.max.toordinal() + 1


def _host_matches(host: str, site: str) -> bool:
    return host == site or host.endswith("." + site)


def agency_of_host(host: str | None, agency_hosts: Mapping[str, tuple[str, ...]]) -> str | None:
    """The agency whose site serves `host` (subdomains included), or None; the first agency by id wins ties."""
    host = (host or "").lower().removeprefix("www.")
    for agency in sorted(agency_hosts):
        if any(_host_matches(host, site.lower()) for site in agency_hosts[agency]):
            return agency
    return None


def on_origin_site(row: Mapping[str, Any], agency_hosts: Mapping[str, tuple[str, ...]]) -> bool:
    site_agency = agency_of_host(row.get("host"), agency_hosts)
    if site_agency is None:
        return False
    origin = row.get("wire_origin")
    return origin is None or origin.casefold() == site_agency.casefold()


def canonical_rank(row: Mapping[str, Any], agency_hosts: Mapping[str, tuple[str, ...]]) -> tuple[int, int, int]:
    """Sort key for rules 1 to 3; rule 4 is the node id, which callers append."""
    published = row.get("published_at")
    text_chars = row.get("text_chars")
    if text_chars is None:
        text_chars = len(row.get("text") or "")
    return (0 if on_origin_site(row, agency_hosts) else 1,
            published.toordinal() if published is not None else _UNDATED,
            -text_chars)


def choose_canonical(members: Iterable[tuple[str, tuple[int, int, int]]]) -> str:
    """The node id of the canonical copy among (node id, rank) pairs."""
    return min(members, key=lambda member: (member[1], member[0]))[0]
