"""What the dateline tests share: dates and the parse as one comparable tuple."""
from __future__ import annotations

import datetime

from transforms.datelines import parse_dateline

D = datetime.date
JAN17 = D(2022, 1, 17)


def fields(text: str, published: datetime.date | None = JAN17, language: str | None = None):
    """(raw, city, region, country, month, day, year, date, agency, body) of the parse."""
    d = parse_dateline(text, published, language)
    assert d is not None, text
    assert d.raw == text[d.start:d.end]
    return (d.raw, d.city, d.region, d.country, d.month, d.day, d.year, d.date, d.agency, text[d.end:])
