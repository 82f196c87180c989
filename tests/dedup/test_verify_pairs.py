import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms.dedup.fingerprint import Shingled, shingle_hashes
from transforms.dedup.verify_pairs import VerifyCandidatePairs, route_text


def text(start: int, stop: int, prefix: str = "w") -> tuple[bytes, bytes]:
    words = [f"{prefix}{i}" for i in range(start, stop)]
    return Shingled(shingle_hashes(words), shingle_hashes(words[:34])).to_bytes()


def _joined(features, heads=(), as_head=(), keep=()):
    return {"features": features, "heads": list(heads), "as_head": list(as_head), "keep": list(keep)}


def _split(outputs):
    groups = [o for o in outputs if not isinstance(o, beam.pvalue.TaggedOutput)]
    texts = [o.value for o in outputs if isinstance(o, beam.pvalue.TaggedOutput)]
    return groups, texts


def test_a_text_goes_once_to_each_distinct_head_and_once_to_its_own_group():
    f = (b"s", b"l")
    groups, texts = _split(list(route_text(("m", _joined([f], heads=["h2", "h1", "h2"], as_head=[None] * 2)),
                                           {}, 1000)))
    assert groups == [(("h1", -1), (1, "m", f)), (("h2", -1), (1, "m", f)), (("m", -1), (0, "m", f))]
    assert texts == [("m", f)]


def test_a_text_on_no_pair_goes_nowhere_unless_kept():
    f = (b"s", b"l")
    assert list(route_text(("x", _joined([f])), {}, 1000)) == []
    assert _split(list(route_text(("x", _joined([f], keep=[True])), {}, 1000))) == ([], [("x", f)])
    assert list(route_text(("m", _joined([], heads=["h1"])), {}, 1000)) == []


def test_hot_heads_are_split_into_parts():
    f = (b"s", b"l")
    groups, _ = _split(list(route_text(("n05", _joined([f], heads=["h"])), {"h": 20}, 4)))
    assert groups == [(("h", 6), (1, "n05", f))]
    groups, _ = _split(list(route_text(("h", _joined([f], as_head=[None])), {"h": 3}, 2)))
    assert groups == [(("h", 0), (0, "h", f)), (("h", 1), (0, "h", f)), (("h", 2), (0, "h", f))]


def test_only_copies_become_links():
    features = [("a", text(0, 200)), ("b", text(0, 120)), ("c", text(0, 200, "other")),
                ("d", text(100, 300))]
    pairs = [("b", "a"), ("c", "a"), ("d", "a"), ("d", "b"), ("b", "a")]
    with test_pipeline.TestPipeline() as p:
        links = ({"pairs": p | "Pairs" >> beam.Create(pairs), "features": p | "Features" >> beam.Create(features)}
                 | VerifyCandidatePairs())
        assert_that(links["links"], equal_to([("a", "b")]), label="links")
        assert_that(links["texts"], equal_to(features), label="texts")


def test_hot_head_verifies_every_candidate_in_bounded_groups():
    features = [("h", text(0, 200))] + [(f"m{i:02d}", text(0, 150)) for i in range(12)]
    # Each pair arrives three times, as from three shared buckets: only distinct candidates count.
    pairs = [(f"m{i:02d}", "h") for i in range(12)] * 3
    p = test_pipeline.TestPipeline()
    links = ({"pairs": p | "Pairs" >> beam.Create(pairs), "features": p | "Features" >> beam.Create(features)}
             | VerifyCandidatePairs(max_group=4))["links"]
    assert_that(links, equal_to([("h", f"m{i:02d}") for i in range(12)]))
    result = p.run()
    result.wait_until_finish()
    fan_in = result.metrics().query(MetricsFilter().with_name("group_size:candidates_per_head"))["distributions"]
    # 12 candidates over 6 parts by hash (3, 2, 2, 0, 1 and 4); the empty part verifies nothing.
    assert max(d.committed.max for d in fan_in) == 4
    assert sum(d.committed.count for d in fan_in) == 5
    assert sum(d.committed.sum for d in fan_in) == 12


def test_candidates_whose_head_has_no_text_are_counted():
    p = test_pipeline.TestPipeline()
    links = ({"pairs": p | "Pairs" >> beam.Create([("m", "h")]),
              "features": p | "Features" >> beam.Create([("m", text(0, 150))])}
             | VerifyCandidatePairs())["links"]
    assert_that(links, equal_to([]))
    result = p.run()
    result.wait_until_finish()
    unmatched = result.metrics().query(MetricsFilter().with_name("candidates_without_head_text"))["counters"]
    assert sum(c.committed for c in unmatched) == 1
