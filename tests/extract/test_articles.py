import datetime

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms.extract.articles import ExtractArticles, doc_id_for, extract_page
from transforms.common.raw_page import RawPage

from tests.fixtures import PAGE

UTC = datetime.timezone.utc
FULL_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Night buses extended across the valley | Valley Herald</title>
<meta property="og:title" content="Night buses extended across the valley">
<meta property="og:site_name" content="Valley Herald">
<meta name="author" content="Ines Marlow">
<meta property="article:published_time" content="2024-06-12T07:30:00+00:00">
<link rel="canonical" href="https://www.valleyherald.example/transport/night-buses?utm_source=feed">
</head><body><nav><a href="/">Home</a> <a href="/transport">Transport</a></nav>
<article><h1>Night buses extended across the valley</h1>
<p>The regional transport authority will run night buses on four more routes from next month, connecting the
river towns with the hospital and the university campus after midnight.</p>
<p>Officials said the extension followed a survey in which shift workers described walking long distances
home because the last regular service left the centre before eleven.</p>
<p>The new timetable adds a departure every forty minutes between midnight and five in the morning, with
the first buses running on the first Friday of July.</p>
</article><footer>Copyright Valley Herald. Contact us. Privacy.</footer></body></html>"""


def _page(body, kind="html", url="https://valleyherald.example/transport/night-buses", **kw):
    return RawPage(source_file="f.jsonl", source_record="line:1", source_format="jsonl", kind=kind, body=body,
                   url=url, **kw)


def test_doc_id_is_stable_and_content_based():
    assert doc_id_for("https://a.example/x", "body") == doc_id_for("https://a.example/x", "body")
    assert doc_id_for("https://a.example/x", "body") != doc_id_for("https://a.example/x", "body!")
    assert len(doc_id_for(None, "body")) == 16
    same_page_twice = {doc_id_for("u", "body", "gs://a/crawl.warc.gz", "urn:uuid:1"),
                       doc_id_for("u", "body", "feed.jsonl", "line:1")}
    assert len(same_page_twice) == 2
    assert doc_id_for("u", "b", "/data/x/feed.jsonl", "line:3") == doc_id_for("u", "b", "gs://bkt/feed.jsonl", "line:3")


def test_html_article_fields():
    record = extract_page(_page(FULL_PAGE, fetched_at=datetime.datetime(2024, 6, 13, tzinfo=UTC)))
    assert record["title"] == "Night buses extended across the valley"
    assert record["author"] == "Ines Marlow"
    assert record["authors"] == ["Ines Marlow"]
    assert record["byline"] == "Ines Marlow"     # no printed byline: the author metadata
    assert record["sitename"] == "Valley Herald"
    assert record["published_at"] == datetime.date(2024, 6, 12)
    assert record["canonical_url"] == "https://www.valleyherald.example/transport/night-buses"
    assert record["host"] == "valleyherald.example"
    assert record["text"].startswith("The regional transport authority will run night buses")
    assert record["text"].endswith("with the first buses running on the first Friday of July.")
    assert "Copyright" not in record["text"] and "Home" not in record["text"]
    assert record["text_chars"] == len(record["text"])
    assert record["doc_id"] == doc_id_for("https://www.valleyherald.example/transport/night-buses", record["text"],
                                          "f.jsonl", "line:1")
    assert (record["source_file"], record["source_record"], record["source_format"]) == ("f.jsonl", "line:1", "jsonl")
    assert record["language"] is None and record["wire_agencies"] == []


def test_bytes_are_decoded_with_the_http_charset():
    body = FULL_PAGE.replace('<meta charset="utf-8">', "").replace("regional", "régional").encode("cp1252")
    record = extract_page(_page(body, http_charset="windows-1252"))
    assert record["text"].startswith("The régional transport authority")


def test_rejects_carry_stage_and_reason():
    link_page = "<html><body><ul><li><a href='/a'>A</a></li><li><a href='/b'>B</a></li></ul></body></html>"
    assert extract_page(_page(link_page)) == {
        "source_file": "f.jsonl", "source_record": "line:1", "url": "https://valleyherald.example/transport/night-buses",
        "doc_id": None, "stage": "extract", "reason": "no_article", "detail": "no main text found"}
    short = extract_page(_page(PAGE), min_text_chars=1000)
    assert (short["reason"], short["detail"]) == ("too_short", "318 characters of text, minimum 1000")


def test_extract_articles_transform():
    good = _page(FULL_PAGE)
    bad = _page("<html><body></body></html>", url="https://x.example/empty")
    expected = extract_page(good)
    with TestPipeline() as p:
        articles, rejects = p | beam.Create([good, bad]) | ExtractArticles()
        assert_that(articles, equal_to([expected]), label="articles")
        assert_that(rejects | beam.Map(lambda r: (r["url"], r["stage"], r["reason"])),
                    equal_to([("https://x.example/empty", "extract", "no_article")]), label="rejects")


def test_extraction_makes_no_network_requests(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("extraction tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    # Remote images, stylesheets, iframes and a canonical link elsewhere: nothing is fetched.
    page = FULL_PAGE.replace("</head>", '<link rel="stylesheet" href="https://cdn.example/s.css">'
                             '<script src="https://cdn.example/a.js"></script></head>').replace(
        "<article>", '<article><img src="https://img.example/p.jpg"><iframe src="https://v.example/e"></iframe>')
    record = extract_page(_page(page))
    assert record["title"] == "Night buses extended across the valley"


def test_a_stray_nul_byte_does_not_cost_the_page():
    body = FULL_PAGE.replace("four more routes", "four more\x00 routes").encode("utf-8")
    record = extract_page(_page(body))
    assert record["title"] == "Night buses extended across the valley"
    assert record["text"].startswith("The regional transport authority will run night buses on four more routes")


def test_a_page_nested_deeper_than_the_parser_goes_keeps_its_article():
    head, _, rest = FULL_PAGE.partition("<article>")
    deep = head + "<div class='wrap'>" * 100_000 + "<article>" + rest.replace("</article>", "</article>" + "</div>" * 100_000)
    record = extract_page(_page(deep))
    assert record["title"] == "Night buses extended across the valley"
    assert record["text"] == extract_page(_page(FULL_PAGE))["text"]
