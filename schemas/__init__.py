"""The one definition of the corpus record: Arrow, BigQuery and docs derive from it."""
from schemas.corpus import (
    ARTICLE_COLUMNS,
    CLUSTER_COLUMNS,
    CLUSTER_UPDATE_COLUMNS,
    PARTITION_COLUMNS,
    REJECT_COLUMNS,
    Column,
    article_schema,
    bigquery_schema,
    cluster_update_schema,
    columns_markdown,
    empty_article,
    reject_row,
    reject_schema,
    staged_article_schema,
)

__all__ = [
    "ARTICLE_COLUMNS",
    "CLUSTER_COLUMNS",
    "CLUSTER_UPDATE_COLUMNS",
    "PARTITION_COLUMNS",
    "REJECT_COLUMNS",
    "Column",
    "article_schema",
    "bigquery_schema",
    "cluster_update_schema",
    "columns_markdown",
    "empty_article",
    "reject_row",
    "reject_schema",
    "staged_article_schema",
]
