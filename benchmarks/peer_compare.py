"""The job's run cost next to a peer's: datatrove's WARC -> trafilatura -> JSON lines pipeline.

Builds --pages real pages over four gzipped WARC files
(benchmarks/page_warcs.py) and runs, interleaved so that machine drift hits
both alike (job, peer, job, peer, ...), --runs times each:
  job:  python -m pipeline on the files, 1 worker (the default in-process
        runner) and 2 workers (--direct_num_workers 2
        --direct_running_mode multi_processing), plus any flags after --;
  peer: datatrove 0.2's WarcReader -> Trafilatura(favour_precision=True) ->
        JsonlWriter on LocalPipelineExecutor(tasks=4, workers=1 or 2), in its
        own virtual environment (benchmarks/peer_datatrove.py).
The peer does much less (text only: no metadata, language, datelines, wire
tags, dedup or Parquet, and it drops any page that takes longer than 0.1 s to
extract, among them the first page each process extracts, during which
trafilatura is imported), so the ratios say what the job's extra work costs, not who wins.
Each is also run on a WARC of one record, for its start-up cost (the peer
writes no document from it, for that reason).

Prints the medians: pages/s, CPU ms per page (user+sys of the whole process
tree), peak RSS (summed over the process tree), start-up seconds on one
record, documents written, and the job/peer ratio of each; then the job's
2-worker/1-worker speed-up (target >= 1.8) and the peer's for reference.
A run that hangs (no CPU used for two minutes; datatrove's
two-worker pool does now and then) is killed and run again, up to twice.
Exits non-zero only if a run fails. Prints a notice and exits 0 where
../shared/corpora is missing.

    .venv/bin/python -m benchmarks.peer_compare [--pages 905] [--runs 3] [--workdir DIR] [--venv DIR]
        [-- extra job flags]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.contenders import run_job, run_peer
from benchmarks.page_warcs import cached_warcs, missing_message
from benchmarks.process_tree import STALL_SECONDS

TARGET_SPEEDUP = 1.8
RETRIES_AFTER_STALL = 2
FILES = 4
KEYS = ("seconds", "cpu_seconds", "peak_rss_mib", "documents")


def medians(results: list[dict]) -> dict:
    return {key: statistics.median(r[key] for r in results) for key in KEYS}


def report_failure(label: str, result: dict) -> None:
    print(f"  {label} failed (exit {result['returncode']}); last lines of its log:")
    print("\n".join(f"    {line}" for line in result.get("log_tail", [])), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=905, help="pages per run (default: %(default)s)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each program per setting (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path,
                        help="keep the WARC files here between runs (default: a temporary folder, removed after)")
    parser.add_argument("--venv", type=Path, help="datatrove's virtual environment (default: see peer_datatrove)")
    parser.add_argument("extra", nargs="*", help="extra job flags, after --")
    args = parser.parse_args(argv)
    missing = missing_message()
    if missing:
        print(missing)
        return 0
    from benchmarks.peer_datatrove import DATATROVE_VERSION, DEFAULT_VENV, ensure_venv

    venv = args.venv or DEFAULT_VENV
    ensure_venv(venv)
    failed = False
    with tempfile.TemporaryDirectory(prefix="peer_compare_") as tmp:
        cache = args.workdir or Path(tmp)
        warcs = cached_warcs(cache / "warcs", args.pages, FILES, args.seed)
        single = cached_warcs(cache / "warcs", 1, 1, args.seed)
        print(f"{args.pages} pages in {FILES} files under {warcs}; datatrove {DATATROVE_VERSION} in {venv}",
              flush=True)
        # Untimed: the first run of each compiles and pages in its libraries.
        run_job(single, 1, args.extra)
        run_peer(single, 1, venv)
        runs: dict[tuple[str, int, str], list[dict]] = {}
        for workers in (1, 2):
            for setting, folder in (("full", warcs), ("start-up", single)):
                for number in range(args.runs):
                    for name in ("job", "peer"):
                        label = f"{name}, {workers} worker(s), {setting}, run {number + 1}"
                        for attempt in range(1 + RETRIES_AFTER_STALL):
                            result = (run_job(folder, workers, args.extra) if name == "job"
                                      else run_peer(folder, workers, venv))
                            if not result["stalled"]:
                                break
                            print(f"  {label}: hung (no CPU used for {STALL_SECONDS} s), killed"
                                  f"{'; running it again' if attempt < RETRIES_AFTER_STALL else ''}", flush=True)
                        print(f"  {label}: {result['seconds']:.1f} s, {result['cpu_seconds']:.1f} CPU s, "
                              f"{result['peak_rss_mib']:.0f} MiB RSS ({result['peak_pss_mib']:.0f} PSS), "
                              f"{result['documents']} documents", flush=True)
                        if result["returncode"] != 0:
                            report_failure(label, result)
                            failed = True
                            continue
                        runs.setdefault((name, workers, setting), []).append(result)
    if failed and not runs:
        return 1
    print()
    print(f"medians of {args.runs} run(s), {args.pages} pages; CPU and RSS over each program's whole process tree"
          f"{'; job flags: ' + ' '.join(args.extra) if args.extra else ''}")
    header = (f"{'':<22}{'pages/s':>9}{'CPU ms/page':>13}{'peak RSS MiB':>14}{'start-up s (1 rec)':>20}"
              f"{'documents':>11}")
    print(header)
    print("-" * len(header))
    table: dict[tuple[str, int], dict] = {}
    for workers in (1, 2):
        for name in ("job", "peer"):
            full, start = runs.get((name, workers, "full")), runs.get((name, workers, "start-up"))
            if not full or not start:
                print(f"{name + f', {workers} worker(s)':<22}{'(failed)':>9}")
                continue
            m, s = medians(full), medians(start)
            row = {"rate": args.pages / m["seconds"], "cpu_ms": 1000 * m["cpu_seconds"] / args.pages,
                   "rss": m["peak_rss_mib"], "startup": s["seconds"], "documents": m["documents"]}
            table[(name, workers)] = row
            print(f"{name + f', {workers} worker(s)':<22}{row['rate']:>9.2f}{row['cpu_ms']:>13.1f}{row['rss']:>14.0f}"
                  f"{row['startup']:>20.2f}{row['documents']:>11.0f}")
        if ("job", workers) in table and ("peer", workers) in table:
            job, peer = table[("job", workers)], table[("peer", workers)]
            print(f"{'  job/peer':<22}" + "".join(
                f"{job[key] / peer[key]:>{width}.2f}" for key, width in
                (("rate", 9), ("cpu_ms", 13), ("rss", 14), ("startup", 20), ("documents", 11))))
    print()
    for name in ("job", "peer"):
        if (name, 1) in table and (name, 2) in table:
            speedup = table[(name, 2)]["rate"] / table[(name, 1)]["rate"]
            verdict = (f"  (target >= {TARGET_SPEEDUP}: {'met' if speedup >= TARGET_SPEEDUP else 'NOT met'})"
                       if name == "job" else "  (for reference)")
            print(f"{name} speed-up, 2 workers / 1 worker: {speedup:.2f}x{verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
