import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms.read_page_dumps import ReadPageDumps, read_dump_file

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
