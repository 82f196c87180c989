"""run_summary.json: what came in, what went out, and why anything was rejected.

Article and reject counts are read back from the committed Parquet files,
independently of the job's own counters, so `balanced` really checks that
every record read ended up in exactly one of the two tables.
"""
from __future__ import annotations

import collections
import json

from apache_beam.io.filesystems import FileSystems

from pipeline.output_dir import files_under


def counters_from(result) -> dict[str, int]:
    """`Namespace/name` -> value for every user counter of a finished job."""
    totals: dict[str, int] = collections.Counter()
    try:
        query = result.metrics().query()
    except Exception:  # some runners cannot report metrics
        return {}
    for counter in query.get("counters", []):
        value = counter.committed if counter.committed is not None else counter.attempted
        totals[f"{counter.key.metric.namespace}/{counter.key.metric.name}"] += value or 0
    return dict(sorted(totals.items()))


def _parquet_files(folder: str) -> list[str]:
    return [path for path in files_under(folder) if path.endswith(".parquet")]


def scan_output(output: str) -> dict:
    import pyarrow.parquet as pq

    partitions: dict[str, int] = collections.Counter()
    reasons: dict[str, int] = collections.Counter()
    prefix = FileSystems.join(output, "articles").rstrip("/") + "/"
    for path in _parquet_files(FileSystems.join(output, "articles")):
        with FileSystems.open(path) as handle:
            rows = pq.ParquetFile(handle).metadata.num_rows
        partitions[path[len(prefix):].rsplit("/", 1)[0]] += rows
    for path in _parquet_files(FileSystems.join(output, "rejects")):
        with FileSystems.open(path) as handle:
            table = pq.read_table(handle, columns=["stage", "reason"])
        for stage, reason in zip(table.column("stage").to_pylist(), table.column("reason").to_pylist()):
            reasons[f"{stage}/{reason}"] += 1
    return {"partitions": dict(sorted(partitions.items())), "reject_reasons": dict(sorted(reasons.items()))}


def build_summary(*, inputs: list[str], output: str, runner: str, elapsed: float, counters: dict[str, int],
                  scan: dict, options: dict | None = None) -> dict:
    articles = sum(scan["partitions"].values())
    rejects = sum(scan["reject_reasons"].values())
    records_read = counters.get("ReadPageDumps/records_read")
    by_stage: dict[str, int] = collections.Counter()
    for key, count in scan["reject_reasons"].items():
        by_stage[key.split("/", 1)[0]] += count
    skipped = {key.split(":", 1)[1]: value for key, value in counters.items()
               if key.startswith("ReadPageDumps/skipped_record_type:")}
    languages = {key.split(":", 1)[1]: value for key, value in counters.items()
                 if key.startswith("DetectLanguage/language:")}
    return {
        "inputs": inputs,
        "output": output,
        "runner": runner,
        "options": dict(sorted((options or {}).items())),
        "elapsed_seconds": round(elapsed, 1),
        "records_read": records_read,
        "articles": articles,
        "rejects": rejects,
        "balanced": None if records_read is None else records_read == articles + rejects,
        "rejects_by_stage": dict(sorted(by_stage.items())),
        "rejects_by_reason": scan["reject_reasons"],
        "skipped_container_records": skipped,
        "languages": dict(sorted(languages.items())),
        "partitions": scan["partitions"],
        "counters": counters,
    }


def table_rows(output: str, table: str) -> int:
    """Rows in the Parquet files of one table under `output`."""
    import pyarrow.parquet as pq

    rows = 0
    for path in _parquet_files(FileSystems.join(output, table)):
        with FileSystems.open(path) as handle:
            rows += pq.ParquetFile(handle).metadata.num_rows
    return rows


def with_runs(summary: dict, runs: list[dict]) -> dict:
    """The summary of the newest of `runs`, with a line per run of the corpus and the corpus's totals."""
    lines = [{key: record.get(key) for key in (
        "run", "finished_at", "records_read", "articles", "rejects", "balanced", "cluster_updates")}
        | {"inputs": len(record.get("inputs", [])), "skipped_inputs": len(record.get("skipped_inputs", []))}
        for record in runs]
    newest = runs[-1]
    return {**summary, "run": newest["run"], "skipped_inputs": newest["skipped_inputs"],
            "cluster_updates": newest["cluster_updates"], "runs": lines,
            "corpus": {"runs": len(runs), "articles": sum(line["articles"] for line in lines),
                       "rejects": sum(line["rejects"] for line in lines)}}


def write_summary(output: str, summary: dict) -> str:
    path = FileSystems.join(output, "run_summary.json")
    with FileSystems.create(path, mime_type="application/json") as handle:
        handle.write((json.dumps(summary, indent=2, sort_keys=False, default=str) + "\n").encode("utf-8"))
    return path


def summary_table(summary: dict) -> str:
    """The human-readable end-of-run table."""
    rows = [("records read", summary["records_read"]), ("articles written", summary["articles"]),
            ("rejects written", summary["rejects"])]
    lines = ["", "Run summary", "-" * 44]
    lines += [f"  {name:<32}{value if value is not None else 'n/a':>10}" for name, value in rows]
    status = {True: "yes", False: "NO", None: "unknown"}[summary["balanced"]]
    lines.append(f"  {'read == articles + rejects':<32}{status:>10}")
    if summary.get("run", 1) > 1:
        lines += [f"  {'run number in the corpus':<32}{summary['run']:>10}",
                  f"  {'dump files skipped (read before)':<32}{len(summary['skipped_inputs']):>10}",
                  f"  {'old rows now in other clusters':<32}{summary['cluster_updates']:>10}",
                  f"  {'corpus articles, all runs':<32}{summary['corpus']['articles']:>10}"]
    for title, mapping in (("rejects by stage/reason", summary["rejects_by_reason"]),
                           ("skipped container records", summary["skipped_container_records"]),
                           ("articles by partition", summary["partitions"])):
        if mapping:
            lines += ["", f"  {title}"]
            lines += [f"    {key:<42}{value:>8}" for key, value in mapping.items()]
    lines.append("")
    return "\n".join(lines)
