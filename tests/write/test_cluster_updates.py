import pyarrow as pa
import pyarrow.parquet as pq

from schemas import article_schema
from transforms.write.cluster_updates import changed_rows, with_run


def _old_file(tmp_path):
    rows = [{"doc_id": d, "source_file": "f", "source_record": d, "source_format": "html", "text": "t",
             "text_chars": 1, "dup_cluster_id": d, "dup_cluster_size": 1, "is_canonical": True, "dup_kind": "unique"}
            for d in ("a", "b", "c")]
    path = tmp_path / "part.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=article_schema()), path)
    return str(path)


def test_only_rows_whose_cluster_columns_change_are_listed(tmp_path):
    path = _old_file(tmp_path)
    same = {"set": {"dup_cluster_id": "a", "dup_cluster_size": 1, "is_canonical": True, "dup_kind": "unique"}}
    joined = {"set": {"dup_cluster_id": "0", "dup_cluster_size": 2, "is_canonical": False, "dup_kind": "near"}}
    assert list(changed_rows((path, [(0, same), (1, joined)]))) == [("b", ("0", 2, False, "near"))]


def test_a_row_keeps_the_run_that_changed_its_cluster():
    now = ("0", 2, False, "near")
    unchanged = {"changed": [now], "previous": [{"dup_cluster_id": "0", "dup_cluster_size": 2, "is_canonical": False,
                                                 "dup_kind": "near", "run": 2}]}
    assert list(with_run(("b", unchanged), 3)) == [
        {"doc_id": "b", "dup_cluster_id": "0", "dup_cluster_size": 2, "is_canonical": False, "dup_kind": "near",
         "run": 2}]
    grown = {"changed": [("0", 3, False, "near")], "previous": unchanged["previous"]}
    assert list(with_run(("b", grown), 3))[0]["run"] == 3
    # A row back in its file's cluster is no longer listed.
    assert list(with_run(("b", {"changed": [], "previous": unchanged["previous"]}), 3)) == []
