"""Dates inside datelines: the written date after the place, and year inference."""
from __future__ import annotations

import dataclasses
import datetime
import re

from transforms.newsroom.calendar import MONTHS, WEEKDAYS
from transforms.newsroom.places import fold

# How far before the reference date a dateline may be: morning papers carry the
# previous day's date and a story datelined Dec 31 can be published Jan 2.
DAYS_BEFORE = 7
# Datelines are local time; the reference date may be a UTC date one day behind.
DAYS_AFTER = 1

_WEEKDAY = re.compile(r"([^\W\d_]{3,12}(?:-feira)?)\.?,?[ ]")
_MONTH_FIRST = re.compile(
    r"([^\W\d_]{3,10})\.?[ ]?(\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d)(?:,?[ ](\d{4})(?!\d))?")
_DAY_FIRST = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th|er|º|\.)?[ ](?:de[ ])?([^\W\d_]{3,10})\.?(?:,?[ ](?:de[ ])?(\d{4})(?!\d))?")


@dataclasses.dataclass(frozen=True)
class WrittenDate:
    month: int
    day: int
    year: int | None
    end: int


def _plausible(month: int, day: int, year: int | None) -> bool:
    return 1 <= day <= 31 and (year is None or 1900 <= year <= 2099)


def _month(token: str) -> int | None:
    return MONTHS.get(fold(token))


def date_at(text: str, pos: int) -> WrittenDate | None:
    """A dateline date starting at `pos`: `Jan. 16`, `January 16, 2022`, `16 janvier`, `16. Januar`,
    `16 de enero de 2022`, `16th January, 2022`, each optionally after a weekday."""
    weekday = _WEEKDAY.match(text, pos)
    if weekday and fold(weekday.group(1)) in WEEKDAYS:
        found = _date_without_weekday(text, weekday.end())
        if found:
            return found
    return _date_without_weekday(text, pos)


def _date_without_weekday(text: str, pos: int) -> WrittenDate | None:
    match = _MONTH_FIRST.match(text, pos)
    if match:
        month = _month(match.group(1))
        day = int(match.group(2))
        year = int(match.group(3)) if match.group(3) else None
        if month and _plausible(month, day, year):
            return WrittenDate(month, day, year, match.end())
    match = _DAY_FIRST.match(text, pos)
    if match:
        month = _month(match.group(2))
        day = int(match.group(1))
        year = int(match.group(3)) if match.group(3) else None
        if month and _plausible(month, day, year):
            return WrittenDate(month, day, year, match.end())
    return None


def full_date(year: int | None, month: int | None, day: int | None) -> datetime.date | None:
    if year is None or month is None or day is None:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def infer_year(month: int, day: int, reference: datetime.date | None) -> int | None:
    """The year that puts month/day on, or up to DAYS_BEFORE days before, the reference date
    (DAYS_AFTER days after is tolerated); None when no year fits."""
    if reference is None:
        return None
    earliest = reference - datetime.timedelta(days=DAYS_BEFORE)
    latest = reference + datetime.timedelta(days=DAYS_AFTER)
    for year in (reference.year - 1, reference.year, reference.year + 1):
        candidate = full_date(year, month, day)
        if candidate is not None and earliest <= candidate <= latest:
            return year
    return None
