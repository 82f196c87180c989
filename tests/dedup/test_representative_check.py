import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms.dedup.fingerprint import Shingled, shingle_hashes
from transforms.dedup.representative_check import (AGREES, DISAGREES, EITHER, CheckAgainstRepresentative, attach_side,
                                                   compatible, pair_with_representative, side_of)


def features(prefix: str, count: int = 60) -> tuple[bytes, ...]:
    words = [f"{prefix}{i}" for i in range(count)]
    return Shingled(shingle_hashes(words), shingle_hashes(words[:34])).to_bytes()


def test_pair_with_representative_skips_the_representative_itself():
    assert list(pair_with_representative(("b", "a"))) == [("b", "a")]
    assert list(pair_with_representative(("a", "a"))) == []


def test_side_of_a_node():
    assert list(side_of(("a", {"label": ["a"], "text": [True], "agreed": []}))) == [("a", AGREES)]
    assert list(side_of(("b", {"label": ["a"], "text": [True], "agreed": [True]}))) == [("b", AGREES)]
    assert list(side_of(("c", {"label": ["a"], "text": [True], "agreed": []}))) == [("c", DISAGREES)]
    assert list(side_of(("d", {"label": ["a"], "text": [], "agreed": []}))) == [("d", EITHER)]
    assert list(side_of(("e", {"label": [], "text": [True], "agreed": []}))) == []


def test_compatible_sides():
    assert compatible(AGREES, AGREES) and compatible(DISAGREES, DISAGREES)
    assert compatible(EITHER, DISAGREES) and compatible(AGREES, EITHER)
    assert not compatible(AGREES, DISAGREES)


def test_attach_side_gives_every_edge_at_a_node_that_node_side():
    assert list(attach_side(("b", {"edge": [("a", "b"), ("b", "c")], "side": [DISAGREES]}))) == [
        (("a", "b"), DISAGREES), (("b", "c"), DISAGREES)]


def test_a_bad_link_is_cut_and_both_stories_keep_their_own_links():
    # a1, a2: one story; b1, b2: another; a2-b1 is the one bad link. d1 has no text (an identical
    # body linked it) and goes with either side.
    texts = {"a1": features("a"), "a2": features("a"), "b1": features("b"), "b2": features("b")}
    links = [("a1", "a2"), ("a2", "b1"), ("b1", "b2"), ("b2", "d1"), ("a2", "a1")]
    first = [(node, "a1") for node in ("a1", "a2", "b1", "b2", "d1")]
    with TestPipeline() as pipeline:
        labels = ({"links": pipeline | "Links" >> beam.Create(links),
                   "labels": pipeline | "Labels" >> beam.Create(first),
                   "features": pipeline | "Features" >> beam.Create(sorted(texts.items()))}
                  | CheckAgainstRepresentative())
        assert_that(labels, equal_to([("a1", "a1"), ("a2", "a1"), ("b1", "b1"), ("b2", "b1"), ("d1", "b1")]))
