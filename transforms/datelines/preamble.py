"""What may stand before a dateline and goes with it: editor tags, wire slugs, bylines.

`(Adds comments)`, `(LEAD)`, `REFILE-UPDATE 2-`, `By Jane Doe\\n`, `Por Ana Díaz\\n` and a byline
glued to the city (`By Jane DoeWASHINGTON`). They are skipped only when a
dateline follows, so they never cause a cut on their own.
"""
from __future__ import annotations

import re

from transforms.newsroom.places import fold

MAX_ITEMS = 5

_WHITESPACE = re.compile(r"\s*")
_TAG = re.compile(r"\(([^()\n]{1,100})\)[ ]*")
_TAG_WORDS = frozenset(
    "adds add updates update updated recasts recast corrects corrected correcting correction changes rewrites "
    "writes refiles refile repeats repeat fixes removes inserts edits clarifies amends combines tops lead urgent "
    "2nd 3rd 4th 5th 6th ld news yonhap releads new official eds editors advisory for wraps".split())
_SLUG = re.compile(
    r"(?:REFILE|RPT|REPEAT|UPDATE(?:[ ]?\d{1,2})?|CORRECTED|CORRECTION|EXCLUSIVE|WRAPUP(?:[ ]?\d{1,2})?|FOCUS|"
    r"ANALYSIS|INSIGHT|BREAKINGVIEWS|BUZZ|FACTBOX|TIMELINE|URGENT|FLASH|BRIEF|PREVIEW|SPECIAL REPORT)[ ]?-[ ]?")
# `By Jane DoeWASHINGTON (AP)` and `By Jane Doe and John Roe LONDON (Reuters)`: the name ends in a
# lower-case letter, the place that follows is in capitals.
_BYLINE_GLUED = re.compile(
    r"By[ ](?:(?:[A-Z][\w'’.-]{0,20}|and)[ ]){0,6}[A-Z][a-z'’.-]{0,20}[a-z][ ]?(?=[A-Z]{2})")
# A byline on its own line, in the languages of the corpus (`By`, `Por`, `Par`, `Von`, `Di`, `Door`,
# `Av`), or ended by a run of spaces where a feed flattened the line break
# (`By MICHAEL LIEDTKE     SAN FRANCISCO (AP)`).
_BYLINE_LINE = re.compile(r"(?:[Bb]y|BY|[Pp]or|POR|[Pp]ar|PAR|[Vv]on|VON|Di|DI|Door|DOOR|Av|AV)[ ]"
                          r"(?:[^\n]{2,80}\n\s*|[^\n]{2,80}?[ ]{3,})")
# Lines pages print above the dateline: `DAL NOSTRO CORRISPONDENTE`, `Filed on March 14, 2022`, `3 Min Read`.
_DESK_LINE = re.compile(
    r"(?:DAL NOSTRO (?:CORRISPONDENTE|INVIATO)|From our (?:correspondent|reporter)|Filed on|"
    r"\d{1,2} [Mm]in(?:ute)? [Rr]ead)[^\n]{0,60}\n\s*")
_AGENCY_NAME = re.compile(
    r"(?:The[ ])?(?:Canadian Press|Associated Press|Presse Canadienne|La Presse Canadienne)[ ]?[—–-]{1,2}[ ]?")


def skip_preamble(text: str) -> int:
    """Position after leading whitespace and any editor tags, slugs and bylines."""
    pos = _WHITESPACE.match(text, 0).end()
    for _ in range(MAX_ITEMS):
        tag = _TAG.match(text, pos)
        if tag and fold(tag.group(1)).split(" ", 1)[0] in _TAG_WORDS:
            pos = _WHITESPACE.match(text, tag.end()).end()
            continue
        step = None
        for pattern in (_SLUG, _BYLINE_GLUED, _BYLINE_LINE, _DESK_LINE, _AGENCY_NAME):
            step = pattern.match(text, pos)
            if step:
                break
        if not step:
            break
        pos = _WHITESPACE.match(text, step.end()).end()
    return pos
