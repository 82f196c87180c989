"""Peak memory of the whole job as the input grows: it must stay flat, not follow the corpus.

For each size (1000, 4000 and 16000 pages by default) builds four gzipped
WARC files of real pages with benchmarks/page_warcs.py (cached under
--workdir, or a temporary folder), runs the job on them as its own process

    python -m pipeline --input '<dir>/*.warc.gz' --output <out> --overwrite [flags after --]

with one worker (the default in-process runner) or, with --workers 2, two
worker processes (--direct_num_workers 2 --direct_running_mode
multi_processing), and samples the resident memory of its whole process tree
(the job, Beam's worker processes, the extraction guard's children) every
0.2 s (benchmarks/process_tree.py). Summed RSS counts a page shared by
several processes once per process; the summed PSS, printed beside it,
counts it once in all.

Prints per size: wall seconds, pages/s, the peak tree RSS, its ratio to the
smallest size's peak (target <= 1.25: memory does not grow with the input)
and whether it stays under 1.5 GiB (target: 1536 MiB at every size); then the
job's exit code and the articles, rejects, records_read and balanced fields
of its run_summary.json. Exits non-zero only if a run fails. Prints a notice
and exits 0 where ../shared/corpora is missing.

    .venv/bin/python -m benchmarks.memory_scaling [--sizes 1000 4000 16000] [--workers 1|2]
        [--workdir DIR] [-- extra job flags]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from benchmarks.contenders import run_job
from benchmarks.page_warcs import cached_warcs, missing_message

TARGET_RATIO = 1.25
TARGET_PEAK_MIB = 1536
FILES = 4


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 16000],
                        help="pages per run (default: %(default)s)")
    parser.add_argument("--workers", type=int, choices=(1, 2), default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path,
                        help="keep the WARC files here between runs (default: a temporary folder, removed after)")
    parser.add_argument("extra", nargs="*", help="extra job flags, after --")
    args = parser.parse_args(argv)
    missing = missing_message()
    if missing:
        print(missing)
        return 0
    sizes = sorted(set(args.sizes))
    with tempfile.TemporaryDirectory(prefix="memory_scaling_") as tmp:
        cache = args.workdir or Path(tmp)
        rows = []
        for size in sizes:
            warcs = cached_warcs(cache / "warcs", size, FILES, args.seed)
            gzipped = sum(path.stat().st_size for path in warcs.glob("*.warc.gz")) / 2**20
            print(f"{size} pages: {warcs} ({gzipped:.0f} MiB gzipped); running the job", flush=True)
            result = run_job(warcs, args.workers, args.extra)
            rows.append((size, result))
            if result["returncode"] != 0:
                how = "hung (no CPU used for two minutes) and was killed" if result["stalled"] else "failed"
                print(f"  job {how} (exit {result['returncode']}); last lines of its log:")
                print("\n".join(f"    {line}" for line in result.get("log_tail", [])))
    print()
    print(f"job, {args.workers} worker{'s' if args.workers > 1 else ''}"
          f"{' ' + ' '.join(args.extra) if args.extra else ''}; peak RSS summed over the job's process tree")
    print(f"{'pages':>7} {'seconds':>9} {'pages/s':>8} {'peak MiB':>9} {'ratio':>6} {'< 1.5 GiB':>10} {'PSS MiB':>8} "
          f"{'exit':>5} {'articles':>9} {'rejects':>8} {'read':>7} {'balanced':>9} {'procs':>6}")
    base = next((r["peak_rss_mib"] for _, r in rows if r["returncode"] == 0), None)
    for size, r in rows:
        s = r["summary"] or {}
        ratio = r["peak_rss_mib"] / base if base else float("nan")
        under = "yes" if r["peak_rss_mib"] < TARGET_PEAK_MIB else "NO"
        print(f"{size:>7} {r['seconds']:>9.1f} {size / r['seconds']:>8.2f} {r['peak_rss_mib']:>9.0f} {ratio:>6.2f} "
              f"{under:>10} {r['peak_pss_mib']:>8.0f} {r['returncode']:>5} {str(s.get('articles')):>9} "
              f"{str(s.get('rejects')):>8} {str(s.get('records_read')):>7} {str(s.get('balanced')):>9} "
              f"{r['processes']:>6}")
    worst = max(r["peak_rss_mib"] for _, r in rows) / base if base else float("nan")
    print(f"largest peak / smallest size's peak: {worst:.2f}  (target <= {TARGET_RATIO}: "
          f"{'met' if worst <= TARGET_RATIO else 'NOT met'})")
    print(f"every peak under {TARGET_PEAK_MIB} MiB: "
          f"{'met' if all(r['peak_rss_mib'] < TARGET_PEAK_MIB for _, r in rows) else 'NOT met'}")
    return 1 if any(r["returncode"] != 0 for _, r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
