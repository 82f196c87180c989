from lxml import etree

from transforms.extract.depth import flatten_depth, hit_depth_limit, parse_page


def _depth(tree) -> int:
    return max(len(list(element.iterancestors())) for element in tree.iter())


def test_a_shallow_page_is_left_as_it_is():
    html = "<html><body><div><p>One <b>two</b><br> three</p></div></body></html>"
    assert flatten_depth(html, limit=10) == html


def test_wrappers_past_the_limit_go_and_their_content_stays():
    html = "<body>" + "<div>" * 5 + "<span>x</span>" + "</div>" * 5 + "</body>"
    assert flatten_depth(html, limit=3) == "<body><div><div>x</div></div></body>"


def test_meaningful_elements_past_the_limit_are_kept():
    html = "<body>" + "<div>" * 5 + "<article><h1>H</h1><p>P</p></article>" + "</div>" * 5 + "</body>"
    assert flatten_depth(html, limit=3) == "<body><div><div><article><h1>H</h1><p>P</p></article></div></div></body>"


def test_tags_inside_scripts_are_text_and_stray_end_tags_are_kept():
    html = "<body><div><script>if (a<b) document.write('<div>')</script></div></span></body>"
    assert flatten_depth(html, limit=1) == "<body><script>if (a<b) document.write('<div>')</script></span></body>"


def test_parse_page_flattens_only_when_the_parser_hits_its_limit():
    shallow = "<html><body>" + "<div>" * 50 + "<p>text</p>" + "</div>" * 50 + "</body></html>"
    deep = "<html><body>" + "<div>" * 5000 + "<p>deep text here</p>" + "</div>" * 5000 + "</body></html>"
    assert _depth(parse_page(shallow)) == 52
    tree = parse_page(deep)
    assert tree.xpath("string(//p)") == "deep text here"
    assert _depth(tree) == 200     # html, body and 198 wrappers above the paragraph


def test_hit_depth_limit_reads_the_parser_log():
    parser = etree.HTMLParser()
    etree.fromstring("<html><body>" + "<div>" * 300 + "</body></html>", parser)
    assert hit_depth_limit(parser)
    etree.fromstring("<html><body><div></div></body></html>", parser)
    assert not hit_depth_limit(parser)
