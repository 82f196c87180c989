"""Stage 7, WritePartitionedParquet: article and reject rows to Hive-partitioned Parquet.

In:  article dicts (StageArticles writes them to staged files where they are
     made), updates keyed to staged rows by later stages, and reject rows.
Out: articles/language=../year=../month=../part-*.parquet and
     rejects/part-*.parquet, with the schemas of schemas/corpus.py.

- parquet.py          partition values, file names, staging, the per-file writer and reject publishing
- cluster_updates.py  rows of earlier runs whose cluster an appended run changed (cluster_updates/)
"""
from transforms.write.cluster_updates import RecordClusterUpdates
from transforms.write.parquet import DEFAULT_MAX_ROWS_PER_FILE, StageArticles, WritePartitionedParquet

__all__ = ["RecordClusterUpdates", "StageArticles", "WritePartitionedParquet", "DEFAULT_MAX_ROWS_PER_FILE"]
