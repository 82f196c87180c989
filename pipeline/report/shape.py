"""Pure reshaping of query rows into what the charts and tables draw (no I/O, no drawing)."""
from __future__ import annotations

STACKED_LANGUAGES = 8  # languages with their own colour in the month chart; the rest are "other"


def label(value) -> str:
    """How a missing value reads in a chart or table (a page without a host, an unnamed agency)."""
    return "(none)" if value is None else str(value)


def month_series(by_month: list[dict], keep: int = STACKED_LANGUAGES) -> tuple[list[str], dict[str, list[int]]]:
    """Months in order and, per language, its articles in each month; beyond the `keep` largest
    languages, the rest are summed as "other" so the chart stays readable."""
    months = sorted({row["month"] for row in by_month})
    totals: dict[str, int] = {}
    for row in by_month:
        totals[row["language"]] = totals.get(row["language"], 0) + row["articles"]
    ranked = sorted(totals, key=lambda language: (-totals[language], language))
    kept = ranked[:keep] if len(ranked) > keep else ranked
    series = {language: [0] * len(months) for language in kept}
    if len(ranked) > len(kept):
        series["other"] = [0] * len(months)
    index = {month: i for i, month in enumerate(months)}
    for row in by_month:
        name = row["language"] if row["language"] in series else "other"
        series[name][index[row["month"]]] += row["articles"]
    return months, series


def month_table(months: list[str], series: dict[str, list[int]]) -> tuple[list[str], list[list]]:
    """The month chart's numbers: one row per month, one column per series, then the total."""
    headers = ["month", *series, "total"]
    body = []
    for i, month in enumerate(months):
        counts = [values[i] for values in series.values()]
        body.append([month, *counts, sum(counts)])
    return headers, body


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "–"


def city_label(row: dict) -> str:
    return f"{row['city']} ({row['country']})" if row.get("country") else row["city"]


def pair_label(row: dict) -> str:
    return f"{label(row['origin'])} → {row['carrier']}"
