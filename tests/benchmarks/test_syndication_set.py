import collections
import hashlib

from benchmarks.dedup_quality import story_kind
from benchmarks.syndication_set import quality_set, scaling_docs, scaling_plan, scaling_set


def test_quality_set_is_fixed_by_its_seed():
    articles, labels = quality_set(2024)
    assert len(articles) == 1556
    assert len(set(labels)) == 226
    digest = hashlib.sha256("\n".join(row["text"] for row in articles).encode()).hexdigest()[:16]
    assert digest == "79b475a9c77dcfe0"
    assert len({row["source_record"] for row in articles}) == 1556
    assert all(row["text_chars"] == len(row["text"]) for row in articles)


def test_quality_set_has_every_kind_of_story():
    _, labels = quality_set(2024)
    kinds = collections.Counter(story_kind(label) for label in set(labels))
    assert kinds == {"main": 48, "sibling": 60, "single": 60, "brief": 40, "update": 18}


def test_scaling_plan_has_one_story_of_1000_copies_and_a_tenth_briefs_per_10k():
    plan = scaling_plan(10_000)
    assert sum(copies for _, _, copies in plan) == 10_000
    assert [copies for _, kind, copies in plan if copies >= 1000] == [1000]
    assert sum(1 for _, kind, _ in plan if kind == "brief") == 1000
    assert plan[:3] == [(1, "story", 20), (2, "brief", 1), (3, "brief", 1)]


def test_scaling_docs_are_independent_of_the_rest_of_the_plan():
    rows = scaling_docs((3, "story", 2))
    assert [(row["source_record"], row["doc_id"]) for row in rows][0] == ("story:3:0", "56fd0a12cc0934d3")
    assert sum(1 for _ in scaling_set(2_000)) == 2_000
