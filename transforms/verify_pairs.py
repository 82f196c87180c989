"""Exact verification of candidate pairs: only pairs that pass become links."""
from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms.text_fingerprint import Shingled, verify_pair

_FEATURES = "features"
_HEADS = "heads"
_CANDIDATES = "candidates"


def send_to_heads(element):
    """(member, {features, heads}) -> (head, (member, member features)) for each distinct head."""
    member, joined = element
    features = joined[_FEATURES]
    if not features:
        return
    for head in sorted(set(joined[_HEADS])):
        yield head, (member, features[0])


class _VerifyAgainstHead(beam.DoFn):
    def __init__(self):
        self._fan_in = Metrics.distribution("VerifyCandidatePairs", "group_size:candidates_per_head")
        self._linked = Metrics.counter("VerifyCandidatePairs", "linked")
        self._rejected = Metrics.counter("VerifyCandidatePairs", "rejected:not_a_copy")

    def process(self, element):
        head, joined = element
        if not joined[_FEATURES]:
            return
        head_text = Shingled.from_bytes(joined[_FEATURES][0])
        candidates = dict(joined[_CANDIDATES])
        self._fan_in.update(len(candidates))
        for member in sorted(candidates):
            if verify_pair(head_text, Shingled.from_bytes(candidates[member])):
                self._linked.inc()
                yield head, member
            else:
                self._rejected.inc()


class VerifyCandidatePairs(beam.PTransform):
    """Keeps the candidate pairs whose texts are copies of one story.

    Takes a dict {"pairs": (member, head) node pairs, "features": (node,
    Shingled.to_bytes())} and returns the (head, member) pairs that pass
    `text_fingerprint.verify_pair`. Texts meet through two joins on node id,
    so no step holds more than one head's candidates; a head's candidates are
    bounded by the bucket linking (members of its sub-buckets).
    """

    def expand(self, inputs):
        pairs, features = inputs["pairs"], inputs["features"]
        candidates = ({_FEATURES: features, _HEADS: pairs}
                      | "JoinMemberText" >> beam.CoGroupByKey()
                      | "SendToHeads" >> beam.FlatMap(send_to_heads))
        return ({_FEATURES: features, _CANDIDATES: candidates}
                | "JoinHeadText" >> beam.CoGroupByKey()
                | "VerifyAgainstHead" >> beam.ParDo(_VerifyAgainstHead()))
