"""A second look at each cluster: members checked against its representative, so one bad link cannot merge stories.

Connected components trust every link: one wrong link between two stories of
a host, or through a text that quotes another, joins two whole clusters. After
the first clustering, every member with a text is verified against its
cluster's label node (the representative, its smallest node) with the same
`verify_pair` as any candidate, but without its Jaccard floor: that floor
keeps a short text inside a long roundup from joining two stories, while
here one side already belongs to the story, and a short copy of a long
representative is what a truncated copy looks like:

* a member that matches the representative "agrees", as does the
  representative itself;
* a member with a text that does not match it "disagrees";
* a member too short to compare (it was linked by an identical body only)
  goes with either side: an identical body is never a bad link.

A link stays only when its two ends are on the same side (or one end goes with
either), and the clusters are computed again from the links that stay. The
stories on the far side of a bad link keep their own links and come back as
their own cluster; the bad link is gone. A representative without a text of
its own has no opinion: every member of its cluster is on the same side and
nothing changes.

Every step is a join on one node id or a VerifyCandidatePairs run, so the cost
stays linear in members and links and no step holds more than one node's
facts or one part of a hot representative's members.
"""
from __future__ import annotations

from typing import Iterator

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms.dedup.bucket_links import DEFAULT_MAX_GROUP
from transforms.dedup.components import ConnectedComponents
from transforms.dedup.verify_pairs import VerifyCandidatePairs

AGREES, DISAGREES, EITHER = "agrees", "disagrees", "either"
_LABEL, _TEXT, _AGREED = "label", "text", "agreed"
_EDGE, _SIDE = "edge", "side"


def pair_with_representative(element) -> Iterator[tuple[str, str]]:
    """(node, label) -> (member, representative) for every node that is not its own label."""
    node, label = element
    if node != label:
        yield node, label


def side_of(element) -> Iterator[tuple[str, str]]:
    """(node, {label, text, agreed}) -> (node, side) for every clustered node."""
    node, facts = element
    if not facts[_LABEL]:
        return
    if not facts[_TEXT]:
        yield node, EITHER
    elif node == facts[_LABEL][0] or facts[_AGREED]:
        yield node, AGREES
    else:
        yield node, DISAGREES


def compatible(side_a: str, side_b: str) -> bool:
    return EITHER in (side_a, side_b) or side_a == side_b


def edge_by_end(edge: tuple[str, str], end: int) -> tuple[str, tuple[str, str]]:
    return edge[end], edge


def attach_side(element) -> Iterator[tuple[tuple[str, str], str]]:
    """(node, {edge: edges at this end, side: [side]}) -> (edge, side of this end) for each edge."""
    _, joined = element
    side = joined[_SIDE][0] if joined[_SIDE] else EITHER
    for edge in joined[_EDGE]:
        yield tuple(edge), side


class _KeepAgreeingLinks(beam.DoFn):
    def __init__(self):
        self._kept = Metrics.counter("CheckAgainstRepresentative", "links_kept")
        self._cut = Metrics.counter("CheckAgainstRepresentative", "links_cut")

    def process(self, element):
        edge, sides = element
        sides = list(sides)
        if len(sides) == 2 and not compatible(*sides):
            self._cut.inc()
            return
        self._kept.inc()
        yield edge


class CheckAgainstRepresentative(beam.PTransform):
    """Re-clusters after cutting every link whose ends disagree about the cluster's representative.

    Takes a dict {"links": (u, v) node pairs, "labels": (node, label) from a
    first ConnectedComponents run, "features": (node, Shingled.to_bytes()) for
    at least every node on a link that has a text} and returns (node, label) for every node still on a link. The links are
    given once each (as the edges of the first clustering), and a link's
    two ends are joined with their sides one end at a time.
    """

    def __init__(self, max_group: int = DEFAULT_MAX_GROUP):
        super().__init__()
        self._max_group = max_group

    def expand(self, inputs):
        links, labels, features = inputs["links"], inputs["labels"], inputs["features"]
        verified = ({"pairs": labels | "PairWithRepresentative" >> beam.FlatMap(pair_with_representative),
                     "features": features, "keep": labels}
                    | "VerifyAgainstRepresentative" >> VerifyCandidatePairs(self._max_group, min_jaccard=0.0))
        agreed = verified["links"] | "AgreedMembers" >> beam.Map(lambda pair: (pair[1], True))
        has_text = verified["texts"] | "HasText" >> beam.Map(lambda kv: (kv[0], True))
        sides = ({_LABEL: labels, _TEXT: has_text, _AGREED: agreed}
                 | "JoinNodeFacts" >> beam.CoGroupByKey()
                 | "SideOfNode" >> beam.FlatMap(side_of))
        distinct = links | "DistinctLinks" >> beam.Map(lambda e: (min(e), max(e))) | "Dedupe" >> beam.Distinct()
        ends = []
        for end in (0, 1):
            ends.append({_EDGE: distinct | f"ByEnd{end}" >> beam.Map(edge_by_end, end), _SIDE: sides}
                        | f"JoinSide{end}" >> beam.CoGroupByKey()
                        | f"AttachSide{end}" >> beam.FlatMap(attach_side))
        kept = (ends | "BothEnds" >> beam.Flatten()
                | "GroupEndsOfLink" >> beam.GroupByKey()
                | "KeepAgreeingLinks" >> beam.ParDo(_KeepAgreeingLinks()))
        return kept | "Recluster" >> ConnectedComponents()
