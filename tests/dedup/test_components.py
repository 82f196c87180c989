import random
from collections import defaultdict

import apache_beam as beam
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.dedup.components import (
    ConnectedComponents,
    both_directions,
    keyed_by_larger,
    label,
    large_star,
    resolve_pendant,
    small_star,
    split_pendant,
    undirected,
)


def test_undirected_gives_both_directions_and_drops_self_loops():
    assert list(undirected(("b", "a"))) == [("b", "a"), ("a", "b")]
    assert list(undirected(("a", "a"))) == []


def test_rekeying_between_half_rounds():
    assert list(keyed_by_larger([("a", "c"), ("b", "d")])) == [("c", "a"), ("d", "b")]
    assert list(both_directions([("a", "c"), ("b", "b")])) == [("a", "c"), ("c", "a")]


def test_large_star_attaches_larger_neighbors_to_the_smallest_seen():
    assert list(large_star("c", ["e", "a", "d", "e"])) == [("a", "d"), ("a", "e")]
    assert list(large_star("a", ["c", "b"])) == [("a", "b"), ("a", "c")]
    assert list(large_star("z", ["a"])) == []


def test_small_star_attaches_node_and_smaller_neighbors_to_the_smallest():
    assert list(small_star("d", ["b", "a", "c"])) == [("a", "b"), ("a", "c"), ("a", "d")]
    assert list(small_star("b", ["a"])) == [("a", "b")]


def test_split_pendant_emits_each_edge_from_its_larger_end():
    assert list(split_pendant("c", ["a"])) == [(True, ("a", "c"))]
    assert list(split_pendant("c", ["a", "d"])) == [(False, ("a", "c"))]
    assert list(split_pendant("a", ["b", "c"])) == []


def test_label_reports_star_form():
    assert label("a", ["b", "c"]) == ("a", True)
    assert label("c", ["a"]) == ("a", True)
    assert label("c", ["a", "d"]) == ("a", False)


def test_resolve_pendant_labels_leaves_with_their_centres_label():
    assert list(resolve_pendant("c", ["e", "d"], ["a"])) == [("d", "a"), ("e", "a")]
    assert list(resolve_pendant("c", ["e", "d"], [])) == [("c", "c"), ("d", "c"), ("e", "c")]
    assert list(resolve_pendant("c", [], ["a"])) == []


def _rounds(edges, count):
    for _ in range(count):
        adjacency = defaultdict(set)
        for u, v in edges:
            adjacency[u].add(v)
            adjacency[v].add(u)
        edges = {e for node, nbrs in adjacency.items() for e in large_star(node, nbrs)}
        smaller = defaultdict(set)
        for u, v in edges:
            smaller[v].add(u)
        edges = {e for node, nbrs in smaller.items() for e in small_star(node, nbrs)}
    return edges


def _simulate(edges, base_rounds=3, max_rounds=20):
    """The composite's algorithm on plain sets, built from the same pure functions."""
    edges = _rounds({e for edge in edges for e in undirected(edge)}, base_rounds)
    adjacency = defaultdict(set)
    for u, v in edges:
        adjacency[u].add(v)
        adjacency[v].add(u)
    split = [item for node, nbrs in adjacency.items() for item in split_pendant(node, nbrs)]
    active = _rounds({e for pendant, e in split if not pendant}, max_rounds - base_rounds)
    adjacency = defaultdict(set)
    for u, v in active:
        adjacency[u].add(v)
        adjacency[v].add(u)
    labels = {node: label(node, nbrs)[0] for node, nbrs in adjacency.items()}
    unconverged = sum(not label(node, nbrs)[1] for node, nbrs in adjacency.items())
    leaves = defaultdict(list)
    for pendant, (u, v) in split:
        if pendant:
            leaves[u].append(v)
    for center, found in leaves.items():
        labels.update(resolve_pendant(center, found, [labels[center]] if center in labels else []))
    return labels, unconverged


def _union_find(edges):
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for u, v in edges:
        a, b = find(u), find(v)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {node: find(node) for node in parent}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=80))
def test_algorithm_matches_union_find_on_random_graphs(pairs):
    edges = [(f"n{u:02d}", f"n{v:02d}") for u, v in pairs]
    expected = {node: root for node, root in _union_find(edges).items()
                if any(node in e for e in edges if e[0] != e[1])}
    assert _simulate(edges) == (expected, 0)


def test_chain_of_thirty_in_shuffled_id_order_is_one_component():
    ids = [f"d{i:02d}" for i in range(30)]
    random.Random(3).shuffle(ids)
    edges = list(zip(ids, ids[1:]))
    p = test_pipeline.TestPipeline()
    labels = p | beam.Create(edges) | ConnectedComponents()
    assert_that(labels, equal_to([(node, "d00") for node in ids]))
    result = p.run()
    result.wait_until_finish()
    unconverged = result.metrics().query(MetricsFilter().with_name("unconverged_nodes"))["counters"]
    assert sum(c.committed for c in unconverged) == 0


def test_stars_duplicates_and_self_loops():
    edges = [("b", "a"), ("c", "a"), ("a", "c"), ("x", "x"), ("y", "z"), ("z", "w"), ("q", "r"), ("r", "q")]
    with test_pipeline.TestPipeline() as p:
        labels = p | beam.Create(edges) | ConnectedComponents()
        assert_that(labels, equal_to([("a", "a"), ("b", "a"), ("c", "a"), ("w", "w"), ("y", "w"), ("z", "w"),
                                      ("q", "q"), ("r", "q")]))


def test_too_few_rounds_are_counted_as_unconverged():
    ids = [f"d{i:02d}" for i in range(30)]
    p = test_pipeline.TestPipeline()
    labels = p | beam.Create(list(zip(ids, ids[1:]))) | ConnectedComponents(base_rounds=1, max_rounds=1)
    expected, unconverged = _simulate(list(zip(ids, ids[1:])), base_rounds=1, max_rounds=1)
    assert unconverged == 25
    # One round on a 30-node path leaves 26 partial labels.
    assert sorted(set(expected.values())) == [f"d{i:02d}" for i in range(26)]
    assert_that(labels, equal_to(sorted(expected.items())))
    result = p.run()
    result.wait_until_finish()
    unconverged = result.metrics().query(MetricsFilter().with_name("unconverged_nodes"))["counters"]
    assert sum(c.committed for c in unconverged) == 25


def _rounds_to_converge(edges):
    rounds = 0
    while True:
        adjacency = defaultdict(set)
        for u, v in edges:
            adjacency[u].add(v)
            adjacency[v].add(u)
        if all(label(node, nbrs)[1] for node, nbrs in adjacency.items()):
            return rounds
        edges = _rounds(edges, 1)
        rounds += 1


def test_rounds_a_path_of_1000_needs_stay_well_under_the_default_bound():
    ids = [f"n{i:04d}" for i in range(1000)]
    assert _rounds_to_converge(set(zip(ids, ids[1:]))) == 10
    random.Random(1).shuffle(ids)
    assert _rounds_to_converge({tuple(sorted(e)) for e in zip(ids, ids[1:])}) == 8
