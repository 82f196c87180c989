"""Clustering quality of DedupSyndicated on the labelled syndication set.

Runs the transform (DirectRunner, mode "mark") over
benchmarks/syndication_set.quality_set and prints pairwise precision, recall
and F1 and the Adjusted Rand Index of dup_cluster_id against the story
labels, plus where the errors come from. Targets: ARI >= 0.90, pairwise
precision >= 0.98.

Usage: python -m benchmarks.dedup_quality [--seeds 2024 1 2]
"""
from __future__ import annotations

import argparse
import collections
import json
import pathlib
import tempfile
import time
from math import comb
from typing import Callable, Hashable, Sequence


class PairScores(collections.namedtuple("PairScores", "precision recall f1 ari")):
    __slots__ = ()


def pair_scores(truth: Sequence[Hashable], predicted: Sequence[Hashable]) -> PairScores:
    """Pairwise precision, recall, F1 and Adjusted Rand Index (Hubert and Arabie) of two labelings."""
    n = len(truth)
    together = sum(comb(count, 2) for count in collections.Counter(zip(truth, predicted)).values())
    true_pairs = sum(comb(count, 2) for count in collections.Counter(truth).values())
    predicted_pairs = sum(comb(count, 2) for count in collections.Counter(predicted).values())
    precision = together / predicted_pairs if predicted_pairs else 1.0
    recall = together / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    expected = true_pairs * predicted_pairs / comb(n, 2) if n > 1 else 0.0
    maximum = (true_pairs + predicted_pairs) / 2
    ari = 1.0 if maximum == expected else (together - expected) / (maximum - expected)
    return PairScores(precision, recall, f1, ari)


def run_dedup(articles: list[dict]) -> dict[str, dict]:
    """source_record -> the dedup columns, from one DirectRunner run."""
    import apache_beam as beam

    from transforms.dedup import DedupSyndicated

    columns = ("source_record", "dup_cluster_id", "dup_cluster_size", "is_canonical", "dup_kind")
    with tempfile.TemporaryDirectory() as tmp:
        with beam.Pipeline(runner="DirectRunner") as pipeline:
            rows, _ = pipeline | beam.Create(articles) | DedupSyndicated("mark")
            _ = (rows
                 | beam.Map(lambda row: json.dumps([row[c] for c in columns]))
                 | beam.io.WriteToText(f"{tmp}/out"))
        found = {}
        for path in pathlib.Path(tmp).glob("out*"):
            for line in path.read_text().splitlines():
                values = json.loads(line)
                found[values[0]] = dict(zip(columns, values))
    return found


def story_kind(label: str) -> str:
    """main, update, sibling, single or brief, from a quality_set label."""
    parts = label.split("/")
    if parts[0] == "brief":
        return "brief"
    if "sibling" in parts:
        return "sibling"
    return parts[-1] if parts[-1] in ("main", "update") else "single"


def error_kinds(labels: Sequence[str], predicted: Sequence[Hashable],
                kind: Callable[[str], str] = story_kind) -> collections.Counter:
    """Wrongly joined pairs by the kinds (`kind` of a label) of the two stories, and true pairs left apart."""
    kinds: collections.Counter = collections.Counter()
    clusters = collections.defaultdict(collections.Counter)
    stories = collections.defaultdict(collections.Counter)
    for label, cluster in zip(labels, predicted):
        clusters[cluster][label] += 1
        stories[label][cluster] += 1
    for members in clusters.values():
        ordered = sorted(members.items())
        for i, (a, count_a) in enumerate(ordered):
            for b, count_b in ordered[i + 1:]:
                kinds["joined " + "+".join(sorted((kind(a), kind(b))))] += count_a * count_b
    kinds["left apart"] = sum(comb(sum(c.values()), 2) - sum(comb(v, 2) for v in c.values())
                              for c in stories.values())
    return kinds


def main(argv: list[str] | None = None) -> None:
    from benchmarks.syndication_set import quality_set

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[2024])
    args = parser.parse_args(argv)
    for seed in args.seeds:
        articles, labels = quality_set(seed)
        started = time.perf_counter()
        found = run_dedup(articles)
        elapsed = time.perf_counter() - started
        predicted = [found[row["source_record"]]["dup_cluster_id"] for row in articles]
        scores = pair_scores(labels, predicted)
        kinds = collections.Counter(found[row["source_record"]]["dup_kind"] for row in articles)
        print(f"seed {seed}: {len(articles)} articles, {len(set(labels))} stories, "
              f"{len(set(predicted))} clusters, {elapsed:.1f} s")
        print(f"  pairwise precision {scores.precision:.4f}  recall {scores.recall:.4f}  F1 {scores.f1:.4f}  "
              f"ARI {scores.ari:.4f}")
        print("  dup_kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
        print("  errors: " + (", ".join(f"{k} {v}" for k, v in sorted(error_kinds(labels, predicted).items()))))


if __name__ == "__main__":
    main()
