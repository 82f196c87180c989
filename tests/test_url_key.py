import pytest

from transforms.url_key import url_key


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
