"""Column definitions of the articles and rejects tables.

Every other representation (the Arrow schema the writers use, the BigQuery
JSON schema, the column reference in the README) is generated from the lists
below, so a column is added in exactly one place.
"""
from __future__ import annotations

import dataclasses
import json
from typing import Any

import pyarrow as pa


@dataclasses.dataclass(frozen=True)
class Column:
    name: str
    arrow_type: pa.DataType
    doc: str
    nullable: bool = True


_EVIDENCE = pa.struct([("agency", pa.string()), ("signal", pa.string()), ("text", pa.string())])

# Partition columns live in the directory names (Hive style), not in the files.
PARTITION_COLUMNS: tuple[Column, ...] = (
    Column("language", pa.string(), "ISO 639-1 code from langdetect, or `und` when undecidable.", False),
    Column("year", pa.string(), "Four-digit year of `published_at`, else of `fetched_at`, else `unknown`.", False),
    Column("month", pa.string(), "Two-digit month matching `year`, else `unknown`.", False),
)

ARTICLE_COLUMNS: tuple[Column, ...] = (
    Column("doc_id", pa.string(), "Stable row id: 16 hex digits of SHA-256 over canonical URL, extracted body, dump file name and locator.", False),
    Column("url", pa.string(), "URL the page was fetched from, as recorded in the dump."),
    Column("canonical_url", pa.string(), "Canonical URL declared by the page, else the normalized fetch URL."),
    Column("host", pa.string(), "Lower-cased host name of `url` without `www.`."),
    Column("source_file", pa.string(), "Path or URI of the dump file the record came from.", False),
    Column("source_record", pa.string(), "Locator inside `source_file`: WARC record id, `offset:<n>` or `line:<n>`.", False),
    Column("source_format", pa.string(), "Container format: `warc`, `arc`, `jsonl`, `html` or `text`.", False),
    Column("fetched_at", pa.timestamp("us", tz="UTC"), "Capture time from the dump (WARC-Date, ARC date, JSONL `fetched_at`)."),
    Column("title", pa.string(), "Headline."),
    Column("author", pa.string(), "The names of `authors` joined with `; `."),
    Column("authors", pa.list_(pa.string()), "Authors as the byline prints them, in page order: label words (`By`, `Von`, `Текст:`), roles, credentials, affiliations and dates removed, case kept."),
    Column("byline", pa.string(), "The byline `authors` were read from, as printed (`By LISA MASCARO and ERIC TUCKER Associated Press`), else the page's author metadata."),
    Column("sitename", pa.string(), "Publisher name as found by extraction."),
    Column("published_at", pa.date32(), "Publication date found by extraction."),
    Column("language_score", pa.float64(), "langdetect probability of `language`, rounded to 4 digits; 0 when `und`."),
    Column("text", pa.string(), "Main article text, paragraphs separated by newlines, without dateline or credit lines.", False),
    Column("text_chars", pa.int32(), "Number of characters in `text`.", False),
    Column("dateline_raw", pa.string(), "Dateline exactly as it opened the story."),
    Column("dateline_city", pa.string(), "Dateline city as a person writes it (`Kansas City`)."),
    Column("dateline_region", pa.string(), "State or province of the dateline, written out."),
    Column("dateline_country", pa.string(), "ISO 3166-1 alpha-2 country of the dateline."),
    Column("dateline_date", pa.date32(), "Full dateline date, with the year inferred when not written."),
    Column("dateline_agency", pa.string(), "Canonical agency id credited in the dateline."),
    Column("wire_origin", pa.string(), "Canonical id of the agency that wrote the story."),
    Column("wire_carriers", pa.list_(pa.string()), "Agencies that relayed the story, in order."),
    Column("wire_agencies", pa.list_(pa.string()), "Every agency found on the page, in order."),
    Column("wire_evidence", pa.list_(_EVIDENCE), "One entry per detection: agency, signal and the matched text."),
    Column("is_wire", pa.bool_(), "True when the story is agency or syndicated copy."),
    Column("dup_cluster_id", pa.string(), "Smallest `doc_id` among the copies of this story."),
    Column("dup_cluster_size", pa.int32(), "Number of copies in the cluster (1 when unique)."),
    Column("is_canonical", pa.bool_(), "True for the one copy chosen to represent its cluster."),
    Column("dup_kind", pa.string(), "`exact` (an identical normalized body in the cluster), `near` or `unique`."),
)

REJECT_COLUMNS: tuple[Column, ...] = (
    Column("source_file", pa.string(), "Path or URI of the dump file.", False),
    Column("source_record", pa.string(), "Locator inside `source_file`.", False),
    Column("url", pa.string(), "URL of the record, when known."),
    Column("doc_id", pa.string(), "Article id, for records rejected after extraction."),
    Column("stage", pa.string(), "Stage that rejected the record: `read`, `extract`, `language`, `dedup`.", False),
    Column("reason", pa.string(), "Short machine-readable reason, e.g. `not_html`, `no_article`, `duplicate`.", False),
    Column("detail", pa.string(), "Human-readable detail: error text, byte offset, canonical `doc_id`."),
)

# Rows of earlier runs whose cluster columns an appended run changed (`--append_to`): their files are never
# rewritten, and the newest run's table holds every such row, so readers join it to get the current state.
CLUSTER_UPDATE_COLUMNS: tuple[Column, ...] = (
    Column("doc_id", pa.string(), "`doc_id` of an article row written by an earlier run.", False),
    Column("dup_cluster_id", pa.string(), "Its current `dup_cluster_id`.", False),
    Column("dup_cluster_size", pa.int32(), "Its current `dup_cluster_size`.", False),
    Column("is_canonical", pa.bool_(), "Its current `is_canonical`.", False),
    Column("dup_kind", pa.string(), "Its current `dup_kind`.", False),
    Column("run", pa.int32(), "The run (number in `runs/`) that last changed the row's cluster.", False),
)
# The article columns dedup sets, as cluster_updates/ overrides them.
CLUSTER_COLUMNS = tuple(c.name for c in CLUSTER_UPDATE_COLUMNS if c.name not in ("doc_id", "run"))

# dedup_index/: what clustering needs of each article row, kept so that a run appended to the corpus
# does not read and hash the old texts again (transforms/dedup/facts.py). Not meant for queries.
DEDUP_INDEX_COLUMNS: tuple[Column, ...] = (
    Column("node", pa.string(), "Row id inside dedup: `doc_id`, NUL, a hash of source_file and source_record.", False),
    Column("doc_id", pa.string(), "The article row's `doc_id`.", False),
    Column("rank", pa.list_(pa.int64()), "Canonical-copy rank: on the origin agency's site, date ordinal, minus length.", False),
    Column("exact_key", pa.string(), "Hash of the normalized body, shared by exact copies."),
    Column("host", pa.string(), "The row's host."),
    Column("host_record", pa.binary(), "Text digest and packed line hashes, for host boilerplate."),
    Column("fingerprinted", pa.bool_(), "False for an exact copy of a smaller row, which is never fingerprinted.", False),
    Column("removed", pa.binary(), "Packed hashes of the boilerplate lines left out of the fingerprint."),
    Column("features", pa.list_(pa.binary()), "Shingle sets (all, lead, numbers); null when too short to compare."),
    Column("sketch", pa.binary(), "MinHash sketch that screens candidate pairs."),
    Column("keys", pa.list_(pa.binary()), "LSH band keys and the URL key."),
)

# dedup_keys/: hashes of the bucket keys that two or more rows have held (transforms/dedup/shared_keys.py).
DEDUP_KEYS_COLUMNS: tuple[Column, ...] = (
    Column("key_hash", pa.uint64(), "64-bit hash of a body hash, LSH band value or URL key held by 2+ rows.", False),
)


def _schema(columns: tuple[Column, ...]) -> pa.Schema:
    return pa.schema([pa.field(c.name, c.arrow_type, nullable=c.nullable) for c in columns])


def article_schema() -> pa.Schema:
    return _schema(ARTICLE_COLUMNS)


def staged_article_schema() -> pa.Schema:
    """Article rows between extraction and the final write: the article columns plus `language`.

    The job keeps rows in files of this schema while dedup works on small
    records (transforms/common/staged_rows.py); they never reach the output.
    """
    language = next(c for c in PARTITION_COLUMNS if c.name == "language")
    return _schema(ARTICLE_COLUMNS + (dataclasses.replace(language, nullable=True),))


def reject_schema() -> pa.Schema:
    return _schema(REJECT_COLUMNS)


def cluster_update_schema() -> pa.Schema:
    return _schema(CLUSTER_UPDATE_COLUMNS)


def dedup_index_schema() -> pa.Schema:
    return _schema(DEDUP_INDEX_COLUMNS)


def dedup_keys_schema() -> pa.Schema:
    return _schema(DEDUP_KEYS_COLUMNS)


def empty_article() -> dict[str, Any]:
    """A record with every article and partition column present, all unset."""
    record: dict[str, Any] = {c.name: None for c in ARTICLE_COLUMNS + PARTITION_COLUMNS}
    record.update(authors=[], wire_carriers=[], wire_agencies=[], wire_evidence=[])
    return record


def reject_row(*, source_file: str, source_record: str, stage: str, reason: str,
               url: str | None = None, detail: str | None = None, doc_id: str | None = None) -> dict[str, Any]:
    return {"source_file": source_file, "source_record": source_record, "url": url,
            "doc_id": doc_id, "stage": stage, "reason": reason, "detail": detail}


def _bq_field(name: str, typ: pa.DataType, doc: str, nullable: bool) -> dict[str, Any]:
    mode = "NULLABLE" if nullable else "REQUIRED"
    if pa.types.is_list(typ):
        inner = _bq_field(name, typ.value_type, doc, True)
        inner["mode"] = "REPEATED"
        return inner
    if pa.types.is_struct(typ):
        fields = [_bq_field(f.name, f.type, "", True) for f in typ]
        return {"name": name, "type": "RECORD", "mode": mode, "description": doc, "fields": fields}
    bq_type = {
        pa.string(): "STRING", pa.date32(): "DATE", pa.float64(): "FLOAT64",
        pa.int32(): "INT64", pa.bool_(): "BOOL", pa.timestamp("us", tz="UTC"): "TIMESTAMP",
    }[typ]
    field = {"name": name, "type": bq_type, "mode": mode}
    if doc:
        field["description"] = doc
    return field


def bigquery_schema(columns: tuple[Column, ...] = ARTICLE_COLUMNS + PARTITION_COLUMNS) -> list[dict[str, Any]]:
    return [_bq_field(c.name, c.arrow_type, c.doc, c.nullable) for c in columns]


def _type_name(typ: pa.DataType) -> str:
    return str(typ).replace("<item: ", "<").replace("timestamp[us, tz=UTC]", "timestamp[us, UTC]")


def columns_markdown() -> str:
    """The README's column reference, generated so that docs match the code."""
    lines = []
    for title, columns in (("articles", ARTICLE_COLUMNS), ("partition keys (directory names)", PARTITION_COLUMNS),
                           ("rejects", REJECT_COLUMNS),
                           ("cluster_updates (corpora grown with `--append_to`)", CLUSTER_UPDATE_COLUMNS)):
        lines += [f"**{title}**", "", "| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{c.name}` | `{_type_name(c.arrow_type)}` | {c.doc} |" for c in columns]
        lines.append("")
    return "\n".join(lines)


def bigquery_json() -> str:
    return json.dumps(bigquery_schema(), indent=2, ensure_ascii=False) + "\n"
