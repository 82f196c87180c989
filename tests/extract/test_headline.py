from lxml import html as lxml_html

from transforms.extract.headline import (
    HeadlineCandidates,
    agreement,
    choose_headline,
    confirmed_by,
    element_text,
    is_site_name,
    read_candidates,
    strip_site_affixes,
    title_segments,
)


def page(head: str, body: str):
    return lxml_html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_element_text_counts_br_as_space_and_skips_scripts():
    element = lxml_html.fromstring("<h1>Ferry <em>back</em><br>on time<script>x=1</script> today</h1>")
    assert element_text(element) == "Ferry back on time today"


def test_read_candidates_collects_what_the_page_offers():
    tree = page(
        '<title>Ferry back on time | Harbour Post</title><meta property="og:title" content="Ferry back - Harbour Post">'
        '<meta property="og:site_name" content="Harbour Post">'
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "Ferry &amp; bus back",'
        ' "publisher": {"@type": "Organization", "name": "Harbour Post Ltd"}}]}</script>',
        '<nav><h1>Harbour Post</h1></nav><article><h1 itemprop="headline">Ferry back on time</h1>'
        '<p class="headline">Other story</p></article><footer><h1>Contact</h1></footer>')
    assert read_candidates(tree) == HeadlineCandidates(
        h1=("Ferry back on time",), marked=("Ferry back on time", "Other story"), og_title="Ferry back - Harbour Post",
        jsonld_headline="Ferry & bus back", html_title="Ferry back on time | Harbour Post",
        site_names=("Harbour Post", "Harbour Post Ltd"))


def test_a_publisher_name_that_is_the_headline_is_no_site_name():
    tree = page('<meta property="og:title" content="Ferry back on time after three days">'
                '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": '
                '{"name": "Ferry back on time after three days"}}</script>', "")
    assert read_candidates(tree).site_names == ()


def test_is_site_name_from_names_and_host():
    assert is_site_name("Harbour Post", ("The Harbour Post",), None)
    assert is_site_name("HarbourPost.com", (), "www.harbourpost.com")
    assert is_site_name("harbourpost", (), "news.harbourpost.co.uk")
    assert not is_site_name("Ferry back on time", ("Harbour Post",), "harbourpost.com")
    assert is_site_name("Vortex Cannon Entertainment", (), "vortexcannon.org")
    assert not is_site_name("Harbour Post wins press award", (), "harbourpost.com")


def test_strip_site_affixes_keeps_the_headlines_own_punctuation():
    sites = ("Harbour Post",)
    assert strip_site_affixes("Ferry back: 'on time' | Harbour Post", sites, None) == "Ferry back: 'on time'"
    assert strip_site_affixes("Harbour Post: Ferry back on time", sites, None) == "Ferry back on time"
    assert strip_site_affixes("Ferry back on time again - Local | Harbour Post", sites, None) == \
        "Ferry back on time again"
    assert strip_site_affixes("Ferry back on time – HarbourPost.de – 28.04.2023", (), "harbourpost.de") == \
        "Ferry back on time"
    assert strip_site_affixes("Ferry - the comeback", sites, None) == "Ferry - the comeback"


def test_title_segments_and_agreement():
    assert title_segments("A b | C - D") == ["A b", "C", "D"]
    assert agreement("Ferry back on time", "ferry back ON time today") == 0.8
    assert agreement("Reviews", "Diet reviews and results") == 0.25
    assert confirmed_by("About bugs", ["About bugs – Vortex Works"], []) == 1.0


def test_choose_headline_prefers_the_confirmed_h1():
    found = HeadlineCandidates(h1=("Harbour Post", "Ferry back on time after storm"),
                               og_title="Ferry back on time after storm | Harbour Post",
                               html_title="Ferry back on time after storm | Harbour Post", site_names=("Harbour Post",))
    assert choose_headline(found, "harbourpost.com") == "Ferry back on time after storm"


def test_choose_headline_takes_a_lone_h1_that_differs_from_the_seo_title():
    found = HeadlineCandidates(h1=("Why the ferry came back",), og_title="Ferry service resumes: what to know")
    assert choose_headline(found, None) == "Why the ferry came back"


def test_choose_headline_takes_the_h1_marked_as_headline_among_several():
    found = HeadlineCandidates(h1=("The ferry's long return", "Support us", "Newsletter"),
                               marked=("The ferry's long return",), og_title="Islands reconnected at last")
    assert choose_headline(found, None) == "The ferry's long return"


def test_choose_headline_without_h1_uses_a_marked_element_then_the_stripped_title():
    assert choose_headline(HeadlineCandidates(marked=("Ferry back",), html_title="News from Harbour"), None) == \
        "Ferry back"
    assert choose_headline(HeadlineCandidates(html_title="Ferry back | Harbour Post", site_names=("Harbour Post",)),
                           None) == "Ferry back"
    assert choose_headline(HeadlineCandidates(), None, " Ferry  back ") == "Ferry back"
    assert choose_headline(HeadlineCandidates(), None) is None
