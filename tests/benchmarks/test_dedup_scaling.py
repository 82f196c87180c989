from benchmarks.dedup_scaling import output_digest, row_line


def test_row_line_keeps_only_the_dedup_columns_in_a_fixed_order():
    row = {"doc_id": "d1", "source_record": "r:0", "dup_cluster_id": "d0", "dup_cluster_size": 3,
           "is_canonical": False, "dup_kind": "near", "text": "ignored"}
    assert row_line(row) == "d1\tr:0\td0\t3\tFalse\tnear"
    assert row_line({"doc_id": "d1"}) == "d1\tNone\tNone\tNone\tNone\tNone"


def test_output_digest_ignores_row_order_but_not_content_or_repeats():
    assert output_digest(["b", "a"]) == output_digest(["a", "b"]) == "151654ca2969bb08"
    assert output_digest(["a", "c"]) == "ad376c7315ae14f8"
    assert output_digest(["a"]) == "cabd1bca128197ca"
    assert output_digest(["a", "a"]) == "957a379425032f94"
