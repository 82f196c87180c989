"""Exact verification of candidate pairs: only pairs that pass become links.

Texts (shingle sets) are the largest thing dedup moves, so each text travels
as little as possible: one join on node id tells every node which heads it is
a candidate of and whether it is a head itself; from there its text goes once
to each of its distinct heads and, for a head, once to its own group. A text
on no pair goes nowhere. The join also hands on the texts of the nodes on
pairs (and of the nodes in `keep`), the only texts a later step may still need.
"""
from __future__ import annotations

from typing import Iterator

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms.dedup.bucket_links import DEFAULT_MAX_GROUP, WHOLE, subgroup_count, subgroup_of
from transforms.dedup.fingerprint import MIN_JACCARD, Shingled, verify_pair

_FEATURES = "features"
_HEADS = "heads"
_AS_HEAD = "as_head"
_KEEP = "keep"
_TEXTS = "texts"
_HEAD, _CANDIDATE = 0, 1


def parts_of(head: str, hot_heads: dict[str, int], max_group: int) -> int:
    size = hot_heads.get(head)
    return 1 if size is None else subgroup_count(size, max_group)


def part_for(member: str, head: str, hot_heads: dict[str, int], max_group: int) -> int:
    size = hot_heads.get(head)
    return WHOLE if size is None else subgroup_of(member, subgroup_count(size, max_group), b"verify")


def route_text(element, hot_heads: dict[str, int], max_group: int) -> Iterator:
    """(node, {features, heads, as_head, keep}) -> its text to every group that verifies it.

    As a candidate the text goes to ((head, part), ...) once per distinct head;
    as a head, to each of its parts (several only for a head with more than
    `max_group` candidates). Nodes on a pair or in `keep` hand on their text.
    """
    node, joined = element
    if not joined[_FEATURES]:
        return
    features = joined[_FEATURES][0]
    heads = sorted(set(joined[_HEADS]))
    for head in heads:
        yield (head, part_for(node, head, hot_heads, max_group)), (_CANDIDATE, node, features)
    is_head = any(True for _ in joined[_AS_HEAD])
    if is_head:
        size = hot_heads.get(node)
        for part in ([WHOLE] if size is None else range(subgroup_count(size, max_group))):
            yield (node, part), (_HEAD, node, features)
    if heads or is_head or any(True for _ in joined[_KEEP]):
        yield beam.pvalue.TaggedOutput(_TEXTS, (node, features))


class _VerifyAgainstHead(beam.DoFn):
    def __init__(self, min_jaccard: float):
        self._min_jaccard = min_jaccard
        self._fan_in = Metrics.distribution("VerifyCandidatePairs", "group_size:candidates_per_head")
        self._linked = Metrics.counter("VerifyCandidatePairs", "pairs_linked")
        self._rejected = Metrics.counter("VerifyCandidatePairs", "pairs_not_copies")
        # Candidates whose head has no text of its own (a head too short to compare).
        self._unmatched = Metrics.counter("VerifyCandidatePairs", "candidates_without_head_text")

    def process(self, element):
        (head, _), values = element
        head_text, candidates = None, {}
        for kind, node, features in values:
            if kind == _HEAD:
                head_text = features
            else:
                candidates[node] = features
        if not candidates:
            return
        if head_text is None:
            self._unmatched.inc(len(candidates))
            return
        head_text = Shingled.from_bytes(head_text)
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
    "features": (node, Shingled.to_bytes())} and optionally "keep": (node, any)
    for nodes whose text a later step needs although they are on no pair.
    Returns {"links": each distinct (head, member) pair that passes
    `fingerprint.verify_pair` (with `min_jaccard`), "texts": (node, features)
    for every node with a text on a pair or in `keep`}.

    A head's distinct candidates are counted first (a combiner, one number per
    head); a head with more than `max_group` of them has its text copied to
    several parts that split its candidates, so no step holds more than about
    `max_group` candidates.
    """

    def __init__(self, max_group: int = DEFAULT_MAX_GROUP, min_jaccard: float = MIN_JACCARD):
        super().__init__()
        self._max_group = max_group
        self._min_jaccard = min_jaccard

    def expand(self, inputs):
        pairs, features = inputs["pairs"], inputs["features"]
        keep = inputs.get("keep")
        if keep is None:
            keep = pairs.pipeline | "NothingKept" >> beam.Create([])
        distinct = pairs | "DistinctPairs" >> beam.Distinct()
        hot_heads = beam.pvalue.AsDict(
            distinct
            | "HeadOfPair" >> beam.Map(lambda pair: (pair[1], None))
            | "CountCandidatesPerHead" >> beam.combiners.Count.PerKey()
            | "KeepHotHeads" >> beam.Filter(lambda kv, limit: kv[1] > limit, self._max_group))
        routed = ({_FEATURES: features, _HEADS: distinct, _AS_HEAD: distinct | "ByHead" >> beam.Map(
                      lambda pair: (pair[1], None)), _KEEP: keep}
                  | "JoinNodeText" >> beam.CoGroupByKey()
                  | "RouteTexts" >> beam.FlatMap(route_text, hot_heads, self._max_group).with_outputs(
                      _TEXTS, main="groups"))
        links = (routed.groups
                 | "GroupByHead" >> beam.GroupByKey()
                 | "VerifyAgainstHead" >> beam.ParDo(_VerifyAgainstHead(self._min_jaccard)))
        return {"links": links, "texts": routed[_TEXTS]}
