"""Article extraction from plain-text renderings of pages (no HTML).

A rendering is what a browser or scraper saw: menus, share bars, teaser
lists and footers interleaved with the story. The story is the longest run of
prose paragraphs; short lines inside it survive only when they read like
sentences or subheadings, never like page furniture. Title, byline and date
are read from the lines just above the story.
"""
from __future__ import annotations

import dataclasses
import datetime
import re

from transforms.newsroom.calendar import MONTHS
from transforms.newsroom.places import fold

_MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE_PATTERNS = (
    re.compile(rf"(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)", re.I),
    re.compile(rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE})\s+(?P<year>(?:19|20)\d\d)", re.I),
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)"),
    re.compile(r"(?P<day>\d{1,2})(?:\.|º|er)?\s+(?:de\s+)?(?P<month>[^\W\d_]{3,10})\.?\s+(?:de\s+|del\s+)?"
               r"(?P<year>(?:19|20)\d\d)", re.I),
)
_UPDATED = re.compile(r"(?:updated|modified|last edited)\s*:?\s*$", re.I)
_BYLINE = re.compile(r"(?:^|(?<=[a-z\s|]))By\s*:?\s+(?P<name>[^\n|]{2,80}?)\s*"
                     rf"(?=$|\||\s[-–—]\s|,?\s*(?:on\s+)?{_MONTH_RE}\s+\d|\d{{1,2}}\s+{_MONTH_RE}|(?:19|20)\d\d-|Updated|Published)")
_BREADCRUMB = re.compile(r"^\s*Home\s*[»>›/|]\s*(?:[^»>›]{1,60}[»>›]\s*)*(?P<title>[^»>›]{8,})$")
_COPYRIGHT_SITE = re.compile(r"(?:©|\(c\)|Copyright)\s*(?:(?:19|20)\d\d\s*)?(?P<name>[A-Z][\w&.' -]{2,60}?)\.?\s+All rights reserved", re.I)
_CREDIT = re.compile(r"^\s*(?:\(?\s*(?:Source|Sources|With inputs from|Reporting by|Writing by|Editing by|Additional reporting)\b"
                     r"|--?\s*[A-Z]{2,6}\s*$|[—–-]\s*[A-Z][A-Za-z]{1,15}\s*$)", re.I)
_TERMINAL = re.compile(r"[.!?…:;\"”’)\]]$")
_FURNITURE = re.compile(
    r"\b(?:share|facebook|twitter|whatsapp|instagram|pinterest|linkedin|telegram|youtube|copy link|email|print|"
    r"subscribe|subscription|newsletter|sign up|log ?in|sign in|register|related|read more|read also|also read|"
    r"recommended|trending|most read|most popular|editors?'? picks|latest posts|what's hot|advertisement|sponsored|"
    r"comments?|reply|tags?|categories|archives|menu|search|cookie|privacy|terms of use|contact us|about us|"
    r"all rights reserved|follow us|skip to|next article|previous article|load more|ePaper|x \(twitter\))\b", re.I)
_BULLET = re.compile(r"^\s*[•·▪►▸*|–-]\s")

MIN_PROSE_CHARS = 60
MIN_PROSE_WORDS = 8


@dataclasses.dataclass(frozen=True)
class TextArticle:
    text: str
    title: str | None = None
    author: str | None = None
    byline: str | None = None     # the byline line as printed
    published: datetime.date | None = None
    sitename: str | None = None


def _words(line: str) -> int:
    return len(line.split())


def is_prose(line: str) -> bool:
    stripped = line.strip()
    return (len(stripped) >= MIN_PROSE_CHARS and _words(stripped) >= MIN_PROSE_WORDS
            and not _BULLET.match(line) and bool(re.search(r"[.!?…\"”’]", stripped)))


def is_furniture(line: str) -> bool:
    stripped = line.strip()
    return bool(_BULLET.match(line) or _FURNITURE.search(stripped) or _date_only(stripped))


def _date_only(line: str) -> bool:
    for pattern in _DATE_PATTERNS:
        match = pattern.search(line)
        if match and len(line) - len(match.group(0)) <= 12:
            return True
    return False


def _may_bridge(line: str) -> bool:
    """A short line that can sit between story paragraphs: a sentence or a subheading."""
    stripped = line.strip()
    if _BULLET.match(line) or _date_only(stripped) or _words(stripped) > 25:
        return False
    if _TERMINAL.search(stripped) and _words(stripped) >= 3:
        return True
    return 2 <= _words(stripped) <= 12 and stripped[:1].isupper() and not _FURNITURE.search(stripped)


def find_story(lines: list[str]) -> tuple[int, int] | None:
    """[start, end) line range of the longest run of prose, or None."""
    best, best_chars = None, 0
    i, n = 0, len(lines)
    while i < n:
        if not is_prose(lines[i]):
            i += 1
            continue
        start = end = i
        chars = len(lines[i])
        j, bridge = i + 1, 0
        while j < n:
            line = lines[j]
            if not line.strip():
                j += 1
                continue
            if is_prose(line):
                end, chars, bridge = j, chars + len(line), 0
            elif bridge < 2 and _may_bridge(line):
                bridge += 1
            else:
                break
            j += 1
        if chars > best_chars:
            best, best_chars = (start, end + 1), chars
        i = j if j > i else i + 1
    return best


def parse_date(text: str, allow_updated: bool = False) -> datetime.date | None:
    """First date in `text` that is not introduced as an update time (unless allowed)."""
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if not allow_updated and _UPDATED.search(text[:match.start()][-20:]):
                continue
            month = match.group("month").rstrip(".")
            month_no = int(month) if month.isdigit() else MONTHS.get(fold(month))
            try:
                return datetime.date(int(match.group("year")), month_no, int(match.group("day")))
            except (TypeError, ValueError):
                continue
    return None


def _title_candidate(line: str) -> bool:
    stripped = line.strip()
    words = [w for w in stripped.split() if sum(c.isalpha() for c in w) >= 3]
    return (len(words) >= 3 and _words(stripped) <= 30 and not is_furniture(line) and "|" not in stripped
            and not stripped.endswith(".") and not _BYLINE.search(line))


def _title(lines: list[str], start: int) -> str | None:
    """The headline: a breadcrumb's last item shown on its own line, else the
    most substantial headline-like line in the header zone above the story."""
    standalone = {line.strip() for line in lines[:start]}
    for line in lines[:start]:
        crumb = _BREADCRUMB.match(line.strip())
        if crumb and crumb.group("title").strip() in standalone:
            return crumb.group("title").strip()
    zone = range(max(0, start - 15), start)
    candidates = [k for k in zone if _title_candidate(lines[k])]
    if not candidates:
        return None
    # Most letters wins; among equals the line nearest the story.
    best = max(candidates, key=lambda k: (sum(c.isalpha() for c in lines[k]), k))
    return lines[best].strip()


def _byline(lines: list[str], start: int) -> tuple[int | None, str | None, datetime.date | None]:
    for k in range(start - 1, max(-1, start - 10), -1):
        match = _BYLINE.search(lines[k])
        if match:
            return k, match.group("name").strip(" ,"), parse_date(lines[k][match.end():] or lines[k])
    return None, None, None


def _trailing_credits(lines: list[str], end: int) -> int:
    k, taken = end, 0
    while k < len(lines) and taken < 3:
        if not lines[k].strip():
            k += 1
            continue
        if not _CREDIT.match(lines[k]) or len(lines[k]) > 120:
            break
        k, taken = k + 1, taken + 1
        end = k
    return end


def extract_text_rendering(rendering: str, min_chars: int = 1) -> TextArticle | None:
    """Pull the article out of a text rendering; None when no story is found."""
    lines = rendering.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    span = find_story(lines)
    if span is None:
        return None
    start, end = span
    end = _trailing_credits(lines, end)
    paragraphs = [line.strip() for line in lines[start:end]
                  if is_prose(line) or _may_bridge(line) or _CREDIT.match(line)]
    text = "\n".join(paragraphs)
    if len(text) < min_chars:
        return None
    byline_at, author, published = _byline(lines, start)
    if published is None:
        head = "\n".join(lines[max(0, start - 8):start])
        # An update stamp is the best date left when the page shows no other.
        published = parse_date(head) or parse_date(head, allow_updated=True)
    site = None
    for line in reversed(lines):
        match = _COPYRIGHT_SITE.search(line)
        if match:
            site = match.group("name").strip()
            break
    byline = lines[byline_at].strip() if byline_at is not None else None
    return TextArticle(text=text, title=_title(lines, start), author=author, byline=byline,
                       published=published, sitename=site)
