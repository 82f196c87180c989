"""Stage 7, WritePartitionedParquet: article and reject rows to Hive-partitioned Parquet.

In:  article dicts and reject rows.
Out: articles/language=../year=../month=../part-*.parquet and
     rejects/part-*.parquet, with the schemas of schemas/corpus.py.

- parquet.py  partition values, file names and the bounded per-group writer
"""
from transforms.write.parquet import DEFAULT_MAX_ROWS_PER_FILE, WritePartitionedParquet

__all__ = ["WritePartitionedParquet", "DEFAULT_MAX_ROWS_PER_FILE"]
