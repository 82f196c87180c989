"""Credit, copyright and disclaimer lines: the boilerplate that names who supplied a story.

Each function reads one line of the body (already stripped) and returns `Credit`s with offsets
relative to that line. The caller decides where a line may be read (opening or closing lines);
nothing here looks at running prose.
"""
from __future__ import annotations

import dataclasses
import re

from transforms.agencies import find_names, normalize_name, resolve
from transforms.wire_bylines import PHOTO_WORDS


@dataclasses.dataclass(frozen=True)
class Credit:
    agency: str | None  # None: the line says the story is agency copy without naming the agency
    signal: str
    start: int
    end: int
    origin: bool  # an authorship mark (Reuters' "Reporting by") rather than a relay credit


# "vc/vd" or "PTI KMS RT": desk initials that follow an agency credit.
_INITIALS = r"(?:[a-z]{1,4}(?:/[a-z]{1,4})+|[A-Z]{2,4}(?:\s+[A-Z]{2,4}){0,4})"
INITIALS_LINE = re.compile(r"[a-z]{1,4}(?:/[a-z]{1,4})+")
_GENERIC = re.compile(r"(?:news\s+)?agenc(?:y|ies)|(?:news\s+)?wires?|wire\s+(?:services?|reports?)"
                      r"|agency\s+(?:reports?|copy)", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r"\s*(?:[,/;&+|]|\band\b)\s*")

_SOURCE = re.compile(r"^[(\[]?\s*(?:source|sources|courtesy|fonte|fuente|quelle|источник|来源|來源|出典|출처)"
                     r"\s*[:：\-–—]\s*(?P<who>.+?)\s*[)\]]?\.?$", re.IGNORECASE)
_INPUTS = re.compile(r"^[(\[]?\s*with\s+(?:additional\s+)?(?:(?P<pre>[^()\[\]]+?)\s+)?inputs?"
                     r"(?:\s+from\s+(?P<post>[^()\[\]]+?))?\s*[)\]]?\.?$", re.IGNORECASE)
_DASH = re.compile(rf"^[-–—]{{1,2}}\s*(?P<who>[^-–—\s][^\n]{{0,40}}?)(?:\s+{_INITIALS})?\s*$")
_BARE = re.compile(rf"^(?P<who>[^\n]{{1,50}}?)(?:\s+{_INITIALS})?\s*$")
_CONTRIBUTED = re.compile(r"^(?P<who>.{1,160}?)\s+contributed\s+(?:reporting|(?:(?:reporting\s+)?to\s+)?"
                          r"(?:this|the)\s+(?:report|story|article))\.?$", re.IGNORECASE)
_REPORTING = re.compile(r"^(?P<open>\()?\s*(?:additional\s+|with\s+)?(?:reporting|writing|compiled)\s+by\s+"
                        r"(?P<who>[^;()]+?)\s*(?P<more>;[^()]*)?\)?\.?$", re.IGNORECASE)
_APPENDED = re.compile(
    rf"(?<=[.!?\"”’)\]])\s*(?P<credit>[-–—]{{1,2}}\s*(?P<dash>[^\s\-–—][^.!?\n]{{0,30}}?)"
    rf"|[(\[](?P<paren>[^()\[\]\n]{{1,30}})[)\]]|(?P<enditem>Enditem))\.?(?:\s+{_INITIALS})?\s*$")

# House sign-offs that name their agency only by shape.
_SIGNOFFS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Our Standards:?\s*The Thomson Reuters Trust Principles\.?$", re.IGNORECASE), "Reuters"),
    (re.compile(r"^Enditem\.?$", re.IGNORECASE), "Xinhua"),
    (re.compile(r"^-{0,2}\s*With assistance from\b.{1,200}$"), "Bloomberg"),
    (re.compile(r"^To contact the (?:reporters?|editors?|authors?) (?:on|responsible for|of) this story\b.*$"),
     "Bloomberg"),
    (re.compile(r"^.{0,80}\bat\s+\S+@bloomberg\.net\.?$"), "Bloomberg"),
    (re.compile(r"^For more articles like this, please visit us at bloomberg\.com\.?$", re.IGNORECASE),
     "Bloomberg"),
    (re.compile(r"^(?:The )?Associated Press\b.{0,120}\breceives (?:financial )?support from\b.*$"), "AP"),
    (re.compile(r"^.{0,200}\bAP is solely responsible for all content\.?$"), "AP"),
)

_COPYRIGHT_MARK = re.compile(r"^(?:(?:copyright|copr\.?|©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?)+",
                             re.IGNORECASE)
_COPYRIGHT_TAIL = re.compile(
    r"^[\s.,;:]*(?:\d{4}\b[\s.,;:]*)?(?:(?:all rights reserved|this material|todos los derechos|tous droits"
    r"|alle rechte|tutti i diritti|todos os direitos|все права|wszelkie prawa)\b.*)?$",
    re.IGNORECASE | re.DOTALL)

_DISCLAIMER = re.compile(r"syndicated\s+(?:news\s+)?feed", re.IGNORECASE)
_DISCLAIMER_VERB = re.compile(r"edited|generated|reworked|published|disclaimer", re.IGNORECASE)
_EDITED_BY_PUBLISHER = re.compile(r"edited by\b.{0,80}?\bstaff", re.IGNORECASE)
MAX_DISCLAIMER_CHARS = 500


def _is_generic(part: str) -> bool:
    return bool(_GENERIC.fullmatch(normalize_name(part)))


def _named(who: str) -> tuple[list[str], bool] | None:
    """Agencies listed in a credit (`PTI`, `PTI and agencies`); None unless the first item is one."""
    parts = [p for p in _LIST_SEPARATOR.split(who) if p.strip()]
    if not parts or (resolve(parts[0]) is None and not _is_generic(parts[0])):
        return None
    agencies: list[str] = []
    for part in parts:
        agency = resolve(part)
        if agency is not None and agency not in agencies:
            agencies.append(agency)
    return agencies, any(_is_generic(p) for p in parts)


def _credits(who: str, start: int, end: int, *, signal: str = "credit_line") -> list[Credit]:
    named = _named(who)
    if named is None:
        return []
    agencies, generic = named
    credits = [Credit(a, signal, start, end, False) for a in agencies]
    if generic or not credits:
        credits.append(Credit(None, signal, start, end, False))
    return credits


def _contributors(who: str) -> tuple[list[str], bool]:
    """`Associated Press writer Jane Doe and Reuters`: agencies that lead a contributor item."""
    agencies: list[str] = []
    generic = False
    for part in _LIST_SEPARATOR.split(who):
        names = find_names(part.strip())
        if names and names[0][0] == 0 and names[0][2] not in agencies:
            agencies.append(names[0][2])
        generic = generic or _is_generic(part)
    return agencies, generic


def credit_line(line: str) -> list[Credit]:
    """A whole line that credits a supplier: `Source: PTI`, `(With inputs from agencies)`, `--IANS`,
    `Reuters contributed to this report.`, `(Reporting by ...; Editing by ...)`, house sign-offs."""
    if PHOTO_WORDS.search(line):
        return []
    full = len(line)
    for pattern, agency in _SIGNOFFS:
        if pattern.match(line):
            return [Credit(agency, "credit_line", 0, full, True)]
    if m := _SOURCE.match(line):
        return _credits(m["who"], 0, full)
    if m := _INPUTS.match(line):
        return _credits(m["post"] or m["pre"] or "", 0, full)
    if m := _DASH.match(line):
        return _credits(m["who"], 0, full)
    if m := _CONTRIBUTED.match(line):
        agencies, generic = _contributors(m["who"])
        credits = [Credit(a, "credit_line", 0, full, False) for a in agencies]
        return credits + [Credit(None, "credit_line", 0, full, False)] if generic else credits
    if m := _REPORTING.match(line):
        named = _credits(m["who"], 0, full)
        if named:
            return named
        # Reuters closes its copy with "(Reporting by ...; Editing by ...)".
        if m["open"] or (m["more"] and re.search(r"\b(?:editing|writing)\s+by\b", m["more"], re.IGNORECASE)):
            return [Credit("Reuters", "credit_line", 0, full, True)]
    return []


def closing_credit(line: str) -> list[Credit]:
    """Credits that only count at the end of a story: a bare agency line (`PTI`, `(AFP)`,
    `PTI KMS RT`) or a credit closing the last sentence (`... he said. --IANS`, `... Enditem`)."""
    if PHOTO_WORDS.search(line):
        return []
    if m := _BARE.match(line):
        agency = resolve(line) or resolve(m["who"])
        if agency is not None:
            return [Credit(agency, "credit_line", 0, len(line), False)]
        if _is_generic(line):
            return [Credit(None, "credit_line", 0, len(line), False)]
    if m := _APPENDED.search(line):
        if m["enditem"]:
            return [Credit("Xinhua", "credit_line", m.start("credit"), len(line), True)]
        agency = resolve(m["dash"] or m["paren"])
        if agency is not None:
            return [Credit(agency, "credit_line", m.start("credit"), len(line), False)]
    return []


def copyright_line(line: str) -> list[Credit]:
    """`Copyright 2022 The Associated Press. All rights reserved.`, `© Thomson Reuters`; never a
    caption credit such as `© AFP 2019 / Jane Doe`."""
    mark = _COPYRIGHT_MARK.match(line)
    if not mark or not mark.group().strip() or "/" in line or PHOTO_WORDS.search(line):
        return []
    rest = line[mark.end():]
    names = find_names(rest)
    if not names or names[0][0] != 0 or not _COPYRIGHT_TAIL.match(rest[names[0][1]:]):
        return []
    return [Credit(names[0][2], "copyright", 0, len(line), True)]


def disclaimer_line(line: str) -> list[Credit]:
    """"... auto-generated from a syndicated feed." marks syndicated copy; it names the agency
    only sometimes, and the publisher it names ("edited by NDTV staff") is not one."""
    if len(line) > MAX_DISCLAIMER_CHARS or not _DISCLAIMER.search(line) or not _DISCLAIMER_VERB.search(line):
        return []
    named = find_names(_EDITED_BY_PUBLISHER.sub(" ", line))
    agencies = list(dict.fromkeys(agency for _, _, agency in named))
    credits = [Credit(a, "disclaimer", 0, len(line), False) for a in agencies]
    return credits or [Credit(None, "disclaimer", 0, len(line), False)]
