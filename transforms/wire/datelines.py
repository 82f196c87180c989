"""Agency credits inside a dateline: `Washington, Jan 16 (AP)`, `MOSCOW, Jan 16. /TASS/.`,
`新华社北京1月16日电`, `(서울=연합뉴스)`, `【ワシントン共同】`, `SYDNEY, Jan 16 AAP -`.

Only the start of a line is read, and only after a head that looks like a place and a date, so
a bracketed agency in running prose or a caption credit (`Joe Biden (Reuters)`) is not a dateline.
"""
from __future__ import annotations

import functools
import re

from transforms.newsroom.agencies import find_names, registry, resolve, resolve_all
from transforms.wire.bylines import has_photo_words

MAX_HEAD_CHARS = 80
MAX_HEAD_WORDS = 8
_SEARCH_CHARS = MAX_HEAD_CHARS + 45  # the head, then the bracketed credit itself

# Lower-case words a dateline head may hold anywhere: place-name particles ("Rio de Janeiro").
# Any other lower-case word must stand beside a number, as month names do ("16 ene", "16. ledna").
_HEAD_PARTICLES = frozenset("de da do dos das del la le les el di du van von der den upon of and sur".split())

_BRACKETED = re.compile(r"[(\[（]\s*(?P<paren>[^()\[\]（）\n]{1,40}?)\s*[)\]）]|/\s*(?P<slash>[^/\n]{1,30}?)\s*/")
_DASH = re.compile(r"\s+[-–—]{1,2}\s*")
_AFTER_DASH_AGENCY = re.compile(r"([^.:\n]{1,30}?)[.:](?:\s|$)")
_JAPANESE = re.compile(r"^【(?P<inner>[^】\n]{1,20})】")
# Persian copy opens with its source: `به گزارش ایرنا،` ("as IRNA reports"), `به گزارش خبرنگار
# فرهنگی خبرگزاری تسنیم،` ("as the culture reporter of Tasnim News Agency reports"). The source is
# the last agency named before the comma; a site's own reporter names none.
_PERSIAN_REPORTS = re.compile(r"^به\s+گزارش\s+(?P<source>[^،,\n]{2,60}?)\s*[،,]")
# `(tca/dpa)`: two services joined by a slash, the first a code the registry does not list. A
# service code is one word in a single case (`tca`, `KRT`), unlike a photographer (`Jane Doe/AP`)
# or a caption word (`Archiv/dpa`).
_SERVICE_PAIR = re.compile(r"^(?P<first>[a-z]{2,6}|[A-Z]{2,6})\s*/\s*(?P<second>[^/\s]{2,20})$")


def _head_ok(head: str) -> bool:
    """A place and a date, as opposed to the start of a sentence or a caption."""
    words = [w.strip(".,:;()[]") for w in head.replace(",", " ").split()]
    if len(words) > MAX_HEAD_WORDS or len(head) > MAX_HEAD_CHARS:
        return False
    content = [i for i, w in enumerate(words) if w and w.lower() not in _HEAD_PARTICLES]
    for rank, i in enumerate(content):
        if not words[i][0].islower():
            continue
        neighbours = [words[content[j]] for j in (rank - 1, rank + 1) if 0 <= j < len(content)]
        if not any(ch.isdigit() for w in neighbours for ch in w):
            return False
    return True


def _ends_dateline(head: str, after: str) -> bool:
    """What follows a bracketed agency must be the story: a dash, a colon, a capital."""
    rest = after.lstrip()
    if not rest:
        # A line that stops at the credit is a dateline only with a place in capitals or a date.
        return not head.strip() or head.isupper() or any(ch.isdigit() for ch in head)
    if rest[0] in "-–—:.=|":
        return True
    return after[:1].isspace() and not rest[0].islower() and rest[0] not in ",;"


@functools.lru_cache(maxsize=1)
def _cjk_dateline() -> re.Pattern[str]:
    """`新华社北京1月16日电`, `（中央社記者張三台北16日電）`: a Chinese agency name, then place and date, then 电."""
    reg = registry()
    names = sorted({s for i in reg.ids for s in reg.get(i).spellings
                    if any("\u4e00" <= ch <= "\u9fff" for ch in s)}, key=lambda s: (-len(s), s))
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(rf"^[（(]?\s*(?P<name>{alternation})[^。\n（）()]{{0,40}}?[电電][）)]?")


def dateline_credits(line: str) -> list[tuple[str | None, int, int]]:
    """Agencies credited in the dateline opening `line`: (canonical id, start, end of the credit),
    the writer first; None stands for a writing service the registry does not list."""
    if m := _cjk_dateline().match(line):
        return [(resolve(m["name"]), m.start(), m.end())]
    if (m := _PERSIAN_REPORTS.match(line)) and (names := find_names(m["source"])):
        return [(names[-1][2], m.start(), m.end())]
    if m := _JAPANESE.match(line):
        names = find_names(m["inner"])
        if names and names[-1][1] == len(m["inner"]):
            return [(names[-1][2], m.start(), m.end())]
    for m in _BRACKETED.finditer(line, 0, _SEARCH_CHARS):
        head = line[:m.start()]
        if not _head_ok(head):
            break
        agencies = resolve_all(m["paren"] or m["slash"])
        if agencies and _ends_dateline(head, line[m.end():]):
            return [(a, m.start(), m.end()) for a in agencies]
        # Only after a place and before the dash: alone on a line, `(EPA/AP)` credits a picture.
        pair = _after_unlisted_service(m["paren"]) if head.strip() else []
        if pair and line[m.end():].lstrip()[:1] in ("-", "–", "—", ":"):
            return [(a, m.start(), m.end()) for a in pair]
    return _dash_credit(line)


def _after_unlisted_service(credit: str | None) -> list[str | None]:
    """`tca/dpa`: [None, 'dpa']. The service the registry does not list wrote the story (None)
    and the listed one carried it; empty for any other credit."""
    m = _SERVICE_PAIR.match(credit or "")
    if not m or has_photo_words(credit) or resolve(m["first"]) is not None:
        return []
    second = resolve(m["second"])
    return [None, second] if second is not None else []


def _place_comma(head: str, credit: str) -> bool:
    """`Tehran, IRNA -`: a short place, a comma, then a credit too long to be a state code (`PA`)."""
    return head.rstrip().endswith(",") and len(head.split()) <= 3 and len(credit) >= 3


def _dash_credit(line: str) -> list[tuple[str, int, int]]:
    """`SYDNEY, Jan 16 AAP -` and `МОСКВА, 16 янв - РИА Новости.`: the agency beside the first dash,
    after a head that holds a date or a place and comma (so `HARRISBURG, PA —` is a place, not PA Media)."""
    dash = _DASH.search(line, 0, _SEARCH_CHARS)
    if not dash:
        return []
    before = line[:dash.start()]
    words = [w.start() for w in re.finditer(r"\S+", before)]
    for k in (1, 2, 3):
        if len(words) <= k:
            break
        start = words[-k]
        head = before[:start]
        credit = before[start:]
        agency = resolve(credit)
        if agency and _head_ok(head) and (any(ch.isdigit() for ch in head) or _place_comma(head, credit)):
            return [(agency, start, len(before))]
    after = _AFTER_DASH_AGENCY.match(line, dash.end())
    if after and _head_ok(before) and any(ch.isdigit() for ch in before):
        agency = resolve(after.group(1))
        if agency is not None:
            return [(agency, after.start(1), after.end(1))]
    return []
