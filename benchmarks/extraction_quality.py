"""Body-extraction quality on the 181-page article-extraction benchmark.

Metric, as that benchmark defines it: each text becomes a bag of 4-token
shingles (tokens are `\\w+`); per page, TP/FP/FN are the multiset overlaps,
normalised to sum to 1; precision and recall are macro-averaged over pages and
F1 is computed from the two averages.

Prints P, R, F1 for the pipeline's extraction (metadata on) next to plain
trafilatura with default settings and with favor_precision.

Then the headlines: on the hand-labelled real pages of
benchmarks/data/headlines_real*.jsonl (see HEADLINES.md there), the share
of pages whose title is exactly the printed headline (whitespace collapsed),
for the pipeline and for trafilatura's title, on the development part, the
held-out part and both; and the share whose author names are exactly the
byline's set, case and punctuation kept (the pipeline's `authors`, beside
trafilatura's author field split on `;`).

Last, the text-rendering figures of `benchmarks/rendering_quality.py`.

    .venv/bin/python -m benchmarks.extraction_quality
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "article-extraction-benchmark"
DATA = Path(__file__).resolve().parent / "data"
TARGET_F1 = 0.960
TARGET_TITLE = 0.90
TARGET_AUTHORS = 0.90
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> collections.Counter:
    tokens = _TOKEN.findall(text or "")
    return collections.Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_scores(truth: str, predicted: str) -> tuple[float, float]:
    """(precision, recall) for one page."""
    expected, got = shingles(truth), shingles(predicted)
    tp = sum((expected & got).values())
    fp = sum((got - expected).values())
    fn = sum((expected - got).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0
    tp, fp, fn = tp / total, fp / total, fn / total
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)


def score(pages: dict, truth: dict, extract) -> tuple[float, float, float]:
    precisions, recalls = [], []
    for key, html in pages.items():
        p, r = page_scores(truth[key]["articleBody"], extract(html, truth[key]["url"]) or "")
        precisions.append(p)
        recalls.append(r)
    precision, recall = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return precision, recall, 2 * precision * recall / (precision + recall)


def load(root: Path) -> tuple[dict, dict]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {key: gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes()) for key in sorted(truth)}
    return pages, truth


def _pipeline_extract(html: bytes, url: str) -> str:
    from transforms.extract import decode_page, extract_html_fields

    fields = extract_html_fields(decode_page(html)[0], url)
    return fields["text"] if fields else ""


def _plain(**options):
    def extract(html: bytes, url: str) -> str:
        import trafilatura

        document = trafilatura.bare_extraction(html, url=url, with_metadata=True, **options)
        return document.text if document else ""
    return extract


def labelled_pages(corpora: Path) -> dict[str, list[dict]]:
    """The hand-labelled headline rows by part, each with its page bytes (rows whose page is missing are left out)."""
    parts = {}
    for part, name in (("development", "headlines_real.jsonl"), ("held out", "headlines_real_holdout.jsonl")):
        rows = []
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            path = corpora / row["path"]
            if path.exists():
                raw = path.read_bytes()
                row["html"] = gzip.decompress(raw) if path.suffix == ".gz" else raw
                rows.append(row)
        parts[part] = rows
    return parts


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())


def _name_set(names) -> set[str]:
    return {_squash(name) for name in names if _squash(name)}


def headline_scores(rows: list[dict]) -> dict[str, float]:
    """Exact-match shares: titles and author sets, the pipeline's and trafilatura's."""
    import trafilatura

    from transforms.extract import decode_page, extract_html_fields

    found = collections.Counter()
    for row in rows:
        html = decode_page(row["html"])[0]
        fields = extract_html_fields(html, row["url"]) or {}
        plain = trafilatura.bare_extraction(html, url=row["url"], with_metadata=True, favor_precision=True)
        wanted = _name_set(row["authors"])
        found["title"] += _squash(fields.get("title")) == _squash(row["headline"])
        found["trafilatura title"] += _squash(plain.title if plain else None) == _squash(row["headline"])
        found["authors"] += _name_set(fields.get("authors") or []) == wanted
        found["trafilatura authors"] += _name_set((plain.author or "").split(";") if plain else []) == wanted
    n = max(1, len(rows))
    return {"pages": len(rows), **{key: found[key] / n for key in
                                   ("title", "trafilatura title", "authors", "trafilatura authors")}}


def headline_report(corpora: Path) -> None:
    parts = labelled_pages(corpora)
    parts["both"] = parts["development"] + parts["held out"]
    print()
    print("headlines and bylines on hand-labelled real pages (exact match)")
    print(f"{'part':<14}{'pages':>7}{'title':>9}{'trafilatura title':>19}{'author set':>12}"
          f"{'trafilatura authors':>21}")
    for part, rows in parts.items():
        found = headline_scores(rows)
        print(f"{part:<14}{found['pages']:>7}{found['title']:>9.3f}{found['trafilatura title']:>19.3f}"
              f"{found['authors']:>12.3f}{found['trafilatura authors']:>21.3f}", flush=True)
    print(f"target title >= {TARGET_TITLE:.2f}, author set >= {TARGET_AUTHORS:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--no-baselines", action="store_true", help="score only the pipeline's extraction")
    args = parser.parse_args(argv)
    if not args.root.exists():
        print(f"benchmark data not found at {args.root}", file=sys.stderr)
        return 2
    pages, truth = load(args.root)
    runs = [("pipeline extraction", _pipeline_extract)]
    if not args.no_baselines:
        runs += [("trafilatura default", _plain()), ("trafilatura favor_precision", _plain(favor_precision=True))]
    print(f"{len(pages)} pages from {args.root}")
    print(f"{'extractor':<30}{'precision':>10}{'recall':>10}{'F1':>10}")
    results = {}
    for name, extract in runs:
        results[name] = score(pages, truth, extract)
        print(f"{name:<30}" + "".join(f"{value:>10.4f}" for value in results[name]), flush=True)
    f1 = results["pipeline extraction"][2]
    print(f"target F1 >= {TARGET_F1:.3f}: {'met' if f1 >= TARGET_F1 else 'NOT met'} ({f1:.4f})")
    headline_report(args.root.parent)
    from benchmarks import rendering_quality

    return rendering_quality.main(["--corpora", str(args.root.parent)])


if __name__ == "__main__":
    sys.exit(main())
