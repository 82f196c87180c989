"""Syndication dedup on real pages: the whole job, run on benchmarks/syndication_pages.page_set.

Builds the real-page set (real stories re-hosted in real page templates, read
from ../shared), writes it as one gzipped WARC, runs the corpus job on it as
`python -m pipeline --input set.warc.gz --output out/` would, and scores the
dup_cluster_id of every article row against the story labels. Rows are
matched to labels by `source_record`, the WARC record id the reader keeps.

Prints the pages extraction lost (by reject reason), pairwise precision,
recall, F1 and the Adjusted Rand Index, wrongly joined pairs by story kind and
by the kind of host they met on, the worst false merges and the worst splits,
and the same scores on the synthetic set (benchmarks/dedup_quality) beside.

Usage: python -m benchmarks.dedup_pages_quality [--seed 2024] [--size 1200] [--no-synthetic]
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import io
import sys
import tempfile
import time
from math import comb
from pathlib import Path
from typing import Sequence

from benchmarks.dedup_quality import PairScores, error_kinds, pair_scores, run_dedup
from benchmarks.syndication_pages import (
    DEFAULT_SIZE,
    Host,
    SharedDataMissing,
    load_templates,
    make_hosts,
    page_set,
    story_kind,
    write_warc,
)

ARTICLE_COLUMNS = ("source_record", "dup_cluster_id", "dup_kind", "is_canonical", "host", "url", "canonical_url",
                   "text")


def run_job(pages: list[dict], workdir: Path) -> Path:
    """Writes the set as a WARC and runs the corpus job on it; returns the output folder."""
    from pipeline.cli import main as pipeline_main

    warc = write_warc(pages, workdir / "set.warc.gz")
    out = workdir / "out"
    log = io.StringIO()
    # The job's summary table and progress lines would bury the scores; they are shown only on failure.
    with contextlib.redirect_stdout(log), contextlib.redirect_stderr(log):
        status = pipeline_main(["--input", str(warc), "--output", str(out), "--overwrite"])
    if status != 0:
        raise RuntimeError(f"the corpus job failed with status {status}:\n{log.getvalue()}")
    return out


def read_table(folder: Path, columns: Sequence[str]) -> list[dict]:
    import pyarrow.dataset as ds

    dataset = ds.dataset(str(folder), format="parquet", partitioning="hive")
    return dataset.to_table(columns=list(columns)).to_pylist()


def lost_pages(pages: list[dict], articles: dict[str, dict], rejects: list[dict]) -> collections.Counter:
    """Pages that did not become an article row, by `stage/reason` of their reject."""
    reasons = {row["source_record"]: f"{row['stage']}/{row['reason']}" for row in rejects}
    return collections.Counter(reasons.get(page["source_record"], "unaccounted")
                               for page in pages if page["source_record"] not in articles)


def host_kind(host: Host | None) -> str:
    """The hard-negative habit a host has, if any."""
    if host is None:
        return "unknown host"
    if host.id_in_query:
        return "id-in-query host"
    if host.canonical in ("root", "section"):
        return "one-canonical host"
    return "table-layout host" if host.table_layout else "other host"


def joined_by_host(rows: list[dict], labels: Sequence[str], hosts: dict[str, Host]) -> collections.Counter:
    """Wrongly joined pairs whose two pages sit on one host, by the kind of that host, and across hosts."""
    counts: collections.Counter = collections.Counter()
    clusters = collections.defaultdict(collections.Counter)
    for row, label in zip(rows, labels):
        clusters[row["dup_cluster_id"]][(row["page_host"], label)] += 1
    for members in clusters.values():
        per_host = collections.defaultdict(collections.Counter)
        for (host, label), count in members.items():
            per_host[host][label] += count
        same = 0
        for host, by_label in per_host.items():
            pairs = _wrong_pairs(by_label)
            counts[f"on one {host_kind(hosts.get(host))}"] += pairs
            same += pairs
        by_label = collections.Counter()
        for (_, label), count in members.items():
            by_label[label] += count
        counts["across hosts"] += _wrong_pairs(by_label) - same
    return +counts


def _wrong_pairs(by_label: collections.Counter) -> int:
    total = sum(by_label.values())
    return comb(total, 2) - sum(comb(count, 2) for count in by_label.values())


def _snippet(text: str, width: int = 90) -> str:
    flat = " ".join((text or "").split())
    return flat[:width] + ("..." if len(flat) > width else "")


def worst_false_merges(rows: list[dict], labels: Sequence[str], top: int = 10) -> list[str]:
    """The clusters that join the most pairs of different stories, one short report each."""
    clusters = collections.defaultdict(list)
    for row, label in zip(rows, labels):
        clusters[row["dup_cluster_id"]].append((label, row))
    scored = []
    for cluster, members in clusters.items():
        by_label = collections.Counter(label for label, _ in members)
        if len(by_label) > 1:
            scored.append((_wrong_pairs(by_label), len(members), cluster, by_label, members))
    lines = []
    scored.sort(key=lambda s: (-s[0], s[2]))
    for rank, (pairs, size, cluster, by_label, members) in enumerate(scored[:top], 1):
        hosts = collections.Counter(row["page_host"] for _, row in members)
        lines.append(f"  {rank:2}. {size} rows, {pairs} wrong pairs, {len(by_label)} labels: "
                     + ", ".join(f"{label} x{count}" for label, count in by_label.most_common(6))
                     + (" ..." if len(by_label) > 6 else ""))
        lines.append("      hosts: " + ", ".join(f"{host} x{count}" for host, count in hosts.most_common(4))
                     + (f" (+{len(hosts) - 4} more)" if len(hosts) > 4 else ""))
        for label, _ in by_label.most_common(2):
            text = next(row["text"] for member, row in members if member == label)
            lines.append(f"      {label}: {_snippet(text)}")
    return lines


def worst_splits(rows: list[dict], labels: Sequence[str], pages: dict[str, dict], top: int = 10) -> list[str]:
    """The stories whose copies are left apart the most, with the edits of the copies cut off."""
    stories = collections.defaultdict(list)
    for row, label in zip(rows, labels):
        stories[label].append(row)
    scored = []
    for label, members in stories.items():
        sizes = collections.Counter(row["dup_cluster_id"] for row in members)
        if len(sizes) > 1:
            scored.append((_wrong_pairs(sizes), label, sizes, members))
    lines = []
    for rank, (pairs, label, sizes, members) in enumerate(sorted(scored, key=lambda s: (-s[0], s[1]))[:top], 1):
        main_cluster = sizes.most_common(1)[0][0]
        apart = [row for row in members if row["dup_cluster_id"] != main_cluster]
        first = pages[members[0]["source_record"]]
        lines.append(f"  {rank:2}. {label} ({first['story_source'] or 'written report'}): {len(members)} rows in "
                     f"{len(sizes)} clusters ({'+'.join(str(n) for _, n in sizes.most_common())}), {pairs} pairs apart")
        for row in apart[:4]:
            edits = ",".join(pages[row["source_record"]]["edits"]) or "no edits"
            lines.append(f"      apart: {row['page_host']} [{edits}] {_snippet(row['text'], 60)}")
    return lines


def score_line(name: str, pages: int, stories: int, clusters: int, scores: PairScores, seconds: float) -> str:
    return (f"  {name:<22}{pages:>7}{stories:>9}{clusters:>10}{scores.precision:>11.4f}{scores.recall:>9.4f}"
            f"{scores.f1:>9.4f}{scores.ari:>9.4f}{seconds:>9.1f}")


def synthetic_line(seed: int = 2024) -> str:
    """Today's synthetic set through DedupSyndicated alone, for the side-by-side table."""
    from benchmarks.syndication_set import quality_set

    articles, labels = quality_set(seed)
    started = time.perf_counter()
    found = run_dedup(articles)
    predicted = [found[row["source_record"]]["dup_cluster_id"] for row in articles]
    return score_line(f"synthetic (seed {seed})", len(articles), len(set(labels)), len(set(predicted)),
                      pair_scores(labels, predicted), time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="pages in the set (about)")
    parser.add_argument("--no-synthetic", action="store_true", help="skip the synthetic set's run")
    args = parser.parse_args(argv)
    try:
        pages, labels = page_set(args.seed, args.size)
    except SharedDataMissing as error:
        print(error, file=sys.stderr)
        return 2
    hosts = {host.name: host for host in make_hosts(load_templates(), args.seed)}
    by_record = {page["source_record"]: page for page in pages}
    label_of = {page["source_record"]: label for page, label in zip(pages, labels)}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        out = run_job(pages, Path(tmp))
        found = {row["source_record"]: row for row in read_table(out / "articles", ARTICLE_COLUMNS)}
        rejects = read_table(out / "rejects", ("source_record", "stage", "reason"))
    elapsed = time.perf_counter() - started
    rows = [dict(found[page["source_record"]], page_host=page["host"]) for page in pages
            if page["source_record"] in found]
    row_labels = [label_of[row["source_record"]] for row in rows]
    predicted = [row["dup_cluster_id"] for row in rows]
    scores = pair_scores(row_labels, predicted)
    lost = lost_pages(pages, found, rejects)

    kinds = collections.Counter(story_kind(label) for label in set(labels))
    print(f"real-page set, seed {args.seed}: {len(pages)} pages, {len(set(labels))} stories "
          f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}), {len(hosts)} hosts")
    print(f"  article rows {len(rows)}, lost by extraction {sum(lost.values())}"
          + (": " + ", ".join(f"{reason} {count}" for reason, count in sorted(lost.items())) if lost else ""))
    print(f"  pairwise precision {scores.precision:.4f}  recall {scores.recall:.4f}  F1 {scores.f1:.4f}  "
          f"ARI {scores.ari:.4f}  ({len(set(predicted))} clusters, job {elapsed:.1f} s)")
    print("  dup_kind: " + ", ".join(f"{k} {v}" for k, v in sorted(collections.Counter(
        row["dup_kind"] for row in rows).items())))
    errors = error_kinds(row_labels, predicted, story_kind)
    print("  errors: " + ", ".join(f"{k} {v}" for k, v in sorted(errors.items())))
    print("  wrong pairs by where they met: " + ", ".join(
        f"{k} {v}" for k, v in sorted(joined_by_host(rows, row_labels, hosts).items())))
    print("\nworst false merges (clusters joining different stories):")
    print("\n".join(worst_false_merges(rows, row_labels)) or "  none")
    print("\nworst splits (stories left in several clusters):")
    print("\n".join(worst_splits(rows, row_labels, by_record)) or "  none")

    print(f"\n  {'set':<22}{'rows':>7}{'stories':>9}{'clusters':>10}{'precision':>11}{'recall':>9}{'F1':>9}"
          f"{'ARI':>9}{'seconds':>9}")
    print(score_line(f"real pages (seed {args.seed})", len(rows), len(set(row_labels)), len(set(predicted)),
                     scores, elapsed))
    if not args.no_synthetic:
        print(synthetic_line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
