"""Candidate links inside hash buckets, at linear cost however large a bucket grows.

A bucket is every document sharing one key: a body hash, a URL, or one LSH
band value. Linking all pairs in a bucket is quadratic, and a key shared by
100,000 pages (a site footer that wins a band) would be ruinous. Instead each
member is paired with at most `heads` of the bucket's smallest members (its
"heads"), so a bucket of n members yields at most n * heads candidate pairs,
and connected components later join what the stars leave apart.

A bucket larger than `max_group` is never held in one place. Its size is
counted first with a combiner (which holds one number per bucket), then its
members are dealt to about 2 * size / max_group sub-buckets by a hash of their
id; each sub-bucket links to its own heads, and the sub-buckets' smallest
members are linked to each other in a second, much smaller group. Two levels
cover buckets of up to max_group**2 / 2 members (500,000 by default); beyond
that the second-level group grows past max_group, linearly in the bucket size.
"""
from __future__ import annotations

import hashlib
import math
from typing import Iterable, Iterator

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms.dedup.fingerprint import could_be_copies

DEFAULT_MAX_GROUP = 1000
_SUBGROUP_HEADS = "subgroup_heads"

Member = tuple[str, "bytes | None"]  # (node id, MinHash sketch or None)


def subgroup_count(bucket_size: int, max_group: int) -> int:
    """How many sub-buckets a bucket is dealt into: about max_group / 2 members each, so chance rarely overfills one."""
    if bucket_size <= max_group:
        return 1
    return math.ceil(2 * bucket_size / max_group)


def subgroup_of(node: str, subgroups: int, purpose: bytes = b"bucket") -> int:
    """A stable sub-bucket for `node`, identical on every worker.

    Each `purpose` hashes independently: members of one bucket's sub-bucket
    must not land together again when a later step splits by the same ids.
    """
    digest = hashlib.blake2b(node.encode("utf-8"), digest_size=8, person=purpose).digest()
    return int.from_bytes(digest, "little") % subgroups


def star_pairs(members: Iterable[Member], heads: int, screened: bool) -> Iterator[tuple[str, str]]:
    """(member, head) pairs linking every member to the bucket's `heads` smallest members.

    Members are ordered by id, so the pairs do not depend on arrival order.
    When `screened`, a pair is kept only when the members' sketches say they
    could be copies (`fingerprint.could_be_copies`); exact keys keep every pair.
    """
    ordered = sorted(dict(members).items())
    for index in range(1, len(ordered)):
        node, node_sketch = ordered[index]
        for head, head_sketch in ordered[:min(index, heads)]:
            if not screened or could_be_copies(node_sketch, head_sketch):
                yield node, head


WHOLE = -1  # sub-bucket marker of a bucket small enough to be linked in one group


def deal_to_subgroup(entry: tuple[object, Member], hot: dict[object, int], max_group: int):
    """Key a bucket entry by (bucket, sub-bucket); buckets not in `hot` stay whole."""
    key, member = entry
    size = hot.get(key)
    if size is None:
        return (key, WHOLE), member
    return (key, subgroup_of(member[0], subgroup_count(size, max_group))), member


class _LinkSubgroups(beam.DoFn):
    """Links one bucket or sub-bucket; a sub-bucket also sends its smallest member on to the second level."""

    def __init__(self, heads: int, screened: bool, label: str):
        self._heads = heads
        self._screened = screened
        self._group_size = Metrics.distribution("LinkBucketMembers", f"group_size:{label}:buckets")

    def process(self, element):
        (bucket, subgroup), members = element
        members = dict(members)
        self._group_size.update(len(members))
        yield from star_pairs(members.items(), self._heads, self._screened)
        if subgroup != WHOLE:
            yield beam.pvalue.TaggedOutput(_SUBGROUP_HEADS, (bucket, min(members.items())))


class _LinkSubgroupHeads(beam.DoFn):
    def __init__(self, heads: int, screened: bool, label: str):
        self._heads = heads
        self._screened = screened
        self._group_size = Metrics.distribution("LinkBucketMembers", f"group_size:{label}:split_bucket_heads")
        self._split = Metrics.counter("LinkBucketMembers", f"split_buckets:{label}")

    def process(self, element):
        _, heads = element
        heads = list(heads)
        self._split.inc()
        self._group_size.update(len(heads))
        yield from star_pairs(heads, self._heads, self._screened)


class LinkBucketMembers(beam.PTransform):
    """Candidate pairs from buckets of members.

    Takes (bucket key, (node id, sketch or None)) and returns (member, head)
    pairs of node ids with head < member; a pair found in several buckets
    comes once per bucket, since both consumers group by node and a
    de-duplicating shuffle here would cost more than it saves. Every bucket member
    with at least one other member is on at least one pair whose other end is
    in the same bucket. No step holds more than about max_group members of one
    bucket (see the module docstring for the bound on the second level).
    """

    def __init__(self, label: str, heads: int = 1, screened: bool = False,
                 max_group: int = DEFAULT_MAX_GROUP):
        super().__init__()
        self._label = label
        self._heads = heads
        self._screened = screened
        self._max_group = max_group

    def expand(self, entries):
        hot = (entries
               | "CountBucketMembers" >> beam.combiners.Count.PerKey()
               | "KeepHotBuckets" >> beam.Filter(lambda kv, limit: kv[1] > limit, self._max_group))
        linked = (entries
                  | "DealHotBuckets" >> beam.Map(deal_to_subgroup, beam.pvalue.AsDict(hot), self._max_group)
                  | "GroupBuckets" >> beam.GroupByKey()
                  | "LinkWithinBuckets" >> beam.ParDo(
                      _LinkSubgroups(self._heads, self._screened, self._label)).with_outputs(
                          _SUBGROUP_HEADS, main="pairs"))
        across = (linked[_SUBGROUP_HEADS]
                  | "GroupSubgroupHeads" >> beam.GroupByKey()
                  | "LinkSubgroupHeads" >> beam.ParDo(
                      _LinkSubgroupHeads(self._heads, self._screened, self._label)))
        return (linked.pairs, across) | "MergePairs" >> beam.Flatten()
