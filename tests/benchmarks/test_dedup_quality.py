import pytest

from benchmarks.dedup_quality import error_kinds, pair_scores, story_kind


def test_pair_scores_on_a_hand_computed_example():
    # Truth {a b}{c d}; predicted {a b c}{d}: 1 pair right of 3 predicted, of 2 true; ARI (1 - 1) / (2.5 - 1).
    scores = pair_scores(["x", "x", "y", "y"], [1, 1, 1, 2])
    assert scores.precision == pytest.approx(1 / 3)
    assert scores.recall == 0.5
    assert scores.f1 == pytest.approx(0.4)
    assert scores.ari == 0.0


def test_pair_scores_of_identical_partitions():
    assert pair_scores(["a", "a", "b"], [7, 7, 9]) == (1.0, 1.0, 1.0, 1.0)


def test_story_kind_reads_quality_set_labels():
    assert [story_kind(x) for x in ("2024/3/main", "2024/3/update", "2024/3/sibling/1", "2024/single/4",
                                    "brief/2024/briefs/2")] == ["main", "update", "sibling", "single", "brief"]


def test_error_kinds_counts_joined_and_missed_pairs():
    labels = ["2024/1/main", "2024/1/main", "2024/1/update", "2024/2/main"]
    predicted = ["c1", "c1", "c1", "c2"]
    assert error_kinds(labels, predicted) == {"joined main+update": 2, "left apart": 0}
    assert error_kinds(labels, ["c1", "c2", "c3", "c4"]) == {"left apart": 1}
