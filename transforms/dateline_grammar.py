"""Recognizes a dateline at the start of a normalized story opening.

Every pattern is anchored at a known position, has bounded repetition and no
nested ambiguous quantifiers, and only ever sees the bounded opening, so the
cost per story is constant. Precision comes first: a dateline without an
agency credit is accepted only when its place is known (gazetteer, a state or
country after the comma) and a real separator follows it.
"""
from __future__ import annotations

import dataclasses
import re

from transforms import dateline_places as places
from transforms.dateline_credits import COMMA_CREDITS, DASH_CREDITS, canonical_agency
from transforms.dateline_dates import MONTHS, WEEKDAYS, date_at

MAX_PLACE_WORDS = 7
MAX_PLACE_CHARS = 50
MAX_PREAMBLE_ITEMS = 5

# One word of a place name: letters joined by apostrophes, periods or hyphens
# (`St.`, `N.Y.`, `Xi'an`, `Stratford-upon-Avon`). A connector must be followed
# by a letter, so each step consumes one character and cannot backtrack.
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.](?=[^\W\d_])|-(?=[^\W\d_]))*\.?")
_SPACE = re.compile(r"[ ]")
_WHITESPACE = re.compile(r"\s*")
_LINE_END = re.compile(r"[ ]*\n\s*")

_PAREN = re.compile(r"[ ]?\(([^()\n]{1,40})\)")
_BRACKET = re.compile(r"[ ]?\[([^\[\]\n]{2,40})\]")
_COMMA = re.compile(r",[ ]?")
_PLACE_JOIN = re.compile(r"[ ]?/[ ]?|[ ]&[ ]|[ ]and[ ]|[ ]y[ ]|[ ]et[ ]|[ ]und[ ]|[ ]e[ ]")
_DATE_LEAD = re.compile(r",[ ]?|[ ]")

_PAREN_CREDIT = re.compile(r"[ ]{0,2}\.?[ ]?\(([^()\n]{1,40})\)")
_SLASH_CREDIT = re.compile(r"\.?[ ]?/([^/\n]{2,40})/")
_WIRE_CREDIT = re.compile(r"[ ]?-{2}[ ]?\(([^()\n]{1,40})\)[ ]?-{2}")
_DASH_CREDIT = re.compile(
    r"[ ]?[—–-][ ]?(" + "|".join(re.escape(c) for c in DASH_CREDITS) + r")(?:,[ ][А-ЯЁA-Z][а-яёa-z]+[ ][А-ЯЁA-Z][а-яёa-z]+)?")
_DOT_CREDIT = re.compile(r"\.?[ ](INTERFAX\.RU|Интерфакс)")
_COMMA_CREDIT = re.compile(r",[ ]([A-Z]{2,5})(?=[ ]?(?:-|—|–|:))")

_DASH = re.compile(r"[ ]*(\.?(?:—|–|―|−|-{1,3}|_{1,2}))[ ]*")
_COLON = re.compile(r"[ ]*:[ ]*")
_PERIOD = re.compile(r"\.(?=\s)")

_TAG = re.compile(r"\(([^()\n]{1,100})\)[ ]*")
_TAG_WORDS = frozenset(
    "adds add updates update updated recasts recast corrects corrected correcting correction changes rewrites "
    "writes refiles refile repeats repeat fixes removes inserts edits clarifies amends combines tops lead urgent "
    "2nd 3rd 4th 5th 6th ld news yonhap releads new official eds editors advisory for wraps".split())
_SLUG = re.compile(
    r"(?:REFILE|RPT|REPEAT|UPDATE(?:[ ]?\d{1,2})?|CORRECTED|CORRECTION|EXCLUSIVE|WRAPUP(?:[ ]?\d{1,2})?|FOCUS|"
    r"ANALYSIS|INSIGHT|BREAKINGVIEWS|BUZZ|FACTBOX|TIMELINE|URGENT|FLASH|BRIEF|PREVIEW|SPECIAL REPORT)[ ]?-[ ]?")
_BYLINE_GLUED = re.compile(r"By[ ](?:[A-Z][\w'’.-]{0,20}[ ]){0,4}[A-Z][a-z'’.-]{0,20}[a-z](?=[A-Z]{2})")
_BYLINE_LINE = re.compile(r"By[ ][^\n]{2,80}\n\s*")
_AGENCY_NAME = re.compile(
    r"(?:The[ ])?(?:Canadian Press|Associated Press|Presse Canadienne|La Presse Canadienne)[ ]?[—–-]{1,2}[ ]?")

_CHINESE = re.compile(
    r"(新华社|新華社|中新社|中新网|人民网|本报|央视网|中国日报网|环球网|光明网|央广网)"
    r"([^\d\s()【】]{0,10}?)(\d{1,2})月(\d{1,2})日(?:电|電|讯|訊)"
    r"(?:[ ]*\([^()\n]{0,40}\))?[ ]*")
_CHINESE_CNA = re.compile(r"\(中央社(?:記者)?([^\d\s()]{0,12}?)(\d{1,2})日電\)[ ]*")
_JAPANESE = re.compile(r"【([^【】\n]{1,24})】[ ]*")
_JAPANESE_AGENCIES = ("共同", "時事", "新華社", "ロイター", "AFP", "聯合", "タス", "ブルームバーグ")
_KOREAN = re.compile(r"[(\[]([가-힣A-Za-z]{1,12})=([^()\[\]\n=]{1,15})[)\]][ ]*")
_KOREAN_REPORTER = re.compile(r"([가-힣 ,·]{2,40}?)[ ]?(?:기자|특파원|통신원)[ ]*=[ ]*")

_NOT_PLACES = frozenset(places.fold(w) for w in (
    "in on at by for from to as if when while after before during since of and but or the a an dear breaking "
    "update updated updates watch photos photo video videos editor's editors editor note claim rating q i we it "
    "this that these those he she they our my your his her what why how who where warning spoiler opinion "
    "analysis exclusive related read listen subscribe advertisement sponsored live latest news story summary "
    "question answer source sources credit image caption correction clarification disclaimer transcript "
    "chapter part step tip today yesterday tomorrow tonight now here there then also plus bonus fact verdict "
    "background context overview highlights recap preview review score final result results price location "
    "address time date venue tickets contact email phone website follow share comments said says mr. mrs. ms. "
    "dr. prof. sir president minister governor senator police officials please thanks yes no okay well so oh hey "
    "hi hello welcome staff special by-line byline reporting report reports statement notice").split()) | WEEKDAYS


@dataclasses.dataclass(frozen=True)
class Found:
    """A dateline in normalized coordinates, with its parts as written."""
    start: int
    end: int
    places: tuple[str, ...] = ()
    joiners: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    month: int | None = None
    day: int | None = None
    year: int | None = None
    agency: str | None = None


@dataclasses.dataclass(frozen=True)
class _Place:
    names: tuple[str, ...]
    joiners: tuple[str, ...]
    end: int


def find(text: str) -> Found | None:
    """The dateline opening `text` (a normalized opening), or None."""
    pos = _skip_preamble(text)
    for matcher in (_chinese, _japanese, _korean, _credit_first, _date_first, _place_first):
        found = matcher(text, pos)
        if found is not None:
            return found
    return None


def _skip_preamble(text: str) -> int:
    """Position after editor tags, slugs and bylines (`(Adds comments)`, `REFILE-`, `By Jane Doe`)."""
    pos = _WHITESPACE.match(text, 0).end()
    for _ in range(MAX_PREAMBLE_ITEMS):
        tag = _TAG.match(text, pos)
        if tag and places.fold(tag.group(1)).split(" ", 1)[0] in _TAG_WORDS:
            pos = _WHITESPACE.match(text, tag.end()).end()
            continue
        step = None
        for pattern in (_SLUG, _BYLINE_GLUED, _BYLINE_LINE, _AGENCY_NAME):
            step = pattern.match(text, pos)
            if step:
                break
        if not step:
            break
        pos = _WHITESPACE.match(text, step.end()).end()
    return pos


# --- CJK datelines ---------------------------------------------------------

def _chinese(text: str, pos: int) -> Found | None:
    match = _CHINESE.match(text, pos)
    if match:
        city = match.group(2) or None
        agency = canonical_agency(match.group(1))
        return Found(pos, match.end(), (city,) if city else (), (), (), int(match.group(3)), int(match.group(4)),
                     None, agency)
    match = _CHINESE_CNA.match(text, pos)
    if match:
        city = _known_suffix(match.group(1))
        return Found(pos, match.end(), (city,) if city else (), day=int(match.group(2)), agency="CNA")
    return None


def _known_suffix(run: str) -> str | None:
    # `記者王小明台北` carries a reporter name before the city; the city is the known tail.
    for size in range(min(len(run), 6), 0, -1):
        if places.is_known_city(run[-size:]):
            return run[-size:]
    return None


def _japanese(text: str, pos: int) -> Found | None:
    match = _JAPANESE.match(text, pos)
    if not match:
        return None
    content = match.group(1).strip()
    city, agency = content, None
    if "=" in content:
        city, credit = (part.strip() for part in content.split("=", 1))
        agency = canonical_agency(credit)
        for suffix in _JAPANESE_AGENCIES:
            if city.endswith(suffix) and len(city) > len(suffix):
                # `パリAFP=時事`: AFP copy relayed by Jiji; the story is AFP's.
                city, agency = city[: -len(suffix)], canonical_agency(suffix) or agency
                break
    else:
        for suffix in _JAPANESE_AGENCIES:
            if content.endswith(suffix):
                city, agency = content[: -len(suffix)], canonical_agency(suffix) or suffix
                break
        else:
            if not places.is_known_city(content):
                return None
    if agency is None and not city:
        return None
    return Found(pos, match.end(), (city,) if city else (), agency=agency)


def _korean(text: str, pos: int) -> Found | None:
    match = _KOREAN.match(text, pos)
    if not match:
        return None
    end = match.end()
    reporter = _KOREAN_REPORTER.match(text, end)
    if reporter:
        end = reporter.end()
    return Found(pos, end, (match.group(1),), agency=canonical_agency(match.group(2)))


# --- Latin and Cyrillic datelines -------------------------------------------

def _credit_first(text: str, pos: int) -> Found | None:
    """`(Reuters) -`, `(Bloomberg) --`, `(CNN)`, and ANSA's `(ANSA) - ROMA, 16 GEN -`."""
    match = _PAREN.match(text, pos)
    if not match or match.start(1) != pos + 1:
        return None
    agency = canonical_agency(match.group(1))
    if agency is None:
        return None
    dash = _DASH.match(text, match.end())
    if dash:
        inner = _place_first(text, dash.end(), require_date=True, credited=True)
        if inner is not None:
            return dataclasses.replace(inner, start=pos, agency=inner.agency or agency)
    end = _separator_end(text, match.end(), credited=True)
    if end is None:
        return None
    return Found(pos, end, agency=agency)


def _date_first(text: str, pos: int) -> Found | None:
    """UPI's `Jan. 16 (UPI) --`: a date and a credit, no place."""
    written = date_at(text, pos)
    if written is None:
        return None
    credit = _PAREN_CREDIT.match(text, written.end)
    if not credit:
        return None
    agency = canonical_agency(credit.group(1))
    if agency is None:
        return None
    end = _separator_end(text, credit.end(), credited=True)
    if end is None:
        return None
    return Found(pos, end, (), (), (), written.month, written.day, written.year, agency)


def _place_first(text: str, pos: int, require_date: bool = False, credited: bool = False) -> Found | None:
    place = _places(text, pos)
    if place is None:
        return None
    cursor = place.end
    regions: list[str] = []
    unknown_region = False
    written = None
    for _ in range(3):
        step = _region_or_date(text, cursor, place.names)
        if step is None:
            break
        kind, value, cursor = step
        if kind == "date":
            written = value
            break
        regions.append(value)
        unknown_region = unknown_region or kind == "unknown"
    if require_date and written is None:
        return None

    agency, credit_end, credit_known = _credit(text, cursor)
    if credit_end is None:
        # Region parts and dates are only trusted before a credit or a separator.
        if unknown_region:
            return None
        end = _separator_end(text, cursor, credited=False)
        if end is None or not (credited or _validated(place.names, regions)):
            return None
        if not _shaped(place.names):
            return None
    elif credit_known:
        end = _separator_end(text, credit_end, credited=True)
        if end is None or not _shaped(place.names):
            return None
    else:
        # An unknown credit (`(HawaiiNewsNow)`) counts only for a known place followed by a dash.
        if unknown_region or not _validated(place.names, regions) or not _shaped(place.names):
            return None
        dash = _DASH.match(text, credit_end)
        if not dash or not _body_starts(text, _WHITESPACE.match(text, dash.end()).end(), strict=True):
            return None
        end = _WHITESPACE.match(text, dash.end()).end()
    month = written.month if written else None
    day = written.day if written else None
    year = written.year if written else None
    return Found(pos, end, place.names, place.joiners, tuple(regions), month, day, year,
                 agency if credit_known else None)


def _places(text: str, pos: int) -> _Place | None:
    names: list[str] = []
    joiners: list[str] = []
    cursor = pos
    for _ in range(3):
        name_end = _place_name_end(text, cursor)
        if name_end is None:
            return None
        names.append(text[cursor:name_end])
        join = _PLACE_JOIN.match(text, name_end)
        if not join or _place_name_end(text, join.end()) is None:
            return _Place(tuple(names), tuple(joiners), name_end)
        joiners.append(join.group())
        cursor = join.end()
    return _Place(tuple(names), tuple(joiners), name_end)


def _place_name_end(text: str, pos: int, stop_at_joiners: bool = True) -> int | None:
    word = _WORD.match(text, pos)
    if not word:
        return None
    end = word.end()
    for _ in range(MAX_PLACE_WORDS - 1):
        space = _SPACE.match(text, end)
        if not space:
            break
        following = _WORD.match(text, space.end())
        if not following or (stop_at_joiners and places.fold(following.group()) in ("and", "et", "und", "y", "e")):
            break
        end = following.end()
    if end - pos > MAX_PLACE_CHARS:
        return None
    return end


def _region_or_date(text: str, pos: int, names: tuple[str, ...]):
    """The next `, Mo.`, ` (Uttar Pradesh)`, ` [India]`, `, Iraq` or `, Jan 16` after the place."""
    lead = _DATE_LEAD.match(text, pos)
    if lead and (lead.group().startswith(",") or text[pos - 1:pos] == "."):
        written = date_at(text, lead.end())
        if written is not None:
            return "date", written, written.end
    for pattern in (_PAREN, _BRACKET):
        match = pattern.match(text, pos)
        if match and _known_region(match.group(1)):
            return "region", match.group(1).strip(), match.end()
    comma = _COMMA.match(text, pos)
    if not comma:
        return None
    start = comma.end()
    words_end = _place_name_end(text, start, stop_at_joiners=False)
    if words_end is None:
        return None
    # Longest known prefix first: `, United Arab Emirates`, then `, Calif.` out of `, Calif. Police`.
    candidates = [start]
    for word in _WORD.finditer(text, start, words_end):
        candidates.append(word.end())
    for end in sorted(set(candidates[1:]), reverse=True):
        token = text[start:end]
        if _known_region(token):
            return "region", token, end
        if token.endswith(".") and _known_region(token[:-1]):
            return "region", token[:-1], end - 1
    if _COMMA_CREDIT.match(text, pos):
        return None
    token = text[start:words_end]
    if _shaped((token,)) and len(token.split()) <= 4:
        return "unknown", token, words_end
    return None


def _known_region(token: str) -> bool:
    token = token.strip()
    return bool(places.country_code(token) or places.regions_for(token))


def _credit(text: str, pos: int) -> tuple[str | None, int | None, bool]:
    """(agency, end, known) for the credit at `pos`; end None when there is no credit."""
    for pattern in (_WIRE_CREDIT, _PAREN_CREDIT, _SLASH_CREDIT):
        match = pattern.match(text, pos)
        if match:
            agency = canonical_agency(match.group(1))
            if agency is None and pattern is _PAREN_CREDIT and _known_region(match.group(1)):
                return None, None, False
            return agency, match.end(), agency is not None
    for pattern in (_DASH_CREDIT, _DOT_CREDIT):
        match = pattern.match(text, pos)
        if match:
            return canonical_agency(match.group(1)), match.end(), True
    match = _COMMA_CREDIT.match(text, pos)
    if match and match.group(1) in COMMA_CREDITS:
        return canonical_agency(match.group(1)), match.end(), True
    return None, None, False


def _separator_end(text: str, pos: int, credited: bool) -> int | None:
    """Where the body starts after the separator at `pos`, or None when no acceptable one is there."""
    for pattern in (_DASH, _COLON):
        match = pattern.match(text, pos)
        if match:
            if not credited and match.group().strip() == "-" and not text[pos:pos + 1].isspace():
                return None  # `Washington-based`
            body = _WHITESPACE.match(text, match.end()).end()
            return body if _body_starts(text, body, strict=not credited) else None
    if credited:
        period = _PERIOD.match(text, pos)
        if period:
            return _WHITESPACE.match(text, period.end()).end()
        body = _WHITESPACE.match(text, pos).end()
        if body == len(text) or body > pos or _body_starts(text, body, strict=True):
            return body
        return None
    line = _LINE_END.match(text, pos)
    if line and "\n" in line.group():
        return line.end() if _body_starts(text, line.end(), strict=True) else None
    return None


def _body_starts(text: str, pos: int, strict: bool) -> bool:
    if pos >= len(text):
        return not strict
    char = text[pos]
    if char.islower():
        return not strict
    return char.isalnum() or char in "\"'“‘«„¿¡([" or not char.isascii()


def _shaped(names: tuple[str, ...]) -> bool:
    """Looks like a place: capitalized words (particles aside), no weekday, month or stop word first."""
    for name in names:
        words = name.split(" ")
        first = places.fold(words[0])
        if places.is_known_city(name):
            continue
        if first in _NOT_PLACES or first.rstrip(".") in MONTHS:
            return False
        for index, word in enumerate(words):
            initial = word[:1]
            if initial.islower() and (index == 0 or places.fold(word) not in _PARTICLES_LOWER):
                return False
    return True


_PARTICLES_LOWER = frozenset(
    "de da do dos das del della delle di du des la le les los las of on upon am an der im sur sous en y e et na "
    "a.m. bei ob".split())


def _validated(names: tuple[str, ...], regions: list[str]) -> bool:
    """A place without a known credit must be a known city, or be followed by a known state or country."""
    if regions and all(_known_region(r) for r in regions):
        return True
    return all(places.is_known_city(name) for name in names)
