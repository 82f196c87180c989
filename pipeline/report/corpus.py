"""Opens a written corpus for querying: DuckDB views over its Parquet files and its run summary.

Nothing here reads rows into Python; the views are queried by `queries.py`,
which aggregates in SQL, so the report works on corpora larger than memory.
"""
from __future__ import annotations

import json

import duckdb
from apache_beam.io.filesystems import FileSystems

from schemas import CLUSTER_COLUMNS, reject_schema

# The partition columns are strings ("unknown" is a value, "03" keeps its zero), as the README says.
_HIVE_TYPES = "{'language': VARCHAR, 'year': VARCHAR, 'month': VARCHAR}"


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _has_files(pattern: str) -> bool:
    return bool(FileSystems.match([pattern])[0].metadata_list)


def _connect(output: str) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:")
    # Its progress bar would draw over the job's own end-of-run output on long queries.
    con.execute("SET enable_progress_bar = false")
    scheme = FileSystems.get_scheme(output)
    if scheme not in (None, "file"):
        from pipeline.report.beamfs import BeamFileSystem
        con.register_filesystem(BeamFileSystem(scheme))
    return con


def _empty_rejects_sql() -> str:
    # A corpus always has rejects/ (possibly one empty file); the fallback keeps a bare folder queryable.
    columns = ", ".join(f"CAST(NULL AS VARCHAR) AS {field.name}" for field in reject_schema())
    return f"SELECT {columns} WHERE false"


def current_articles_sql(output: str) -> str:
    """The articles as they stand now: a corpus grown with --append_to lists, in cluster_updates/, the
    rows of earlier runs whose cluster columns changed, and those override what the rows' files say."""
    articles = _sql_string(FileSystems.join(output, "articles", "**", "*.parquet"))
    plain = f"SELECT * FROM read_parquet({articles}, hive_partitioning=true, hive_types={_HIVE_TYPES})"
    updates = FileSystems.join(output, "cluster_updates", "*.parquet")
    if not _has_files(updates):
        return plain
    current = ", ".join(f"coalesce(u.{name}, a.{name}) AS {name}" for name in CLUSTER_COLUMNS)
    return (f"SELECT a.* REPLACE ({current}) FROM ({plain}) a "
            f"LEFT JOIN read_parquet({_sql_string(updates)}) u ON u.doc_id = a.doc_id")


def open_corpus(output: str) -> tuple[duckdb.DuckDBPyConnection, bool]:
    """A connection with views `articles` and `rejects`, and whether any article file exists.

    With no article file there is no `articles` view: DuckDB cannot read an empty glob, and the
    report then says the corpus is empty instead of querying it.
    """
    output = output.rstrip("/") or "/"
    con = _connect(output)
    articles = FileSystems.join(output, "articles", "**", "*.parquet")
    has_articles = _has_files(articles)
    if has_articles:
        con.execute(f"CREATE VIEW articles AS {current_articles_sql(output)}")
    rejects = FileSystems.join(output, "rejects", "*.parquet")
    source = (f"SELECT * FROM read_parquet({_sql_string(rejects)})" if _has_files(rejects)
              else _empty_rejects_sql())
    con.execute(f"CREATE VIEW rejects AS {source}")
    return con, has_articles


def read_summary(output: str) -> dict | None:
    """run_summary.json of the corpus, or None for a folder written without one."""
    path = FileSystems.join(output.rstrip("/") or "/", "run_summary.json")
    if not FileSystems.exists(path):
        return None
    with FileSystems.open(path) as handle:
        return json.loads(handle.read().decode("utf-8"))
