import datetime
import gzip
import io

from transforms.read.readers import iter_jsonl, iter_warc, kind_of_content_type, parse_timestamp, read_single_page
from transforms.common.raw_page import RawPage

from tests.fixtures import PAGE, jsonl_bytes, warc_bytes
from tests.conftest import shared_path

UTC = datetime.timezone.utc


def test_parse_timestamp():
    assert parse_timestamp("2024-03-05T10:00:00Z") == datetime.datetime(2024, 3, 5, 10, tzinfo=UTC)
    assert parse_timestamp("20080430204825") == datetime.datetime(2008, 4, 30, 20, 48, 25, tzinfo=UTC)
    assert parse_timestamp("2024-03-05T12:00:00+02:00") == datetime.datetime(2024, 3, 5, 10, tzinfo=UTC)
    assert parse_timestamp("yesterday") is None
    assert parse_timestamp(17) is None


def test_kind_of_content_type():
    assert kind_of_content_type("text/html; charset=utf-8", b"<p>") == "html"
    assert kind_of_content_type("text/plain", b"Just words") == "text"
    assert kind_of_content_type("text/plain", b"<!DOCTYPE html><html>") == "html"
    assert kind_of_content_type("application/pdf", b"%PDF-1.4") is None
    assert kind_of_content_type(None, b"%PDF-1.4") is None
    assert kind_of_content_type(None, b"<html><body>") == "html"


def _warc():
    return warc_bytes([
        {"type": "warcinfo", "record_id": "00000000-0000-0000-0000-000000000000", "payload": b"software: test\r\n",
         "warc_content_type": "application/warc-fields"},
        {"type": "response", "record_id": "00000000-0000-0000-0000-000000000001", "url": "https://news.example/a",
         "payload": PAGE.encode("cp1252"), "content_type": "text/html; charset=windows-1252"},
        {"type": "request", "record_id": "00000000-0000-0000-0000-000000000002", "url": "https://news.example/a",
         "payload": b"GET /a HTTP/1.1\r\n\r\n", "warc_content_type": "application/http; msgtype=request"},
        {"type": "response", "record_id": "00000000-0000-0000-0000-000000000003", "url": "https://news.example/b.pdf",
         "payload": b"%PDF-1.4 binary", "content_type": "application/pdf"},
        {"type": "response", "record_id": "00000000-0000-0000-0000-000000000004", "url": "https://news.example/gone",
         "payload": b"<html>gone</html>", "status": "404 Not Found"},
        {"type": "response", "record_id": "00000000-0000-0000-0000-000000000005", "url": "https://news.example/empty",
         "payload": b""},
    ])


def test_warc_records_pages_rejects_and_skips():
    skipped = {}
    items = list(iter_warc(io.BytesIO(_warc()), "crawl.warc.gz", skipped=skipped))
    assert skipped == {"warcinfo": 1, "request": 1}
    page = items[0]
    assert isinstance(page, RawPage)
    assert (page.source_record, page.url, page.kind, page.http_charset, page.source_format) == (
        "urn:uuid:00000000-0000-0000-0000-000000000001", "https://news.example/a", "html", "windows-1252", "warc")
    assert page.fetched_at == datetime.datetime(2024, 3, 5, 10, tzinfo=UTC)
    assert page.body == PAGE.encode("cp1252")
    assert [(r["source_record"], r["reason"], r["detail"]) for r in items[1:]] == [
        ("urn:uuid:00000000-0000-0000-0000-000000000003", "not_html", "content type application/pdf"),
        ("urn:uuid:00000000-0000-0000-0000-000000000004", "http_status", "HTTP 404"),
        ("urn:uuid:00000000-0000-0000-0000-000000000005", "empty_record", None),
    ]


def test_truncated_warc_keeps_records_before_the_break():
    data = _warc()
    cut = data[: len(data) - 60]
    items = list(iter_warc(io.BytesIO(cut), "cut.warc.gz", skipped={}))
    assert [type(i).__name__ for i in items[:3]] == ["RawPage", "dict", "dict"]
    last = items[-1]
    assert last["reason"] in ("truncated_container", "corrupt_container")
    assert last["source_record"].startswith("offset:")
    assert int(last["source_record"].split(":")[1]) > 0


def test_oversized_warc_payload_rejected():
    items = list(iter_warc(io.BytesIO(_warc()), "crawl.warc.gz", max_record_bytes=100, skipped={}))
    assert items[0]["reason"] == "too_large"
    assert items[0]["detail"] == "payload over 100 bytes"


def test_jsonl_lines():
    data = jsonl_bytes([
        {"url": "https://a.example/1", "html": PAGE, "fetched_at": "2024-05-01T08:00:00Z"},
        "{not json",
        {"url": "https://a.example/2"},
        "",
        {"url": "https://a.example/3", "text": "Plain rendering text."},
        [1, 2],
    ])
    items = list(iter_jsonl(io.BytesIO(data), "feed.jsonl"))
    assert items[0] == RawPage("feed.jsonl", "line:1", "jsonl", "html", PAGE, "https://a.example/1",
                               datetime.datetime(2024, 5, 1, 8, tzinfo=UTC))
    assert (items[1]["source_record"], items[1]["reason"]) == ("line:2", "malformed_json")
    assert (items[2]["source_record"], items[2]["reason"], items[2]["url"]) == (
        "line:3", "missing_content", "https://a.example/2")
    assert items[3] == RawPage("feed.jsonl", "line:5", "jsonl", "text", "Plain rendering text.", "https://a.example/3")
    assert (items[4]["source_record"], items[4]["reason"]) == ("line:6", "malformed_json")
    assert len(items) == 5


def test_truncated_gzip_jsonl_keeps_good_lines():
    whole = jsonl_bytes([{"url": f"https://a.example/{i}", "text": "x" * 2000 + str(i)} for i in range(20)], gzipped=True)
    items = list(iter_jsonl(gzip.GzipFile(fileobj=io.BytesIO(whole[: len(whole) // 2])), "cut.jsonl.gz"))
    pages = [i for i in items if isinstance(i, RawPage)]
    assert [p.source_record for p in pages] == [f"line:{n}" for n in range(1, len(pages) + 1)]
    assert items[-1]["reason"] == "truncated_container"
    assert items[-1]["source_record"] == f"line:{len(pages) + 1}"
    assert len(items) == len(pages) + 1


def test_jsonl_line_over_limit():
    data = jsonl_bytes([{"url": "u1", "text": "y" * 500}, {"url": "u2", "text": "short"}])
    items = list(iter_jsonl(io.BytesIO(data), "f.jsonl", max_record_bytes=100))
    assert (items[0]["source_record"], items[0]["reason"]) == ("line:1", "too_large")
    assert items[1] == RawPage("f.jsonl", "line:2", "jsonl", "text", "short", "u2")


def test_single_page_files():
    assert read_single_page(io.BytesIO(PAGE.encode()), "a.html", "html") == RawPage(
        "a.html", "file", "html", "html", PAGE.encode())
    assert read_single_page(io.BytesIO(b""), "e.html", "html")["reason"] == "empty_file"
    assert read_single_page(io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00"), "p.html", "html")["reason"] == "not_html"
    assert read_single_page(io.BytesIO(b"z" * 50), "big.txt", "text", max_record_bytes=10)["reason"] == "too_large"


def test_real_warc_and_arc_files_read():
    root = shared_path("corpora", "warc", "warcio-testdata", "test", "data")
    for name, fmt, pages in (("example.warc.gz", "warc", 1), ("example.warc", "warc", 1),
                             ("example.arc.gz", "arc", 1), ("example.arc", "arc", 1)):
        with open(root / name, "rb") as handle:
            items = list(iter_warc(handle, name, fmt, skipped={}))
        assert sum(isinstance(i, RawPage) for i in items) == pages, name


from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_fuzz_warc_reader_never_raises(data):
    skipped = {}
    items = list(iter_warc(io.BytesIO(data), "fuzz.warc", skipped=skipped))
    assert all(isinstance(i, RawPage) or i["stage"] == "read" for i in items)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.binary(max_size=300), st.dictionaries(st.sampled_from(["url", "html", "text"]),
                                                                   st.text(max_size=50))), max_size=20))
def test_fuzz_jsonl_accounts_for_every_line(lines):
    import json as _json

    raw = [line if isinstance(line, bytes) else _json.dumps(line).encode() for line in lines]
    raw = [line.replace(b"\n", b" ").replace(b"\r", b" ") for line in raw]
    data = b"\n".join(raw) + b"\n"
    items = list(iter_jsonl(io.BytesIO(data), "fuzz.jsonl"))
    records = [line for line in data.split(b"\n") if line.strip()]
    assert len(items) == len(records)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=3000))
def test_fuzz_gzip_streams_never_raise(data):
    for payload in (data, gzip.compress(data, mtime=0)[: max(1, len(data) // 2)]):
        stream = io.BytesIO(payload)
        head = payload[:2]
        from transforms.read.readers import maybe_gunzip

        list(iter_jsonl(maybe_gunzip(stream, head), "f.jsonl.gz"))
        read_single_page(maybe_gunzip(io.BytesIO(payload), head), "f.html.gz", "html")
