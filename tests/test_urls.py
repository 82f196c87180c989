from transforms.urls import canonical_url, host_of


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
