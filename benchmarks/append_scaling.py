"""Time of an append as the corpus grows: it must follow the new data, not the corpus.

Builds corpora of 10,000 and 100,000 article rows (--sizes), appends the same
1,000 new real pages to a fresh copy of each with

    python -m pipeline --input '<new>/*.warc.gz' --append_to <copy of corpus> --no_report

and prints per size: wall seconds, peak RSS of the job's process tree, the
rows appended and the old rows whose cluster differs from their file (cluster_updates), then the ratio
of the largest corpus's append time to the smallest's (target <= 1.3).

The corpora: the job runs once over 1,000 real pages (benchmarks/page_warcs.py,
seed 0); its article rows are the first copy, and every further copy of a row
has about 30 % of its words of 4+ letters swapped for other words of the same
text (seeded), its own doc_id, URL and dump file, and its own cluster of one:
distinct documents of real articles' shape and size, written straight into
the corpus layout (articles/ partitions, rejects/, cluster_updates/, runs/,
and the dedup_index/ records the job's dedup would write for them, computed
with its own functions), since running the job over 100,000 pages would take
an hour here. One untimed append of one page then clusters the whole corpus
(its files' clusters came from the 1,000-page run) and records its shared
keys, so that the timed appends start from a state the job itself leaves. The
appended pages are the same 1,000-page plan with seed 1: most are verbatim
copies of pages in the corpus, so the append also links and re-clusters.

Corpora and WARC files are cached under --workdir (default: a temporary
folder). Prints a notice and exits 0 where ../shared/corpora is missing.

    .venv/bin/python -m benchmarks.append_scaling [--sizes 10000 100000] [--pages 1000] [--repeat 1]
        [--workdir DIR]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.contenders import REPO, run_job
from benchmarks.page_warcs import cached_warcs, missing_message
from benchmarks.process_tree import run_measured

TARGET_RATIO = 1.3
FILES = 4
SWAP_SHARE = 0.30
COPIES_PER_FILE = 20
_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
_PARTITIONS = ("language", "year", "month")


def perturbed(text: str, rng: random.Random, share: float = SWAP_SHARE) -> str:
    """The text with about `share` of its 4+ letter words swapped for other words of the same text."""
    words = _WORD.findall(text)
    if not words:
        return text
    return _WORD.sub(lambda m: rng.choice(words) if rng.random() < share else m.group(0), text)


def copy_of(row: dict, copy: int) -> dict:
    """Copy `copy` (>= 1) of an article row: its own text, ids and dump file, in a cluster of its own."""
    rng = random.Random(f"{row['doc_id']}:{copy}")
    text = perturbed(row["text"], rng)
    doc_id = hashlib.sha256(f"{row['doc_id']}:{copy}".encode()).hexdigest()[:16]
    url = None if row["url"] is None else f"{row['url']}{'&' if '?' in row['url'] else '?'}copy={copy}"
    return {**row, "doc_id": doc_id, "url": url, "canonical_url": url, "text": text, "text_chars": len(text),
            "source_file": f"{row['source_file']}.copy-{copy:04d}", "dup_cluster_id": doc_id,
            "dup_cluster_size": 1, "is_canonical": True, "dup_kind": "unique"}


def _rows_of_copies(rows: list[dict], size: int, first: int, last: int) -> list[dict]:
    made = []
    for copy in range(first, last):
        for row in rows[:min(len(rows), size - copy * len(rows))]:
            made.append(row if copy == 0 else copy_of(row, copy))
    return made


def _first_pass(job) -> list[tuple]:
    """(node, host, host record, exact key) of the rows of some copies."""
    from transforms.dedup import exact_key, host_text_lines, node_id

    rows, size, first, last = job
    return [(node_id(row), row["host"], next(host_text_lines(row), (None, None))[1], exact_key(row["text"] or ""))
            for row in _rows_of_copies(rows, size, first, last)]


def _index_records(job) -> list[dict]:
    """The dedup_index/ records of the rows of some copies, as the job's dedup writes them."""
    from transforms.dedup import RowFacts, node_id
    from transforms.newsroom.agencies import agency_hosts

    rows, size, first, last, boilerplate, twins = job
    hosts = agency_hosts()
    records = []
    for row in _rows_of_copies(rows, size, first, last):
        facts = RowFacts(node_id(row), None, row, hosts)
        if facts.node in twins:
            records.append(facts.index_record(None, None))
            continue
        lines = boilerplate.get(row["host"], frozenset())
        records.append(facts.index_record(lines, facts.near(lines)[0]))
    return records


SETTLING_PAGE = {"url": "https://append-benchmark.example/settle",
                 "html": "<html><body><article><h1>Benchmark note</h1><p>" + "This page only starts the "
                         "benchmark corpus's first append, which clusters all of its rows. " * 6
                         + "</p></article></body></html>"}


def settle(target: Path, work: Path) -> None:
    """Clusters the built corpus as the job would: one append of one page, run before dedup_keys/ exists,
    so that every row takes part. Its files' cluster columns came from the 1,000-page run and its
    index from the whole corpus; afterwards cluster_updates/ holds the clusters of the whole corpus and
    dedup_keys/ its shared keys, a state the job itself leaves."""
    if (target / "dedup_keys").exists():
        return
    page = work / "settle" / "settle.jsonl"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(json.dumps(SETTLING_PAGE) + "\n")
    log = work / "settle.log"
    result = run_measured([sys.executable, "-m", "pipeline", "--input", str(page), "--append_to", str(target),
                           "--no_report"], log=log, cwd=REPO)
    if result["returncode"] != 0 or not (target / "dedup_keys").exists():
        raise RuntimeError(f"settling {target} failed; see {log}")


def build_corpus(base: Path, target: Path, size: int) -> Path:
    """A corpus of `size` article rows made from the job's corpus in `base` (see the module docstring)."""
    import collections
    import concurrent.futures

    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    from schemas import article_schema, dedup_index_schema
    from transforms.dedup import boilerplate_of_host

    if (target / "runs" / "run-0001.json").exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    partitioning = ds.partitioning(pa.schema([(name, pa.string()) for name in _PARTITIONS]), flavor="hive")
    rows = ds.dataset(base / "articles", format="parquet", partitioning=partitioning).to_table().to_pylist()
    rows.sort(key=lambda row: row["doc_id"])
    schema = article_schema()
    copies = -(-size // len(rows))
    chunks = [(first, min(first + COPIES_PER_FILE, copies)) for first in range(0, copies, COPIES_PER_FILE)]
    written = 0
    for first, last in chunks:
        by_partition: dict[tuple, list[dict]] = {}
        for made in _rows_of_copies(rows, size, first, last):
            by_partition.setdefault(tuple(made[name] for name in _PARTITIONS), []).append(made)
        for values, members in by_partition.items():
            folder = target / "articles" / "/".join(f"{n}={v}" for n, v in zip(_PARTITIONS, values))
            folder.mkdir(parents=True, exist_ok=True)
            table = pa.Table.from_pylist([{c: r[c] for c in schema.names} for r in members], schema=schema)
            pq.write_table(table, folder / f"part-built-{first:05d}.parquet", compression="zstd")
            written += len(members)
    # The index the job would have written: host boilerplate and exact copies over the whole corpus first.
    with concurrent.futures.ProcessPoolExecutor(2) as pool:
        host_records, exact = collections.defaultdict(list), collections.defaultdict(list)
        for facts in pool.map(_first_pass, [(rows, size, first, last) for first, last in chunks]):
            for node, host, record, key in facts:
                if record is not None:
                    host_records[host].append(record)
                if key:
                    exact[key].append(node)
        boilerplate = dict(found for item in host_records.items() for found in boilerplate_of_host(item))
        twins = frozenset(node for nodes in exact.values() for node in sorted(nodes)[1:])
        (target / "dedup_index").mkdir()
        jobs = [(rows, size, first, last, boilerplate, twins) for first, last in chunks]
        for (first, _), records in zip(chunks, pool.map(_index_records, jobs)):
            pq.write_table(pa.Table.from_pylist(records, schema=dedup_index_schema()),
                           target / "dedup_index" / f"part-built-{first:05d}.parquet", compression="zstd")
    for table in ("rejects", "cluster_updates"):
        shutil.copytree(base / table, target / table)
    (target / "runs").mkdir()
    record = json.loads((base / "runs" / "run-0001.json").read_text())
    record.update(articles=written, inputs=[], note=f"built by benchmarks/append_scaling.py from {base}")
    (target / "runs" / "run-0001.json").write_text(json.dumps(record, indent=2))
    shutil.copy(base / "run_summary.json", target / "run_summary.json")
    return target


def append(warcs: Path, corpus: Path, workdir: Path) -> dict:
    copy = workdir / "appending"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(corpus, copy)
    log = workdir / "append.log"
    command = [sys.executable, "-m", "pipeline", "--input", str(warcs / "*.warc.gz"), "--append_to", str(copy),
               "--no_report"]
    result = run_measured(command, log=log, cwd=REPO)
    summary_path = copy / "run_summary.json"
    result["summary"] = json.loads(summary_path.read_text()) if summary_path.exists() else {}
    if result["returncode"] != 0:
        print("\n".join(log.read_text(errors="replace").splitlines()[-15:]))
    shutil.rmtree(copy, ignore_errors=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="corpus rows")
    parser.add_argument("--pages", type=int, default=1000, help="pages appended (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=1, help="appends per size, interleaved")
    parser.add_argument("--workdir", type=Path, help="keep WARCs and corpora here between runs")
    args = parser.parse_args(argv)
    missing = missing_message()
    if missing:
        print(missing)
        return 0
    with tempfile.TemporaryDirectory(prefix="append_scaling_") as tmp:
        work = args.workdir or Path(tmp)
        base_warcs = cached_warcs(work / "warcs", 1000, FILES, 0)
        new_warcs = cached_warcs(work / "warcs", args.pages, FILES, 1)
        base = work / "base" / "out"
        if not (base / "runs" / "run-0001.json").exists():
            print(f"building the base corpus from {base_warcs}", flush=True)
            if run_job(base_warcs, 1, keep=work / "base")["returncode"] != 0:
                print("the base run failed")
                return 1
        corpora = {}
        for size in sorted(set(args.sizes)):
            print(f"corpus of {size} rows", flush=True)
            corpora[size] = build_corpus(base, work / f"corpus-{size}", size)
            print(f"clustering the corpus of {size} rows once (untimed)", flush=True)
            settle(corpora[size], work)
        results: dict[int, list[dict]] = {size: [] for size in corpora}
        for round_ in range(args.repeat):
            for size, corpus in corpora.items():
                print(f"round {round_ + 1}: appending {args.pages} pages to {size} rows", flush=True)
                results[size].append(append(new_warcs, corpus, work))
    print()
    print(f"append of {args.pages} real pages (seed 1) to corpora of built rows; one worker, default options")
    print(f"{'corpus rows':>12} {'seconds':>9} {'peak MiB':>9} {'exit':>5} {'appended':>9} {'rejects':>8} "
          f"{'cluster_updates':>16} {'corpus rows after':>18}")
    medians = {}
    for size, runs in results.items():
        for r in runs:
            s = r["summary"]
            print(f"{size:>12} {r['seconds']:>9.1f} {r['peak_rss_mib']:>9.0f} {r['returncode']:>5} "
                  f"{str(s.get('articles')):>9} {str(s.get('rejects')):>8} {str(s.get('cluster_updates')):>16} "
                  f"{str((s.get('corpus') or {}).get('articles')):>18}")
        seconds = sorted(r["seconds"] for r in runs)
        medians[size] = seconds[len(seconds) // 2]
    smallest, largest = min(medians), max(medians)
    ratio = medians[largest] / medians[smallest]
    print(f"append time at {largest} rows / at {smallest} rows (medians): {ratio:.2f}  "
          f"(target <= {TARGET_RATIO}: {'met' if ratio <= TARGET_RATIO else 'NOT met'})")
    return 1 if any(r["returncode"] != 0 for runs in results.values() for r in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
