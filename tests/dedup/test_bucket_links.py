import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms.dedup.bucket_links import LinkBucketMembers, deal_to_subgroup, star_pairs, subgroup_count, subgroup_of

SAME = bytes(range(64))
OTHER = bytes(range(64, 128))


def test_subgroup_count_keeps_sub_buckets_near_half_the_limit():
    assert subgroup_count(1, 1000) == 1
    assert subgroup_count(1000, 1000) == 1
    assert subgroup_count(1001, 1000) == 3
    assert subgroup_count(100_000, 1000) == 200


def test_subgroup_of_is_a_fixed_hash_per_purpose():
    assert subgroup_of("abc", 7) == 5
    assert [subgroup_of(f"n{i:02d}", 10) for i in range(6)] == [4, 5, 8, 9, 9, 1]
    assert subgroup_of("n05", 10, b"verify") == 6


def test_star_pairs_link_members_to_the_smallest_heads_in_id_order():
    members = [("d", None), ("b", None), ("a", None), ("c", None)]
    assert list(star_pairs(members, 1, False)) == [("b", "a"), ("c", "a"), ("d", "a")]
    assert list(star_pairs(members, 2, False)) == [("b", "a"), ("c", "a"), ("c", "b"), ("d", "a"), ("d", "b")]
    assert list(star_pairs([("a", None)], 2, False)) == []
    assert list(star_pairs([("a", None), ("a", None)], 1, False)) == []


def test_star_pairs_screen_by_sketch():
    members = [("a", OTHER), ("b", SAME), ("c", SAME)]
    assert list(star_pairs(members, 2, True)) == [("c", "b")]


def test_deal_to_subgroup_splits_only_hot_buckets():
    assert deal_to_subgroup(("k", ("n05", None)), {}, 4) == (("k", -1), ("n05", None))
    assert deal_to_subgroup(("k", ("n05", None)), {"k": 20}, 4) == (("k", 1), ("n05", None))


def test_link_bucket_members_small_buckets():
    entries = [("k1", ("b", None)), ("k1", ("a", None)), ("k1", ("c", None)), ("k2", ("z", None)),
               ("k3", ("c", None)), ("k3", ("b", None)), ("k1", ("a", None))]
    with test_pipeline.TestPipeline() as p:
        pairs = p | beam.Create(entries) | LinkBucketMembers("test")
        assert_that(pairs, equal_to([("b", "a"), ("c", "a"), ("c", "b")]))


def test_link_bucket_members_hot_bucket_is_split_and_rejoined():
    entries = [("hot", (f"n{i:02d}", None)) for i in range(20)] + [("cold", ("n30", None)), ("cold", ("n31", None))]
    p = test_pipeline.TestPipeline()
    pairs = p | beam.Create(entries) | LinkBucketMembers("test", max_group=4)
    # Ten sub-buckets by hash: {n06 n08 n09 n11 n16 n17} {n05 n10} {n19} {n18} {n00 n14} {n01 n07 n12} {n13}
    # {n15} {n02} {n03 n04}; each links to its smallest, and the smallest ones to n00. Sub-buckets average
    # max_group / 2, so with only 20 members one of them holds 6.
    within = [("n08", "n06"), ("n09", "n06"), ("n11", "n06"), ("n16", "n06"), ("n17", "n06"), ("n10", "n05"),
              ("n14", "n00"), ("n07", "n01"), ("n12", "n01"), ("n04", "n03")]
    across = [(f"n{i:02d}", "n00") for i in (1, 2, 3, 5, 6, 13, 15, 18, 19)]
    assert_that(pairs, equal_to(within + across + [("n31", "n30")]))
    result = p.run()
    result.wait_until_finish()
    groups = result.metrics().query(MetricsFilter().with_name("group_size:test:buckets"))["distributions"]
    assert max(d.committed.max for d in groups) == 6
    split = result.metrics().query(MetricsFilter().with_name("split_buckets:test"))["counters"]
    assert sum(c.committed for c in split) == 1
