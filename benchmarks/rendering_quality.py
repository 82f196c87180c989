"""Text renderings of real pages: found, headline, body start, dateline, wire origin.

A text rendering is what a browser or scraper saw of a page, chrome included
(the seed page is one). Two sets, each with a development part and a
held-out part:

- **captured**: real renderings as stored by a public page archive, labelled
  by hand (`benchmarks/data/renderings_real*.jsonl`, see RENDERINGS.md):
  headline, where the story starts, dateline city and agency, wire origin.
- **rendered here**: the hand-labelled real HTML pages of
  `headlines_real*.jsonl` (in `../shared/corpora`) rendered to text with
  inscriptis, a browser-like HTML-to-text renderer. Headline from the labels;
  the story's start from the extraction benchmark's ground truth (pages
  without one count for the headline only).

Every rendering goes through the job's own per-record steps (extraction,
language, datelines, wire tags), as a `text` record would.

Measures: found as an article; headline exact (whitespace collapsed); body
starts where the story starts (the text before dateline removal, or after it,
begins with the labelled start, or with the standfirst when the page prints one); for the
captured set also dateline city and agency and wire origin, each right when
equal to the label (None included). `--misses` lists the development misses
(never the held-out part's).

    .venv/bin/python -m benchmarks.rendering_quality [--misses]

Needs the `bench` extra (`./bootstrap.sh test,bench`) for inscriptis.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
TARGETS = {"found": 0.98, "headline": 0.90, "body start": 0.90, "dateline city": 0.90,
           "dateline agency": 0.90, "wire origin": 0.90}
START_CHARS = 40


def squash(text: str | None) -> str:
    return " ".join((text or "").split())


def _fold(text: str | None) -> str:
    return squash(text).casefold()


def process(rendering: str, url: str | None) -> tuple[dict | None, str | None]:
    """(final record or None when rejected, the body text before dateline removal)."""
    from transforms.common.raw_page import RawPage
    from transforms.datelines import normalize_record
    from transforms.extract import extract_page
    from transforms.language import with_language
    from transforms.wire import tag_record

    page = RawPage(source_file="rendering.txt", source_record="0", source_format="text", kind="text",
                   body=rendering, url=url)
    record = extract_page(page)
    if "stage" in record:
        return None, None
    opening = record["text"]
    return tag_record(normalize_record(with_language(record))), opening


def starts_right(opening: str | None, starts: list[str]) -> bool:
    got = squash(opening)
    return any(got.startswith(squash(start)[:START_CHARS]) for start in starts if squash(start))


def judge(row: dict, record: dict | None, opening: str | None) -> dict[str, bool]:
    """Per measure: right or not, for the measures this row is labelled with."""
    verdict = {"found": record is not None}
    record = record or {}
    verdict["headline"] = squash(record.get("title")) == squash(row["headline"])
    starts = [start for start in (row.get("body_start"), row.get("standfirst")) if start]
    if starts:
        # A dateline on a line of its own (`OTTAWA -`) belongs to the story whether or not a label
        # starts after it: the text without its dateline counts too.
        after_dateline = opening[len(record["dateline_raw"]):].lstrip() if opening and record.get("dateline_raw") else None
        verdict["body start"] = starts_right(opening, starts) or starts_right(after_dateline, starts)
    if "dateline_city" in row:
        verdict["dateline city"] = _fold(record.get("dateline_city")) == _fold(row["dateline_city"])
        verdict["dateline agency"] = record.get("dateline_agency") == row["dateline_agency"]
        verdict["wire origin"] = record.get("wire_origin") == row["wire_origin"]
    return verdict


def captured_rows() -> dict[str, list[dict]]:
    parts = {}
    for part, name in (("development", "renderings_real.jsonl"), ("held out", "renderings_real_holdout.jsonl")):
        path = DATA / name
        parts[part] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []
    return parts


def _truth_starts(corpora: Path) -> dict[str, str]:
    """Extraction-benchmark page url -> the first paragraph of its ground-truth body."""
    path = corpora / "article-extraction-benchmark" / "ground-truth.json"
    if not path.exists():
        return {}
    truth = json.loads(path.read_text(encoding="utf-8"))
    return {entry["url"]: next((line for line in entry["articleBody"].splitlines() if line.strip()), "")
            for entry in truth.values()}


def rendered_rows(corpora: Path) -> dict[str, list[dict]]:
    """The labelled HTML pages rendered to text with inscriptis; empty when the pages are absent."""
    from inscriptis import get_text

    from benchmarks.extraction_quality import labelled_pages
    from transforms.extract import decode_page

    starts = _truth_starts(corpora)
    return {part: [{"id": label["id"], "url": label["url"], "lang": label["language"],
                    "rendering": get_text(decode_page(label["html"])[0]), "headline": label["headline"],
                    "body_start": starts.get(label["url"])} for label in labels]
            for part, labels in labelled_pages(corpora).items()}


def score(rows: list[dict]) -> tuple[dict[str, tuple[int, int]], list[tuple[dict, dict, dict, str | None]]]:
    """Per measure (right, labelled), and every row's (row, record, verdict, opening)."""
    totals: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    judged = []
    for row in rows:
        record, opening = process(row["rendering"], row.get("url"))
        verdict = judge(row, record, opening)
        for measure, right in verdict.items():
            totals[measure][0] += right
            totals[measure][1] += 1
        judged.append((row, record or {}, verdict, opening))
    return {measure: tuple(counts) for measure, counts in totals.items()}, judged


def _line(part: str, totals: dict[str, tuple[int, int]], measures: list[str]) -> str:
    cells = []
    for measure in measures:
        right, labelled = totals.get(measure, (0, 0))
        cells.append(f"{right / labelled:.3f} ({right}/{labelled})" if labelled else "-")
    return f"{part:<13}" + "".join(f"{cell:>20}" for cell in cells)


def _print_misses(judged) -> None:
    for row, record, verdict, opening in judged:
        wrong = [measure for measure, right in verdict.items() if not right]
        if not wrong:
            continue
        print(f"  {row['id']} [{row.get('lang')}] {row.get('url')}: {', '.join(wrong)}")
        if "headline" in wrong:
            print(f"      headline want {squash(row['headline'])!r}\n               got  {squash(record.get('title'))!r}")
        if "body start" in wrong:
            print(f"      start    want {squash(row.get('body_start'))[:70]!r}\n               got  {squash(opening)[:70]!r}")
        for measure, column, label in (("dateline city", "dateline_city", "dateline_city"),
                                       ("dateline agency", "dateline_agency", "dateline_agency"),
                                       ("wire origin", "wire_origin", "wire_origin")):
            if measure in wrong:
                print(f"      {measure}: want {row.get(label)!r} got {record.get(column)!r}")


def report(title: str, parts: dict[str, list[dict]], measures: list[str], misses: bool) -> None:
    print()
    print(f"{title}: {len(parts['development'])} development + {len(parts['held out'])} held-out renderings")
    print(f"{'part':<13}" + "".join(f"{measure:>20}" for measure in measures))
    all_totals: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    development = []
    for part, rows in parts.items():
        totals, judged = score(rows)
        if part == "development":
            development = judged
        for measure, (right, labelled) in totals.items():
            all_totals[measure][0] += right
            all_totals[measure][1] += labelled
        print(_line(part, totals, measures), flush=True)
    print(_line("both", {m: tuple(v) for m, v in all_totals.items()}, measures))
    print("targets      " + "".join(f"{'>= ' + format(TARGETS[m], '.2f'):>20}" for m in measures))
    if misses:
        print("development misses:")
        _print_misses(development)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--misses", action="store_true", help="list the development parts' misses")
    parser.add_argument("--only", choices=("captured", "rendered"), help="run one set")
    args = parser.parse_args(argv)
    from transforms.extract import quiet_extraction_loggers

    quiet_extraction_loggers()
    if args.only != "rendered":
        report("captured renderings (hand-labelled)", captured_rows(),
               ["found", "headline", "body start", "dateline city", "dateline agency", "wire origin"], args.misses)
    if args.only != "captured":
        try:
            import inscriptis  # noqa: F401
        except ImportError:
            print("inscriptis is not installed: ./bootstrap.sh test,bench", file=sys.stderr)
            return 2
        if not (args.corpora / "article-extraction-benchmark").exists():
            print(f"pages not found under {args.corpora}: rendered set skipped", file=sys.stderr)
            return 0
        report("real pages rendered to text here", rendered_rows(args.corpora), ["found", "headline", "body start"],
               args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
