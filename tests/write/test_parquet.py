import datetime

import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.testing.test_pipeline import TestPipeline

from schemas import article_schema, empty_article, reject_row, reject_schema
from transforms.write.parquet import WritePartitionedParquet, part_name, partition_dir, partition_values, shard_of


def _article(doc_id, language="en", published=None, fetched=None, text="body"):
    record = empty_article()
    record.update(doc_id=doc_id, source_file="f", source_record="r", source_format="html", text=text,
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


def test_shard_and_names():
    assert shard_of("abc", 1) == 0
    assert shard_of("abc", 7) == shard_of("abc", 7)
    assert part_name(3, 12) == "part-00003-0012.parquet"


def test_writes_partitions_and_rolls_files(tmp_path):
    articles = [_article(f"id{i:02d}", published=datetime.date(2024, 5, 1 + i % 2)) for i in range(5)]
    articles.append(_article("fr1", language="fr", published=datetime.date(2025, 1, 3)))
    rejects = [reject_row(source_file="f", source_record=f"line:{i}", stage="read", reason="malformed_json")
               for i in range(3)]
    with TestPipeline() as p:
        (p | "A" >> beam.Create(articles), p | "R" >> beam.Create(rejects)) | WritePartitionedParquet(
            str(tmp_path), max_rows_per_file=2)
    files = sorted(str(f.relative_to(tmp_path)) for f in tmp_path.rglob("*.parquet"))
    assert files == [
        "articles/language=en/year=2024/month=05/part-00000-0000.parquet",
        "articles/language=en/year=2024/month=05/part-00000-0001.parquet",
        "articles/language=en/year=2024/month=05/part-00000-0002.parquet",
        "articles/language=fr/year=2025/month=01/part-00000-0000.parquet",
        "rejects/part-00000-0000.parquet",
        "rejects/part-00000-0001.parquet",
    ]
    en = pq.read_table(tmp_path / "articles" / "language=en", partitioning=None)
    assert en.schema == article_schema()
    assert sorted(en.column("doc_id").to_pylist()) == [f"id{i:02d}" for i in range(5)]
    rejected = pq.read_table(tmp_path / "rejects")
    assert rejected.schema == reject_schema()
    assert sorted(rejected.column("source_record").to_pylist()) == ["line:0", "line:1", "line:2"]
