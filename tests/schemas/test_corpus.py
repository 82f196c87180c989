import json

import pyarrow as pa

from schemas import ARTICLE_COLUMNS, PARTITION_COLUMNS, article_schema, bigquery_schema, empty_article, reject_schema
from schemas.__main__ import BEGIN, END, ROOT, readme_with_columns
from schemas.corpus import bigquery_json, columns_markdown


def test_article_schema_has_the_required_columns():
    names = article_schema().names
    for required in ("doc_id", "url", "host", "source_file", "source_record", "fetched_at", "title", "author",
                     "sitename", "published_at", "language_score", "text", "text_chars"):
        assert required in names
    assert "language" not in names  # partition key: lives in the path
    assert article_schema().field("fetched_at").type == pa.timestamp("us", tz="UTC")
    assert article_schema().field("doc_id").nullable is False


def test_reject_schema():
    assert reject_schema().names == ["source_file", "source_record", "url", "doc_id", "stage", "reason", "detail"]


def test_empty_article_has_every_column():
    record = empty_article()
    assert set(record) == {c.name for c in ARTICLE_COLUMNS + PARTITION_COLUMNS}
    assert (record["wire_carriers"], record["wire_agencies"], record["wire_evidence"]) == ([], [], [])


def test_bigquery_schema_types():
    fields = {f["name"]: f for f in bigquery_schema()}
    assert fields["doc_id"]["mode"] == "REQUIRED"
    assert (fields["published_at"]["type"], fields["fetched_at"]["type"]) == ("DATE", "TIMESTAMP")
    assert (fields["wire_carriers"]["type"], fields["wire_carriers"]["mode"]) == ("STRING", "REPEATED")
    assert [f["name"] for f in fields["wire_evidence"]["fields"]] == ["agency", "signal", "text"]
    assert fields["language"]["type"] == "STRING"


def test_generated_files_are_current():
    assert (ROOT / "schemas" / "articles.bigquery.json").read_text(encoding="utf-8") == bigquery_json()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert BEGIN in readme and END in readme
    assert readme_with_columns(readme) == readme, "run `python -m schemas` to refresh README.md"
    assert "| `dup_kind` | `string` |" in columns_markdown()
    json.loads(bigquery_json())
