import datetime

import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.testing.test_pipeline import TestPipeline

from schemas import article_schema, empty_article, reject_row, reject_schema
from transforms.common.staged_rows import row_key
from transforms.write.parquet import (PartitionedWriter, StageArticles, WritePartitionedParquet, part_name,
                                      partition_dir, partition_values)


def _article(doc_id, language="en", published=None, fetched=None, text="body"):
    record = empty_article()
    record.update(doc_id=doc_id, source_file="f", source_record=f"r-{doc_id}", source_format="html", text=text,
                  text_chars=len(text), language=language, language_score=0.99, published_at=published,
                  fetched_at=fetched)
    return record


def test_partition_values_from_published_then_fetched():
    assert partition_values(_article("a", published=datetime.date(2024, 3, 9))) == ("en", "2024", "03")
    fetched = datetime.datetime(2023, 11, 2, tzinfo=datetime.timezone.utc)
    assert partition_values(_article("a", fetched=fetched)) == ("en", "2023", "11")
    assert partition_values(_article("a")) == ("en", "unknown", "unknown")


def test_partition_values_cannot_escape():
    assert partition_values(_article("a", language="../../x")) == ("und", "unknown", "unknown")
    assert partition_values(_article("a", language="EN")) == ("und", "unknown", "unknown")
    assert partition_values(_article("a", language=None)) == ("und", "unknown", "unknown")
    assert partition_values(_article("a", published=datetime.date(1066, 10, 14))) == ("en", "unknown", "unknown")
    assert partition_dir(_article("a", language="fr")) == "articles/language=fr/year=unknown/month=unknown"


def test_names():
    assert part_name(3, "0123456789abcdef-0000", 12) == "part-00003-0123456789abcdef-0000-0012.parquet"


def _stage_and_write(tmp_path, articles, rejects, updates=(), **kwargs):
    """Runs StageArticles and WritePartitionedParquet; updates are (doc_id, update) pairs."""
    by_key = {row_key(a): a["doc_id"] for a in articles}
    wanted = dict(updates)

    def keyed_updates(path):
        import pyarrow.parquet as pq
        doc_ids = pq.read_table(path, columns=["doc_id"]).column("doc_id").to_pylist()
        for position, doc_id in enumerate(doc_ids):
            if doc_id in wanted:
                yield path, (position, wanted[doc_id])

    with TestPipeline() as p:
        staged = p | "A" >> beam.Create(articles) | StageArticles(str(tmp_path))
        keyed = staged | "U" >> beam.FlatMap(keyed_updates)
        (staged, keyed, p | "R" >> beam.Create(rejects)) | WritePartitionedParquet(str(tmp_path), **kwargs)
    return by_key


def _files(root):
    return sorted(str(f.relative_to(root)) for f in root.rglob("*.parquet") if "_work" not in f.parts)


def test_writes_partitions_and_rolls_files(tmp_path):
    articles = [_article(f"id{i:02d}", published=datetime.date(2024, 5, 1 + i % 2)) for i in range(5)]
    articles.append(_article("fr1", language="fr", published=datetime.date(2025, 1, 3)))
    rejects = [reject_row(source_file="f", source_record=f"line:{i}", stage="read", reason="malformed_json")
               for i in range(3)]
    _stage_and_write(tmp_path, articles, rejects, max_rows_per_file=2)
    files = _files(tmp_path)
    # One bundle staged every article: one staged file, named after its first row.
    stem = files[0].rsplit("part-00000-", 1)[1][:21]
    assert [f.replace(stem, "S") for f in files if f.startswith("articles/")] == [
        "articles/language=en/year=2024/month=05/part-00000-S-0000.parquet",
        "articles/language=en/year=2024/month=05/part-00000-S-0001.parquet",
        "articles/language=en/year=2024/month=05/part-00000-S-0002.parquet",
        "articles/language=fr/year=2025/month=01/part-00000-S-0000.parquet",
    ]
    assert len([f for f in files if f.startswith("rejects/")]) == 2  # three rows, two to a file
    en = pq.read_table(tmp_path / "articles" / "language=en", partitioning=None)
    assert en.schema == article_schema()
    assert sorted(en.column("doc_id").to_pylist()) == [f"id{i:02d}" for i in range(5)]
    rejected = pq.read_table(tmp_path / "rejects")
    assert rejected.schema == reject_schema()
    assert sorted(rejected.column("source_record").to_pylist()) == ["line:0", "line:1", "line:2"]


def test_updates_set_columns_or_turn_rows_into_rejects(tmp_path):
    articles = [_article(f"id{i}", published=datetime.date(2024, 5, 1)) for i in range(3)]
    updates = [("id0", {"set": {"dup_cluster_id": "id0", "dup_cluster_size": 2, "is_canonical": True,
                                "dup_kind": "near"}}),
               ("id1", {"reject": {"stage": "dedup", "reason": "duplicate", "detail": "id0"}})]
    _stage_and_write(tmp_path, articles, [], updates, shards=2)
    got = pq.read_table(tmp_path / "articles", partitioning=None).to_pylist()
    assert sorted((r["doc_id"], r["dup_cluster_id"], r["dup_cluster_size"], r["dup_kind"]) for r in got) == [
        ("id0", "id0", 2, "near"), ("id2", None, None, None)]
    rejected = pq.read_table(tmp_path / "rejects").to_pylist()
    assert rejected == [{"source_file": "f", "source_record": "r-id1", "url": None, "doc_id": "id1",
                         "stage": "dedup", "reason": "duplicate", "detail": "id0"}]
    # Two shards: row positions 0 and 2 in shard 0, position 1 (rejected) in shard 1.
    assert [f.split("/")[-1][:10] for f in _files(tmp_path) if f.startswith("articles/")] == ["part-00000"]


def test_partitioned_writer_bounds_rows_waiting_in_memory(tmp_path):
    schema = article_schema()
    writer = PartitionedWriter(str(tmp_path), schema, lambda row, seq: f"p-{seq}.parquet", max_rows=100,
                               buffered_rows=3)
    rows = [_article(f"id{i}", language=("en", "fr")[i % 2]) for i in range(7)]
    finished = []
    for row in rows:
        finished += writer.add(partition_dir(row), row)
        assert sum(w.waiting for w in writer._writers.values()) < 3
    finished += writer.close()
    assert finished == [("articles/language=en/year=unknown/month=unknown", 4),
                        ("articles/language=fr/year=unknown/month=unknown", 3)]
    en = pq.ParquetFile(tmp_path / "articles/language=en/year=unknown/month=unknown/p-0.parquet")
    assert en.metadata.num_rows == 4 and en.metadata.num_row_groups == 2  # flushed twice, two rows each
