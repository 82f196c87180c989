"""Dates inside datelines: month and weekday names in the corpus languages, and year inference."""
from __future__ import annotations

import dataclasses
import datetime
import re

from transforms.dateline_places import fold

# How far before the reference date a dateline may be: morning papers carry the
# previous day's date and a story datelined Dec 31 can be published Jan 2.
DAYS_BEFORE = 7
# Datelines are local time; the reference date may be a UTC date one day behind.
DAYS_AFTER = 1

_MONTH_NAMES = {
    1: "jan january janvier janv enero ene janeiro januar janner jänner gennaio gen января янв январь",
    2: "feb febr february fevrier fevr fev febrero fevereiro februar febbraio февраля фев февр февраль",
    3: "mar march mars marzo marco märz maerz marz марта мар март",
    4: "apr april avril avr abril abr aprile апреля апр апрель",
    5: "may mai mayo maio maggio mag мая май",
    6: "jun june juin junio junho juni giugno giu июня июн июнь",
    7: "jul july juillet juil julio julho juli luglio lug июля июл июль",
    8: "aug august aout agosto ago августа авг август",
    9: "sep sept september septembre septiembre setiembre set setembro settembre сентября сен сент сентябрь",
    10: "oct october octobre octubre outubro out oktober okt ottobre ott октября окт октябрь",
    11: "nov november novembre noviembre novembro ноября ноя нояб ноябрь",
    12: "dec december decembre diciembre dic dezembro dez dezember dicembre декабря дек декабрь",
}
MONTHS: dict[str, int] = {fold(name): month for month, names in _MONTH_NAMES.items() for name in names.split()}

WEEKDAYS = frozenset(fold(name) for name in (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira segunda terça quarta quinta sexta "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "понедельник вторник среда четверг пятница суббота воскресенье").split())

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
