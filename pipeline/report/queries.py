"""The report's numbers: SQL aggregates over the `articles` and `rejects` views (see corpus.py).

Every query returns a bounded number of rows (top-N lists, one row per month,
size or bin), so no article row is ever loaded into Python.
"""
from __future__ import annotations

import duckdb

TOP = 20            # rows in each top-N list
CLUSTERS = 10       # largest syndication clusters listed
EXAMPLES = 3        # example records per reject reason
DETAIL_CHARS = 160  # a reject's detail is cut to this many characters in the examples
# Text length bin edges in characters: a 1-2-5 progression, because lengths are heavy-tailed.
LENGTH_EDGES = (0, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000)


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cursor = con.execute(sql, params or [])
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def length_bin_sql(edges: tuple[int, ...] = LENGTH_EDGES) -> str:
    """A CASE expression giving each text_chars the index of its bin [edges[i], edges[i+1])."""
    whens = " ".join(f"WHEN text_chars < {edge} THEN {i - 1}" for i, edge in enumerate(edges) if i > 0)
    return f"CASE {whens} ELSE {len(edges) - 1} END"


def length_bin_label(index: int, edges: tuple[int, ...] = LENGTH_EDGES) -> str:
    low = edges[index]
    return f"{low:,}+" if index == len(edges) - 1 else f"{low:,}–{edges[index + 1] - 1:,}"


def length_histogram(counts: dict[int, int], edges: tuple[int, ...] = LENGTH_EDGES) -> list[dict]:
    """Bins from the first to the last non-empty one (empty ones between are kept, as zeros)."""
    if not counts:
        return []
    first, last = min(counts), max(counts)
    return [{"bin": length_bin_label(i, edges), "articles": counts.get(i, 0)} for i in range(first, last + 1)]


def overview(con) -> dict:
    return rows(con, """
        SELECT count(*) AS articles, count(DISTINCT language) AS languages, count(DISTINCT host) AS hosts,
               count(*) FILTER (WHERE year = 'unknown') AS undated
        FROM articles""")[0]


def articles_by_month(con) -> list[dict]:
    # 'unknown' sorts after every YYYY-MM, so undated articles come last.
    return rows(con, """
        SELECT CASE WHEN year = 'unknown' OR month = 'unknown' THEN 'unknown' ELSE year || '-' || month END
                   AS month,
               language, count(*) AS articles
        FROM articles GROUP BY ALL ORDER BY month, language""")


def top_values(con, column: str, top: int = TOP, where: str = "true") -> list[dict]:
    """The `top` most frequent values of one column (NULL is a value here: a page without a host)."""
    return rows(con, f"""
        SELECT {column} AS value, count(*) AS articles FROM articles WHERE {where}
        GROUP BY ALL ORDER BY articles DESC, value NULLS LAST LIMIT ?""", [top])


def distinct_count(con, column: str, where: str = "true") -> int:
    return rows(con, f"SELECT count(DISTINCT {column}) AS n FROM articles WHERE {where}")[0]["n"]


def text_length(con) -> dict:
    stats = rows(con, """
        SELECT min(text_chars) AS min, quantile_disc(text_chars, 0.5) AS median,
               round(avg(text_chars), 1) AS mean, max(text_chars) AS max
        FROM articles""")[0]
    counts = {row["bin"]: row["articles"] for row in rows(con, f"""
        SELECT {length_bin_sql()} AS bin, count(*) AS articles FROM articles GROUP BY ALL""")}
    return {"stats": stats, "histogram": length_histogram(counts)}


def wire(con, top: int = TOP) -> dict:
    share = rows(con, """
        SELECT count(*) FILTER (WHERE is_wire) AS wire, count(*) FILTER (WHERE NOT is_wire) AS not_wire,
               count(*) FILTER (WHERE is_wire IS NULL) AS unknown
        FROM articles""")[0]
    # Origins of wire copy only; a NULL origin is wire copy whose agency is not named.
    origins = top_values(con, "wire_origin", top, where="is_wire")
    pairs = rows(con, """
        SELECT wire_origin AS origin, carrier, count(*) AS articles
        FROM (SELECT wire_origin, unnest(wire_carriers) AS carrier FROM articles)
        GROUP BY ALL ORDER BY articles DESC, origin NULLS LAST, carrier LIMIT ?""", [top])
    return {"share": share, "origins": origins, "carrier_pairs": pairs}


def datelines(con, top: int = TOP) -> dict:
    with_dateline = rows(con, "SELECT count(*) AS n FROM articles WHERE dateline_raw IS NOT NULL")[0]["n"]
    cities = rows(con, """
        SELECT dateline_city AS city, dateline_country AS country, count(*) AS articles
        FROM articles WHERE dateline_city IS NOT NULL
        GROUP BY ALL ORDER BY articles DESC, city, country NULLS LAST LIMIT ?""", [top])
    countries = top_values(con, "dateline_country", top, where="dateline_country IS NOT NULL")
    return {"with_dateline": with_dateline, "cities": cities, "countries": countries}


def dedup(con, clusters: int = CLUSTERS) -> dict:
    marked = rows(con, "SELECT count(dup_cluster_id) AS n FROM articles")[0]["n"]
    sizes = rows(con, """
        SELECT dup_cluster_size AS size, count(DISTINCT dup_cluster_id) AS clusters, count(*) AS articles
        FROM articles WHERE dup_cluster_id IS NOT NULL GROUP BY ALL ORDER BY size""")
    kinds = rows(con, """
        SELECT dup_kind AS kind, count(*) AS articles FROM articles WHERE dup_kind IS NOT NULL
        GROUP BY ALL ORDER BY articles DESC, kind""")
    # `size` is the cluster as dedup saw it; `copies` is how many of its rows this corpus holds
    # (fewer than `size` after `--dedup drop`, which moves the other copies to rejects/).
    largest = rows(con, """
        SELECT dup_cluster_id AS cluster, max(dup_cluster_size) AS size, count(*) AS copies,
               count(DISTINCT host) AS hosts,
               any_value(title) FILTER (WHERE is_canonical) AS canonical_title,
               any_value(host) FILTER (WHERE is_canonical) AS canonical_host
        FROM articles WHERE dup_cluster_id IS NOT NULL AND dup_cluster_size > 1
        GROUP BY ALL ORDER BY size DESC, cluster LIMIT ?""", [clusters])
    return {"marked": marked, "sizes": sizes, "kinds": kinds, "largest": largest}


def rejects(con, examples: int = EXAMPLES) -> dict:
    reasons = rows(con, """
        SELECT stage, reason, count(*) AS rejects FROM rejects
        GROUP BY ALL ORDER BY rejects DESC, stage, reason""")
    sample = rows(con, f"""
        SELECT stage, reason, source_file, source_record, url, left(detail, {DETAIL_CHARS}) AS detail
        FROM rejects
        QUALIFY row_number() OVER (PARTITION BY stage, reason ORDER BY source_file, source_record) <= ?
        ORDER BY stage, reason, source_file, source_record""", [examples])
    return {"total": sum(row["rejects"] for row in reasons), "by_reason": reasons, "examples": sample}
