from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from transforms.extract.byline import (
    Byline,
    BylineEvidence,
    choose_authors,
    name_key,
    names_in,
    read_byline,
    same_person,
    text_pieces,
)


def _tree(body: str, head: str = ""):
    return lxml_html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


# names_in: one byline text to names

def test_label_words_go_and_case_and_punctuation_stay():
    assert names_in("By Sarah E. Needleman") == ["Sarah E. Needleman"]
    assert names_in("Von Anna Müller") == ["Anna Müller"]
    assert names_in("Текст: Мария Иванова") == ["Мария Иванова"]
    assert names_in("Posted by jdadmin") == ["jdadmin"]
    assert names_in("BY LYNNE O'DONNELL") == ["LYNNE O'DONNELL"]


def test_a_label_alone_is_no_name():
    assert names_in("By") == []
    assert names_in("by ") == []


def test_lists_split_on_commas_and_conjunctions_in_several_languages():
    assert names_in("By Ann Lee, Bo Chan and Cy Diaz") == ["Ann Lee", "Bo Chan", "Cy Diaz"]
    assert names_in("Von Jan Berg und Eva Roth") == ["Jan Berg", "Eva Roth"]
    assert names_in("Por Ana Ruiz y Luis Soto") == ["Ana Ruiz", "Luis Soto"]
    assert names_in("Ann Lee & Bo Chan") == ["Ann Lee", "Bo Chan"]


def test_roles_credentials_and_dates_after_a_name_go():
    assert names_in("Greg Hale, AP Sports Writer") == ["Greg Hale"]
    assert names_in("Tom Gill News reporter") == ["Tom Gill"]
    # A role glued to a longer name: its qualifiers go with it, and the whole name stays.
    assert names_in("By Mary Clare Jones Staff Writer") == ["Mary Clare Jones"]
    assert names_in("Ola Nor Berg - Senior Political Correspondent") == ["Ola Nor Berg"]
    assert names_in("Ana Ruiz Soto periodista") == ["Ana Ruiz Soto"]
    assert names_in("Rae Lin, MS, RD") == ["Rae Lin"]
    assert names_in("By Mike Ward and Mel Owen Monday, November 18, 2019, 04:05 pm PT") == ["Mike Ward", "Mel Owen"]
    assert names_in("HARBOUR POST STAFF NOVEMBER 19, 2019 22:41") == ["HARBOUR POST STAFF"]
    assert names_in("Valley wire services Published 11:11 PM EST Nov 19, 2019") == ["Valley wire services"]


def test_an_affiliation_after_a_name_goes_an_organisation_alone_stays():
    assert names_in("Troy L. Smith, Harbourpost.com") == ["Troy L. Smith"]
    assert names_in("Ann Lee | Fox News") == ["Ann Lee"]
    assert names_in("Ann Lee, CNN") == ["Ann Lee"]
    assert names_in("ERIC TUCKER Associated Press") == ["ERIC TUCKER"]
    assert names_in("Ann Lee. Sputnik International") == ["Ann Lee"]
    assert names_in("Reuters") == ["Reuters"]
    assert names_in("The Associated Press") == ["The Associated Press"]
    assert names_in("Telegraph Sport") == ["Telegraph Sport"]


def test_after_a_list_closed_by_and_a_comma_starts_the_affiliation():
    assert names_in("Lisa Kay and Trevor J. Mitch, Falls Argus Leader") == ["Lisa Kay", "Trevor J. Mitch"]


def test_the_site_itself_after_a_name_is_an_affiliation():
    assert names_in("VICTOR TANG, FUTURISM", site_names=(), host="futurism.com") == ["VICTOR TANG"]


def test_buttons_reading_times_and_sentences_are_no_names():
    assert names_in("Share This Article") == []
    assert names_in("2 min read") == []
    assert names_in("Show more sharing options") == []
    assert names_in("Ryan Reed's Most Recent Stories") == []
    assert names_in("I am a systems modeler") == []


def test_name_particles_may_be_lower_case():
    assert names_in("By Carlos de la Torre") == ["Carlos de la Torre"]
    assert names_in("Ludwig van Beethoven") == ["Ludwig van Beethoven"]


def test_name_key_and_same_person():
    assert name_key("Sarah E. Needleman") == name_key("SARAH E NEEDLEMAN") == "saraheneedleman"
    assert same_person("Troy Smith", "Troy L. Smith")
    assert same_person("ROBERT BURNS", "Robert Burns")
    assert not same_person("Troy Smith", "Troy Baker")
    assert not same_person("Smith", "Troy Smith")


# text_pieces: the block layout of a byline element

def test_inline_elements_run_together_blocks_break():
    element = lxml_html.fromstring("<div>By <a>Molly Woo<span>d</span></a><div>Staff</div><time>Nov 1</time></div>")
    assert text_pieces(element) == ("By Molly Wood", "Staff")


# read_byline and choose_authors on pages

def test_the_printed_name_confirmed_by_metadata_is_taken_as_printed():
    tree = _tree("<div class='byline'>By <a class='author-name'>Sarah E. Needleman</a>"
                 "<a class='author-bio'>Biography</a></div>",
                 "<meta name='author' content='Sarah Needleman'>")
    assert choose_authors(read_byline(tree)) == Byline(("Sarah E. Needleman",), "Sarah E. Needleman")


def test_the_publisher_as_metadata_author_is_not_an_author():
    tree = _tree("<div class='byline'><span class='byline__name'>Molly Wood</span></div>",
                 "<meta name='author' content='Harbour Media'>"
                 "<meta property='og:site_name' content='Harbour Media'>")
    evidence = read_byline(tree, site_names=("Harbour Media",))
    assert evidence.metadata == ("Harbour Media",)
    assert choose_authors(evidence, "harbourmedia.com").authors == ("Molly Wood",)


def test_jsonld_authors_and_no_printed_byline():
    script = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x\n y",'
              ' "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chan, MD"}]}'
              '</script>')
    tree = _tree("<p>Story.</p>", script)
    assert choose_authors(read_byline(tree)) == Byline(("Ann Lee", "Bo Chan"), "Ann Lee; Bo Chan, MD")


def test_a_printed_byline_alone_is_read_and_its_furniture_dropped():
    tree = _tree("<div class='article-byline'><span class='author'>Ann Lee</span>"
                 "<span class='author'>Bo Chan</span><span class='author-follow'>Follow</span></div>")
    assert choose_authors(read_byline(tree)) == Byline(("Ann Lee", "Bo Chan"), "Ann Lee Bo Chan")


def test_bylines_in_comments_and_sidebars_are_not_the_story_byline():
    tree = _tree("<aside><p class='byline'>By Side Bar</p></aside>"
                 "<ol class='commentlist'><li><cite class='comment-author'>Reader One</cite></li></ol>"
                 "<div class='related-posts'><span class='author'>Other Writer</span></div>")
    assert choose_authors(read_byline(tree)) == Byline()


def test_the_block_wrapping_a_marked_name_is_read_from_the_name():
    tree = _tree("<div class='byline-section'><span class='author'></span>Valley wire services"
                 "<div>Published 11:11 PM EST Nov 19, 2019</div></div>")
    assert choose_authors(read_byline(tree)).authors == ("Valley wire services",)


def test_choose_authors_is_pure_on_evidence():
    evidence = BylineEvidence(printed=(("By LISA MAY, MARY CLARE JONES and ERIC TUCKER", "Associated Press"),),
                              metadata=())
    assert choose_authors(evidence) == Byline(("LISA MAY", "MARY CLARE JONES", "ERIC TUCKER"),
                                              "By LISA MAY, MARY CLARE JONES and ERIC TUCKER Associated Press")


def test_a_layout_container_marked_author_does_not_swallow_the_byline():
    story = "<p>" + "A long paragraph of the story. " * 20 + "</p>"
    tree = _tree(f"<div class='single-author'><div class='byline'>By Ann Lee</div>{story}</div>")
    assert choose_authors(read_byline(tree)).authors == ("Ann Lee",)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("AbcDé. ,;|&-:') \n0129") + ["and ", "By ", "Staff ", "Press", "Mon, "]),
                max_size=40))
def test_fuzz_names_are_written_as_in_the_text(pieces):
    text = "".join(pieces)
    flat = " ".join(text.split())
    for name in names_in(text):
        assert name and name in flat


def test_a_place_after_the_name_is_where_the_story_was_filed():
    from transforms.extract.byline import names_in

    assert names_in("Jane Doe | Palma de Mallorca | 08/01/2014") == ["Jane Doe"]
    assert names_in("Jane Doe and Paris Hilton") == ["Jane Doe", "Paris Hilton"]
