"""Hindi datelines, written in Devanagari.

`नई दिल्ली, 5 जनवरी (भाषा)`, `लखनऊ, 30 अक्टूबर (आईएएनएस)।`, `पुणे (महाराष्ट्र), 12 नवंबर -`,
`नयी दिल्ली 21 फरवरी (वार्ता)`, `गाजियाबाद 30 मार्च 2020 ।।`, `नयी दिल्ली, पांच जून`: a place of one to
three words, its state in brackets, a day (in figures, or in words below ten) and a Hindi month, a
year, then a credit in brackets, a separator (danda, dash, colon), or both; with neither, only a
comma after the place and no postposition after the date. The written
date in the script's own month names is what marks the line as a dateline, so no gazetteer entry
is needed for the place; a credit in brackets that names no agency (a site's own desk) leaves the
agency unset.
"""
from __future__ import annotations

import re

from transforms.datelines.credits import canonical_agency
from transforms.datelines.found import Found

MONTHS = {
    "जनवरी": 1, "फरवरी": 2, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "मई": 5, "जून": 6,
    "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11,
    "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
}
# Hindi style writes days below ten in words (`नयी दिल्ली, पांच जून`).
DAY_WORDS = {"एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8,
             "नौ": 9, "दस": 10}
# Postpositions: after them the date is part of a sentence (`दिल्ली, पांच जून को`).
_POSTPOSITIONS = ("को", "से", "तक", "में", "के", "की", "का", "पर")
_WORD = r"[\u0900-\u0963\u0971-\u097F]+"   # letters and signs, not the danda or the digits
_NAME = rf"{_WORD}(?:[ ]{_WORD}){{0,2}}"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = "|".join(sorted(DAY_WORDS, key=len, reverse=True))
_DATELINE = re.compile(
    rf"({_NAME})(?:[ ]?\(({_NAME})\))?[ ]?(,)?[ ](\d{{1,2}}|{_DAY})[ ]({_MONTH})(?:[ ](?:19|20)\d\d)?"
    r"(?:[ ]?\(([^()\n]{1,30})\))?[ ]*(।{1,2}|[|:]|[-—–]{1,2})?[ ]*")


def hindi(text: str, pos: int) -> Found | None:
    match = _DATELINE.match(text, pos)
    if match is None or match.end() >= len(text):
        return None
    credit, separator = match.group(6), match.group(7)
    # Without a credit or a separator only `Place, date` followed by a new sentence will do.
    if not (credit or separator) and (not match.group(3) or text[match.end():].startswith(_POSTPOSITIONS)):
        return None
    region = (match.group(2),) if match.group(2) else ()
    agency = canonical_agency(credit) if credit else None
    day = match.group(4)
    return Found(pos, match.end(), (match.group(1),), regions=region, month=MONTHS[match.group(5)],
                 day=int(day) if day.isdigit() else DAY_WORDS[day], agency=agency)
