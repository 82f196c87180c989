import json

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.run_summary import build_summary, scan_output, summary_table, write_summary
from schemas import reject_schema


def _write(tmp_path):
    part = tmp_path / "articles" / "language=en" / "year=2024" / "month=05"
    part.mkdir(parents=True)
    pq.write_table(pa.table({"doc_id": ["a", "b", "c"]}), part / "part-00000-0000.parquet")
    (tmp_path / "rejects").mkdir()
    rejects = pa.Table.from_pylist([
        {"source_file": "f", "source_record": "line:1", "stage": "read", "reason": "malformed_json"},
        {"source_file": "f", "source_record": "line:2", "stage": "read", "reason": "malformed_json"},
        {"source_file": "g", "source_record": "file", "stage": "extract", "reason": "no_article"}],
        schema=reject_schema())
    pq.write_table(rejects, tmp_path / "rejects" / "part-00000-0000.parquet")


def test_scan_and_summary(tmp_path):
    _write(tmp_path)
    scan = scan_output(str(tmp_path))
    assert scan == {"partitions": {"language=en/year=2024/month=05": 3},
                    "reject_reasons": {"extract/no_article": 1, "read/malformed_json": 2}}
    counters = {"ReadPageDumps/records_read": 6, "ReadPageDumps/skipped_record_type:request": 4,
                "DetectLanguage/language:en": 3}
    summary = build_summary(inputs=["x"], output=str(tmp_path), runner="r", elapsed=1.26, counters=counters, scan=scan,
                            options={"min_text_chars": 200, "dedup": "mark"})
    assert summary["options"] == {"dedup": "mark", "min_text_chars": 200}
    assert (summary["records_read"], summary["articles"], summary["rejects"], summary["balanced"]) == (6, 3, 3, True)
    assert summary["rejects_by_stage"] == {"extract": 1, "read": 2}
    assert summary["skipped_container_records"] == {"request": 4}
    assert summary["languages"] == {"en": 3}
    assert summary["elapsed_seconds"] == 1.3
    unbalanced = build_summary(inputs=[], output="o", runner="r", elapsed=0, scan=scan,
                               counters={"ReadPageDumps/records_read": 7})
    assert unbalanced["balanced"] is False
    assert "read == articles + rejects" in summary_table(unbalanced) and "NO" in summary_table(unbalanced)


def test_write_summary(tmp_path):
    path = write_summary(str(tmp_path), {"records_read": 1})
    assert json.loads(open(path).read()) == {"records_read": 1}
