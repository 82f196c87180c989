"""Article extraction from plain-text renderings of pages (no HTML).

A rendering is what a browser or scraper saw: menus, share bars, teaser
lists and footers interleaved with the story. The story is the run of lines
whose scores add up highest (`find_story`); short lines inside it survive only
when they read like sentences or subheadings, never like page furniture or
captions. The headline (`rendering_headline.py`), the byline and the date are
read from the lines above the story.
"""
from __future__ import annotations

import dataclasses
import datetime
import re

from transforms.extract.rendering_headline import headline_at, headline_text
from transforms.extract.rendering_lines import (BULLET, BYLINE, DATE_PATTERNS, DESK, TERMINAL_SENTENCE, captions,
                                                is_byline, is_furniture, is_prose, is_stamp, kind, may_bridge,
                                                month_number, names_agency, standalone_dateline, weight, without_stamps,
                                                words)
from transforms.newsroom.agencies import SOURCE_LABELS, find_names, resolve

_UPDATED = re.compile(r"(?:updated|modified|last edited)\s*:?\s*$", re.I)
_COPYRIGHT_SITE = re.compile(r"(?:©|\(c\)|Copyright)\s*(?:(?:19|20)\d\d\s*)?(?P<name>[A-Z][\w&.' -]{2,60}?)\.?\s+All rights reserved", re.I)
_CREDIT = re.compile(r"^\s*(?:\(?\s*(?:Source|Sources|With inputs from|Reporting by|Writing by|Editing by|Additional reporting)\b"
                     r"|--?\s*[A-Z]{2,6}\s*$|[—–-]\s*[A-Z][A-Za-z]{1,15}\s*$)", re.I)

__all__ = ["TextArticle", "extract_text_rendering", "find_story", "is_prose", "parse_date"]


@dataclasses.dataclass(frozen=True)
class TextArticle:
    text: str
    title: str | None = None
    author: str | None = None
    byline: str | None = None     # the byline line as printed
    published: datetime.date | None = None
    sitename: str | None = None


def find_story(lines: list[str], attached: set[int] | None = None) -> tuple[int, int] | None:
    """[start, end) line range of the story, or None when the page holds no prose.

    The story is the run of lines whose scores add up highest (prose adds its
    length, everything else costs; see `rendering_lines.weight`): captions,
    subheadings and an advertisement between paragraphs are crossed, a byline
    or date stamp is not. The range starts and ends on a prose line. `attached` are the caption
    lines (`rendering_lines.captions`), when the caller has them already.
    """
    attached = captions(lines) if attached is None else attached
    best, best_score = None, 0
    run_start, run_score = None, 0
    for k, line in enumerate(lines):
        line_kind = kind(line, k in attached)
        if line_kind == "blank":
            continue
        score = weight(line, line_kind)
        if run_start is None or run_score <= 0:
            if line_kind != "prose":
                continue
            run_start, run_score = k, 0
        run_score += score
        if line_kind == "prose" and run_score > best_score:
            best, best_score = (run_start, k + 1), run_score
    return best


def parse_date(text: str, allow_updated: bool = False) -> datetime.date | None:
    """First date in `text` that is not introduced as an update time (unless allowed)."""
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if not allow_updated and _UPDATED.search(text[:match.start()][-20:]):
                continue
            try:
                return datetime.date(int(match.group("year")), month_number(match.group("month")),
                                     int(match.group("day")))
            except (TypeError, ValueError):
                continue
    return None


def _opens_with_dateline(lines: list[str], start: int) -> int:
    """`start`, or the line above it when that line has a dateline's shape standing alone
    (`OTTAWA -`, `BAAR, SWITZERLAND`, `Harbourtown, March 5:`); the dateline stage reads it."""
    above = next((k for k in range(start - 1, max(-1, start - 3), -1) if lines[k].strip()), None)
    if above is None or is_byline(lines[above]) or not standalone_dateline(lines[above]):
        return start
    return above


def _byline(lines: list[str], start: int) -> tuple[int | None, str | None, datetime.date | None]:
    for k in range(start - 1, max(-1, start - 12), -1):
        match = BYLINE.search(lines[k])
        if match:
            return k, match.group("name").strip(" ,"), parse_date(lines[k][match.end():] or lines[k])
    return None, None, None


_BARE_LABEL = re.compile(r"^(?:by|von|por|par|door|di|av|af|autor|autora|auteur)\s*:?$", re.I)
HEADER_LINES = 12   # lines between the headline and the story read for the byline


def printed_byline(lines: list[str], headline: int | None, start: int, attached: set[int]) -> str | None:
    """The byline block as printed between the headline (or just above it) and the story.

    Renderings break a byline over lines (`By` / `AFP`, names / `Associated Press`) and glue
    stamps to it (`APP 05 Apr 2021`). The first short header line that is labelled as a byline or
    names an agency is taken, with a bare label or an agency line under it joined on and its
    dates and times left out; None when the header holds no such line.
    """
    first = headline + 1 if headline is not None else max(0, start - HEADER_LINES)
    if headline is not None:
        # A source line can stand just above the headline (`dpa`, `date 2017-02 dpa`).
        for k in range(max(0, headline - 2), headline):
            line = without_stamps(lines[k])
            if line and words(line) <= 4 and k not in attached and find_names(line):
                return line
    header = [k for k in range(first, start)
              if lines[k].strip() and k not in attached and not is_prose(lines[k]) and not BULLET.match(lines[k])]
    for i, k in enumerate(header[:HEADER_LINES]):
        printed = lines[k].strip()
        line = without_stamps(printed)
        following = without_stamps(lines[header[i + 1]]) if i + 1 < len(header) else ""
        if _BARE_LABEL.match(line) and following:
            printed = line = f"{line} {following}"
        elif (following and find_names(following) and not find_names(line) and words(following) <= 4
              and words(line) <= 6 and "," not in line):
            # Names, then the agency they write for on the line below.
            printed = line = f"{line} {following}"
        if not line or words(line) > 12 or (is_furniture(line) and not is_byline(line)):
            continue
        if find_names(line):
            return line
        if is_byline(line):
            return printed
    return None


def _trailing_credits(lines: list[str], end: int) -> int:
    k, taken = end, 0
    while k < len(lines) and taken < 3:
        if not lines[k].strip():
            k += 1
            continue
        if not (_CREDIT.match(lines[k]) or names_agency(lines[k])) or len(lines[k]) > 120:
            break
        k, taken = k + 1, taken + 1
        end = k
    return end


# What a page prints in front of the story's first words: a reading time (`1 Min Read`), a
# listen button.
_LEAD_IN = re.compile(r"^(?:\d{1,2}\s*(?:min(?:ute)?s?\.?|mins?)\s+read|listen to (?:this )?article)\s*[:|·•-]?\s*",
                      re.I)

# A byline span glued to the story's first word by the renderer: `LusaLisboa, 30 out (Lusa) –`.
_GLUED_CREDIT = re.compile(r"^([A-Z][a-z]{2,}|[A-Z]{2,6})(?=[A-Z][a-z]|[A-Z]{2})")


# A source line run into the story by the renderer: `Bron: ANP 0 Aan de Houtmankade ...` (the 0 is
# a comment counter).
_GLUED_SOURCE = re.compile(r"^(?P<credit>(?:" + "|".join(SOURCE_LABELS) + r")\s*:\s*"
                           r"(?P<name>[^\W\d_][\w.&' -]{1,40}?))\s+\d{0,4}\s*(?=[^\W\d_])", re.I)


def _glued_agency(paragraph: str) -> tuple[str, str | None]:
    match = _GLUED_CREDIT.match(paragraph)
    if match and resolve(match.group(1)):
        return paragraph[match.end():], match.group(1)
    source = _GLUED_SOURCE.match(paragraph)
    if source and (names := find_names(source["name"])) and names[0][0] == 0:
        cut = source.start("name") + names[0][1]
        return paragraph[cut:].lstrip(" 0123456789"), paragraph[:cut].strip()
    return paragraph, None


def unglue_credit(paragraph: str) -> tuple[str, str | None]:
    """(the paragraph, the credit the renderer ran into its start, or None): an agency
    (`LusaLisboa, ...`), a source line (`Bron: ANP 0 Aan de ...`), then a desk (`Online Desk: ...`)."""
    paragraph, credit = _glued_agency(paragraph)
    desk = DESK.match(paragraph)
    if desk and desk.group().rstrip().endswith(":") and len(paragraph) > desk.end():
        return paragraph[desk.end():], credit or desk.group().strip(" :")
    return paragraph, credit


_DROP_CAP = re.compile(r"^([^\W\d_])[ ]([^\W\d_A-Z]+)")


def join_drop_cap(paragraph: str, rendering: str) -> str:
    """`W hile Anglophiles ...` -> `While Anglophiles ...`: a drop cap printed apart from its word.
    Joined only when the page uses the joined word elsewhere, so `A damaged car` stays apart."""
    match = _DROP_CAP.match(paragraph)
    if not match:
        return paragraph
    word = (match.group(1) + match.group(2)).casefold()
    if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", rendering[match.end():].casefold()):
        return match.group(1) + paragraph[match.start(2):]
    return paragraph


_OPENS_WITH_PLACE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{2,30}(?:,|[ ]\(|[ ][-—–])")


def _first_paragraph_start(lines: list[str], start: int, attached: set[int]) -> int:
    """Short sentences directly above the found start open the story too
    (`Time is not on his side.`); a stamp, byline, caption or headline-like line ends the climb."""
    if _OPENS_WITH_PLACE.match(lines[start].strip()):
        return start  # a dateline opens the story: nothing of it comes before
    k, taken = start, 0
    while taken < 3:
        above = next((j for j in range(k - 1, max(-1, k - 3), -1) if lines[j].strip()), None)
        if above is None or above in attached:
            break
        line = lines[above].strip()
        if not (TERMINAL_SENTENCE.search(line) and 3 <= words(line) <= 25) or kind(line, False) in ("barrier", "furniture"):
            break
        k, taken = above, taken + 1
    return k


def _story_lines(lines: list[str], start: int, end: int, credits_from: int, attached: set[int]) -> list[str]:
    """The story's paragraphs, subheadings and the credit lines after it (from `credits_from`)."""
    kept = []
    for k in range(start, end):
        line = lines[k]
        if not line.strip() or k in attached:
            continue
        if (k == start or is_prose(line) or _CREDIT.match(line) or (may_bridge(line) and not is_stamp(line))
                or (k >= credits_from and names_agency(line))):
            kept.append(line.strip())
    return kept


def extract_text_rendering(rendering: str, min_chars: int = 1, url: str | None = None) -> TextArticle | None:
    """Pull the article out of a text rendering; None when no story is found.

    `url`, when known, helps choose the headline (addresses often spell it)."""
    lines = rendering.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    attached = captions(lines)
    span = find_story(lines, attached)
    if span is None:
        return None
    start, end = span
    start = _opens_with_dateline(lines, start)
    story_end, end = end, _trailing_credits(lines, end)
    start = _first_paragraph_start(lines, start, attached)
    paragraphs = _story_lines(lines, start, end, story_end, attached)
    paragraphs[:3] = [_LEAD_IN.sub("", paragraph) for paragraph in paragraphs[:3]]
    glued = None
    if paragraphs:
        paragraphs[0], glued = unglue_credit(paragraphs[0])
        paragraphs[0] = join_drop_cap(paragraphs[0], rendering)
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
    headline = headline_at(lines, start, url)
    byline = printed_byline(lines, headline, start, attached)
    if byline is None and byline_at is not None:
        byline = lines[byline_at].strip()
    byline = byline or glued
    if author is None and byline and (match := BYLINE.search(byline)):
        author = match.group("name").strip(" ,")  # a label on a line of its own, joined above
    title = headline_text(lines[headline]) if headline is not None else None
    return TextArticle(text=text, title=title or None, author=author,
                       byline=byline, published=published, sitename=site)
