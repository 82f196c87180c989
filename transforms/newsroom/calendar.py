"""Month and weekday names in the corpus languages, folded for lookup.

Datelines and text renderings both read dates written in words; one table
serves both.
"""
from __future__ import annotations

from transforms.newsroom.places import fold

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
