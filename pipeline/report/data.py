"""Everything the report shows, as one JSON-ready dict (also embedded in the page for reuse)."""
from __future__ import annotations

from pipeline.report import queries
from pipeline.report.corpus import open_corpus, read_summary

# run_summary.json keys shown as the run's settings; the rest are counts shown elsewhere.
_RUN_SETTINGS = ("inputs", "output", "runner", "options")


def throughput(records_read: int | None, elapsed_seconds: float | None) -> float | None:
    """Records per second over the job's wall time, or None when either is unknown (or no time passed)."""
    if records_read is None or not elapsed_seconds:
        return None
    return round(records_read / elapsed_seconds, 1)


def run_facts(summary: dict | None) -> dict | None:
    """The run section: counts, runtime, throughput and settings as run_summary.json records them."""
    if summary is None:
        return None
    return {
        "records_read": summary.get("records_read"),
        "articles": summary.get("articles"),
        "rejects": summary.get("rejects"),
        "balanced": summary.get("balanced"),
        "elapsed_seconds": summary.get("elapsed_seconds"),
        "records_per_second": throughput(summary.get("records_read"), summary.get("elapsed_seconds")),
        "settings": {key: summary.get(key) for key in _RUN_SETTINGS},
        "skipped_container_records": summary.get("skipped_container_records") or {},
        "counters": summary.get("counters") or {},
        "runs": summary.get("runs") or [],
    }


def collect(output: str) -> dict:
    """Queries the corpus in `output` and returns the report's data."""
    con, has_articles = open_corpus(output)
    try:
        data = {"output": output, "run": run_facts(read_summary(output)),
                "rejects": queries.rejects(con)}
        data["overview"] = queries.overview(con) if has_articles else {"articles": 0}
        if data["overview"]["articles"]:
            data.update(
                by_month=queries.articles_by_month(con),
                languages=queries.top_values(con, "language"),
                hosts=queries.top_values(con, "host"),
                text_length=queries.text_length(con),
                wire=queries.wire(con),
                datelines=queries.datelines(con),
                dedup=queries.dedup(con),
            )
        return data
    finally:
        con.close()
