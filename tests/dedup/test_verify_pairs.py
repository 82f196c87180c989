import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms.dedup.fingerprint import Shingled, shingle_hashes
from transforms.dedup.verify_pairs import VerifyCandidatePairs, copy_to_parts, distinct_heads, send_to_heads


def text(start: int, stop: int, prefix: str = "w") -> tuple[bytes, bytes]:
    words = [f"{prefix}{i}" for i in range(start, stop)]
    return Shingled(shingle_hashes(words), shingle_hashes(words[:34])).to_bytes()


def test_send_to_heads_once_per_distinct_head():
    element = ("m", {"features": [(b"s", b"l")], "heads": ["h2", "h1", "h2"]})
    assert list(send_to_heads(element, {}, 1000)) == [(("h1", -1), ("m", (b"s", b"l"))),
                                                      (("h2", -1), ("m", (b"s", b"l")))]
    assert list(send_to_heads(("m", {"features": [], "heads": ["h1"]}), {}, 1000)) == []


def test_distinct_heads_once_per_member_with_text():
    assert list(distinct_heads(("m", {"features": [b"f"], "heads": ["h2", "h1", "h2"]}))) == [("h1", None), ("h2", None)]
    assert list(distinct_heads(("m", {"features": [], "heads": ["h1"]}))) == []


def test_hot_heads_are_split_into_parts():
    element = ("n05", {"features": [(b"s", b"l")], "heads": ["h"]})
    assert list(send_to_heads(element, {"h": 20}, 4)) == [(("h", 6), ("n05", (b"s", b"l")))]
    assert list(copy_to_parts(("h", b"f"), {"h": 3}, 2)) == [(("h", 0), b"f"), (("h", 1), b"f"), (("h", 2), b"f")]
    assert list(copy_to_parts(("x", b"f"), {"h": 3}, 2)) == [(("x", -1), b"f")]


def test_only_copies_become_links():
    features = [("a", text(0, 200)), ("b", text(0, 120)), ("c", text(0, 200, "other")),
                ("d", text(100, 300))]
    pairs = [("b", "a"), ("c", "a"), ("d", "a"), ("d", "b"), ("b", "a")]
    with test_pipeline.TestPipeline() as p:
        links = ({"pairs": p | "Pairs" >> beam.Create(pairs), "features": p | "Features" >> beam.Create(features)}
                 | VerifyCandidatePairs())
        assert_that(links, equal_to([("a", "b")]))


def test_hot_head_verifies_every_candidate_in_bounded_groups():
    features = [("h", text(0, 200))] + [(f"m{i:02d}", text(0, 150)) for i in range(12)]
    # Each pair arrives three times, as from three shared buckets: only distinct candidates count.
    pairs = [(f"m{i:02d}", "h") for i in range(12)] * 3
    p = test_pipeline.TestPipeline()
    links = ({"pairs": p | "Pairs" >> beam.Create(pairs), "features": p | "Features" >> beam.Create(features)}
             | VerifyCandidatePairs(max_group=4))
    assert_that(links, equal_to([("h", f"m{i:02d}") for i in range(12)]))
    result = p.run()
    result.wait_until_finish()
    fan_in = result.metrics().query(MetricsFilter().with_name("group_size:candidates_per_head"))["distributions"]
    # 12 candidates over 6 parts by hash (3, 2, 2, 0, 1 and 4), plus one empty group per member text.
    assert max(d.committed.max for d in fan_in) == 4
    assert sum(d.committed.count for d in fan_in) == 18
    assert sum(d.committed.sum for d in fan_in) == 12


def test_candidates_whose_head_has_no_text_are_counted():
    p = test_pipeline.TestPipeline()
    links = ({"pairs": p | "Pairs" >> beam.Create([("m", "h")]),
              "features": p | "Features" >> beam.Create([("m", text(0, 150))])}
             | VerifyCandidatePairs())
    assert_that(links, equal_to([]))
    result = p.run()
    result.wait_until_finish()
    unmatched = result.metrics().query(MetricsFilter().with_name("candidates_without_head_text"))["counters"]
    assert sum(c.committed for c in unmatched) == 1
