import gzip
import json

import pytest

from transforms.common.raw_page import RawPage
from transforms.read.slices import Slice, plan_file, read_dump_file, read_slice

from tests.fixtures import PAGE, jsonl_bytes, warc_bytes
from tests.read.test_page_dumps import EDGE_CASES


def _outline(items):
    """What a reading yields, with everything that identifies a record and its page."""
    out = []
    for item in items:
        if isinstance(item, RawPage):
            out.append(("page", item.source_record, item.kind, item.url, item.fetched_at, item.body))
        else:
            out.append(("reject", item["source_record"], item["reason"], item["detail"]))
    return out


def _responses(n):
    return [{"type": "response", "record_id": f"00000000-0000-0000-0000-{i:012d}", "url": f"https://a.example/{i}",
             "payload": PAGE.encode()} for i in range(n)]


def test_a_warc_is_planned_in_slices_at_record_boundaries(tmp_path):
    path = tmp_path / "a.warc.gz"
    path.write_bytes(warc_bytes(_responses(7)))
    plan = list(plan_file(str(path), records_per_slice=3))
    assert [(p.fmt, p.first, p.count) for p in plan] == [("warc", 0, 3), ("warc", 3, 3), ("warc", 6, None)]
    assert plan[0].start == 0 and 0 < plan[1].start < plan[2].start < path.stat().st_size
    pages = [page for piece in plan for page in read_slice(piece)]
    assert [p.url for p in pages] == [f"https://a.example/{i}" for i in range(7)]


def test_plain_jsonl_is_sliced_by_lines_and_gzipped_jsonl_is_read_whole(tmp_path):
    lines = [{"url": f"https://b.example/{i}", "text": f"words {i}"} for i in range(5)]
    plain = tmp_path / "b.jsonl"
    plain.write_bytes(jsonl_bytes(lines[:2]) + b"\n" + jsonl_bytes(lines[2:]))  # a blank line is a line too
    plan = list(plan_file(str(plain), records_per_slice=2))
    assert [(p.start, p.first, p.count) for p in plan] == [
        (0, 0, 2), (len(jsonl_bytes(lines[:2])), 2, 2), (len(jsonl_bytes(lines[:2])) + 1 + len(jsonl_bytes(lines[2:3])), 4, None)]
    assert [page.source_record for piece in plan for page in read_slice(piece)] == [
        "line:1", "line:2", "line:4", "line:5", "line:6"]
    packed = tmp_path / "c.jsonl.gz"
    packed.write_bytes(gzip.compress(jsonl_bytes(lines)))
    assert list(plan_file(str(packed), records_per_slice=2)) == [Slice(str(packed), "jsonl", 0, 0, None)]


def test_a_file_without_records_is_one_reject_not_a_slice(tmp_path):
    (tmp_path / "e.html").write_bytes(b"")
    (tmp_path / "d.bin").write_bytes(b"\x00\x01\x02")
    assert [r["reason"] for r in plan_file(str(tmp_path / "e.html"))] == ["empty_file"]
    assert [r["reason"] for r in plan_file(str(tmp_path / "d.bin"))] == ["unsupported_format"]


def test_a_gzip_bomb_is_too_large_and_a_small_binary_gzip_an_unsupported_format(tmp_path):
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"\x00" * 3_000_000, compresslevel=9))
    small = tmp_path / "zeros.html.gz"
    small.write_bytes(gzip.compress(b"\x00" * 1000))
    assert [(r["reason"], r["detail"]) for r in plan_file(str(bomb), max_record_bytes=2_000_000)] == [
        ("too_large", "decompresses to over 2000000 bytes")]
    assert [(r["reason"], r["detail"]) for r in plan_file(str(small), max_record_bytes=2_000_000)] == [
        ("unsupported_format", "binary content")]


def test_a_page_with_a_stray_nul_is_planned_and_read(tmp_path):
    page = tmp_path / "nul.html"
    page.write_bytes(b"<html><body><p>Text with one\x00 NUL byte.</p></body></html>")
    plan = list(plan_file(str(page)))
    assert plan == [Slice(str(page), "html", 0, 0, None)]
    assert [p.body for p in read_slice(plan[0])] == [page.read_bytes()]


@pytest.mark.parametrize("every", [1, 2, 3, 7])
def test_slices_read_exactly_what_the_whole_file_holds_on_real_containers(every):
    """Every real edge case (damaged, truncated, whole-file gzip, ARC) reads the same in slices as whole."""
    from tests.conftest import shared_path

    root = shared_path("corpora", "warc")
    for name in EDGE_CASES:
        path = str(root / name)
        whole_skipped, sliced_skipped = {}, {}
        whole = _outline(read_dump_file(path, skipped=whole_skipped, records_per_slice=10**9))
        sliced = _outline(read_dump_file(path, skipped=sliced_skipped, records_per_slice=every))
        assert (sliced, sliced_skipped) == (whole, whole_skipped), name


def test_a_line_over_the_limit_is_one_line_in_the_plan(tmp_path):
    path = tmp_path / "big.jsonl"
    rows = [json.dumps({"url": f"https://b.example/{i}", "text": "x" * (50 if i != 1 else 500)}) for i in range(4)]
    path.write_text("\n".join(rows) + "\n")
    got = [(i["source_record"], i["reason"]) if isinstance(i, dict) else (i.source_record, "page")
           for i in read_dump_file(str(path), max_record_bytes=200, records_per_slice=1)]
    assert got == [("line:1", "page"), ("line:2", "too_large"), ("line:3", "page"), ("line:4", "page")]


def test_dump_format_reads_names_first_then_bytes(tmp_path):
    from transforms.read.slices import dump_format

    named = tmp_path / "crawl.warc.gz"
    named.write_bytes(b"not even gzip")               # the name decides: the reader reports the damage
    sniffed = tmp_path / "export"
    sniffed.write_bytes(b'{"url": "https://a.example/", "html": "<p>x</p>"}\n')
    notes = tmp_path / "NOTES.md"
    notes.write_text("# notes\n")
    image = tmp_path / "logo"
    image.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert [dump_format(str(p)) for p in (named, sniffed, notes, image, tmp_path / "missing")] == [
        "warc", "jsonl", None, None, None]
