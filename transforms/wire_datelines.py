"""Agency credits inside a dateline: `Washington, Jan 16 (AP)`, `MOSCOW, Jan 16. /TASS/.`,
`新华社北京1月16日电`, `(서울=연합뉴스)`, `【ワシントン共同】`, `SYDNEY, Jan 16 AAP -`.

Only the start of a line is read, and only after a head that looks like a place and a date, so
a bracketed agency in running prose or a caption credit (`Joe Biden (Reuters)`) is not a dateline.
"""
from __future__ import annotations

import functools
import re

from transforms.agencies import find_names, registry, resolve

MAX_HEAD_CHARS = 80
MAX_HEAD_WORDS = 8

# Lower-case words a dateline head may hold: month names and place-name particles.
_HEAD_LOWER_WORDS = frozenset("""
    jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
    august september october november december
    ene enero febrero marzo abr abril mayo junio julio ago agosto septiembre octubre noviembre dic diciembre
    fev fevereiro março mai maio junho julho set setembro out outubro novembro dez dezembro
    janv janvier févr février mars avr avril juin juil juillet août septembre octobre novembre déc décembre
    gen gennaio febbraio aprile mag maggio giu giugno lug luglio settembre ott ottobre dicembre
    januar februar märz juni juli oktober dezember
    янв января фев февраля мар марта апр апреля мая июн июня июл июля авг августа сен сентября
    окт октября ноя ноября дек декабря
    січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня
    de da do dos das del la le les el di am im an sur upon on y e und i en al of""".split())

_BRACKETED = re.compile(r"[(\[（]\s*(?P<paren>[^()\[\]（）\n]{1,40}?)\s*[)\]）]|/\s*(?P<slash>[^/\n]{1,30}?)\s*/")
_PART_SEPARATOR = re.compile(r"\s*(?:[/,;&+]|\band\b|-)\s*")
_REGIONAL_DESK = re.compile(r"[a-z]{2,4}")  # "dpa/lno": a regional desk code after the agency
_DASH = re.compile(r"\s+[-–—]{1,2}\s*")
_AFTER_DASH_AGENCY = re.compile(r"([^.:\n]{1,30}?)[.:](?:\s|$)")
_JAPANESE = re.compile(r"^【(?P<inner>[^】\n]{1,20})】")


def _head_ok(head: str) -> bool:
    words = head.replace(",", " ").split()
    if len(words) > MAX_HEAD_WORDS or len(head) > MAX_HEAD_CHARS:
        return False
    for word in words:
        bare = word.strip(".,:;()[]")
        if bare and bare[0].islower() and bare.lower() not in _HEAD_LOWER_WORDS:
            return False
    return True


def _token_agencies(content: str) -> list[str]:
    """`AP`, `AFP-Jiji`, `dpa/lno`, `서울=연합뉴스`; not `AP Photo/Evan Vucci` or `REUTERS/Jane Doe`."""
    whole = resolve(content)
    if whole is not None:
        return [whole]
    if "=" in content:
        found = resolve(content.rsplit("=", 1)[1])
        return [found] if found else []
    parts = [p for p in _PART_SEPARATOR.split(content) if p]
    first = resolve(parts[0]) if parts else None
    if first is None:
        return []
    agencies = [first]
    for part in parts[1:]:
        agency = resolve(part)
        if agency is None and not _REGIONAL_DESK.fullmatch(part):
            return []
        if agency is not None and agency not in agencies:
            agencies.append(agency)
    return agencies


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


def dateline_credits(line: str) -> list[tuple[str, int, int]]:
    """Agencies credited in the dateline opening `line`: (canonical id, start, end of the credit)."""
    if m := _cjk_dateline().match(line):
        return [(resolve(m["name"]), m.start(), m.end())]
    if m := _JAPANESE.match(line):
        names = find_names(m["inner"])
        if names and names[-1][1] == len(m["inner"]):
            return [(names[-1][2], m.start(), m.end())]
    for m in _BRACKETED.finditer(line, 0, MAX_HEAD_CHARS + 45):
        head = line[:m.start()]
        if not _head_ok(head):
            break
        agencies = _token_agencies(m["paren"] or m["slash"])
        if agencies and _ends_dateline(head, line[m.end():]):
            return [(a, m.start(), m.end()) for a in agencies]
    return _dash_credit(line)


def _dash_credit(line: str) -> list[tuple[str, int, int]]:
    """`SYDNEY, Jan 16 AAP -` and `МОСКВА, 16 янв - РИА Новости.`: the agency beside the first dash,
    after a head that holds a date (so `HARRISBURG, PA —` is a place, not PA Media)."""
    dash = _DASH.search(line, 0, MAX_HEAD_CHARS + 40)
    if not dash:
        return []
    before = line[:dash.start()]
    words = [w.start() for w in re.finditer(r"\S+", before)]
    for k in (1, 2, 3):
        if len(words) <= k:
            break
        start = words[-k]
        head = before[:start]
        agency = resolve(before[start:])
        if agency and _head_ok(head) and any(ch.isdigit() for ch in head):
            return [(agency, start, len(before))]
    after = _AFTER_DASH_AGENCY.match(line, dash.end())
    if after and _head_ok(before) and any(ch.isdigit() for ch in before):
        agency = resolve(after.group(1))
        if agency is not None:
            return [(agency, after.start(1), after.end(1))]
    return []
