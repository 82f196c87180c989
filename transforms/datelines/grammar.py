"""Recognizes a dateline at the start of a normalized story opening.

Every pattern is anchored at a known position, has bounded repetition and no
ambiguous nested quantifiers, so the cost is linear in the input even before
`normalized_opening.py` bounds the opening. Precision comes first: a dateline without
a known agency credit is accepted only when its place is known (gazetteer, or a
known state or country after it) and a real separator and a capitalized body
follow that reads as prose, not a headline, title or listing (`datelines/body.py`).
"""
from __future__ import annotations

import dataclasses
import re

from transforms.datelines import body as dateline_body
from transforms.datelines import cjk as dateline_cjk
from transforms.datelines import devanagari
from transforms.datelines.credits import COMMA_CREDITS, DASH_CREDITS, canonical_agency
from transforms.datelines.dates import WrittenDate, date_at
from transforms.datelines.found import Found
from transforms.datelines.preamble import skip_preamble
from transforms.newsroom import places
from transforms.newsroom.calendar import MONTHS, WEEKDAYS

MAX_PLACE_WORDS = 7
MAX_PLACE_CHARS = 50
MAX_PLACES = 3
MAX_PLACE_PARTS = 4
LONG_BODY_WORDS = 8

# One word of a place name: letters joined by apostrophes, periods or hyphens
# (`St.`, `N.Y.`, `Xi'an`, `Stratford-upon-Avon`). A connector must be followed
# by a letter, so each step consumes one character and cannot backtrack.
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.](?=[^\W\d_])|-(?=[^\W\d_]))*[.'’]?")
_SPACE = re.compile(r"[ ]")
_WHITESPACE = re.compile(r"\s*")
_LINE_END = re.compile(r"[ ]*\n\s*")
_SPACES = re.compile(r"[ ]{2,}")
# One space, then a word in title case: a dash a feed dropped after a place in capitals.
_LOST_DASH = re.compile(r"[ ](?=[^\W\d_][^\W\d_A-Z]*[a-z])")

_PAREN = re.compile(r"[ ]?\(([^()\n]{1,40})\)")
_BRACKET = re.compile(r"[ ]?\[([^\[\]\n]{2,40})\]")
_COMMA = re.compile(r"[ ]?,[ ]?")
_PLACE_JOIN = re.compile(r"[ ]?/[ ]?|[ ]&[ ]|[ ]and[ ]|[ ]y[ ]|[ ]et[ ]|[ ]und[ ]|[ ]e[ ]")
_JOIN_WORDS = frozenset({"and", "et", "und", "y", "e"})
_DATE_LEAD = re.compile(r"[ ]?,[ ]?|\.[ ]|[ ](?=[^\W\d_]{3,10}\.?[ ]?\d)")
_BARE_DAY = re.compile(r"(\d{1,2})(?=[ ]?\()")
_BARE_WEEKDAY = re.compile(r"([^\W\d_]{3,12})(?=[ ]?\()")

_PAREN_CREDIT = re.compile(r"[ ]{0,2}\.?[ ]?\(([^()\n]{1,60})\)")
_SLASH_CREDIT = re.compile(r"\.?[ ]?/([^/\s][^/\n]{1,38})/")
# `/ ACCESSWIRE / January 16, 2022 /`: the date sits between the credit and the body.
_SPACED_SLASH_CREDIT = re.compile(r"[ ]?/[ ]([A-Za-z][^/\n]{1,38}?)[ ]/[ ]?")
_SLASH_SEPARATOR = re.compile(r"[ ]?/[ ]?")
_WIRE_CREDIT = re.compile(r"[ ]?-{2}[ ]?\(([^()\n]{1,60})\)")
_DASH_CREDIT = re.compile(
    r"[ ]?[—–-][ ]?(" + "|".join(re.escape(c) for c in DASH_CREDITS)
    + r")(?:,[ ][А-ЯЁA-Z][а-яёa-z]+[ ][А-ЯЁA-Z][а-яёa-z]+)?")
_DOT_CREDIT = re.compile(r"\.?[ ](INTERFAX\.RU|Интерфакс)")
_COMMA_CREDIT = re.compile(r",[ ]([A-Z]{2,5})(?=[ ]?(?:-|—|–|:))")
# The outlet's own site after the place (`JAKARTA, KOMPAS.com -`): a credit that names no agency.
_COMMA_SITE_CREDIT = re.compile(r",[ ]([A-Za-z][\w-]{1,30}\.(?:com|co\.id|id|net|org|co)(?:\.[a-z]{2})?)(?=[ ]?(?:-|—|–|:))")
_LATE_CREDIT = re.compile(r"\(([^()\n]{1,40})\)[ ]?(?:—|–|-{1,2})[ ]")
# The shape of a news service's own name: a web address (`SPACE.com`, `PanARMENIAN.Net`) or one
# word that joins `News` to another (`NewsFactor`). Other words with a capital inside are brands as
# often (`PowerPoint - `), so they do not count.
_SERVICE_NAME = re.compile(r"[A-Za-z][\w-]{1,30}\.(?:com|net|org)|News[A-Z][a-z]+|[A-Z][a-z]+News")
# An agency name of one to three words, then a dash with a space on both sides.
_AGENCY_ONLY = re.compile(r"([A-Z][\w.&'’]{0,20}(?:[ ][A-Z][\w.&'’]{0,20}){0,2})[ ](?:—|–|-{1,2})[ ]")

_DASH = re.compile(r"[ ]*(\.?[ ]?(?:—|–|―|−|-{1,3}|_{1,2}))[ ]*")
_COLON = re.compile(r"[ ]*:[ ]*")
_PERIOD = re.compile(r"\.(?=\s)")

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
    "hi hello welcome staff special byline reporting report reports statement notice").split()) | WEEKDAYS
_NOT_STORY_OPENERS = frozenset(
    "what what's why how where who when here's here are is i we you my our your".split())
_PARTICLES = frozenset(
    "de da do dos das del della delle di du des la le les los las of on upon am an der im sur sous en y e et na "
    "a.m. bei ob a the".split())


def find(text: str, language: str | None = None) -> Found | None:
    """The dateline opening `text` (a normalized opening), or None. `language` (ISO 639-1), when
    known, only narrows which separators a place without a credit may take."""
    pos = skip_preamble(text)
    for matcher in (dateline_cjk.chinese, dateline_cjk.japanese, dateline_cjk.korean, devanagari.hindi,
                    _credit_first, _date_first, _agency_only):
        found = matcher(text, pos)
        if found is not None:
            return found
    return _place_first(text, pos, language=language)


@dataclasses.dataclass(frozen=True)
class _Credit:
    agency: str | None
    end: int
    written: WrittenDate | None = None


@dataclasses.dataclass(frozen=True)
class _Places:
    names: tuple[str, ...]
    joiners: tuple[str, ...]
    end: int


@dataclasses.dataclass(frozen=True)
class _Parts:
    regions: tuple[str, ...]
    unknown_region: bool
    written: WrittenDate | None
    day: int | None
    end: int
    # `(Uttar Pradesh)`, `[India]`: ANI's style, trusted only before a known credit.
    bracketed_region: bool = False


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
    # With no place to vouch for it, the credit must be followed by a sentence, not prose about
    # the agency: `(Reuters) is a news agency`.
    end = _separator_end(text, match.end(), credited=True, strict=True)
    return None if end is None else Found(pos, end, agency=agency)


def _agency_only(text: str, pos: int) -> Found | None:
    """`AP - `, `Reuters - `, `AFP -- `: an agency's name and a spaced dash, no place, before a sentence.

    The name must be written as the agency writes it (a known credit, not folded to lower case),
    so `Ap - ` or a word that merely folds to an agency's name never counts."""
    match = _AGENCY_ONLY.match(text, pos)
    if not match:
        return None
    agency = canonical_agency(match.group(1))
    if agency is None and not _SERVICE_NAME.fullmatch(match.group(1)):
        return None
    if not any(c.isupper() for c in match.group(1)):
        return None
    body = _WHITESPACE.match(text, match.end()).end()
    # A service the registry does not list (`NewsFactor - `, `USATODAY.com - `) still opens the
    # story with a dateline; its agency stays unset, since the column holds registry ids.
    return Found(pos, body, agency=agency) if _body_starts(text, body, strict=True) else None


def _date_first(text: str, pos: int) -> Found | None:
    """UPI's `Jan. 16 (UPI) --`: a date and a credit, no place."""
    written = date_at(text, pos)
    if written is None:
        return None
    credit = _PAREN_CREDIT.match(text, written.end)
    agency = canonical_agency(credit.group(1)) if credit else None
    if agency is None:
        return None
    end = _separator_end(text, credit.end(), credited=True)
    if end is None:
        return None
    return Found(pos, end, month=written.month, day=written.day, year=written.year, agency=agency)


def _place_first(text: str, pos: int, require_date: bool = False, credited: bool = False,
                 language: str | None = None) -> Found | None:
    found_places = _places(text, pos)
    # A known credit vouches for unusual places (`ON THE POLAND-UKRAINE BORDER (Reuters)`), but
    # only in capitals: `In New Delhi, Jan 16 (PTI) reports said` is a sentence.
    shouted = all(places.is_shouted(name) for name in found_places.names) if found_places else False
    if found_places is None or not _shaped(found_places.names, stop_words=not shouted):
        return None
    parts = _parts(text, found_places.end)
    credit = _credit(text, parts.end)
    written = parts.written or (credit.written if credit else None)
    if require_date and written is None:
        return None
    known = credit is not None and credit.agency is not None
    trusted = credited or _trusted_without_credit(found_places.names, parts)
    staff = not known and not trusted and _staff_dateline(text, found_places, parts)
    if known:
        end = _separator_end(text, credit.end, credited=True)
    elif trusted or staff:
        separator = credit.end if credit else parts.end
        # A date written after the place (`CLEVELAND, Feb 26 -`) is a shape headlines and titles
        # do not take, so it vouches for the dateline as a credit does: the body after it may be a
        # terse wire item (`shr 34 cts vs 1.19 dlrs`, `<Qantas Airways Ltd> said`) or hard-wrapped
        # prose whose first line looks like a title.
        # South Asian papers put a colon there after a place in capitals (`POKHARA, Aug 12:`).
        dated = parts.written is not None and (_DASH.match(text, separator) is not None
                                               or shouted and _COLON.match(text, separator) is not None)
        # Continental papers end a staff dateline with a full stop (`Rennes. La mairie`,
        # `Berlin. Die Regierung`); English ones only in capitals.
        continental = language is not None and language != "en"
        # A dash a feed dropped (`NEW YORK At first glance`, `KATMANDU, Nepal The capital`): only after
        # a place in capitals that the gazetteer knows or a known country follows, so that capitals
        # in a title do not pass.
        lost_dash = shouted and (all(places.is_known_city(name) for name in found_places.names)
                                 or bool(parts.regions) and not parts.unknown_region)
        end = _separator_end(text, separator, credited=dated, after_credit=credit is not None,
                             period=shouted or continental, spaced=shouted, lost_dash=lost_dash)
        if end is not None and (staff or lost_dash and text[separator:end] == " ") and len(
                text[end:].split("\n", 1)[0].split(" ", LONG_BODY_WORDS)) <= LONG_BODY_WORDS:
            # Without its dash (`BRASÍLIA Lula anunciou.`), or after a place nobody knows, only a long
            # sentence shows that a story starts there.
            return None
        if dated and end is not None and text[end:end + 1].islower() and "\n" not in text[separator:end]:
            return None  # `Washington, Jan 16 — a date few here will forget`: a lower-case item starts a line
        if end is not None and not credited and not dated and not _reads_as_story(
                text, end, text[separator:end], shouted, language, found_places.names[-1]):
            return None
    else:
        return None
    if end is None:
        return None
    agency = credit.agency if known else None
    if agency is None:
        # `FORT LAUDERDALE, Fla. - (KRT) - Despite`: the credit after the separator.
        late = _LATE_CREDIT.match(text, end)
        if late and (late_agency := canonical_agency(late.group(1))) is not None:
            agency, end = late_agency, _WHITESPACE.match(text, late.end()).end()
    return Found(pos, end, found_places.names, found_places.joiners, parts.regions,
                 written.month if written else None, written.day if written else parts.day,
                 written.year if written else None, agency)


def _places(text: str, pos: int) -> _Places | None:
    """One to three place names: `GENEVA/ERBIL`, `SAN FRANCISCO & NEW YORK`."""
    names: list[str] = []
    joiners: list[str] = []
    cursor = pos
    for _ in range(MAX_PLACES):
        name_end = _place_name_end(text, cursor)
        if name_end is None:
            return None
        name_end = _without_closing_period(text, cursor, name_end)
        names.append(text[cursor:name_end])
        join = _PLACE_JOIN.match(text, name_end)
        if not join or _place_name_end(text, join.end()) is None:
            break
        joiners.append(join.group())
        cursor = join.end()
    else:
        return None
    return _Places(tuple(names), tuple(joiners), name_end)


def _ends_sentence(word: str) -> bool:
    # `BRUXELLES.` ends the place; `St.`, `Mt.` and `a.M.` are abbreviations inside it.
    return word.endswith(".") and len(word) > 3 and "." not in word[:-1]


def _without_closing_period(text: str, start: int, end: int) -> int:
    # `CIUDAD DE MÉXICO.-`, `Москва. 16 января`, `BRUXELLES. Le`: the period belongs to the
    # separator or the date, not to the name; `St.` and `Frankfurt a.M.` keep theirs.
    if text[end - 1:end] != ".":
        return end
    last = text[start:end - 1].rsplit(" ", 1)[-1]
    return end - 1 if len(last) >= 3 and "." not in last else end


def _place_name_end(text: str, pos: int, stop_at_joiners: bool = True) -> int | None:
    word = _WORD.match(text, pos)
    if not word:
        return None
    end = word.end()
    for _ in range(MAX_PLACE_WORDS - 1):
        if _ends_sentence(word.group()):
            break
        space = _SPACE.match(text, end)
        following = _WORD.match(text, space.end()) if space else None
        if not following or (stop_at_joiners and places.fold(following.group()) in _JOIN_WORDS):
            break
        if date_at(text, following.start()) is not None:
            break  # `JERUSALEM Aug. 23, 2004 -`: the date, written without a comma, is not part of the name
        if places.is_shouted(text[pos:end]) and not places.is_shouted(following.group()):
            break  # `NEW YORK At first glance`: a place in capitals ends where the capitals do
        word, end = following, following.end()
    return end if end - pos <= MAX_PLACE_CHARS else None


def _parts(text: str, pos: int) -> _Parts:
    """States, countries and the date after the place: `, Mo.`, ` (Uttar Pradesh) [India]`,
    `, Iraq`, `, Jan 16`, `, Sunday, Jan 16, 2022`."""
    regions: list[str] = []
    unknown = bracketed = False
    for _ in range(MAX_PLACE_PARTS):
        lead = _DATE_LEAD.match(text, pos)
        if lead:
            written = date_at(text, lead.end())
            if written is not None:
                return _Parts(tuple(regions), unknown, written, None, written.end, bracketed)
            if lead.group().strip() == ",":
                # Europa Press writes only the day (`MADRID, 16 (EUROPA PRESS)`), UPI sometimes only
                # the weekday; both stand right before the credit.
                bare_day = _BARE_DAY.match(text, lead.end())
                if bare_day and 1 <= int(bare_day.group(1)) <= 31:
                    return _Parts(tuple(regions), unknown, None, int(bare_day.group(1)), bare_day.end(), bracketed)
                weekday = _BARE_WEEKDAY.match(text, lead.end())
                if weekday and places.fold(weekday.group(1)) in WEEKDAYS:
                    return _Parts(tuple(regions), unknown, None, None, weekday.end(), bracketed)
        region = _region(text, pos)
        if region is None:
            break
        token, kind, pos = region
        regions.append(token)
        unknown = unknown or kind == "unknown"
        bracketed = bracketed or kind == "bracketed"
    return _Parts(tuple(regions), unknown, None, None, pos, bracketed)


def _region(text: str, pos: int) -> tuple[str, str, int] | None:
    """(token, kind, end) of the state or country at `pos`; kind is `known`, `bracketed` or `unknown`."""
    for pattern in (_PAREN, _BRACKET):
        match = pattern.match(text, pos)
        if match and canonical_agency(match.group(1)) is None and _known_region(match.group(1)):
            return match.group(1).strip(), "bracketed", match.end()
    comma = _COMMA.match(text, pos)
    credit = _COMMA_CREDIT.match(text, pos)
    if not comma or (credit and credit.group(1) in COMMA_CREDITS) or _COMMA_SITE_CREDIT.match(text, pos):
        return None
    start = comma.end()
    words_end = _place_name_end(text, start, stop_at_joiners=False)
    if words_end is None:
        return None
    # Longest known prefix first: `, United Arab Emirates`; `, Calif.` out of `, Calif. Police`.
    ends = sorted({word.end() for word in _WORD.finditer(text, start, words_end)}, reverse=True)
    for end in ends:
        token = text[start:end]
        if _known_region(token):
            return token, "known", end
    token = text[start:words_end]
    if _shaped((token,)) and len(token.split()) <= 4:
        return token, "unknown", words_end
    return None


def _known_region(token: str) -> bool:
    token = places.without_qualifier(token)
    return bool(places.country_code(token) or places.regions_for(token))


def _credit(text: str, pos: int) -> _Credit | None:
    """The agency credit at `pos` (agency None when the credit names no known agency)."""
    for pattern in (_WIRE_CREDIT, _PAREN_CREDIT, _SLASH_CREDIT):
        match = pattern.match(text, pos)
        if match:
            # `Melbourne (3-0):` is a team's record in a box score; a credit names someone.
            if not any(c.isalpha() for c in match.group(1)):
                return None
            return _credit_with_date(match.group(1), match.end())
    spaced = _SPACED_SLASH_CREDIT.match(text, pos)
    if spaced:
        agency = canonical_agency(spaced.group(1))
        written = date_at(text, spaced.end())
        closing = _SLASH_SEPARATOR.match(text, written.end) if written else None
        if agency and closing:
            return _Credit(agency, closing.end(), written)
    for pattern in (_DASH_CREDIT, _DOT_CREDIT):
        match = pattern.match(text, pos)
        if match:
            return _Credit(canonical_agency(match.group(1)), match.end())
    match = _COMMA_CREDIT.match(text, pos)
    if match and match.group(1) in COMMA_CREDITS:
        return _Credit(canonical_agency(match.group(1)), match.end())
    match = _COMMA_SITE_CREDIT.match(text, pos)
    if match:
        return _Credit(None, match.end())
    return None


def _credit_with_date(content: str, end: int) -> _Credit:
    name, _, when = content.partition(" - ")
    if when:
        # `(Newsfile Corp. - January 16, 2022)`
        written = date_at(when, 0)
        if written is not None and written.end == len(when):
            return _Credit(canonical_agency(name), end, written)
    return _Credit(canonical_agency(content), end)


def _separator_end(text: str, pos: int, credited: bool, after_credit: bool = False,
                   period: bool = False, strict: bool = False, spaced: bool = False,
                   lost_dash: bool = False) -> int | None:
    """Where the body starts after the separator at `pos`, or None when no acceptable one is there.
    `period` admits `BRUXELLES. Le gouvernement` for a place without a credit; `spaced` admits two
    or more spaces, what is left of a line break or a dash a feed dropped (`AMSTERDAM  Cyclist`);
    `lost_dash` admits one space before a word in title case (`KATMANDU, Nepal The capital`);
    `strict` refuses a body in lower case even after a credit."""
    for pattern in (_DASH, _COLON):
        match = pattern.match(text, pos)
        if match:
            glued = match.group().strip() == "-" and not text[pos:pos + 1].isspace() and text[pos - 1:pos] != "."
            if not credited and not after_credit and glued:
                return None  # `Washington-based`
            body = _WHITESPACE.match(text, match.end()).end()
            return body if _body_starts(text, body, strict=strict or not credited) else None
    full_stop = _PERIOD.match(text, pos)
    if full_stop and (credited or after_credit or period):
        body = _WHITESPACE.match(text, full_stop.end()).end()
        return body if _body_starts(text, body, strict=strict or not credited) else None
    if credited:
        # No separator (`New Delhi, Jan 16 (PTI) The`): the body must then open a sentence.
        body = _WHITESPACE.match(text, pos).end()
        if body == len(text) or _body_starts(text, body, strict=True):
            return body
        return None
    line = (_LINE_END.match(text, pos) or (_SPACES.match(text, pos) if spaced else None)
            or (_LOST_DASH.match(text, pos) if lost_dash else None))
    if line and not after_credit:
        return line.end() if _body_starts(text, line.end(), strict=True) else None
    return None


def _body_starts(text: str, pos: int, strict: bool) -> bool:
    if pos >= len(text):
        return not strict
    char = text[pos]
    if char.islower():
        return not strict
    return char.isalnum() or char in "\"'“‘«„¿¡([<" or not char.isascii()


def _shaped(names: tuple[str, ...], stop_words: bool = True) -> bool:
    """Looks like a place: capitalized words (particles aside) and, unless a known credit vouches for
    it, no weekday, month or stop word first."""
    for name in names:
        if places.is_known_city(name):
            continue
        words = name.split(" ")
        first = places.fold(words[0])
        if stop_words and (first in _NOT_PLACES or first.rstrip(".") in MONTHS):
            return False
        for index, word in enumerate(words):
            if word[:1].islower() and (index == 0 or places.fold(word) not in _PARTICLES):
                return False
    return True


_WIRE_DASH = re.compile(r"[ ](?:--|—)[ ]")


def _staff_dateline(text: str, found: _Places, parts: _Parts) -> bool:
    """`FOXBOROUGH -- Looking at his ...`: a town the gazetteer does not know, in capitals, alone, then
    the spaced double dash of wire copy; the long sentence that must follow is checked by the caller."""
    name = found.names[0]
    return (len(found.names) == 1 and not parts.regions and parts.written is None and parts.day is None
            and places.is_shouted(name) and len(name.split()) <= 3 and _shaped(found.names)
            and _WIRE_DASH.match(text, parts.end) is not None)


def _trusted_without_credit(names: tuple[str, ...], parts: _Parts) -> bool:
    """A place without a known credit must vouch for itself: written in a cased script (CJK
    datelines have their own patterns), a known city or followed by a known state or country
    after a comma, and with no state or country the parser does not know."""
    if parts.unknown_region or parts.bracketed_region:
        return False
    if not all(any(c.isupper() for c in name) for name in names):
        return False
    return _shaped(names) and _validated(names, parts.regions)


def _reads_as_story(text: str, body: int, separator: str, shouted: bool, language: str | None,
                    place: str) -> bool:
    """Whether what follows a place without a credit reads as a story rather than a headline or a
    listing: `Dubai: 5 things to know`, `LONDON: THE MUSICAL opens`, `Houston: We have a problem`."""
    line_end = text.find("\n", body)
    line = text[body:] if line_end < 0 else text[body:line_end]
    words = line.split(" ", 2)
    # Two words in capitals open a title (`THE ULTIMATE GUIDE`); acronyms (`BJP MP`) are short.
    leading = words[:2] if len(words) >= 2 else []
    if leading and all(len(w) >= 3 and places.is_shouted(w) for w in leading) and max(map(len, leading)) >= 6:
        return False
    if ":" in separator and not shouted:
        # `City:` datelines are an English-language convention (Indian and Gulf press); elsewhere a
        # place and a colon open headlines and guides far more often than stories.
        if language not in (None, "en") or line[:1].isdigit():
            return False
        if places.fold(words[0].strip("'’")) in _NOT_STORY_OPENERS:
            return False
    return dateline_body.reads_as_story(text, body, shouted, place, separator)


def _validated(names: tuple[str, ...], regions: tuple[str, ...]) -> bool:
    """A place without a known credit must be a known city, or be followed by a known state or country."""
    if regions and all(_known_region(r) for r in regions):
        return True
    return all(places.is_known_city(name) for name in names)
