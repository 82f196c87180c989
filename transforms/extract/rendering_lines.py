"""What one line of a text rendering is: story prose, a caption, a byline, a stamp, page furniture.

A rendering keeps no markup, so each line is judged by its own shape: length,
sentence punctuation in any script, list bullets, share and menu words, photo
credits. `weight` turns the kinds into the scores the story search adds up.
"""
from __future__ import annotations

import re

from transforms.newsroom import places
from transforms.newsroom.agencies import find_names, resolve
from transforms.newsroom.calendar import MONTHS
from transforms.newsroom.places import fold

_MONTH_RE = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
             r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE_PATTERNS = (
    re.compile(rf"(?P<month>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)", re.I),
    re.compile(rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE})\s+(?P<year>(?:19|20)\d\d)", re.I),
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)"),
    re.compile(r"(?P<day>\d{1,2})(?:\.|º|er)?\s+(?:de\s+)?(?P<month>[^\W\d_]{3,10})\.?\s+(?:de\s+|del\s+)?"
               r"(?P<year>(?:19|20)\d\d)", re.I),
    re.compile(r"(?P<year>(?:19|20)\d\d)年(?P<month>\d{1,2})月(?P<day>\d{1,2})日"),
    re.compile(r"(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>(?:19|20)\d\d)"),
)
BYLINE = re.compile(r"(?:^|(?<=[a-z\s|]))By\s*:?\s+(?P<name>[^\n|]{2,80}?)\s*"
                    rf"(?=$|\||\s[-–—]\s|,?\s*(?:on\s+)?{_MONTH_RE}\s+\d|\d{{1,2}}\s+{_MONTH_RE}|(?:19|20)\d\d-|Updated|Published)")
# A byline in the languages of the dateline table, or a lower-case `by` that opens the line.
_LABELLED_BYLINE = re.compile(r"^\s*(?:[•*+-]\s*)?(?:by|von|por|par|door|di|av|af|autor|autora|auteur|كتب|"
                              r"texto|text|redacción|redaktion)\s*:?\s+\S", re.I)
BULLET = re.compile(r"^\s*(?:[•·▪►▸*+|–-]|\d{1,2}[.)])(?:\s|$)")
TERMINAL = re.compile(r"[.!?…:;\"”’)\]।。！？؟۔]$")
# The marks that end a sentence, in the scripts the corpus holds (Devanagari, CJK, Arabic, Urdu, Burmese).
_STOPS = ".!?…।。！？؟۔။"
# A sentence ends inside the line, or the line ends one (a closing quote only after a stop:
# `...again.”` is prose, a headline quoting `‘Tool of Majoritarianism’` is not).
_SENTENCE = re.compile(rf"[{_STOPS}](?:\s|[\"”’»)]*$)|[.!?…][\"”’»)]+\s")
_FURNITURE = re.compile(
    r"\b(?:share|facebook|twitter|whatsapp|instagram|pinterest|linkedin|telegram|youtube|copy link|email|print|"
    r"subscribe|subscription|newsletters?|sign up|log ?in|sign in|sign out|register|related|read more|read also|"
    r"also read|recommended|trending|most read|most popular|editors?'? picks|latest posts|what's hot|advertisement|"
    r"sponsored|comments?|reply|tags?|categories|archives|menu|search|cookie|privacy|terms of use|contact us|"
    r"about us|all rights reserved|follow us|skip to|next article|previous article|load more|ePaper|x \(twitter\)|"
    r"up next|continue reading|click to|you are here|edit profile|user agreement|media playback|"
    r"(?:url|link) (?:is )?copied|werbung|anzeige|publicidad|publicité|pubblicità|publicidade|advertentie|"
    r"reklama|реклама)\b|共有|シェア|공유|广告|広告|광고", re.I)
# A photo caption or its credit: a credit label before a name (`Photo: Jane Doe`, not `See more photos:`),
# an agency's file photo, or a `(Name/Agency)` tail.
_PHOTO_CREDIT = re.compile(
    r"(?:\b(?:photo(?:graph)?s?|pictures?|image|images|credit|illustration|video|foto|fotos|bild|imagen|immagine|"
    r"фото|تصوير)\s*(?:by\s*)?(?::|\.\.\.|…)\s*[^\W\d_©(]"
    r"|\((?:[^()]{1,60}/\s*[^()]{1,60}|AP|Reuters|AFP|Getty Images|File)\)\s*$"
    r"|\bGetty\s+Images\b|\bShutterstock\b|\b(?:AP|Reuters|AFP|EPA|Getty)\s+(?:file|photo)\b|\bfile photo\b|©)",
    re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|uhr|h)?\b", re.I)
_SHORT_DATE = re.compile(rf"\b{_MONTH_RE}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH_RE}|\b\d{{1,2}}[./]\d{{1,2}}\b", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_COPYRIGHT_LINE = re.compile(r"^\s*(?:©|\(c\)|copyright)", re.I)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

TERMINAL_SENTENCE = re.compile(rf"(?:[{_STOPS}]|[.!?…][\"”’»)]+)$")
_SENTENCE_END = re.compile(rf"(?:[{_STOPS}:;]|[.!?…][\"”’»)]+)$")
_UNSTOPPED = re.compile(r"[\u0E00-\u0EFF\u1780-\u17FF]")  # Thai, Lao, Khmer
UNSTOPPED_PARAGRAPH = 80
_TRUNCATED = re.compile(r"(?:\.\.\.|…)$")
MIN_PROSE_CHARS = 60
LONG_PARAGRAPH = 150   # longer than any headline: a stop inside is enough
MIN_PROSE_WORDS = 8


def words(line: str) -> int:
    """Words, counting two CJK characters as one (those scripts write no spaces)."""
    return len(line.split()) + len(CJK.findall(line)) // 2


def is_prose(line: str) -> bool:
    """A paragraph: long enough, and ending a sentence. A line that only holds a stop inside
    (`St. Pauli`, `M. Morawiecki: ...`) is a headline unless it runs long. Thai, Lao and Khmer
    write no stops, so a long line in those scripts is a paragraph as it stands. A line after a
    bullet is a list item, never a paragraph: taking long ones for prose found one story set as a
    list and lost two stories to teaser lists (benchmarks/rendering_quality.py)."""
    stripped = line.strip()
    if len(_UNSTOPPED.findall(stripped)) >= UNSTOPPED_PARAGRAPH:
        return True
    if BULLET.match(line):
        return False
    long_enough = len(stripped) >= MIN_PROSE_CHARS or len(CJK.findall(stripped)) >= 25
    if not long_enough or words(stripped) < MIN_PROSE_WORDS:
        return False
    if _TRUNCATED.search(stripped) and len(stripped) < LONG_PARAGRAPH:
        return False  # a teaser cut short (`... bền vững,...`), not a sentence
    return bool(_SENTENCE_END.search(stripped)) or (len(stripped) >= LONG_PARAGRAPH and bool(_SENTENCE.search(stripped)))


def date_only(line: str) -> bool:
    for pattern in DATE_PATTERNS:
        match = pattern.search(line)
        if match and len(line) - len(match.group(0)) <= 12:
            return True
    return False


def has_date(line: str) -> bool:
    return any(pattern.search(line) for pattern in DATE_PATTERNS)


def _short_date_any_language(line: str) -> bool:
    """`viernes, noviembre 22`, `22. März`, `5 de junio`: a month name of any language beside a day."""
    tokens = [fold(token.strip(".,;:()")) for token in line.split()]
    for i, token in enumerate(tokens):
        if token in MONTHS and any(t.rstrip(".").isdigit() and len(t.rstrip(".")) <= 2
                                   for t in tokens[max(0, i - 2):i] + tokens[i + 1:i + 3]):
            return True
    return False


def is_stamp(line: str) -> bool:
    """A date or time stamp line (`Updated 10:01 pm PST, Tuesday, November 19, 2019`,
    `Updated Nov 19, 9:41 AM`), not a sentence."""
    stripped = line.strip()
    if date_only(stripped) or (words(stripped) <= 5 and _short_date_any_language(stripped)):
        return True
    # A time with a day and month, or with a year, in any language's month names.
    dated = has_date(stripped) or bool(_TIME.search(stripped) and (_SHORT_DATE.search(stripped)
                                                                    or _YEAR.search(stripped)))
    return dated and words(stripped) <= 14 and not stripped.endswith(".")


_STAMP_PARTS = re.compile(r"\bdate\s+(?:19|20)\d\d(?:-\d\d){0,2}\b|"
                          + "|".join(f"(?:{re.sub(r'[(][?]P<[a-z]+>', '(?:', p.pattern)})" for p in DATE_PATTERNS[:4])
                          + r"|\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?", re.I)


def without_stamps(line: str) -> str:
    """The line with its dates and times taken out (`APP 05 Apr 2021` -> `APP`)."""
    return " ".join(_STAMP_PARTS.sub(" ", line).split()).strip(" ,|-–—")


# A desk credits the story instead of a name: `Live 7 Desk`, `Online Desk:`, `এমসি ডেস্ক:`.
DESK = re.compile(r"^(?:\S+\s){0,3}(?:desk|ডেস্ক|डेस्क|ڈیسک)(?:\s+(?:report|রিপোর্ট|रिपोर्ट))?\s*[:|-]?\s*", re.I)


def is_byline(line: str) -> bool:
    stripped = line.strip()
    if words(stripped) <= 5 and DESK.fullmatch(stripped):
        return True
    return words(stripped) <= 16 and bool(BYLINE.search(stripped) or _LABELLED_BYLINE.match(stripped))


def is_caption(line: str) -> bool:
    return bool(_PHOTO_CREDIT.search(line.strip()))


def furniture_words(line: str) -> int:
    return len(_FURNITURE.findall(line))


def is_furniture(line: str) -> bool:
    stripped = line.strip()
    return bool(BULLET.match(line) or _FURNITURE.search(stripped) or date_only(stripped))


def may_bridge(line: str) -> bool:
    """A short line that can sit between story paragraphs: a sentence or a subheading."""
    stripped = line.strip()
    if BULLET.match(line) or date_only(stripped) or words(stripped) > 25 or is_caption(stripped):
        return False
    if TERMINAL.search(stripped) and words(stripped) >= 3:
        return True
    return 2 <= words(stripped) <= 12 and stripped[:1].isupper() and not _FURNITURE.search(stripped)


def captions(lines: list[str]) -> set[int]:
    """Lines that are photo captions: a line with a credit, and the text lines the credit is
    attached to (directly above it, no blank line between; galleries print a caption twice)."""
    found = set()
    for k, line in enumerate(lines):
        if not line.strip() or not is_caption(line):
            continue
        found.add(k)
        if words(line) > 10 or _COPYRIGHT_LINE.match(line):
            continue
        for j in range(k - 1, max(-1, k - 3), -1):
            if not lines[j].strip() or is_caption(lines[j]):
                break
            found.add(j)
    return found


# Scores of the story search: prose adds its length; everything else costs. A byline or a stamp
# never sits inside a story, so it costs more than any teaser above it can pay.
BARRIER = -400
WEIGHTS = {"caption": -30, "furniture": -40, "bridge": -5, "short": -20}


# A place (in capitals, or with a date or a dash after it) alone on its line, ready for the dateline
# stage: `OTTAWA -`, `BAAR, SWITZERLAND`, `COVINGTON, Ky.`, `Harbourtown, March 5 -`, `DEN HAAG:`.
_SHOUTED_PLACE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{1,30}(?:,[ ]?[A-ZÀ-Þ][\w.'’ -]{1,25})?\s*(?:[-—–]{1,2}|:)?$")
_PLACE_THEN_SEPARATOR = re.compile(r"^[^\W\d_][\w.'’ -]{1,30}(?:,[ ]?[^\n,]{1,25})?\s*(?:[-—–]{1,2}|:)$")
_PLACE_THEN_CREDIT = re.compile(r"^[^\W\d_][^()\n]{1,30}?\s*\((?P<credit>[^()\n]{1,30})\)\s*(?:[-—–:]{1,2})?$")


def standalone_dateline(line: str) -> bool:
    """A dateline alone on its line: a place the gazetteer knows (or a known state or country after
    it), in a dateline's shape, or any place with an agency's credit in brackets (`واشنطن (رويترز)`)."""
    stripped = line.strip()
    credited = _PLACE_THEN_CREDIT.match(stripped)
    if credited and words(stripped) <= 6 and resolve(credited["credit"]):
        place = stripped[:stripped.index("(")].strip(" ,")
        # In capitals, known, or in a script without capitals: not a caption's `Jane Doe (Reuters)`.
        return place.isupper() or places.is_known_city(place) or not re.search(r"[A-Za-z]", place)
    if not stripped or words(stripped) > 6 or _FURNITURE.search(stripped):
        return False
    if not (_SHOUTED_PLACE.match(stripped) or _PLACE_THEN_SEPARATOR.match(stripped)):
        return False
    place, _, rest = stripped.rstrip(" :-—–").partition(",")
    rest = _SHORT_DATE.sub("", rest).strip(" ,")
    return places.is_known_city(place.strip()) or bool(rest and (places.country_code(rest) or places.regions_for(rest)))


def names_agency(line: str) -> bool:
    """A short line that is a credit to an agency (`Press Trust of India | Srinagar`, `AFP`)."""
    stripped = line.strip()
    return words(stripped) <= 6 and not TERMINAL.search(stripped) and bool(find_names(stripped))


def kind(line: str, caption: bool) -> str:
    stripped = line.strip()
    if not stripped:
        return "blank"
    if caption:
        return "caption"
    if is_prose(line) and not is_byline(stripped):
        return "prose"
    if is_byline(stripped) or is_stamp(stripped) or names_agency(stripped):
        return "barrier"
    if is_furniture(line):
        return "furniture"
    return "bridge" if may_bridge(line) else "short"


def weight(line: str, line_kind: str) -> int:
    if line_kind == "prose":
        return len(line.strip())
    if line_kind == "barrier":
        return BARRIER
    return WEIGHTS.get(line_kind, 0)


def month_number(month: str) -> int | None:
    month = month.rstrip(".")
    return int(month) if month.isdigit() else MONTHS.get(fold(month))
