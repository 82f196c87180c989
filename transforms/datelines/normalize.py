"""NormalizeDatelines: turns the dateline opening a story into fields and takes it off the body.

`parse_dateline` is pure and never raises; it reads only a bounded opening of
the text (see `normalized_opening.PREFIX_CHARS`), so its cost does not grow with the
story. The patterns live in `grammar`, place names in `newsroom.places` and
the bundled gazetteer, dates in `dates`, agency credits in `credits`.
"""
from __future__ import annotations

import dataclasses
import datetime

import apache_beam as beam

from transforms.datelines import grammar
from transforms.datelines.dates import full_date, infer_year
from transforms.datelines.normalized_opening import opening
from transforms.newsroom import places

NAMESPACE = "NormalizeDatelines"

_UNSET = {
    "dateline_raw": None, "dateline_city": None, "dateline_region": None,
    "dateline_country": None, "dateline_date": None, "dateline_agency": None,
}


@dataclasses.dataclass(frozen=True)
class Dateline:
    """A parsed dateline. `raw == text[start:end]`; `text[end:]` is the body without the dateline,
    its separator and any editor tags or glued byline before it (`start` is where the dateline proper
    begins)."""
    raw: str
    start: int
    end: int
    city: str | None
    region: str | None
    country: str | None
    month: int | None
    day: int | None
    year: int | None
    date: datetime.date | None
    agency: str | None


def parse_dateline(text: str, published: datetime.date | None = None,
                   language: str | None = None) -> Dateline | None:
    """The dateline opening `text`, or None when the text does not open with one.

    `published` is the reference date for the year of a dateline that writes none.
    `language` (ISO 639-1) is optional: the patterns are chosen by script and credit.
    When given and not English, a plain `City:` without a credit is not taken for a
    dateline, since that style belongs to the English-language Indian and Gulf press.
    """
    if not isinstance(text, str) or not text:
        return None
    if isinstance(published, datetime.datetime):
        published = published.date()
    elif not isinstance(published, datetime.date):
        published = None
    normalized = opening(text)
    found = grammar.find(normalized.text, language)
    if found is None:
        return None
    start = normalized.source_offset(found.start)
    end = normalized.source_offset(found.end)
    region, country = _region_and_country(found.places, found.regions)
    year = found.year
    if year is None and found.month is not None and found.day is not None:
        year = infer_year(found.month, found.day, published)
    return Dateline(
        raw=text[start:end], start=start, end=end, city=_city(found.places, found.joiners), region=region,
        country=country, month=found.month, day=found.day, year=year,
        date=full_date(year, found.month, found.day), agency=found.agency)


def _city(names: tuple[str, ...], joiners: tuple[str, ...]) -> str | None:
    if not names:
        return None
    city = places.written_city(names[0])
    for joiner, name in zip(joiners, names[1:]):
        city += (joiner.strip() if joiner.strip() == "/" else joiner) + places.written_city(name)
    return city


def _region_and_country(names: tuple[str, ...], tokens: tuple[str, ...]) -> tuple[str | None, str | None]:
    """Region written out and ISO country. An explicit country or a state wins over the gazetteer's
    guess for a bare city (`LONDON, Ont.` is Canadian); places in different countries get none."""
    homes = [places.city_country(name) or places.country_code(name) for name in names]
    home = homes[-1] if homes else None
    region = region_country = explicit = None
    for token in tokens:
        code = places.country_code(token)
        candidates = places.regions_for(token)
        matching = [r for r in candidates if home is not None and r.country == home]
        if matching:
            region, region_country = matching[0].name, matching[0].country
        elif code:
            explicit = code
        elif candidates and home is not None and token.rstrip(".").isupper() and len(token.rstrip(".")) <= 3:
            # A postal code of another country's state (`MONTERREY, NL`): keep it as written.
            region = token.rstrip(".")
        elif candidates:
            region, region_country = candidates[0].name, candidates[0].country
        else:
            region = " ".join(token.split())
    if not names:
        return region, explicit or region_country
    last = explicit or region_country or home
    countries = set(homes[:-1] + [last])
    return region, last if len(countries) == 1 else None


def normalize_record(record: dict) -> dict:
    """The record with `dateline_*` set and the dateline taken off `text` (all None when there is none)."""
    reference = record.get("published_at")
    if reference is None and record.get("fetched_at") is not None:
        reference = record["fetched_at"].date()
    dateline = parse_dateline(record["text"], reference, record.get("language"))
    if dateline is None:
        return {**record, **_UNSET}
    body = record["text"][dateline.end:]
    return {
        **record, "text": body, "text_chars": len(body),
        "dateline_raw": dateline.raw.strip(), "dateline_city": dateline.city,
        "dateline_region": dateline.region, "dateline_country": dateline.country,
        "dateline_date": dateline.date, "dateline_agency": dateline.agency,
    }


class _NormalizeDatelinesFn(beam.DoFn):
    def __init__(self):
        self._with = beam.metrics.Metrics.counter(NAMESPACE, "with_dateline")
        self._without = beam.metrics.Metrics.counter(NAMESPACE, "without_dateline")

    def setup(self):
        places.gazetteer()

    def process(self, record: dict):
        result = normalize_record(record)
        (self._with if result["dateline_raw"] is not None else self._without).inc()
        yield result


class NormalizeDatelines(beam.PTransform):
    """Article records in; the same records out with `dateline_raw/city/region/country/date/agency`
    set from the dateline that opens `text`, and that dateline removed from `text` (`text_chars`
    updated). Records without a dateline pass unchanged apart from those columns set to None.
    Never rejects."""

    def expand(self, articles):
        return articles | "Normalize" >> beam.ParDo(_NormalizeDatelinesFn())
