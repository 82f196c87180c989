import pytest

from transforms.newsroom.urls import canonical_url, host_of, is_tracking_parameter, url_key


def test_host_of():
    assert host_of("https://WWW.Example.com:8080/a") == "example.com"
    assert host_of("http://news.example.org/x") == "news.example.org"
    assert host_of("ftp://example.com/") is None
    assert host_of("not a url") is None
    assert host_of(None) is None
    assert host_of("http://[::1") is None


def test_canonical_url_drops_tracking_and_fragments():
    assert canonical_url("HTTPS://www.Example.com/a/b/?utm_source=x&id=3#top") == "https://www.example.com/a/b/?id=3"
    assert canonical_url("https://apnews.com/article/abc?ref=home") == "https://apnews.com/article/abc"
    assert canonical_url("javascript:alert(1)") is None
    assert canonical_url("") is None


@pytest.mark.parametrize("raw, expected", [
    ("https://www.Example.com/News/story-1/?utm_source=x&b=2&a=3#frag", "example.com/News/story-1?a=3&b=2"),
    ("http://example.com/News/story-1?a=3&b=2&fbclid=abc", "example.com/News/story-1?a=3&b=2"),
    ("example.com/a/b/", "example.com/a/b"),
    ("https://example.com:8080/a/", "example.com:8080/a"),
    ("https://example.com:443/a", "example.com/a"),
    ("https://example.com/?p=12", "example.com?p=12"),
])
def test_url_key_normalizes_spellings_of_one_page(raw, expected):
    assert url_key(raw) == expected


@pytest.mark.parametrize("raw", ["https://example.com/", "https://www.example.com", "", None, "http://[bad",
                                 "http://example.com:99999/x"])
def test_url_key_is_none_for_site_roots_and_unusable_urls(raw):
    assert url_key(raw) is None


def test_url_key_prefers_canonical_url_and_falls_back_to_fetch_url():
    assert url_key("https://a.com/story", "https://b.com/copy") == "a.com/story"
    assert url_key(None, "https://b.com/copy?utm_medium=rss") == "b.com/copy"


@pytest.mark.parametrize("raw, expected", [
    ("http://www.kait8.com/Global/story.asp?S=5950791&nav=menu", "http://www.kait8.com/Global/story.asp?S=5950791&nav=menu"),
    ("https://www.jpost.com/Satellite?c=JPArticle&cid=1222017&pagename=JPost%2FJPArticle%2FShowFull",
     "https://www.jpost.com/Satellite?c=JPArticle&cid=1222017&pagename=JPost%2FJPArticle%2FShowFull"),
    ("https://blog.example/?p=123&utm_campaign=feed", "https://blog.example/?p=123"),
    ("https://news.example/news.php?id=77&fbclid=x1", "https://news.example/news.php?id=77"),
    ("https://wire.example/article?storyId=A1B2&ref=home#comments", "https://wire.example/article?storyId=A1B2"),
    ("https://example.com:443/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
    ("http://example.com:8080", "http://example.com:8080/"),
])
def test_canonical_url_keeps_parameters_that_name_the_article(raw, expected):
    assert canonical_url(raw) == expected


def test_two_articles_of_an_id_in_query_site_get_two_keys():
    first = url_key("http://www.kait8.com/Global/story.asp?S=5950791")
    second = url_key("http://www.kait8.com/Global/story.asp?S=5950792&utm_source=rss")
    assert (first, second) == ("kait8.com/Global/story.asp?S=5950791", "kait8.com/Global/story.asp?S=5950792")


@pytest.mark.parametrize("name, tracking", [
    ("utm_source", True), ("UTM_Medium", True), ("fbclid", True), ("ref", True), ("pk_campaign", True),
    ("cid", False), ("id", False), ("S", False), ("p", False), ("storyId", False), ("page", False)])
def test_tracking_parameters(name, tracking):
    assert is_tracking_parameter(name) is tracking
