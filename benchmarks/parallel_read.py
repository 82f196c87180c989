"""One large WARC, 1 worker versus 2: reading must not pin the job to one worker.

Builds a gzipped WARC of about --size-mb megabytes from the real pages of the
article-extraction benchmark (repeated under distinct URLs), then runs the
whole job on it with --direct_running_mode=multi_processing and 1, then 2,
workers. Prints wall time, pages/s and the speedup (target >= 1.6x).

It does so twice. With the default extraction guard each worker already keeps
a second process busy (trafilatura runs in the guard's child while the worker
handles the previous page), so on a 2-core machine one worker already uses
much of both cores and the 1-to-2 speedup says little about reading. With
--extraction_timeout 0 each worker is one process, and the speedup shows
whether the file's records are really split between workers: the target
applies to that pair.

    .venv/bin/python -m benchmarks.parallel_read [--size-mb 200]
"""
from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.extraction_quality import ROOT
from benchmarks.throughput import load_pages

CACHE = Path(__file__).resolve().parent / ".cache"
TARGET_SPEEDUP = 1.6


def build_warc(path: Path, size_mb: int, root: Path) -> int:
    """Writes the WARC; returns its number of response records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = load_pages(root, 1)
    written = 0
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        while handle.tell() < size_mb * 1024 * 1024:
            page = pages[written % len(pages)]
            url = f"{page['url'].split('?')[0]}?copy={written // len(pages)}"
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(page["html"].encode("utf-8")),
                                               http_headers=http)
            writer.write_record(record)
            written += 1
    return written


def run(warc: Path, out: Path, workers: int, extra: tuple[str, ...] = ()) -> tuple[float, dict]:
    from pipeline.cli import run as run_job

    started = time.perf_counter()
    summary = run_job(["--input", str(warc), "--output", str(out), "--overwrite",
                       f"--direct_num_workers={workers}", "--direct_running_mode=multi_processing", *extra])
    return time.perf_counter() - started, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    if not args.root.exists():
        print(f"benchmark data not found at {args.root}", file=sys.stderr)
        return 2
    CACHE.mkdir(exist_ok=True)
    warc = CACHE / f"large-{args.size_mb}mb.warc.gz"
    if not warc.exists():
        records = build_warc(warc, args.size_mb, args.root)
        print(f"built {warc} ({warc.stat().st_size / 2**20:.0f} MiB, {records} records)", flush=True)
    for label, extra, targeted in (("extraction guard on (default)", (), False),
                                   ("one process per worker (--extraction_timeout 0)",
                                    ("--extraction_timeout", "0"), True)):
        with tempfile.TemporaryDirectory() as tmp:
            one, summary = run(warc, Path(tmp) / "one", 1, extra)
            two, summary_two = run(warc, Path(tmp) / "two", 2, extra)
        pages = summary["records_read"]
        assert (summary["articles"], summary["rejects"]) == (summary_two["articles"], summary_two["rejects"])
        print(f"{label}: file {warc.stat().st_size / 2**20:.0f} MiB, {pages} records "
              f"({summary['articles']} articles, {summary['rejects']} rejects)")
        print(f"  1 worker:  {one:8.1f} s  {pages / one:7.2f} pages/s")
        print(f"  2 workers: {two:8.1f} s  {pages / two:7.2f} pages/s")
        speedup = one / two
        verdict = ("met" if speedup >= TARGET_SPEEDUP else "NOT met") if targeted else "not the target pair"
        print(f"  speedup:   {speedup:.2f}x  (target >= {TARGET_SPEEDUP}x: {verdict})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
