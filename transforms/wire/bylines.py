"""Bylines: which agencies a byline line or an author field credits.

A byline is only read where bylines stand (the opening lines of the body, the author field), and
only in byline shapes: `By Jane Doe, Associated Press`, `Jane Doe | Reuters`, `By: AP | Brussels`,
`By JANE DOE Associated Press`, `MATTHEW LEE AP Diplomatic Writer`, or a line that is nothing but
an agency name. Photo credits (`Photo: Reuters`, `(AP Photo/Evan Vucci)`) never count.
"""
from __future__ import annotations

import functools
import re

from transforms.newsroom.agencies import (SOURCE_LABELS, find_names, has_cue, has_slash_byline, is_unnamed_agency,
                                          resolve, resolve_all)
from transforms.newsroom.places import is_known_city, is_place

MAX_BYLINE_CHARS = 120

_BY_PREFIX = re.compile(r"^(?:by|(?:written|words|reported|posted|compiled|filed|story|article) by|von|por|par|di|door|av|af|"
                        r"autor|autora|auteur|كتب)"
                        r"\s*:?\s+", re.IGNORECASE)
PHOTO_WORDS = re.compile(
    r"\b(?:photos?|photograph\w*|images?|pictures?|pics?|videos?|graphics?|illustrations?|captions?"
    r"|fotos?|bild|imagen|imagem|getty|representational|تصوير|صورة|عکس)\b", re.IGNORECASE)


# Every word PHOTO_WORDS finds holds one of these (`pictures` holds `pic`, `imagen` holds `image`).
PHOTO_CUES = ("photo", "image", "pic", "video", "graphic", "illustration", "caption", "foto", "bild", "getty",
              "representational", "تصوير", "صورة", "عکس")


@functools.lru_cache(maxsize=64)
def has_photo_words(line: str) -> bool:
    """A photo, video or caption credit. The plain-substring cue rules out most lines at a
    fraction of the pattern's cost. Cached: one body line is asked by up to three readers."""
    return has_cue(line, PHOTO_CUES) and bool(PHOTO_WORDS.search(line))


# After "By", names are also joined by "and", "&" and "/", which never separate a plain line.
_LOOSE_SEPARATOR = re.compile(r"\s*(?:[|•·,;/&()]|(?i:\band\b)|\s[-–—]\s)\s*")
_STRICT_SEPARATOR = re.compile(r"\s*(?:[|•·,;]|\s[-–—]\s)\s*")
# "Edited By: X | Source: PTI", "Bron: ANP": a source label before the agency.
_SOURCE_LABEL = re.compile(r"^(?:" + "|".join(("agency",) + SOURCE_LABELS) + r")\s*:\s*", re.IGNORECASE)
_ROLE_WORDS = frozenset("""writer writers correspondent correspondents reporter reporters staff editor
    editors journalist journalists bureau desk team newsroom contributor editorial""".split()) | frozenset(
    # Nordic bylines after a possessive agency (`TT:s korrespondent`, `STT:n toimittaja`).
    """korrespondent korrespondenter utrikeskorrespondent medarbetare utsände medarbeider utsendte
    medarbejder udsendte kirjeenvaihtaja toimittaja""".split())
# The possessive of an agency name before a role: Swedish and Finnish put a colon after an
# abbreviation (`TT:s`, `STT:n`), Norwegian and Danish add `s` (`NTBs`), English `'s`.
_POSSESSIVE = re.compile(r"(?::s|:n|['’]s|['’]|s)$")
# Finnish writes the genitive of a word without the colon: `Reutersin`, `Xinhuan`.
_FINNISH_GENITIVE = re.compile(r"i?n$")
_ROLE_WORDS_ABROAD = frozenset("repórter reportero reporter correspondente corresponsal envoyé enviado".split())
# Lower-case words that may sit in a name, place or date segment of a byline.
_NAME_SMALL_WORDS = frozenset("""and de da di do van von der den la le du bin al el of the at on
    am pm ist gmt utc min mins read""".split())
_NAME_JOIN = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
# "Jane Doe for AFP", "Le Figaro avec AFP", "Repórter da Agência Brasil".
_CONNECTOR_BEFORE_AGENCY = re.compile(r"\b(?:for|of|of the|with|avec|mit|con|com|da|de|do|di|du|del|von|der)$",
                                      re.IGNORECASE)


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
            head = " ".join(words[:k])
            found = (resolve(head) or resolve(_POSSESSIVE.sub("", head))
                     or resolve(_FINNISH_GENITIVE.sub("", head)))
            if found is not None:
                return found
    return None


def is_name_like(segment: str, max_words: int = 7) -> bool:
    """Names, places and dates: capitalised words, at most `max_words` per name (`A and B` is two)."""
    words = segment.split()
    if not words or any(len(chunk.split()) > max_words for chunk in _NAME_JOIN.split(segment)):
        return False
    for word in words:
        bare = word.strip(".,:;()[]")
        if bare and bare[0].islower() and bare.lower() not in _NAME_SMALL_WORDS:
            return False
    return True


def _is_upper_name(text: str) -> bool:
    """`JANE DOE and JOHN ROE`: AP sets bylines in capitals."""
    words = [w for w in text.split() if w.lower() not in ("and", "&")]
    return any(ch.isalpha() for ch in text) and all(w.upper() == w for w in words)


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
    # A desk's place after the agency (`PA Scotland`, `Reuters India`) is part of the credit.
    if tail and not _is_role_tail(tail) and not (len(tail) <= 2 and is_place(" ".join(tail))):
        return None
    if not head:
        return agency
    if _CONNECTOR_BEFORE_AGENCY.search(head):
        return agency
    if tail and is_name_like(head, max_words=5):
        return agency
    if _is_upper_name(head) and is_name_like(head, max_words=6):
        return agency
    # An agency's acronym in capitals after a name in title case (`Vishnu Makhijani IANS`): a
    # surname is not written in capitals when the given name is not.
    written = segment[start:end]
    if written.isupper() and len(written) >= 3 and not _is_upper_name(head) and is_name_like(head, max_words=4):
        return agency
    # A name of several words ("The Canadian Press") is no one's surname, so a plain name may precede it.
    if len(segment[start:end].split()) > 1 and is_name_like(head, max_words=4):
        return agency
    return None


def _trailing_agency(segment: str) -> tuple[list[str], str | None]:
    """The words before the segment's only agency name, when that name ends the segment."""
    names = find_names(segment)
    if len(names) != 1 or names[0][1] != len(segment):
        return [], None
    return segment[:names[0][0]].split(), names[0][2]


def _agency_after_role(segment: str) -> str | None:
    """`Repórter da Agência Brasil`, `Correspondent for Reuters`: a role, a connector, the agency."""
    head, agency = _trailing_agency(segment)
    if len(head) < 2 or not _CONNECTOR_BEFORE_AGENCY.search(head[-1]):
        return None
    return agency if head[-2].strip(".,").lower() in _ROLE_WORDS | _ROLE_WORDS_ABROAD else None


def _house_with_agency(line: str) -> str | None:
    """`Le Figaro avec AFP`: the French credit of a desk story built on agency copy."""
    if "avec" not in line.lower():  # skips the name search for nearly every line
        return None
    head, agency = _trailing_agency(line)
    if len(head) < 2 or head[-1].lower() != "avec" or not is_name_like(" ".join(head[:-1]), max_words=4):
        return None
    return agency


# "STT–AFP", "AFP-Jiji": a dash joins the agency that wrote the story to its source, where a
# slash or a comma lists sources side by side ("dpa/AFP").
_DASH_JOINED = re.compile(r"^[(\[]?\s*[^\s/,;&+\-–—()\[\]][^/,;&+\-–—()\[\]]*?\s*[-–—]\s*\S")


def joined_by_dash(credit: str) -> bool:
    """Whether the first two items of a compact credit are joined by a dash (`STT–AFP`)."""
    return bool(_DASH_JOINED.match(credit))


def _dash_joined_agencies(line: str) -> list[str]:
    """`STT–AFP` standing as a byline: the writing agency, then its source."""
    if not ("-" in line or "–" in line or "—" in line):
        return []
    agencies = resolve_all(line)
    return agencies if len(agencies) > 1 and joined_by_dash(line) else []


_SLASH_BYLINE = re.compile(r"^(?P<name>[^/]{3,60}?)\s*/\s*(?P<agency>[^/\s][^/]{0,40})$")


def _slash_byline(line: str) -> str | None:
    """`Jane Doe/TT`: a name, a slash and an agency whose house byline has that shape (registry
    `slash_byline`). The same shape under a picture is a photographer's credit for other agencies
    (`Jane Doe/Reuters`), and two agencies after the name are a relayed picture (`Jane Doe/AP/TT`)."""
    m = _SLASH_BYLINE.match(line) if "/" in line else None
    if not m:
        return None
    agency = resolve(m["agency"])
    if agency is None or not has_slash_byline(agency) or find_names(m["name"]):
        return None
    name = m["name"]
    return agency if not any(ch.isdigit() for ch in name) and is_name_like(name, max_words=4) else None


# `الرياض: واس`, `NEW DELHI: PTI`: the place the story was filed from, a colon, the agency.
_PLACE_COLON = re.compile(r"^(?P<place>[^\W\d_][^:\d]{1,30}?)\s*:\s*(?P<who>[^:]{2,40})$")


def _place_then_agency(line: str) -> str | None:
    m = _PLACE_COLON.match(line)
    if not m or len(m["place"].split()) > 3 or _SOURCE_LABEL.match(line):
        return None
    # The place must be one: known to the gazetteer, or in a script whose labels the gazetteer
    # cannot tell from places (`Credit: Reuters` is a picture's credit).
    place = m["place"].strip()
    if not (is_known_city(place) or not re.search(r"[A-Za-z]", place)):
        return None
    return resolve(m["who"].strip(" ."))


def _distinct(ids) -> list[str]:
    out: list[str] = []
    for agency in ids:
        if agency is not None and agency not in out:
            out.append(agency)
    return out


def is_unnamed_byline(line: str) -> bool:
    """`Agencies`, `By Agencies`, `Written by wire services`: syndicated copy, agency unnamed."""
    line = line.strip()
    prefix = _BY_PREFIX.match(line)
    return is_unnamed_agency(line[prefix.end():] if prefix else line)


def byline_agencies(line: str, *, metadata: bool = False) -> list[str]:
    """Agencies credited by a byline line (or, with `metadata`, by an author field), in order."""
    # Wire feeds in the ANPA format end each byline line with `=` (`By The Associated Press=`).
    line = line.strip().rstrip("= ").strip()
    # A line opening with a dash is an end credit ("-- IANS"), not a byline.
    if not line or line[0] in "-–—" or len(line) > MAX_BYLINE_CHARS or has_photo_words(line):
        return []
    prefix = _BY_PREFIX.match(line)
    if prefix or metadata:
        rest = line[prefix.end():] if prefix else line
        segments = [_SOURCE_LABEL.sub("", s) for s in _LOOSE_SEPARATOR.split(rest) if s.strip()]
        return _distinct(agency_with_role(s) or _agency_after_name(s) for s in segments)
    whole = agency_with_role(line) or _house_with_agency(line) or _slash_byline(line) or _place_then_agency(line)
    if whole is not None:
        return [whole]
    if joint := _dash_joined_agencies(line):
        return joint
    segments = [s for s in _STRICT_SEPARATOR.split(line) if s.strip()]
    if len(segments) < 2:
        return []
    found = [agency_with_role(_SOURCE_LABEL.sub("", s)) or _agency_after_role(s) for s in segments]
    others = [s for s, agency in zip(segments, found) if agency is None]
    # The other parts are names, places and dates; one that names an agency is a headline ("AP, Reuters Win ...").
    if len(others) == len(segments) or not all(is_name_like(s, max_words=4) and not find_names(s) for s in others):
        return []
    return _distinct(found)
