import pyarrow as pa
import pyarrow.parquet as pq

from schemas import article_schema
from transforms.write.cluster_updates import columns_now, file_clusters, with_run

NOW = ("0", 2, False, "near")
PREVIOUS = {"dup_cluster_id": "0", "dup_cluster_size": 2, "is_canonical": False, "dup_kind": "near", "run": 2}


def test_file_clusters_reads_the_cluster_columns_only(tmp_path):
    rows = [{"doc_id": d, "source_file": "f", "source_record": d, "source_format": "html", "text": "t",
             "text_chars": 1, "dup_cluster_id": d, "dup_cluster_size": 1, "is_canonical": True, "dup_kind": "unique"}
            for d in ("a", "b")]
    rows[1].update(dup_cluster_id="a", dup_cluster_size=2, is_canonical=False, dup_kind="near")
    pq.write_table(pa.Table.from_pylist(rows, schema=article_schema()), tmp_path / "part.parquet")
    # A row in a cluster of its own is not read out: its columns follow from its doc_id.
    assert list(file_clusters(str(tmp_path / "part.parquet"))) == [("b", ("a", 2, False, "near"))]


def test_columns_now_come_from_set_updates():
    update = {"set": dict(zip(("dup_cluster_id", "dup_cluster_size", "is_canonical", "dup_kind"), NOW))}
    assert list(columns_now(("b", update))) == [("b", NOW)]
    assert list(columns_now(("b", {"reject": {"stage": "dedup"}}))) == []


def test_only_rows_that_differ_from_their_file_are_listed():
    unique = ("b", 1, True, "unique")
    assert list(with_run(("b", {"now": [unique], "file": [unique], "previous": []}), 3)) == []
    assert list(with_run(("b", {"now": [unique], "file": [], "previous": []}), 3)) == []
    assert list(with_run(("b", {"now": [NOW], "file": [unique], "previous": []}), 3)) == [
        {"doc_id": "b", "dup_cluster_id": "0", "dup_cluster_size": 2, "is_canonical": False, "dup_kind": "near",
         "run": 3}]


def test_a_row_keeps_the_run_that_changed_its_cluster():
    unique = ("b", 1, True, "unique")
    assert list(with_run(("b", {"now": [NOW], "file": [unique], "previous": [PREVIOUS]}), 3))[0]["run"] == 2
    grown = ("0", 3, False, "near")
    assert list(with_run(("b", {"now": [grown], "file": [unique], "previous": [PREVIOUS]}), 3))[0]["run"] == 3
    # A row that took no part keeps its previous row.
    assert list(with_run(("b", {"now": [], "file": [], "previous": [PREVIOUS]}), 3)) == [
        {"doc_id": "b", "dup_cluster_id": "0", "dup_cluster_size": 2, "is_canonical": False, "dup_kind": "near",
         "run": 2}]
    # A row back in its file's cluster is no longer listed.
    assert list(with_run(("b", {"now": [unique], "file": [unique], "previous": [PREVIOUS]}), 3)) == []
