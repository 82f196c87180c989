"""Pipeline overhead: the full job on the DirectRunner versus a bare extraction loop.

Both run in this one process over the same pages (the 181-page extraction
benchmark, repeated with distinct URLs):
  bare:     trafilatura.bare_extraction(..., with_metadata=True) + langdetect, in a loop
  pipeline: the whole job (read, extract, language, datelines, wire, dedup,
            write Parquet) on the in-process runner with one worker
Prints pages/s for each, their ratio (target >= 0.80) and the peak RSS. The
pipeline also runs once with --dedup=off: the same extraction and language
work as the bare loop plus reading, datelines, wire tags and Parquet, which
isolates what the framework adds from what the dedup stage itself costs.

With the extraction guard on (the default), a worker extracts in a child
process while the rest of its fused stage works on the previous page, so the
job uses a second core that the bare loop leaves idle. The pipeline therefore
also runs with the guard off (--extraction_timeout=0): everything on one core
in this process, which is the like-for-like measure of what the framework
costs, and the CPU seconds per page of that run. With --guard-overhead it
prints the guard's effect on throughput (target: costs at most 10 %).

    .venv/bin/python -m benchmarks.throughput [--repeat 10] [--guard-overhead]

With --peer datatrove it instead runs the job and datatrove side by side, each
as a process of its own on the same WARC files, interleaved
(benchmarks/peer_compare.py; flags after --peer go to it):

    .venv/bin/python -m benchmarks.throughput --peer datatrove [--pages 905] [--runs 3]
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.extraction_quality import ROOT

TARGET_RATIO = 0.80
TARGET_GUARD_COST = 0.10


def load_pages(root: Path, repeat: int) -> list[dict]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for round_no in range(repeat):
        for key in sorted(truth):
            html = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
            pages.append({"url": f"{truth[key]['url']}?copy={round_no}", "html": html})
    return pages


def bare_loop(pages: list[dict]) -> float:
    import trafilatura

    from transforms.extract import TRAFILATURA_OPTIONS
    from transforms.language import detect_language

    started = time.perf_counter()
    for page in pages:
        document = trafilatura.bare_extraction(page["html"], url=page["url"], **TRAFILATURA_OPTIONS)
        if document is not None and document.text:
            detect_language(document.text)
    return time.perf_counter() - started


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def pipeline_run(pages: list[dict], workdir: Path, extra: list[str]) -> tuple[float, dict]:
    from pipeline.cli import run

    dump = workdir / "pages.jsonl"
    dump.write_text("".join(json.dumps(p) + "\n" for p in pages), encoding="utf-8")
    started = time.perf_counter()
    summary = run(["--input", str(dump), "--output", str(workdir / "out"), "--overwrite",
                   "--direct_num_workers=1", *extra])
    return time.perf_counter() - started, summary


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peer_flags(argv: list[str]) -> list[str] | None:
    """The flags for the peer comparison when `argv` asks for one (``--peer datatrove``), else None."""
    for index, flag in enumerate(argv):
        if flag == "--":
            return None
        if flag == "--peer=datatrove":
            return argv[:index] + argv[index + 1:]
        if flag == "--peer" and argv[index + 1:index + 2] == ["datatrove"]:
            return argv[:index] + argv[index + 2:]
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    rest = peer_flags(argv)
    if rest is not None:
        from benchmarks import peer_compare

        return peer_compare.main(rest)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--repeat", type=int, default=10,
                        help="copies of the page set (default: %(default)s); the job has a fixed start-up and "
                             "graph cost of a few seconds that small runs do not amortize")
    parser.add_argument("--guard-overhead", action="store_true",
                        help="also print the guard's effect on throughput (guarded vs in-process run)")
    parser.add_argument("--peer", choices=("datatrove",),
                        help="compare with a peer instead (see above)")
    parser.add_argument("extra", nargs="*", help="extra pipeline flags, after --")
    args = parser.parse_args(argv)
    if not args.root.exists():
        print(f"benchmark data not found at {args.root}", file=sys.stderr)
        return 2
    from transforms.extract import quiet_extraction_loggers

    quiet_extraction_loggers()
    pages = load_pages(args.root, args.repeat)
    bare_loop(pages[:20])  # warm imports and caches for both runs alike
    bare_seconds = bare_loop(pages)
    with tempfile.TemporaryDirectory() as tmp:
        pipe_seconds, summary = pipeline_run(pages, Path(tmp), args.extra)
        no_dedup_seconds, _ = pipeline_run(pages, Path(tmp), [*args.extra, "--dedup=off"])
        cpu_before = cpu_seconds()
        unguarded_seconds, _ = pipeline_run(pages, Path(tmp), [*args.extra, "--extraction_timeout=0"])
        # In-process run: every stage's CPU time is this process's, so it can be measured exactly.
        cpu_per_page = (cpu_seconds() - cpu_before) / len(pages)
    bare_rate, pipe_rate = len(pages) / bare_seconds, len(pages) / pipe_seconds
    print(f"pages: {len(pages)} ({summary['articles']} articles, {summary['rejects']} rejects)")
    print(f"bare loop:        {bare_seconds:7.2f} s  {bare_rate:7.2f} pages/s")
    print(f"pipeline (1 wkr): {pipe_seconds:7.2f} s  {pipe_rate:7.2f} pages/s")
    no_dedup_rate = len(pages) / no_dedup_seconds
    unguarded_rate = len(pages) / unguarded_seconds
    print(f"pipeline, dedup off: {no_dedup_seconds:7.2f} s  {no_dedup_rate:7.2f} pages/s")
    print(f"pipeline, guard off (one core): {unguarded_seconds:7.2f} s  {unguarded_rate:7.2f} pages/s")
    for label, rate in (("pipeline/bare", pipe_rate), ("pipeline without dedup/bare", no_dedup_rate),
                        ("one-core pipeline/bare", unguarded_rate)):
        ratio = rate / bare_rate
        print(f"{label + ':':<30}{ratio:.3f}  (target >= {TARGET_RATIO:.2f}: {'met' if ratio >= TARGET_RATIO else 'NOT met'})")
    if args.guard_overhead:
        cost = 1 - pipe_rate / unguarded_rate
        print(f"guard cost:       {cost:+.1%} of throughput  (target <= {TARGET_GUARD_COST:.0%}: "
              f"{'met' if cost <= TARGET_GUARD_COST else 'NOT met'}; negative: the guard's child adds a core)")
    print(f"CPU seconds per page, whole job in-process: {cpu_per_page:.4f}")
    print(f"peak RSS (this process): {peak_rss_mib():.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
