"""Exact verification of candidate pairs: only pairs that pass become links."""
from __future__ import annotations

from typing import Iterator

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms.dedup.bucket_links import DEFAULT_MAX_GROUP, WHOLE, subgroup_count, subgroup_of
from transforms.dedup.fingerprint import MIN_JACCARD, Shingled, verify_pair

_FEATURES = "features"
_HEADS = "heads"
_CANDIDATES = "candidates"


def distinct_heads(element) -> Iterator[tuple[str, None]]:
    """(head, None) once for each distinct head of a member that has a text; pairs arrive once per shared bucket."""
    _, joined = element
    if joined[_FEATURES]:
        for head in sorted(set(joined[_HEADS])):
            yield head, None


def send_to_heads(element, hot_heads: dict[str, int], max_group: int):
    """(member, {features, heads}) -> ((head, part), (member, member features)) for each distinct head.

    A head with more than `max_group` candidates is split into parts, like a
    hot bucket, so that no group holds all of them.
    """
    member, joined = element
    # The same heads the candidate counts were taken over, so counts and routing agree.
    for head, _ in distinct_heads(element):
        size = hot_heads.get(head)
        part = WHOLE if size is None else subgroup_of(member, subgroup_count(size, max_group), b"verify")
        yield (head, part), (member, joined[_FEATURES][0])


def copy_to_parts(element, hot_heads: dict[str, int], max_group: int):
    """(node, features) -> ((node, part), features) for every part the node's candidates were split into."""
    node, features = element
    size = hot_heads.get(node)
    if size is None:
        yield (node, WHOLE), features
        return
    for part in range(subgroup_count(size, max_group)):
        yield (node, part), features


class _VerifyAgainstHead(beam.DoFn):
    def __init__(self, min_jaccard: float):
        self._min_jaccard = min_jaccard
        self._fan_in = Metrics.distribution("VerifyCandidatePairs", "group_size:candidates_per_head")
        self._linked = Metrics.counter("VerifyCandidatePairs", "pairs_linked")
        self._rejected = Metrics.counter("VerifyCandidatePairs", "pairs_not_copies")
        # Every head has a text, so this stays 0 unless the two routes to a
        # head's part (candidates and head text) disagree.
        self._unmatched = Metrics.counter("VerifyCandidatePairs", "candidates_without_head_text")

    def process(self, element):
        (head, _), joined = element
        if not joined[_FEATURES]:
            self._unmatched.inc(len(joined[_CANDIDATES]))
            return
        head_text = Shingled.from_bytes(joined[_FEATURES][0])
        candidates = dict(joined[_CANDIDATES])
        self._fan_in.update(len(candidates))
        for member in sorted(candidates):
            if verify_pair(head_text, Shingled.from_bytes(candidates[member]), self._min_jaccard):
                self._linked.inc()
                yield head, member
            else:
                self._rejected.inc()


class VerifyCandidatePairs(beam.PTransform):
    """Keeps the candidate pairs whose texts are copies of one story.

    Takes a dict {"pairs": (member, head) node pairs, repeats allowed,
    "features": (node, Shingled.to_bytes())} and returns each distinct
    (head, member) pair that passes `fingerprint.verify_pair` (with `min_jaccard`). Texts meet
    through two joins on node id; the first also collapses repeated pairs.
    A head's distinct candidates are counted first (a combiner, one number per head);
    a head with more than `max_group` of them has its text copied to several
    parts that split its candidates, so no step holds more than about
    `max_group` candidates.
    """

    def __init__(self, max_group: int = DEFAULT_MAX_GROUP, min_jaccard: float = MIN_JACCARD):
        super().__init__()
        self._max_group = max_group
        self._min_jaccard = min_jaccard

    def expand(self, inputs):
        pairs, features = inputs["pairs"], inputs["features"]
        members = {_FEATURES: features, _HEADS: pairs} | "JoinMemberText" >> beam.CoGroupByKey()
        hot_heads = beam.pvalue.AsDict(
            members
            | "DistinctHeads" >> beam.FlatMap(distinct_heads)
            | "CountCandidatesPerHead" >> beam.combiners.Count.PerKey()
            | "KeepHotHeads" >> beam.Filter(lambda kv, limit: kv[1] > limit, self._max_group))
        candidates = members | "SendToHeads" >> beam.FlatMap(send_to_heads, hot_heads, self._max_group)
        head_texts = features | "CopyHotHeadText" >> beam.FlatMap(copy_to_parts, hot_heads, self._max_group)
        return ({_FEATURES: head_texts, _CANDIDATES: candidates}
                | "JoinHeadText" >> beam.CoGroupByKey()
                | "VerifyAgainstHead" >> beam.ParDo(_VerifyAgainstHead(self._min_jaccard)))
