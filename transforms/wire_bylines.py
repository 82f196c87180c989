"""Bylines: which agencies a byline line or an author field credits.

A byline is only read where bylines stand (the opening lines of the body, the author field), and
only in byline shapes: `By Jane Doe, Associated Press`, `Jane Doe | Reuters`, `By: AP | Brussels`,
`By JANE DOE Associated Press`, `MATTHEW LEE AP Diplomatic Writer`, or a line that is nothing but
an agency name. Photo credits (`Photo: Reuters`, `(AP Photo/Evan Vucci)`) never count.
"""
from __future__ import annotations

import re

from transforms.agencies import find_names, resolve

MAX_BYLINE_CHARS = 120

_BY_PREFIX = re.compile(r"^(?:by|written by|words by|von|por|par|di|door|av|af)\s*:?\s+", re.IGNORECASE)
PHOTO_WORDS = re.compile(
    r"\b(?:photos?|photograph\w*|images?|pictures?|pics?|videos?|graphics?|illustrations?|captions?"
    r"|fotos?|bild|imagen|imagem|getty|representational)\b", re.IGNORECASE)
# After "By", names are also joined by "and", "&" and "/", which never separate a plain line.
_LOOSE_SEPARATOR = re.compile(r"\s*(?:[|•·,;/&]|\band\b|\s[-–—]\s)\s*")
_STRICT_SEPARATOR = re.compile(r"\s*[|•·,;]\s*")
_ROLE_WORDS = frozenset("""writer writers correspondent correspondents reporter reporters staff editor
    editors journalist journalists bureau desk team newsroom contributor""".split())
# Lower-case words that may sit in a name, place or date segment of a byline.
_NAME_SMALL_WORDS = frozenset("""and de da di do van von der den la le du bin al el of the at on
    am pm ist gmt utc min mins read""".split())
_CONNECTOR_BEFORE_AGENCY = re.compile(r"\b(?:for|of|of the)$", re.IGNORECASE)


def _is_role_tail(words: list[str]) -> bool:
    """`Writer`, `staff`, `Diplomatic Writer`, `White House Correspondent`."""
    if not words or len(words) > 4 or words[-1].strip(".,").lower() not in _ROLE_WORDS:
        return False
    return all(w[:1].isupper() for w in words[:-1])


def agency_with_role(segment: str) -> str | None:
    """The agency a segment consists of, allowing a role after it (`Reuters staff`, `AP Business Writer`)."""
    found = resolve(segment)
    if found is not None:
        return found
    words = segment.split()
    for k in range(len(words) - 1, 0, -1):
        if _is_role_tail(words[k:]):
            found = resolve(" ".join(words[:k]))
            if found is not None:
                return found
    return None


def _is_name_like(segment: str, max_words: int = 7) -> bool:
    words = segment.split()
    if not words or len(words) > max_words:
        return False
    for word in words:
        bare = word.strip(".,:;()[]")
        if bare and bare[0].islower() and bare.lower() not in _NAME_SMALL_WORDS:
            return False
    return True


def _is_upper_name(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    words = [w for w in text.split() if w.lower() not in ("and", "&")]
    return bool(letters) and all(w.upper() == w for w in words)


def _agency_after_name(segment: str) -> str | None:
    """`JANE DOE Associated Press`, `Jane Doe for AFP`, `MATTHEW LEE AP Diplomatic Writer`.

    Without a separator the name before the agency must be set off some other way (capitals, a
    connector, a role after the agency); otherwise a surname that is also an agency name would
    count (`Ahmed Wafa`).
    """
    names = find_names(segment)
    if not names:
        return None
    start, end, agency = names[-1]
    head, tail = segment[:start].strip(), segment[end:].split()
    if tail and not _is_role_tail(tail):
        return None
    if not head:
        return agency
    if _CONNECTOR_BEFORE_AGENCY.search(head):
        return agency
    if tail and _is_name_like(head, max_words=5):
        return agency
    if _is_upper_name(head) and _is_name_like(head, max_words=6):
        return agency
    return None


def _distinct(ids) -> list[str]:
    out: list[str] = []
    for agency in ids:
        if agency is not None and agency not in out:
            out.append(agency)
    return out


def byline_agencies(line: str, *, metadata: bool = False) -> list[str]:
    """Agencies credited by a byline line (or, with `metadata`, by an author field), in order."""
    line = line.strip()
    # A line opening with a dash is an end credit ("-- IANS"), not a byline.
    if not line or line[0] in "-–—" or len(line) > MAX_BYLINE_CHARS or PHOTO_WORDS.search(line):
        return []
    prefix = _BY_PREFIX.match(line)
    if prefix or metadata:
        rest = line[prefix.end():] if prefix else line
        segments = [s for s in _LOOSE_SEPARATOR.split(rest) if s.strip()]
        return _distinct(agency_with_role(s) or _agency_after_name(s) for s in segments)
    whole = agency_with_role(line)
    if whole is not None:
        return [whole]
    segments = [s for s in _STRICT_SEPARATOR.split(line) if s.strip()]
    if len(segments) < 2:
        return []
    found = [agency_with_role(s) for s in segments]
    others = [s for s, agency in zip(segments, found) if agency is None]
    if len(others) == len(segments) or not all(_is_name_like(s) for s in others):
        return []
    return _distinct(found)
