"""Where wire signals are read: the opening and closing lines of a body, and page metadata.

Bylines and datelines count only in the opening lines (up to and including the first paragraph
of prose), end credits and copyright notices only in the closing lines. Agencies named in the
middle of the story ("told Reuters", "according to AFP", "an AP-NORC poll") are never read.
"""
from __future__ import annotations

import dataclasses
import re
from urllib.parse import urlsplit

from transforms.newsroom.agencies import agency_for_host, find_names, resolve
from transforms.wire.bylines import byline_agencies, is_unnamed_byline
from transforms.wire.credits import (INITIALS_LINE, Credit, closing_credit, copyright_line, credit_line,
                                     disclaimer_line, distribution_line)
from transforms.wire.datelines import dateline_credits
from transforms.wire.house import house_line

SIGNALS = ("dateline", "byline", "credit_line", "copyright", "disclaimer", "metadata_author", "sitename", "host")

# The opening ends with the first paragraph of prose; titles, bylines and widget lines before it
# are short and unpunctuated. The cap keeps a list of related headlines from stretching it.
OPENING_MAX_LINES = 12
PROSE_MIN_CHARS = 100
PROSE_MIN_WORDS = 4
CLOSING_LINES = 8

_SENTENCE_END = re.compile(r"[.!?。\"”’]$")

_AGENCY_BEFORE = re.compile(r"\bagency\s+$", re.IGNORECASE)
_AGENCY_AFTER = re.compile(r"\s+(?:news\s+)?agency\b", re.IGNORECASE)
# `Headline | Site` and `Headline (AP)`: the last part of a title names the site or the agency that
# filed it. `Headline - RIA` is not read: a dashed name after a headline is often its attribution
# (`Putin says talks stalled - RIA`), written by another agency.
_TITLE_SITE_SUFFIX = re.compile(r"\s[|｜]\s*(?P<site>[^|｜]{2,40}?)\s*$|\s\((?P<paren>[^()]{2,30})\)\s*$")


@dataclasses.dataclass(frozen=True)
class Detection:
    agency: str | None  # None: syndicated copy with the agency unnamed
    signal: str
    text: str
    origin: bool  # an explicit origin signal, as opposed to a relay credit
    span: tuple[int, int] | None = None  # body range to cut out as boilerplate


def _body_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, without its surrounding whitespace."""
    lines = []
    for m in re.finditer(r"[^\n]+", text):
        content = m.group()
        stripped = content.strip()
        if stripped:
            start = m.start() + len(content) - len(content.lstrip())
            lines.append((start, start + len(stripped)))
    return lines


def _is_prose(line: str) -> bool:
    return len(line) >= PROSE_MIN_CHARS or (
        bool(_SENTENCE_END.search(line)) and len(line.split()) >= PROSE_MIN_WORDS)


def _opening_count(text: str, lines: list[tuple[int, int]]) -> int:
    for i, (start, end) in enumerate(lines[:OPENING_MAX_LINES]):
        if _is_prose(text[start:end]):
            return i + 1
    return min(len(lines), OPENING_MAX_LINES)


def _introduces(text: str, agency: str) -> bool:
    """Prose that presents the agency as a subject ("Russia's state news agency TASS", "the TASS
    news agency"): the story is about it, since agency copy does not introduce its own agency."""
    for start, end, found in find_names(text):
        if found == agency and (_AGENCY_BEFORE.search(text, max(0, start - 30), start)
                                or _AGENCY_AFTER.match(text, end)):
            return True
    return False


def _line_credits(line: str, *, opening: bool, closing: bool, dateline: bool) -> list[Credit]:
    if found := disclaimer_line(line):
        return found
    if opening or closing:
        if found := credit_line(line) or distribution_line(line) or house_line(line):
            return found
    if opening and not dateline:
        if agencies := byline_agencies(line):
            return [Credit(a, "byline", 0, len(line), True) for a in agencies]
        if is_unnamed_byline(line):
            return [Credit(None, "byline", 0, len(line), False)]
    if closing:
        return copyright_line(line) or closing_credit(line)
    return []


def body_detections(text: str) -> list[Detection]:
    """Every signal in the body, in reading order."""
    lines = _body_lines(text)
    opening = _opening_count(text, lines)
    closing_from = len(lines) - CLOSING_LINES
    found: list[Detection] = []
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        datelines = dateline_credits(line) if i < opening else []
        # A joint credit names the writer first (`(AFP-Jiji)`, `(tca/dpa)`); the others carried it.
        found.extend(Detection(agency, "dateline", line[s:e], k == 0) for k, (agency, s, e) in enumerate(datelines))
        credits = _line_credits(line, opening=i < opening, closing=i >= closing_from, dateline=bool(datelines))
        if not credits:
            continue
        cut_end = start + credits[0].end
        # Desk initials on the next line ("--IANS" then "vc/vd") belong to the credit.
        if i + 1 < len(lines) and cut_end == end and INITIALS_LINE.fullmatch(text[slice(*lines[i + 1])]):
            cut_end = lines[i + 1][1]
        span = (start + credits[0].start, cut_end)
        if credits[0].signal == "byline" and resolve(line) is not None and _introduces(text, credits[0].agency):
            continue  # a headline naming the agency the story is about, not a byline
        for credit in credits:
            found.append(Detection(credit.agency, credit.signal, text[span[0]:span[1]], credit.origin, span))
    return found


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host or None


def _site_host_agency(sitename: str) -> str | None:
    """A site name written as its domain (`bernama.com`)."""
    name = sitename.strip()
    return agency_for_host(name) if "." in name and " " not in name else None


def metadata_detections(*, author: str | None, sitename: str | None, title: str | None,
                        url: str | None) -> list[Detection]:
    """Signals from extraction metadata: author field, site name (or its `| Site` title suffix), host."""
    found = [Detection(a, "metadata_author", author.strip(), True)
             for a in (byline_agencies(author, metadata=True) if author else [])]
    if author and not found and is_unnamed_byline(author):
        found.append(Detection(None, "metadata_author", author.strip(), False))
    if sitename and (agency := resolve(sitename) or _site_host_agency(sitename)):
        found.append(Detection(agency, "sitename", sitename.strip(), True))
    if title and (m := _TITLE_SITE_SUFFIX.search(title)) and (agency := resolve(m["site"] or m["paren"])):
        found.append(Detection(agency, "sitename", m["site"] or m["paren"], True))
    host = _host(url)
    if agency := agency_for_host(host):
        found.append(Detection(agency, "host", host, True))
    return found
