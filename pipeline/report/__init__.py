"""report.html: a one-page overview of a written corpus, for a first look at it.

    python -m pipeline.report OUTPUT_DIR      (also run at the end of local jobs; see --no_report)

Modules, in the order the data flows:
  corpus.py   DuckDB views over the corpus's Parquet files (any Beam filesystem, via beamfs.py)
  queries.py  the SQL aggregates; nothing row by row reaches Python
  data.py     all numbers as one dict (embedded in the page as JSON)
  shape.py    pure reshaping of those rows for charts and tables
  charts.py   matplotlib charts as inline SVG with hover titles
  page.py     the HTML page
"""
from __future__ import annotations

from apache_beam.io.filesystems import FileSystems

REPORT_NAME = "report.html"


def write_report(output: str, destination: str | None = None) -> str:
    """Writes the report of the corpus in `output` (to `output`/report.html unless told) and returns its path."""
    from pipeline.report.data import collect
    from pipeline.report.page import render

    output = output.rstrip("/") or "/"
    page = render(collect(output))
    path = destination or FileSystems.join(output, REPORT_NAME)
    with FileSystems.create(path, mime_type="text/html") as handle:
        handle.write(page.encode("utf-8"))
    return path
