"""The headline of a text rendering, chosen among the lines above the story.

Between the page's menus and the story sit the kicker, the headline, the
standfirst, captions, the byline and date, share bars. Teaser lists look like
headlines too. The headline is told apart by evidence, not by position alone:

- it is echoed elsewhere on the page: a breadcrumb ending in it, a share bar
  `... for: <headline>`, a repeated title bar `Section | <headline>`;
- the page address spells it (`/zach-parise-scores-twice-...`);
- a byline or date stamp follows it closely;
- it is not a sentence standing under another headline-like line (that is the
  standfirst), not a caption, not one item of a list.
"""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from transforms.extract.rendering_lines import (BULLET, CJK, date_only, furniture_words, is_byline, is_caption,
                                                is_furniture, is_stamp, names_agency, words)
from transforms.newsroom.agencies import is_unnamed_agency
from transforms.newsroom.places import fold

ZONE_LINES = 40       # non-blank lines looked at above the story
ANCHOR_LINES = 4      # a byline or stamp this close below a line anchors it
_TOKEN = re.compile(r"[^\W_]{3,}")
# A breadcrumb or a list of links: `Home » World » ...`, `Posted in X | Permalink | 10 Comments`.
# `»` between spaces; one that closes a `«` quote belongs to the headline (`nachrichten «X» ...`).
_LISTING = re.compile(r"(?<!«)[^«]*\s[»›](?:\s|$)|\s>\s|>>|\|.*\||当前位置|現在位置|현재 위치")
_SLUG_NOISE = frozenset({"html", "htm", "php", "aspx", "amp", "article", "story", "news", "index", "www"})


def _tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(fold(text)))


def slug_tokens(url: str | None) -> set[str]:
    """Words of the page address's path: most news addresses spell the headline there."""
    if not url:
        return set()
    path = unquote(urlsplit(url).path)
    tokens = set()
    for segment in path.split("/"):
        if sum(part.isalpha() for part in re.split(r"[-_+.]", segment)) >= 3:
            tokens |= {token for token in _TOKEN.findall(fold(segment)) if not token.isdigit()}
    return tokens - _SLUG_NOISE


# An archive's capture date or a sticky header's label glued in front of the headline.
_TITLE_LEAD_IN = re.compile(r"^(?:date\s+(?:19|20)\d\d(?:-\d\d){0,2}\s+)?(?:(?:you are|you're|now|estás|vous lisez|"
                      r"sie lesen|stai leggendo|está lendo)\s*(?:reading|leyendo|lendo)?\s*:\s*)?", re.I)


def headline_text(line: str) -> str:
    """The line as a headline: without a capture date or `You are reading:` in front."""
    return _TITLE_LEAD_IN.sub("", line.strip())


def is_candidate(line: str) -> bool:
    stripped = headline_text(line)
    lettered = [w for w in stripped.split() if sum(c.isalpha() for c in w) >= 3]
    long_enough = (len(lettered) >= 3 or (len(lettered) >= 2 and words(stripped) >= 3)
                   or len(CJK.findall(stripped)) >= 6)
    if not long_enough or words(stripped) > 30 or BULLET.match(line) or date_only(stripped):
        return False
    if (is_caption(stripped) or is_byline(stripped) or is_stamp(stripped) or names_agency(stripped)
            or _LISTING.search(stripped) or is_unnamed_agency(stripped.rsplit("/", 1)[-1])):
        return False
    # Menu and share words: a headline may hold one (`Facebook shares fall`), a share bar holds several.
    chrome = furniture_words(stripped)
    return chrome < 2 and not (chrome and words(stripped) <= 6) and not is_furniture(stripped[:2])


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _echoed(lines: list[str], k: int) -> float:
    """1 when another, longer line of the page holds this one (a breadcrumb, a share bar, a title
    bar); 0.5 when only an identical line does (a headline printed twice, but also a teaser listed
    twice); 0 when none does, or three or more lines do (a brand, a teaser listed again and again)."""
    own = _squash(lines[k])
    if len(own) < 12 or words(own) < 5:  # a short line held elsewhere is the site's or a section's name
        return 0.0
    holders, longer = 0, False
    for j, line in enumerate(lines):
        if j != k and len(line) >= len(own) and own in (held := _squash(line)):
            holders += 1
            longer = longer or held != own
            if holders > 2:
                return 0.0
    return 1.0 if longer else 0.5 if holders else 0.0


def _anchored(lines: list[str], k: int, start: int) -> bool:
    seen = 0
    for line in lines[k + 1:start]:
        if not line.strip() or is_caption(line):
            continue
        if is_byline(line) or is_stamp(line) or names_agency(line):
            return True
        seen += 1
        if seen >= ANCHOR_LINES:
            return False
    return False


def _names_over_agency(lines: list[str], k: int) -> bool:
    """Reporters' names with the agency on the line below (`Jane Doe and John Roe` / `Associated Press`)."""
    below = next((j for j in range(k + 1, min(len(lines), k + 3)) if lines[j].strip()), None)
    return below is not None and words(lines[k]) <= 6 and names_agency(lines[below]) and words(lines[below]) <= 4


def _slug_share(line: str, slug: set[str]) -> float:
    if len(slug) < 2:
        return 0.0
    own = _tokens(line)
    shared = len(own & slug)
    # Against the larger of the two, so that a teaser sharing a few words scores low.
    return shared / max(len(slug), len(own)) if shared >= 2 else 0.0


def _sentence(line: str) -> float:
    """How much the line reads as a sentence (a standfirst or a teaser's summary), not a headline."""
    stripped = line.strip()
    if not stripped.endswith(".") or stripped.endswith(".."):
        return 0.0
    return 1.0 + (words(stripped) > 12)


def headline_at(lines: list[str], start: int, url: str | None = None) -> int | None:
    """The headline's line among the lines above line `start` (where the story begins), or None."""
    zone = [k for k in range(start - 1, -1, -1) if lines[k].strip()][:ZONE_LINES]
    candidates = [k for k in zone if is_candidate(lines[k]) and not _names_over_agency(lines, k)]
    if not candidates:
        return None
    slug = slug_tokens(url)
    chosen = set(candidates)
    scores = {}
    for rank, k in enumerate(zone):
        if k not in chosen:
            continue
        above = next((j for j in range(k - 1, -1, -1) if lines[j].strip()), None)
        # A long line under a headline-like one is the standfirst; a short one over it, the kicker.
        under_headline = (above in chosen and not _echoed(lines, k) and words(lines[k]) > words(lines[above])
                          and (words(lines[k]) >= 10 or _sentence(lines[k]) > 0))
        scores[k] = (3.0 * _echoed(lines, k) + 8.0 * _slug_share(lines[k], slug) + 2.0 * _anchored(lines, k, start)
                     - 2.0 * _sentence(lines[k]) - 1.5 * under_headline - 0.05 * rank)
    return max(candidates, key=lambda k: (scores[k], k))
