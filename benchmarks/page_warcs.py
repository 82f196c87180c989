"""Benchmark WARC files of any size, made of the real news pages in ../shared/corpora.

The pages: the 181 pages of the article-extraction benchmark (URLs from its
ground-truth.json) and the HTML pages of the newspaper4k test data (articles
in several languages and a few home pages; URLs from its metadata files, or
made up from the file name where none is known). Left out: the RSS feed and
the bare redirect script stored there as .html, and pages whose bytes repeat
an earlier page's.

`build_warcs(out_dir, pages, files, seed)` writes `pages` HTTP 200 response
records (``Content-Type: text/html; charset=utf-8``, the page decoded with its
real charset and re-encoded as UTF-8; ``WARC-Identified-Payload-Type:
text/html``, which datatrove's WarcReader requires) over `files` gzipped WARC
files, one gzip member per record. Record n is copy n // P of real page
n % P (P pages, in a seeded order). The first copy of a page is verbatim;
every further copy has its own URL (``?copy=N``) and about 30 % of the words
of 4+ letters in its visible text (text between tags, outside <script> and
<style>) swapped for other words of the same page, from a seeded random
generator: distinct documents of the real pages' shape and size, not exact
duplicates that a dedup stage or a cache could short-cut. Records are
shuffled and dealt to the files so that every file gets about the same number
of bytes. The same (pages, files, seed) always gives the same bytes.

Nothing from the corpora is stored in this repository: the files are built
on demand, in a folder of the caller's choosing.

    .venv/bin/python -m benchmarks.page_warcs --pages 1000 --files 4 --out DIR [--seed 0]
"""
from __future__ import annotations

import argparse
import concurrent.futures
import functools
import gzip
import hashlib
import io
import json
import os
import random
import re
import sys
import uuid
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
BENCHMARK_PAGES = CORPORA / "article-extraction-benchmark"
NEWSPAPER_PAGES = CORPORA / "newspaper4k-testdata" / "tests" / "data"
# Files of the newspaper4k test data that are stored as .html but are no web page:
# an RSS feed and a bare JavaScript redirect stub.
NOT_PAGES = ("sample_rss", "google_meta_refresh")
MADE_UP_HOST = "https://newspaper4k-testdata.example"

SWAP_SHARE = 0.30
WARC_DATE = "2024-05-01T00:00:00Z"

# What is not visible text: comments, script and style blocks, and any tag.
_NOT_TEXT = re.compile(r"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>|<[^>]*>", re.S | re.I)
# A word of 4+ letters, not part of an entity (&nbsp;) or of a longer word with digits.
_WORD = re.compile(r"(?<![&#\w])[^\W\d_]{4,}(?![\w;])")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)


def missing_message() -> str | None:
    """Why the benchmark cannot run here, or None when the corpora are present."""
    if BENCHMARK_PAGES.is_dir() and NEWSPAPER_PAGES.is_dir():
        return None
    return (f"benchmark pages not found: expected {BENCHMARK_PAGES} and {NEWSPAPER_PAGES} "
            "(the shared corpora next to this repository); nothing to measure")


def decode_page(raw: bytes) -> str:
    """The page as text, decoded with its real charset: UTF-8 if it is valid UTF-8, else the declared one."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(raw[:4096])
    if declared:
        try:
            return raw.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    return str(best) if best is not None else raw.decode("cp1252", "replace")


@functools.lru_cache(maxsize=1)
def real_pages() -> tuple[tuple[str, str], ...]:
    """(url, html) of every distinct real page, in a fixed order: benchmark pages, then newspaper4k pages."""
    pages, seen = [], set()

    def add(url: str, raw: bytes) -> None:
        digest = hashlib.sha256(raw).digest()
        if digest not in seen:
            seen.add(digest)
            pages.append((url, decode_page(raw)))

    truth = json.loads((BENCHMARK_PAGES / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        add(truth[key]["url"], gzip.decompress((BENCHMARK_PAGES / "html" / f"{key}.html.gz").read_bytes()))
    for path in sorted((NEWSPAPER_PAGES / "html").glob("*.html")):
        if path.stem in NOT_PAGES:
            continue
        meta = NEWSPAPER_PAGES / "metadata" / f"{path.stem}.json"
        url = json.loads(meta.read_text(encoding="utf-8")).get("url") if meta.exists() else None
        add(url or f"{MADE_UP_HOST}/{path.stem}.html", path.read_bytes())
    return tuple(pages)


def _rng(*parts) -> random.Random:
    return random.Random(":".join(map(str, parts)))


def copy_url(url: str, copy: int) -> str:
    if copy == 0:
        return url
    base, _, fragment = url.partition("#")
    return f"{base}{'&' if '?' in base else '?'}copy={copy}" + (f"#{fragment}" if fragment else "")


def _text_spans(html: str) -> list[tuple[int, int]]:
    """(start, end) of the stretches of visible text between tags."""
    spans, position = [], 0
    for match in _NOT_TEXT.finditer(html):
        if match.start() > position:
            spans.append((position, match.start()))
        position = match.end()
    if position < len(html):
        spans.append((position, len(html)))
    return spans


def perturb(html: str, rng: random.Random, share: float = SWAP_SHARE) -> str:
    """`html` with about `share` of the visible words of 4+ letters replaced by other words of the same page."""
    spans = _text_spans(html)
    vocabulary = [word for start, end in spans for word in _WORD.findall(html, start, end)]
    if len(set(vocabulary)) < 2:
        return html

    def swap(match: re.Match) -> str:
        if rng.random() >= share:
            return match.group(0)
        for _ in range(4):
            word = rng.choice(vocabulary)
            if word != match.group(0):
                return word
        return match.group(0)

    parts, position = [], 0
    for start, end in spans:
        parts.append(html[position:start])
        parts.append(_WORD.sub(swap, html[start:end]))
        position = end
    parts.append(html[position:])
    return "".join(parts)


def plan(pages: int, files: int, seed: int) -> list[list[tuple[int, int, int]]]:
    """For each file, its records as (record number, real page index, copy number), in writing order."""
    sources = real_pages()
    order = list(range(len(sources)))
    _rng("pages", seed).shuffle(order)
    records = [(n, order[n % len(order)], n // len(order)) for n in range(pages)]
    _rng("records", seed).shuffle(records)
    shares: list[list[tuple[int, int, int]]] = [[] for _ in range(files)]
    loads = [0] * files
    for record in records:
        # Deal each record to the file with the fewest bytes so far (ties: the lowest number).
        target = min(range(files), key=lambda f: (loads[f], f))
        shares[target].append(record)
        loads[target] += len(sources[record[1]][1])
    return shares


def record_html(page: int, copy: int, seed: int) -> tuple[str, str]:
    url, html = real_pages()[page]
    if copy == 0:
        return url, html
    return copy_url(url, copy), perturb(html, _rng("copy", seed, page, copy))


def write_warc(path: Path, records: list[tuple[int, int, int]], seed: int) -> int:
    """Writes one gzipped WARC of `records`; returns its size in bytes."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    partial = path.with_name(path.name + ".partial")
    with partial.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number, page, copy in records:
            url, html = record_html(page, copy, seed)
            payload = html.encode("utf-8")
            http_headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                       ("Content-Length", str(len(payload)))], protocol="HTTP/1.1")
            record_id = uuid.UUID(bytes=hashlib.sha256(f"record:{seed}:{number}".encode()).digest()[:16], version=4)
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(payload), http_headers=http_headers,
                warc_headers_dict={"WARC-Record-ID": f"<urn:uuid:{record_id}>", "WARC-Date": WARC_DATE,
                                   "WARC-Identified-Payload-Type": "text/html"})
            writer.write_record(record)
    partial.replace(path)
    return path.stat().st_size


def _write_one(job: tuple[str, list[tuple[int, int, int]], int]) -> int:
    path, records, seed = job
    return write_warc(Path(path), records, seed)


def build_warcs(out_dir: Path, pages: int, files: int = 4, seed: int = 0) -> list[Path]:
    """Writes `pages` response records over `files` gzipped WARC files in `out_dir`; returns their paths."""
    if pages < 1 or files < 1:
        raise ValueError("pages and files must be at least 1")
    files = min(files, pages)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    shares = plan(pages, files, seed)
    paths = [out_dir / f"pages-{index:03d}-of-{files:03d}.warc.gz" for index in range(files)]
    jobs = [(str(path), share, seed) for path, share in zip(paths, shares)]
    processes = min(files, os.cpu_count() or 1)
    if processes > 1 and pages > 50:
        # Compression dominates (warcio gzips at level 9): one process per file, up to one per core.
        with concurrent.futures.ProcessPoolExecutor(processes) as pool:
            list(pool.map(_write_one, jobs))
    else:
        for job in jobs:
            _write_one(job)
    return paths


def cached_warcs(cache: Path, pages: int, files: int = 4, seed: int = 0) -> Path:
    """The folder of `build_warcs(..., pages, files, seed)` under `cache`, built on first use."""
    folder = Path(cache) / f"pages-{pages}-files-{files}-seed-{seed}"
    done = folder / "COMPLETE"
    if not done.exists():
        for stale in folder.glob("*.warc.gz*"):
            stale.unlink()
        paths = build_warcs(folder, pages, files, seed)
        done.write_text("".join(f"{path.name}\n" for path in paths), encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000, help="response records in all (default: %(default)s)")
    parser.add_argument("--files", type=int, default=4, help="WARC files to spread them over (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True, help="folder to write the files to")
    args = parser.parse_args(argv)
    missing = missing_message()
    if missing:
        print(missing)
        return 0
    paths = build_warcs(args.out, args.pages, args.files, args.seed)
    total = sum(path.stat().st_size for path in paths)
    print(f"{args.pages} records from {len(real_pages())} real pages in {len(paths)} files, "
          f"{total / 2**20:.1f} MiB gzipped, in {args.out}")
    for path in paths:
        print(f"  {path.name}  {path.stat().st_size / 2**20:8.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
