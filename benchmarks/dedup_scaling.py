"""Scaling of DedupSyndicated on the DirectRunner (in-process FnApiRunner).

For each size (10k, 50k, 100k by default) a fresh process generates the
synthetic corpus of benchmarks/syndication_set.scaling_plan inside the
pipeline, runs DedupSyndicated(mode="mark") and reports:

* time per document (wall time of the whole pipeline, corpus generation
  included; generation alone costs about 0.03 ms per document);
* peak RSS of the process. The in-process runner keeps every PCollection of
  a stage in memory, so this grows with the corpus on this runner whatever the
  transform does; on a distributed runner a worker holds one bundle and one
  group at a time. With --workers N the job runs on N worker processes
  (multi_processing) and the peak RSS of the worker processes is reported
  too: that is the memory a worker needs;
* the largest group each grouping step held (a Beam Distribution per step),
  which is what the transform itself controls.

* a digest of the output rows (doc id, record, cluster id, cluster size,
  canonical flag, kind), so that runs can be compared. With --repeat N each
  size runs N times and the digests must agree; with --workers the first
  run is also compared against the single-process runner.

With --docs-per-worker D each size runs on ceil(size / D) worker processes,
so each worker is handed the same share of the corpus at every size, as a
distributed runner hands out bounded bundles. Beam's local runner gives each
worker its whole share of a stage as one bundle, so with a fixed number of
workers their memory grows with the corpus whatever the transform does; at a
fixed share it shows what the transform itself adds as the corpus grows.

With --control the same corpus also goes through one plain shuffle and
nothing else, in a fresh process per size: the memory the runner holds for a
corpus of that size, against which the dedup figures can be read.

Usage: python -m benchmarks.dedup_scaling [--sizes 10000 50000 100000] [--workers 2 | --docs-per-worker 10000]
       [--repeat 3] [--control]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time

_CHUNK = 200  # plan entries per generator element


def _status(pid: str) -> dict[str, str]:
    with open(f"/proc/{pid}/status") as handle:
        return dict(line.split(":", 1) for line in handle if ":" in line)


def _descends_from(pid: str, ancestor: int) -> bool:
    for _ in range(4):  # the runner may start workers through a shell
        pid = _status(pid)["PPid"].strip()
        if int(pid) == ancestor:
            return True
        if pid in ("0", "1"):
            return False
    return False


def _worker_peaks(parent: int) -> dict[int, int]:
    """Peak RSS (VmHWM, kB) of the Python worker processes this process started."""
    peaks = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as handle:
                argv = handle.read().split(b"\0")
            if b"sdk_worker_main" not in b" ".join(argv) or b"python" not in argv[0]:
                continue
            fields = _status(entry)
            if "VmHWM" in fields and _descends_from(entry, parent):
                peaks[int(entry)] = int(fields["VmHWM"].split()[0])
        except (OSError, KeyError, ValueError):
            continue
    return peaks


class _WorkerMemory(threading.Thread):
    """Samples worker peaks until stopped; VmHWM only grows, so the last sample before exit is the peak."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peak_kb = 0
        self._stopped = threading.Event()

    def run(self):
        while not self._stopped.wait(0.2):
            self.peak_kb = max([self.peak_kb, *_worker_peaks(os.getpid()).values()])

    def stop(self) -> int:
        self._stopped.set()
        self.join()
        return self.peak_kb


_DIGESTED = ("doc_id", "source_record", "dup_cluster_id", "dup_cluster_size", "is_canonical", "dup_kind")


def line_hash(line: str) -> int:
    return int.from_bytes(hashlib.sha256(line.encode("utf-8")).digest()[:8], "little")


def digest_of(total: int) -> str:
    """The digest of rows whose line hashes sum to `total`: a sum is order-free and is combined
    in constant memory, so the check adds no step that gathers the output on one worker."""
    return format(total % 2**64, "016x")


def output_digest(lines) -> str:
    """Order-free digest of the output rows' dedup columns."""
    return digest_of(sum(map(line_hash, lines)))


def row_line(row: dict) -> str:
    return "\t".join(str(row.get(name)) for name in _DIGESTED)


def run_one(n_docs: int, workers: int = 0, control: bool = False) -> dict:
    import apache_beam as beam
    from apache_beam.metrics.metric import MetricsFilter
    from apache_beam.options.pipeline_options import PipelineOptions

    from benchmarks.syndication_set import scaling_docs, scaling_plan
    from pipeline.runners import runner_for
    from transforms.dedup import DedupSyndicated

    plan = scaling_plan(n_docs)
    chunks = [plan[i:i + _CHUNK] for i in range(0, len(plan), _CHUNK)]
    flags = [f"--direct_num_workers={workers}", "--direct_running_mode=multi_processing"] if workers else []
    options = PipelineOptions(flags)
    memory = _WorkerMemory()
    memory.start()
    started = time.perf_counter()
    pipeline = beam.Pipeline(runner=runner_for(options)[0], options=options)
    articles = (pipeline
                | "Plan" >> beam.Create(chunks, reshuffle=False)
                | "Generate" >> beam.FlatMap(lambda chunk: [row for entry in chunk for row in scaling_docs(entry)]))
    if control:
        # The same rows through one shuffle and nothing else: what the runner
        # itself holds for a corpus of this size.
        rows = (articles
                | "KeyByDoc" >> beam.Map(lambda row: (row["doc_id"], row))
                | "Shuffle" >> beam.GroupByKey()
                | "Rows" >> beam.FlatMap(lambda kv: kv[1]))
    else:
        rows, _ = articles | "Dedup" >> DedupSyndicated("mark")
    digest_file = os.path.join(tempfile.mkdtemp(prefix="dedup_scaling_"), "digest.txt")
    _ = (rows
         | "LineHashes" >> beam.Map(lambda row: line_hash(row_line(row)))
         | "SumHashes" >> beam.CombineGlobally(sum)
         | "Digest" >> beam.Map(digest_of)
         | "WriteDigest" >> beam.io.WriteToText(digest_file, shard_name_template=""))
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
    with open(digest_file) as handle:
        digest = handle.read().strip()
    shutil.rmtree(os.path.dirname(digest_file))
    return {"docs": n_docs, "workers": workers, "seconds": elapsed, "digest": digest,
            "peak_rss_mb": peak_rss_mb, "largest_group": groups,
            "counters": counters, "worker_peak_rss_mb": memory.stop() / 1024}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--workers", type=int, default=0,
                        help="run on this many worker processes and report their peak RSS (default: in-process)")
    parser.add_argument("--control", action="store_true",
                        help="also run the same corpus through one plain shuffle, to show what the runner "
                             "itself holds at each size")
    parser.add_argument("--docs-per-worker", type=int,
                        help="run each size on ceil(size / this) worker processes instead of --workers")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each size this many times and check that the outputs agree")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--control-one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.workers, args.control_one)))
        return
    results, agreement = [], []
    for size in args.sizes:
        workers = -(-size // args.docs_per_worker) if args.docs_per_worker else args.workers
        runs = [_in_fresh_process(size, workers) for _ in range(max(args.repeat, 1))]
        results.append(runs[0])
        for r in runs:
            _print_run(r, workers)
        if args.repeat > 1:
            digests = {r["digest"] for r in runs}
            if workers:
                reference = _in_fresh_process(size, 0)
                print(f"{size:>7} docs  single-process reference: output {reference['digest']}", flush=True)
                digests.add(reference["digest"])
            agreement.append((size, len(digests) == 1))
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
    for size, same in agreement:
        print(f"identical output on every run at {size} docs: {'yes' if same else 'NO'}")
    if args.control:
        print("control: the same corpus through one plain shuffle (no dedup):")
        for size, r in zip(args.sizes, results):
            c = _in_fresh_process(size, r["workers"], control=True)
            print(f"{size:>7} docs  peak RSS {c['peak_rss_mb']:7.0f} MB (dedup {r['peak_rss_mb']:.0f})"
                  + (f"  worker peak RSS {c['worker_peak_rss_mb']:6.0f} MB (dedup {r['worker_peak_rss_mb']:.0f})"
                     if r["workers"] else ""), flush=True)


def _print_run(r: dict, workers: int) -> None:
    print(f"{r['docs']:>7} docs  " + (f"{workers:>2} workers  " if workers else "")
          + f"{r['seconds']:7.1f} s  {1000 * r['seconds'] / r['docs']:6.3f} ms/doc  "
          + f"peak RSS {r['peak_rss_mb']:7.0f} MB  "
          + (f"worker peak RSS {r['worker_peak_rss_mb']:6.0f} MB  " if workers else "")
          + f"largest group {max(r['largest_group'].values())}  "
          + f"pairs linked {r['counters'].get('VerifyCandidatePairs/pairs_linked', 0)}  output {r['digest']}",
          flush=True)


def _in_fresh_process(size: int, workers: int, control: bool = False) -> dict:
    # A fresh process per run, so that peak RSS belongs to that run alone.
    command = [sys.executable, "-m", "benchmarks.dedup_scaling", "--one", str(size), "--workers", str(workers)]
    out = subprocess.run(command + (["--control-one"] if control else []),
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
