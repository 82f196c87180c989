"""Scaling of DedupSyndicated on the DirectRunner (in-process FnApiRunner).

For each size (10k, 50k, 100k by default) a fresh process generates the
synthetic corpus of benchmarks/syndication_set.scaling_plan inside the
pipeline, runs DedupSyndicated(mode="mark") and reports:

* time per document (wall time of the whole pipeline, corpus generation
  included; generation alone costs about 0.03 ms per document);
* peak RSS of the process. The in-process runner keeps every PCollection of
  a stage in memory, so this grows with the corpus on this runner whatever the
  transform does; on a distributed runner a worker holds one bundle and one
  group at a time;
* the largest group each grouping step held (a Beam Distribution per step),
  which is what the transform itself controls.

Usage: python -m benchmarks.dedup_scaling [--sizes 10000 50000 100000]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

_CHUNK = 200  # plan entries per generator element


def run_one(n_docs: int) -> dict:
    import apache_beam as beam
    from apache_beam.metrics.metric import MetricsFilter

    from benchmarks.syndication_set import scaling_docs, scaling_plan
    from transforms.dedup import DedupSyndicated

    plan = scaling_plan(n_docs)
    chunks = [plan[i:i + _CHUNK] for i in range(0, len(plan), _CHUNK)]
    started = time.perf_counter()
    pipeline = beam.Pipeline(runner="DirectRunner")
    articles = (pipeline
                | "Plan" >> beam.Create(chunks, reshuffle=False)
                | "Generate" >> beam.FlatMap(lambda chunk: [row for entry in chunk for row in scaling_docs(entry)]))
    rows, _ = articles | "Dedup" >> DedupSyndicated("mark")
    _ = rows | "CountRows" >> beam.combiners.Count.Globally()
    result = pipeline.run()
    result.wait_until_finish()
    elapsed = time.perf_counter() - started
    metrics = result.metrics().query(MetricsFilter())
    groups: dict[str, int] = {}
    for dist in metrics["distributions"]:
        name = f"{dist.key.metric.namespace}/{dist.key.metric.name}"
        groups[name] = max(groups.get(name, 0), dist.committed.max or 0)
    counters = {f"{c.key.metric.namespace}/{c.key.metric.name}": c.committed for c in metrics["counters"]}
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": n_docs, "seconds": elapsed, "peak_rss_mb": peak_rss_mb, "largest_group": groups,
            "counters": counters}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one)))
        return
    results = []
    for size in args.sizes:
        # A fresh process per size, so that peak RSS belongs to that size alone.
        out = subprocess.run([sys.executable, "-m", "benchmarks.dedup_scaling", "--one", str(size)],
                             check=True, capture_output=True, text=True).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
        r = results[-1]
        print(f"{r['docs']:>7} docs  {r['seconds']:7.1f} s  {1000 * r['seconds'] / r['docs']:6.3f} ms/doc  "
              f"peak RSS {r['peak_rss_mb']:7.0f} MB  largest group {max(r['largest_group'].values())}", flush=True)
    base = results[0]["seconds"] / results[0]["docs"]
    for r in results[1:]:
        print(f"time per doc at {r['docs']} / at {results[0]['docs']}: {r['seconds'] / r['docs'] / base:.2f}x")
    print("largest group held, per step:")
    for name in sorted(results[-1]["largest_group"]):
        sizes = "  ".join(f"{r['largest_group'].get(name, 0):>6}" for r in results)
        print(f"  {name:<58} {sizes}")
    print("counters at the largest size:")
    for name, value in sorted(results[-1]["counters"].items()):
        print(f"  {name:<58} {value}")


if __name__ == "__main__":
    main()
