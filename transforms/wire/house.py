"""House lines: what an agency's own copy carries that names the agency by its shape, not as a credit.

- filing slugs at the foot of a wire item: `AP-WF-02-20-16 0337GMT`
- digest headings: `AP Top Entertainment News at 11:23 p.m. EST`
- a reporter's pointer to the agency's site: `His work can be found at https://apnews.com/...`
- a promotion of the agency's own product: `... with AP experts on our weekly politics podcast.`

`house_line` reads one stripped line and returns `Credit`s, all authorship marks; the caller
asks it about the opening and closing lines only.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from transforms.newsroom.agencies import agency_for_host, caseless, find_names, resolve
from transforms.wire.credits import Credit

# Feeds in the ANPA format close a line with `<` (end of take) or `=` (end of byline).
_ANPA_END = "<="

# The agency's code, a service code, the date (MM-DD-YY) and the filing time.
_SLUG = re.compile(r"^(?P<agency>[A-Z][A-Za-z]{1,9})-[A-Z]{1,4}-\d{1,2}-\d{1,2}-\d{2,4}\s+\d{4}\s?"
                   r"(?:GMT|UTC|[ECMP][SD]T)$")
_DIGEST = re.compile(r"^(?P<agency>\S.{0,38}?)\s+Top\s+(?:[A-Z][\w&/-]*\s+){0,3}(?:News|Headlines|Stories)\s+at\s+"
                     r"\d{1,2}:\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,4})?$")
# Only the reporter's work counts: a contact link (`can be reached at twitter.com/...`) names no agency,
# but a mail address at the agency's domain does.
_REPORTER_LINK = re.compile(
    r"\b(?:work|stories|reporting|articles|coverage)\s+(?:can\s+be\s+(?:found|read)|is\s+(?:available|online))"
    r"\s+(?:online\s+)?at\s+(?P<url>\S+)|\bcan\s+be\s+reached\s+at\s+(?P<mail>[^\s@]+@[\w.-]+)", re.IGNORECASE)
_MAX_LINK_LINE_CHARS = 400
# `Catch up on ... with AP experts on our weekly politics podcast`: an imperative, the publisher's
# own product (`our podcast`) and the agency's people. Prose reporting on an agency is neither
# addressed to the reader nor about "our" podcast.
_PROMO_OPENING = re.compile(r"^(?:catch\s+up|listen|subscribe|sign\s+up|tune\s+in|follow|check\s+out|hear|join)\b",
                            re.IGNORECASE)
_OWN_PRODUCT = re.compile(r"\bour\s+(?:[\w-]+\s+){0,3}(?:podcast|newsletter)s?\b", re.IGNORECASE)
_STAFF_AFTER = re.compile(r"(?:['’]s)?\s+(?:experts?|journalists?|reporters?|correspondents?|writers?|editors?"
                          r"|analysts?|staff|team)\b", re.IGNORECASE)

_MAX_SLUG_CHARS = 80
# What the slug, link and promotion patterns need (a dash before a digit or `Top `; ` at ` and the
# verb before it; `podcast` or `newsletter`): cheap tests that rule out most lines first.
_SLUG_CUE = re.compile(r"-\d|Top ")
_LINK_CUE = re.compile(r"(?:found|read|available|online|reached) at")


def _slug(line: str) -> str | None:
    m = _SLUG.match(line) or _DIGEST.match(line)
    return resolve(m["agency"]) if m else None


def _host(where: str) -> str | None:
    if "@" in where:
        return where.rsplit("@", 1)[1].rstrip(".")
    try:
        return urlsplit(where if "://" in where else "//" + where).hostname
    except ValueError:
        return None


def _reporter_link(line: str) -> str | None:
    if len(line) > _MAX_LINK_LINE_CHARS:
        return None
    for m in _REPORTER_LINK.finditer(line):
        if agency := agency_for_host(_host(m["url"] or m["mail"])):
            return agency
    return None


def _promotion(line: str) -> str | None:
    if not _PROMO_OPENING.match(line) or not _OWN_PRODUCT.search(line):
        return None
    for _, end, agency in find_names(line):
        if _STAFF_AFTER.match(line, end):
            return agency
    return None


def house_line(line: str) -> list[Credit]:
    """The agency a house line names, as an authorship mark; empty for any other line."""
    agency = None
    if len(line) <= _MAX_SLUG_CHARS and line[:1].isupper() and _SLUG_CUE.search(line):
        agency = _slug(line.rstrip(_ANPA_END).rstrip() if line[-1] in _ANPA_END else line)
    if agency is None:
        view = caseless(line)
        if " at " in view and _LINK_CUE.search(view):
            agency = _reporter_link(line)
        if agency is None and ("podcast" in view or "newsletter" in view):
            agency = _promotion(line)
    return [Credit(agency, "credit_line", 0, len(line), True)] if agency else []
