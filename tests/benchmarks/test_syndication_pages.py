"""The real-page syndication set: fixed by its seed, every label on 2 to 15 hosts, every hard negative present.

The set is built from pages in ../shared; without that folder these tests skip.
"""
import collections
import hashlib
import html
import urllib.parse

import lxml.html
import pytest

from benchmarks import syndication_pages as sp
from tests.conftest import shared_path

SEED = 2024


def _require_pages():
    shared_path("corpora", "article-extraction-benchmark", "ground-truth.json")
    shared_path("corpora", "newspaper4k-testdata", "tests", "data")


@pytest.fixture(scope="module")
def small_set():
    _require_pages()
    return sp.page_set(SEED, 300)


@pytest.fixture(scope="module")
def full_set():
    _require_pages()
    return sp.page_set(SEED)


@pytest.fixture(scope="module")
def hosts():
    _require_pages()
    return {host.name: host for host in sp.make_hosts(sp.load_templates(), SEED)}


def _digest(pages):
    return hashlib.sha256("".join(p["url"] + p["html"] + p["fetched_at"] for p in pages).encode()).hexdigest()[:16]


def _labels_by_host(pages, labels):
    found = collections.defaultdict(set)
    for page, label in zip(pages, labels):
        found[page["host"]].add(label)
    return found


# --- pure helpers (no shared data needed) ---------------------------------------

def test_headline_skips_a_kicker_and_drops_the_dateline():
    paragraphs = ["Staff Reports", "WASHINGTON (AP) \u2014 The council voted on Tuesday to close the old bridge "
                                   "for repairs. Work starts next month."]
    assert sp.headline_of(paragraphs) == "The council voted on Tuesday to close the old bridge for repairs"


def test_article_container_is_the_smallest_element_holding_the_body():
    body = "One two three four five six seven.\nEight nine ten eleven twelve thirteen."
    doc = lxml.html.document_fromstring(
        "<html><body><div id='nav'>Home News Sport</div><div id='main'><div id='story'>"
        "<p>One two three four five six seven.</p><p>Eight nine ten eleven twelve thirteen.</p></div>"
        "<div>Share this</div></div></body></html>")
    container, coverage = sp.article_container(doc, body)
    # The two shingles that span the paragraph break sit in no single text node.
    assert (container.get("id"), coverage) == ("story", 9 / 11)


def test_title_suffix_keeps_the_site_name():
    assert sp.title_suffix("Storm hits the coast | Riverton Herald") == " | Riverton Herald"
    assert sp.title_suffix("Storm hits the coast") == ""


def test_update_keeps_part_of_the_story_under_a_new_lead():
    story = sp.Story("story/3", tuple(f"Old paragraph {i} of the first version." for i in range(8)), "Old news",
                     "aeb:x", None, "AP", "LONDON", 2)
    donor = sp.Source("aeb:donor", "https://example.org/a", "New lead.\nNew detail.\nMore.\nAnd more.", None)
    update = sp.write_update(story, donor, 1, sp._rng("test"))
    kept = [p for p in update.paragraphs if p in story.paragraphs]
    assert (update.label, update.headline, update.donor, update.paragraphs[:2]) == (
        "update/3/1", "UPDATE 1-Old news", "aeb:donor", ("New lead.", "New detail."))
    assert 1 <= len(kept) < len(story.paragraphs) - 1 and story.paragraphs[0] not in update.paragraphs


def test_a_missing_shared_folder_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(sp, "BENCHMARK_PAGES", tmp_path / "absent")
    monkeypatch.setattr(sp, "load_sources", sp.load_sources.__wrapped__)
    monkeypatch.setattr(sp, "load_templates", sp.load_templates.__wrapped__)
    with pytest.raises(sp.SharedDataMissing, match="absent not found"):
        sp.page_set(SEED, 50)


# --- the set ---------------------------------------------------------------------

def test_small_set_is_fixed_by_its_seed(small_set):
    pages, labels = small_set
    assert (len(pages), len(set(labels))) == (302, 49)
    assert collections.Counter(sp.story_kind(label) for label in set(labels)) == {"story": 29, "report": 15,
                                                                                    "update": 5}
    assert _digest(pages) == "f6f2fef953e833b3"
    assert len({page["source_record"] for page in pages}) == 302


def test_the_same_seed_gives_the_same_set_from_a_fresh_read(small_set):
    sp.load_sources.cache_clear()
    sp.load_templates.cache_clear()
    again = sp.page_set(SEED, 300)
    assert again == small_set
    assert _digest(sp.page_set(SEED + 1, 300)[0]) != _digest(small_set[0])


def test_full_set_size(full_set):
    pages, labels = full_set
    assert (len(pages), len(set(labels))) == (1201, 228)
    assert collections.Counter(sp.story_kind(label) for label in set(labels)) == {"story": 148, "report": 60,
                                                                                    "update": 20}
    assert sum("recapture" in page["edits"] for page in pages) == 105


def test_every_label_is_on_2_to_15_hosts_under_at_most_15_urls(full_set):
    pages, labels = full_set
    hosts, urls = collections.defaultdict(set), collections.defaultdict(set)
    for page, label in zip(pages, labels):
        hosts[label].add(page["host"])
        urls[label].add(page["url"])
    assert {min(map(len, hosts.values())), max(map(len, hosts.values()))} == {2, 15}
    assert {min(map(len, urls.values())), max(map(len, urls.values()))} == {2, 15}


def test_copies_on_one_host_have_distinct_urls_unless_captured_twice(full_set):
    pages, labels = full_set
    first_capture = {}
    for page in sorted(pages, key=lambda p: (p["fetched_at"], "recapture" in p["edits"])):
        if "recapture" in page["edits"]:
            earlier = first_capture[page["url"]]
            assert (earlier["html"], earlier["fetched_at"] < page["fetched_at"]) == (page["html"], True)
        else:
            assert page["url"] not in first_capture
            first_capture[page["url"]] = page


def test_every_page_holds_its_label_lead_and_records_where_it_came_from(full_set):
    pages, labels = full_set
    bodies = {source.key: source.body for source in sp.load_sources()}
    templates = {template.key for template in sp.load_templates()}
    leads = collections.defaultdict(set)
    for page, label in zip(pages, labels):
        assert html.escape(page["lead"], quote=False) in page["html"]
        assert page["template_source"] in templates
        assert (page["story_source"] is None) == (sp.story_kind(label) == "report")
        if sp.story_kind(label) == "story":
            assert page["lead"] == sp.story_paragraphs(bodies[page["story_source"]])[0]
        leads[label].add(page["lead"])
    assert max(map(len, leads.values())) == 1


def test_busy_and_table_layout_hosts_carry_many_stories(full_set, hosts):
    by_host = _labels_by_host(*full_set)
    assert sum(len(found) >= 8 for found in by_host.values()) == 37
    table = {name: len(by_host[name]) for name, host in hosts.items() if host.table_layout}
    assert table == {"hosted.ap.org": 25, "www.panarmenian.net": 22, "www.thespacereview.com": 32}


def test_id_in_query_hosts_differ_only_in_the_query(full_set, hosts):
    pages, labels = full_set
    styles = {}
    for name, host in hosts.items():
        if not host.id_in_query:
            continue
        urls = [urllib.parse.urlsplit(p["url"]) for p in pages if p["host"] == name and "recapture" not in p["edits"]]
        assert len({u.query for u in urls}) == len(urls) >= 20
        assert len({(u.scheme, u.netloc, u.path) for u in urls}) == 1
        styles[host.url_style] = urls[0].path
    assert styles == {"asp": "/story.asp", "php": "/news.php", "satellite": "/Satellite", "storyid": "/article",
                      "wordpress": "/"}


def test_one_canonical_hosts_declare_the_same_url_for_every_article(full_set, hosts):
    pages, labels = full_set
    declared = {}
    for name, host in hosts.items():
        if host.canonical in ("root", "section"):
            tags = {p["html"].count("rel=\"canonical\"") for p in pages if p["host"] == name}
            hrefs = {sp.CANONICAL_TAG.replace("@@CANONICAL@@", host.canonical_for("x")) in p["html"]
                     for p in pages if p["host"] == name}
            labels_here = {label for p, label in zip(pages, labels) if p["host"] == name}
            assert (tags, hrefs) == ({1}, {True}) and len(labels_here) >= 20
            declared[name] = host.canonical_for("x")
    assert declared == {"detroit.cbslocal.com": "https://detroit.cbslocal.com/",
                        "profootballtalk.nbcsports.com": "https://profootballtalk.nbcsports.com/",
                        "slate.com": "https://slate.com/news/",
                        "www.nationalreview.com": "https://www.nationalreview.com/nation/"}


def test_sixty_template_reports_each_their_own_story(full_set):
    pages, labels = full_set
    leads = {label: page["lead"] for page, label in zip(pages, labels) if sp.story_kind(label) == "report"}
    assert (len(leads), len(set(leads.values()))) == (60, 60)


def test_updates_have_a_story_and_new_reporting_from_pages_used_nowhere_else(full_set):
    pages, labels = full_set
    stories = {page["story_source"] for page, label in zip(pages, labels) if sp.story_kind(label) == "story"}
    updates = {label: page for page, label in zip(pages, labels) if sp.story_kind(label) == "update"}
    assert len(updates) == 20
    versions = collections.Counter(label.rsplit("/", 1)[1] for label in updates)
    assert versions == {"1": 16, "2": 4}
    for label, page in updates.items():
        assert f"story/{label.split('/')[1]}" in labels
        assert page["donor_source"] not in stories and page["donor_source"] != page["story_source"]
    assert len({page["donor_source"] for page in updates.values()}) == 20


def test_template_reports_differ_only_in_names_and_numbers():
    reports = [sp.write_report(n, SEED) for n in range(60)]
    for i, (kind, sentences) in enumerate(sorted(sp.REPORTS.items())):
        own = reports[i::3]
        fixed = tuple(s for s in sentences[1:] if "{" not in s)
        assert {tuple(p for p in r.paragraphs if p in fixed) for r in own} == {fixed}
        assert len({r.paragraphs for r in own}) == len({r.headline for r in own}) == 20


# --- WARC ------------------------------------------------------------------------

def test_warc_round_trips_with_the_headers_the_reader_needs(small_set, tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    from transforms.read.readers import iter_warc

    pages = small_set[0][:25]
    path = sp.write_warc(pages, tmp_path / "set.warc.gz")
    with path.open("rb") as stream:
        records = [(r.rec_type, dict(r.rec_headers.headers), r.http_headers.get_statuscode(),
                    r.http_headers.get_header("Content-Type"), r.content_stream().read())
                   for r in ArchiveIterator(stream)]
    got = [(kind, head["WARC-Record-ID"], head["WARC-Target-URI"], head["WARC-Date"],
            head["WARC-Identified-Payload-Type"], status, content_type, body)
           for kind, head, status, content_type, body in records]
    assert got == [("response", f"<{p['source_record']}>", p["url"], p["fetched_at"], "text/html", "200",
                    "text/html; charset=utf-8", p["html"].encode("utf-8")) for p in pages]
    with path.open("rb") as stream:
        read = list(iter_warc(stream, str(path)))
    assert [(page.source_record, page.url, page.http_charset) for page in read] == [
        (p["source_record"], p["url"], "utf-8") for p in pages]
    assert sp.write_warc(pages, tmp_path / "again.warc.gz").read_bytes() == path.read_bytes()
