import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms.read.page_dumps import ReadPageDumps, read_dump_file

from tests.fixtures import PAGE, jsonl_bytes, warc_bytes


def _files(tmp_path):
    (tmp_path / "a.warc.gz").write_bytes(warc_bytes([
        {"type": "warcinfo", "record_id": "00000000-0000-0000-0000-000000000009", "payload": b"x: y\r\n",
         "warc_content_type": "application/warc-fields"},
        {"type": "response", "record_id": "00000000-0000-0000-0000-000000000001", "url": "https://a.example/1",
         "payload": PAGE.encode()}]))
    (tmp_path / "b.jsonl").write_bytes(jsonl_bytes([{"url": "https://b.example/1", "text": "words"}, "oops"]))
    (tmp_path / "c.html").write_bytes(PAGE.encode())
    (tmp_path / "d.bin").write_bytes(b"\x00\x01\x02")
    (tmp_path / "e.html").write_bytes(b"")
    # a gzip file named .html whose content is a WARC
    (tmp_path / "f.html").write_bytes(warc_bytes([
        {"type": "response", "record_id": "00000000-0000-0000-0000-000000000002", "url": "https://f.example/1",
         "payload": PAGE.encode()}]))


def _summary(item):
    if isinstance(item, dict):
        return item["source_file"].rsplit("/", 1)[-1], item["source_record"], item["reason"]
    return item.source_file.rsplit("/", 1)[-1], item.source_record, item.source_format


def test_read_dump_file_formats(tmp_path):
    _files(tmp_path)
    got = {name: [_summary(i) for i in read_dump_file(str(tmp_path / name))]
           for name in ("a.warc.gz", "b.jsonl", "c.html", "d.bin", "e.html", "f.html")}
    assert got == {
        "a.warc.gz": [("a.warc.gz", "urn:uuid:00000000-0000-0000-0000-000000000001", "warc")],
        "b.jsonl": [("b.jsonl", "line:1", "jsonl"), ("b.jsonl", "line:2", "malformed_json")],
        "c.html": [("c.html", "file", "html")],
        "d.bin": [("d.bin", "file", "unsupported_format")],
        "e.html": [("e.html", "file", "empty_file")],
        "f.html": [("f.html", "urn:uuid:00000000-0000-0000-0000-000000000002", "warc")],
    }


def test_transform_reads_each_file_once(tmp_path):
    _files(tmp_path)
    with TestPipeline() as p:
        # overlapping globs: b.jsonl and c.html match twice but are read once
        pages, rejects = p | beam.Create([str(tmp_path / "*"), str(tmp_path / "[bc].*")]) | ReadPageDumps()
        assert_that(pages | "P" >> beam.Map(_summary), equal_to([
            ("a.warc.gz", "urn:uuid:00000000-0000-0000-0000-000000000001", "warc"),
            ("b.jsonl", "line:1", "jsonl"), ("c.html", "file", "html"),
            ("f.html", "urn:uuid:00000000-0000-0000-0000-000000000002", "warc")]), label="pages")
        assert_that(rejects | "R" >> beam.Map(_summary), equal_to([
            ("b.jsonl", "line:2", "malformed_json"), ("d.bin", "file", "unsupported_format"),
            ("e.html", "file", "empty_file")]), label="rejects")


# Outcome of every real edge-case container in ../shared/corpora/warc: pages, rejects by reason,
# and container records that hold no page. Nothing raises, and every record is accounted for.
EDGE_CASES = {
    "resiliparse-warc-testdata/tests/data/block-sized-records.warc": ({}, {"unknown": 3}),
    "resiliparse-warc-testdata/tests/data/block-sized-records.warc.gz": ({}, {"unknown": 3}),
    "resiliparse-warc-testdata/tests/data/block-sized-records.warc.lz4": ({"unsupported_format": 1}, {}),
    "resiliparse-warc-testdata/tests/data/clipped.warc.gz": ({"page": 1}, {}),
    "resiliparse-warc-testdata/tests/data/clueweb-quirk.warc.gz": ({"page": 29}, {"warcinfo": 1}),
    "resiliparse-warc-testdata/tests/data/warcfile.warc": ({"page": 16}, {"warcinfo": 1, "request": 17, "metadata": 16}),
    "resiliparse-warc-testdata/tests/data/warcfile.warc.gz": (
        {"page": 16}, {"warcinfo": 1, "request": 17, "metadata": 16}),
    "ukwa-webarchive-test-suite/small-arcs-and-warcs/IAH-20080430204825-00000-blackbook-truncated.arc": (
        {"not_html": 4, "page": 4}, {"warcinfo": 1}),
    "ukwa-webarchive-test-suite/small-arcs-and-warcs/IAH-20080430204825-00000-blackbook-truncated.arc.gz": (
        {"not_html": 4, "page": 4}, {"warcinfo": 1}),
    "ukwa-webarchive-test-suite/small-arcs-and-warcs/IAH-20080430204825-00000-blackbook-truncated.warc.gz": (
        {"not_html": 4, "page": 4}, {"warcinfo": 1, "request": 7, "metadata": 7}),
    "ukwa-webarchive-test-suite/small-arcs-and-warcs/IAH-urls-wget.warc.gz": (
        {"http_status": 9, "page": 7, "not_html": 3}, {"warcinfo": 1, "request": 16}),
    "warcio-testdata/test/data/bad.arc": ({"empty_record": 3}, {"warcinfo": 1}),
    "warcio-testdata/test/data/example-bad-non-chunked.warc.gz": (
        {"page": 1}, {"warcinfo": 3, "request": 2, "revisit": 1}),
    "warcio-testdata/test/data/example-bad.warc.gz.bad": (
        {"page": 1, "http_status": 1}, {"warcinfo": 2, "request": 2, "revisit": 1}),
    "warcio-testdata/test/data/example-digest.warc": ({}, {"request": 4}),
    "warcio-testdata/test/data/example-iana.org-chunked.warc": ({"page": 1}, {"warcinfo": 1, "request": 1}),
    "warcio-testdata/test/data/example-resource.warc.gz": ({"page": 1}, {"warcinfo": 2}),
    "warcio-testdata/test/data/example-space-in-url.arc": ({"page": 1}, {"warcinfo": 1}),
    "warcio-testdata/test/data/example-trunc.warc": ({"page": 1}, {"warcinfo": 2, "request": 1}),
    "warcio-testdata/test/data/example-wrong-chunks.warc.gz": ({"empty_record": 1, "corrupt_container": 1}, {}),
    "warcio-testdata/test/data/post-test.warc.gz": ({"not_html": 3}, {"request": 3}),
}


def test_real_edge_case_containers():
    import collections

    from transforms.common.raw_page import RawPage
    from tests.conftest import shared_path

    root = shared_path("corpora", "warc")
    for name, (outcomes, skipped_types) in EDGE_CASES.items():
        skipped = {}
        items = list(read_dump_file(str(root / name), skipped=skipped))
        got = collections.Counter("page" if isinstance(i, RawPage) else i["reason"] for i in items)
        assert (dict(got), skipped) == (outcomes, skipped_types), name


def test_gzip_bomb_is_capped(tmp_path):
    import gzip
    import resource

    bomb = tmp_path / "bomb.html.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as handle:
        handle.write(b"<html><body><p>")
        for _ in range(512):  # 512 MiB of text behind a file of about a megabyte
            handle.write(b"a" * (1 << 20))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    items = list(read_dump_file(str(bomb), max_record_bytes=1 << 20))
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert [(i["reason"], i["detail"]) for i in items] == [("too_large", "file over 1048576 bytes")]
    assert grown_mib < 64
