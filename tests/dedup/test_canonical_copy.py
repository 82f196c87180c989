import datetime as dt

from transforms.dedup.canonical_copy import (
    agency_of_host,
    canonical_rank,
    choose_canonical,
    on_origin_site,
)

HOSTS = {"AP": ("apnews.com",), "Xinhua": ("xinhuanet.com", "news.cn"), "Reuters": ("reuters.com",)}


def row(host, wire_origin=None, published_at=None, text_chars=100):
    return {"host": host, "wire_origin": wire_origin, "published_at": published_at, "text_chars": text_chars,
            "text": "x" * text_chars}


def test_agency_of_host_matches_subdomains_and_www_only_on_label_boundaries():
    assert agency_of_host("english.news.cn", HOSTS) == "Xinhua"
    assert agency_of_host("www.apnews.com", HOSTS) == "AP"
    assert agency_of_host("notapnews.com", HOSTS) is None
    assert agency_of_host(None, HOSTS) is None


def test_on_origin_site_needs_the_sites_own_agency():
    assert on_origin_site(row("apnews.com", "AP"), HOSTS)
    assert on_origin_site(row("apnews.com", "ap"), HOSTS)
    assert on_origin_site(row("apnews.com", None), HOSTS)
    assert not on_origin_site(row("reuters.com", "AP"), HOSTS)
    assert not on_origin_site(row("dailyherald.com", "AP"), HOSTS)


def test_canonical_rank_exact_tuples():
    assert canonical_rank(row("apnews.com", "AP", dt.date(2024, 5, 2), 900), HOSTS) == (0, 739008, -900)
    assert canonical_rank(row("herald.com", "AP", None, 50), HOSTS) == (1, dt.date.max.toordinal() + 1, -50)
    assert canonical_rank({"host": "x.com", "text": "abc"}, HOSTS) == (1, dt.date.max.toordinal() + 1, -3)


def test_rules_apply_in_order():
    agency_late = ("b", canonical_rank(row("apnews.com", "AP", dt.date(2024, 5, 3), 10), HOSTS))
    early = ("c", canonical_rank(row("herald.com", "AP", dt.date(2024, 5, 1), 10), HOSTS))
    early_long = ("d", canonical_rank(row("post.com", "AP", dt.date(2024, 5, 1), 500), HOSTS))
    undated_long = ("a", canonical_rank(row("times.com", "AP", None, 5000), HOSTS))
    assert choose_canonical([early, undated_long, agency_late, early_long]) == "b"
    assert choose_canonical([early, undated_long, early_long]) == "d"
    assert choose_canonical([early, undated_long]) == "c"
    tie = canonical_rank(row("herald.com", "AP", dt.date(2024, 5, 1), 10), HOSTS)
    assert choose_canonical([("f", tie), ("e", tie)]) == "e"
