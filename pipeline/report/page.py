"""Assembles report.html from the report's data: one static page, every chart inline, no script."""
from __future__ import annotations

import html
import json

from pipeline.report import charts
from pipeline.report.shape import city_label, label, month_series, month_table, pair_label, percent

_CSS = """
:root { --ink:#1d2733; --muted:#5b6673; --line:#dde2e8; --panel:#f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1280px; padding: 16px 24px 48px; color: var(--ink);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif; }
h1 { font-size: 24px; margin: 8px 0 2px; } h2 { font-size: 19px; margin: 28px 0 8px;
  border-bottom: 2px solid var(--line); padding-bottom: 4px; } h3 { font-size: 15px; margin: 0 0 6px; }
.sub, .note { color: var(--muted); } .note { font-size: 12.5px; margin: 4px 0 8px; }
.facts { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0; }
.fact { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; }
.fact b { display: block; font-size: 20px; } .fact span { color: var(--muted); font-size: 12px; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 16px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 12px 14px; min-width: 0; break-inside: avoid; }
.card.wide { grid-column: 1 / -1; }
.card.wide svg.chart { max-width: 1100px; }
svg.chart { display: block; width: 100%; max-width: 760px; height: auto; margin: 0 auto 6px; }
table { border-collapse: collapse; font-size: 12.5px; width: 100%; }
th, td { text-align: left; padding: 2px 8px 2px 0; border-bottom: 1px solid var(--line); vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td { overflow-wrap: anywhere; }
.scroll { max-height: 18em; overflow: auto; }
.empty { background: #fff7e0; border: 1px solid #f0d48a; border-radius: 6px; padding: 12px 16px; }
code { font-size: 12px; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  .grid { display: block; } .card { margin-bottom: 10px; }
  .scroll { max-height: none; overflow: visible; }
  h2 { break-after: avoid; }
}
@page { margin: 12mm; }
"""


def _e(value) -> str:
    return html.escape(label(value))


def _number(value) -> str:
    if value is None:
        return "n/a"
    return f"{value:,}" if isinstance(value, int) else str(value)


def table(headers: list[str], body: list[list], numeric: set[int] = frozenset(), scroll: bool = False) -> str:
    """An HTML table; columns whose index is in `numeric` are right-aligned and digit-grouped."""
    head = "".join(f'<th class="n">{html.escape(h)}</th>' if i in numeric else f"<th>{html.escape(h)}</th>"
                   for i, h in enumerate(headers))
    rows = []
    for row in body:
        cells = "".join(f'<td class="n">{_number(v)}</td>' if i in numeric else f"<td>{_e(v)}</td>"
                        for i, v in enumerate(row))
        rows.append(f"<tr>{cells}</tr>")
    inner = f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    return f'<div class="scroll">{inner}</div>' if scroll else inner


def _card(title: str, body: str, note: str = "", wide: bool = False) -> str:
    note_html = f'<p class="note">{note}</p>' if note else ""
    return f'<div class="card{" wide" if wide else ""}"><h3>{html.escape(title)}</h3>{note_html}{body}</div>'


def _section(title: str, cards: list[str], intro: str = "") -> str:
    intro_html = f'<p class="note">{intro}</p>' if intro else ""
    return f'<section><h2>{html.escape(title)}</h2>{intro_html}<div class="grid">{"".join(cards)}</div></section>'


def _top_card(name: str, title: str, rows: list[dict], key: str, header: str, note: str = "") -> str:
    if not rows:
        return _card(title, '<p class="note">None in this corpus.</p>', note)
    labels = [label(row[key]) for row in rows]
    values = [row["articles"] for row in rows]
    body = charts.hbar(name, labels, values) + table([header, "articles"], [[l, v] for l, v in zip(labels, values)],
                                                     numeric={1}, scroll=True)
    return _card(title, body, note)


def _facts(pairs: list[tuple[str, object]]) -> str:
    return '<div class="facts">' + "".join(
        f'<div class="fact"><b>{html.escape(_number(v))}</b><span>{html.escape(k)}</span></div>'
        for k, v in pairs) + "</div>"


def articles_section(data: dict) -> str:
    months, series = month_series(data["by_month"])
    headers, body = month_table(months, series)
    month_card = _card("Articles by month, stacked by language",
                       charts.stacked("months", months, series)
                       + table(headers, body, numeric=set(range(1, len(headers))), scroll=True),
                       "Month of the publication date, else of the fetch date; <code>unknown</code> when neither is known.",
                       wide=True)
    stats = data["text_length"]["stats"]
    histogram = data["text_length"]["histogram"]
    length_card = _card(
        "Text length (characters of text)",
        charts.vbar("lengths", [h["bin"] for h in histogram], [h["articles"] for h in histogram], "text_chars")
        + table(["bin (text_chars)", "articles"], [[h["bin"], h["articles"]] for h in histogram], numeric={1})
        + table(["min", "median", "mean", "max"], [[stats["min"], stats["median"], stats["mean"], stats["max"]]],
                numeric={0, 1, 2, 3}))
    overview = data["overview"]
    return _section("Articles", [
        month_card,
        _top_card("languages", "Top languages", data["languages"], "value", "language",
                  f"{overview['languages']:,} languages in all."),
        _top_card("hosts", "Top hosts", data["hosts"], "value", "host",
                  f"{overview['hosts']:,} distinct hosts; (none): pages without a URL (text renderings)."),
        length_card,
    ])


def wire_section(data: dict, articles: int) -> str:
    wire = data["wire"]
    parts = {"wire copy": wire["share"]["wire"], "other": wire["share"]["not_wire"]}
    if wire["share"]["unknown"]:
        parts["not tagged"] = wire["share"]["unknown"]
    share_card = _card("Share of wire copy (is_wire)", charts.share("wire-share", parts) + table(
        ["", "articles", "share"], [[k, v, percent(v, articles)] for k, v in parts.items()], numeric={1}))
    pairs = wire["carrier_pairs"]
    if pairs:
        labels = [pair_label(p) for p in pairs]
        pair_body = charts.hbar("carriers", labels, [p["articles"] for p in pairs]) + table(
            ["origin", "carrier", "articles"], [[p["origin"], p["carrier"], p["articles"]] for p in pairs],
            numeric={2}, scroll=True)
    else:
        pair_body = '<p class="note">No story in this corpus names a carrier.</p>'
    return _section("Wire copy", [
        share_card,
        _top_card("origins", "Top origins (wire_origin)", wire["origins"], "value", "origin agency",
                  "Wire copy only; (none): agency copy whose agency is not named."),
        _card("Origin → carrier (wire_carriers)", pair_body,
              "The agency that wrote a story and each service that relayed it."),
    ])


def dateline_section(data: dict, articles: int) -> str:
    lines = data["datelines"]
    cities = [{"value": city_label(row), "articles": row["articles"]} for row in lines["cities"]]
    intro = f"{lines['with_dateline']:,} of {articles:,} articles ({percent(lines['with_dateline'], articles)}) open with a dateline."
    return _section("Datelines", [
        _top_card("cities", "Top dateline cities (dateline_city)", cities, "value", "city (country)"),
        _top_card("countries", "Top dateline countries (dateline_country)", lines["countries"], "value", "country"),
    ], intro)


def dedup_section(data: dict) -> str:
    dedup = data["dedup"]
    if not dedup["marked"]:
        return _section("Syndication clusters", [_card(
            "Not computed", '<p class="note">No article carries a cluster id: the job ran with '
            "<code>--dedup off</code>.</p>")])
    sizes = dedup["sizes"]
    size_card = _card(
        "Cluster size distribution (dup_cluster_size)",
        charts.vbar("sizes", [str(s["size"]) for s in sizes], [s["clusters"] for s in sizes], "copies per story",
                    unit="clusters")
        + table(["size", "clusters", "articles"], [[s["size"], s["clusters"], s["articles"]] for s in sizes],
                numeric={0, 1, 2}, scroll=True)
        + table(["dup_kind", "articles"], [[k["kind"], k["articles"]] for k in dedup["kinds"]], numeric={1}),
        "A size of 1 is a story with no other copy.")
    largest = dedup["largest"]
    largest_body = table(
        ["size", "copies here", "hosts", "canonical title", "canonical host", "dup_cluster_id"],
        [[c["size"], c["copies"], c["hosts"], c["canonical_title"], c["canonical_host"], c["cluster"]]
         for c in largest], numeric={0, 1, 2}) if largest else '<p class="note">No story has more than one copy.</p>'
    return _section("Syndication clusters", [size_card, _card(
        "Largest clusters", largest_body,
        "Title and host of each cluster's canonical copy (is_canonical); with <code>--dedup drop</code> "
        "the other copies are in rejects/, so fewer copies are here than the size.")])


def rejects_section(rejects: dict) -> str:
    reasons = rejects["by_reason"]
    if not reasons:
        return _section("Rejects", [_card("No rejects", '<p class="note">Every record read became an article.</p>')])
    labels = [f"{r['stage']}/{r['reason']}" for r in reasons]
    chart = charts.hbar("rejects", labels, [r["rejects"] for r in reasons], unit="rejects")
    by_reason = table(["stage", "reason", "rejects"], [[r["stage"], r["reason"], r["rejects"]] for r in reasons],
                      numeric={2}, scroll=True)
    examples = table(["stage", "reason", "source_file", "source_record", "url", "detail"],
                     [[x["stage"], x["reason"], x["source_file"], x["source_record"], x["url"], x["detail"]]
                      for x in rejects["examples"]], scroll=True)
    return _section("Rejects", [
        _card("Rejects by stage and reason", chart + by_reason, f"{rejects['total']:,} rejects in all."),
        _card("Example records", examples, "The first records of each reason, by source_file and source_record.",
              wide=True),
    ])


def run_section(run: dict | None) -> str:
    if run is None:
        return _section("The run", [_card("No run summary", '<p class="note">This folder has no run_summary.json.</p>')])
    balanced = {True: "yes", False: "NO", None: "unknown"}[run["balanced"]]
    facts = table(["", "value"], [
        ["records read", run["records_read"]], ["articles", run["articles"]], ["rejects", run["rejects"]],
        ["read = articles + rejects", balanced], ["runtime (s)", run["elapsed_seconds"]],
        ["throughput (records/s)", run["records_per_second"]]], numeric={1})
    settings = run["settings"]
    options = table(["option", "value"], [
        ["inputs", " ".join(settings.get("inputs") or [])], ["output", settings.get("output")],
        ["runner", settings.get("runner")]] + [[f"--{k}", v] for k, v in (settings.get("options") or {}).items()])
    skipped = table(["record type", "records"], [[k, v] for k, v in run["skipped_container_records"].items()],
                    numeric={1}) if run["skipped_container_records"] else '<p class="note">None.</p>'
    counters = table(["counter", "value"], [[k, v] for k, v in run["counters"].items()], numeric={1}, scroll=True)
    history = []
    if len(run.get("runs") or []) > 1:
        history = [_card("Runs of this corpus", table(
            ["run", "finished", "dump files", "skipped (read before)", "records read", "articles", "rejects",
             "old rows in other clusters (cluster_updates)"],
            [[r["run"], r["finished_at"], r["inputs"], r["skipped_inputs"], r["records_read"], r["articles"],
              r["rejects"], r["cluster_updates"]] for r in run["runs"]], numeric={0, 2, 3, 4, 5, 6, 7}),
            "From runs/ (one record per run). The counts and options below are the newest run's.", wide=True)]
    return _section("The run", history + [
        _card("Counts and time", facts, "From run_summary.json; throughput is records read per second of wall time."),
        _card("Options used", options + "<h3 style='margin-top:10px'>Skipped container records</h3>" + skipped,
              "As recorded in run_summary.json."),
        _card("Job counters", counters, wide=True),
    ])


def render(data: dict) -> str:
    """The whole page. The data is embedded too (as JSON, not executed) for anyone re-using the numbers."""
    articles = data["overview"]["articles"]
    run = data["run"] or {}
    runs = run.get("runs") or []
    # A grown corpus: the records of all its runs, as the articles and rejects above count all of them.
    records_read = (sum(r["records_read"] or 0 for r in runs) if len(runs) > 1 else run.get("records_read"))
    head = _facts([("articles", articles), ("rejects", data["rejects"]["total"]),
                   ("records read", records_read), ("runs", max(len(runs), 1)),
                   ("languages", data["overview"].get("languages", 0)), ("hosts", data["overview"].get("hosts", 0))])
    if articles:
        body = (articles_section(data) + wire_section(data, articles) + dateline_section(data, articles)
                + dedup_section(data))
    else:
        body = ('<section><h2>Articles</h2><p class="empty" id="empty-corpus"><b>This corpus has no articles.</b> '
                f"All {data['rejects']['total']:,} records were rejected; the reasons are below.</p></section>")
    body += rejects_section(data["rejects"]) + run_section(data["run"])
    payload = json.dumps(data, ensure_ascii=False, default=str).replace("</", "<\\/")
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>Corpus report: {html.escape(data['output'])}</title><style>{_CSS}</style></head><body>"
            f"<h1>Corpus report</h1><p class=\"sub\"><code>{html.escape(data['output'])}</code></p>{head}{body}"
            f'<script type="application/json" id="report-data">{payload}</script></body></html>\n')
