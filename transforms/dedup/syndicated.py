"""DedupSyndicated: cluster every copy of a story across outlets and pick one canonical copy.

Steps, each a scalable Beam transform (no step gathers all documents or all
links on one worker):

1. lines that recur in many texts of one host are that host's boilerplate
   (boilerplate.py) and are left out when bodies are compared;
2. fingerprint each article (fingerprint.py);
3. exact copies: articles sharing a normalized body hash are linked through
   LinkBucketMembers;
4. near copies: articles sharing an LSH band or a URL key
   (transforms/newsroom/urls.py) are candidate pairs (LinkBucketMembers,
   screened by MinHash sketch), and only the pairs that pass the exact shingle
   check become links (VerifyCandidatePairs). A URL is evidence, never proof:
   sites put the article id in a query the URL may lose, and declare one
   canonical URL for many articles;
5. clusters are the connected components of all links (ConnectedComponents),
   computed again after every member is checked against its cluster's
   representative, so that one bad link cannot merge two stories
   (representative_check.py);
6. each cluster's canonical copy is chosen by canonical_copy.py.

Rows are identified inside the stage by (doc_id, source_file, source_record),
since two captures of one page share a doc_id.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping

import apache_beam as beam
from apache_beam.metrics import Metrics

import schemas
from transforms.dedup.boilerplate import BoilerplateLines, without_lines
from transforms.dedup.bucket_links import DEFAULT_MAX_GROUP, LinkBucketMembers
from transforms.dedup.canonical_copy import canonical_rank, choose_canonical
from transforms.dedup.components import ConnectedComponents
from transforms.dedup.fingerprint import MIN_ESTIMATED_JACCARD, fingerprint
from transforms.dedup.representative_check import CheckAgainstRepresentative
from transforms.dedup.verify_pairs import VerifyCandidatePairs
from transforms.newsroom.agencies import agency_hosts as registry_agency_hosts
from transforms.newsroom.urls import url_key

MODES = ("mark", "drop", "off")
# Near-dup buckets link each member to their two smallest members: a bucket
# whose smallest member is an outlier (another story that shares one band
# value) still links its other members through the second.
NEAR_HEADS = 2
_NAMESPACE = "DedupSyndicated"
_EXACT, _BANDS, _FEATURES, _RANKS, _REJECTS = "exact", "bands", "features", "ranks", "rejects"
_ROW, _BOILERPLATE = "row", "boilerplate"
_SEP = "\x00"


def node_id(row: Mapping[str, Any]) -> str:
    """Row id inside the stage; ordering by it orders by doc_id first."""
    return _SEP.join((row["doc_id"], row.get("source_file") or "", row.get("source_record") or ""))


def doc_id_of(node: str) -> str:
    return node.split(_SEP, 1)[0]


def cluster_annotations(root: str, members: Iterable[tuple[str, tuple, bool]]) -> Iterator[tuple[str, dict]]:
    """(node, columns) for the members (node, rank, has exact twin) of the cluster labelled `root`."""
    members = sorted(members)
    canonical = choose_canonical((node, rank) for node, rank, _ in members)
    for node, _, exact in members:
        yield node, {
            "dup_cluster_id": doc_id_of(root), "dup_cluster_size": len(members),
            "is_canonical": node == canonical, "dup_kind": "exact" if exact else "near",
            "canonical_doc_id": doc_id_of(canonical),
        }


def unique_annotation(row: Mapping[str, Any]) -> dict:
    return {"dup_cluster_id": row["doc_id"], "dup_cluster_size": 1, "is_canonical": True,
            "dup_kind": "unique", "canonical_doc_id": row["doc_id"]}


def key_by_node(row: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]]:
    return node_id(row), row


class _Fingerprint(beam.DoFn):
    """(node, {row, boilerplate line hashes}) -> the row's keys for exact and near matching, and the row."""

    def __init__(self, agency_hosts: Mapping[str, tuple[str, ...]]):
        self._agency_hosts = dict(agency_hosts)
        self._short = Metrics.counter(_NAMESPACE, "exact_only:short_text")
        self._trimmed = Metrics.counter(_NAMESPACE, "compared_without_host_boilerplate")

    def process(self, element):
        node, joined = element
        boilerplate = frozenset(joined[_BOILERPLATE])
        for row in joined[_ROW]:
            text = row.get("text") or ""
            compared = without_lines(text, boilerplate)
            if compared != text:
                self._trimmed.inc()
            found = fingerprint(text, compared)
            yield beam.pvalue.TaggedOutput(_RANKS, (node, canonical_rank(row, self._agency_hosts)))
            if found.body_hash:
                yield beam.pvalue.TaggedOutput(_EXACT, ("body:" + found.body_hash, (node, None)))
            if found.shingled is None:
                # Too short to compare: only an identical body links it. A shared URL alone
                # never does, since sites declare one URL for many articles.
                self._short.inc()
            else:
                yield beam.pvalue.TaggedOutput(_FEATURES, (node, found.shingled.to_bytes()))
                for band in found.band_keys:
                    yield beam.pvalue.TaggedOutput(_BANDS, (band, (node, found.sketch)))
                # A shared URL makes two rows candidates like a shared band: they are linked
                # only when verification finds their texts are copies.
                page = url_key(row.get("canonical_url"), row.get("url"))
                if page:
                    yield beam.pvalue.TaggedOutput(_BANDS, (b"url:" + page.encode("utf-8"), (node, found.sketch)))
            yield node, row


def key_by_cluster(element) -> Iterator[tuple[str, tuple[str, tuple, bool]]]:
    node, facts = element
    if facts["label"] and facts["rank"]:
        yield facts["label"][0], (node, facts["rank"][0], bool(facts["exact"]))


class _AnnotateCluster(beam.DoFn):
    def __init__(self):
        self._size = Metrics.distribution(_NAMESPACE, "group_size:cluster")

    def process(self, element):
        root, members = element
        members = list(members)
        self._size.update(len(members))
        yield from cluster_annotations(root, members)


class _ApplyAnnotation(beam.DoFn):
    def __init__(self, mode: str):
        self._mode = mode
        self._passed = Metrics.counter(_NAMESPACE, "passed")
        self._duplicate = Metrics.counter(_NAMESPACE, "rejected:duplicate")

    def process(self, element):
        _, joined = element
        for row in joined["row"]:
            columns = dict(joined["annotation"][0]) if joined["annotation"] else unique_annotation(row)
            canonical_doc_id = columns.pop("canonical_doc_id")
            if self._mode == "drop" and not columns["is_canonical"]:
                self._duplicate.inc()
                yield beam.pvalue.TaggedOutput(_REJECTS, schemas.reject_row(
                    source_file=row["source_file"], source_record=row["source_record"], url=row["url"],
                    doc_id=row["doc_id"], stage="dedup", reason="duplicate", detail=canonical_doc_id))
                continue
            self._passed.inc()
            yield {**row, **columns}


class DedupSyndicated(beam.PTransform):
    """Clusters copies of one story and marks or drops all but one canonical copy.

    Takes article dicts (schemas/corpus.py; reads doc_id, url, canonical_url,
    host, text, text_chars, published_at, wire_origin, source_file,
    source_record) and returns (articles, rejects):

    * mode "mark": every row, with dup_cluster_id (smallest doc_id in the
      cluster), dup_cluster_size, is_canonical and dup_kind set. dup_kind is
      "unique" in a cluster of one; "exact" for a row with an exact twin in its
      cluster (same normalized body); otherwise "near".
    * mode "drop": only canonical rows, annotated as above; every other row
      goes to rejects with reason "duplicate" and the canonical doc_id in
      `detail`.
    * mode "off": the input unchanged and no rejects.

    Every other column passes through unchanged. The result depends only on
    the input rows, never on runner, worker count, bundling or retries.
    `agency_hosts` maps agency ids (as in `wire_origin`) to their own hosts
    (default: the agency registry, transforms/newsroom/data/agencies.json);
    `max_group` bounds how many members of one hash bucket a step holds.
    """

    def __init__(self, mode: str = "mark", agency_hosts: Mapping[str, tuple[str, ...]] | None = None,
                 max_group: int = DEFAULT_MAX_GROUP):
        super().__init__()
        if mode not in MODES:
            raise ValueError(f"dedup mode must be one of {MODES}, not {mode!r}")
        self._mode = mode
        self._agency_hosts = dict(registry_agency_hosts() if agency_hosts is None else agency_hosts)
        self._max_group = max_group

    def expand(self, articles):
        if self._mode == "off":
            return articles, articles.pipeline | "NoRejects" >> beam.Create([])
        keyed = articles | "KeyByNode" >> beam.Map(key_by_node)
        boilerplate = keyed | "HostBoilerplate" >> BoilerplateLines()
        prints = ({_ROW: keyed, _BOILERPLATE: boilerplate}
                  | "JoinBoilerplate" >> beam.CoGroupByKey()
                  | "Fingerprint" >> beam.ParDo(_Fingerprint(self._agency_hosts)).with_outputs(
                      _EXACT, _BANDS, _FEATURES, _RANKS, main="rows"))
        exact_pairs = prints[_EXACT] | "LinkExactCopies" >> LinkBucketMembers(
            "exact", heads=1, max_group=self._max_group)
        candidates = prints[_BANDS] | "LinkLshBuckets" >> LinkBucketMembers(
            "near", heads=NEAR_HEADS, min_estimated_jaccard=MIN_ESTIMATED_JACCARD, max_group=self._max_group)
        near_pairs = ({"pairs": candidates, "features": prints[_FEATURES]}
                      | "VerifyCandidates" >> VerifyCandidatePairs(self._max_group))
        links = (exact_pairs, near_pairs) | "AllLinks" >> beam.Flatten()
        first_labels = links | "Cluster" >> ConnectedComponents()
        # A shuffle between the texts and the second verification: without it the local runner
        # fuses the second verification's side-input step into the stage that writes the texts,
        # whose own output that side input waits for, and the job never finishes.
        check_features = prints[_FEATURES] | "SeparateCheckFeatures" >> beam.Reshuffle()
        labels = ({"links": links, "labels": first_labels, "features": check_features}
                  | "CheckAgainstRepresentative" >> CheckAgainstRepresentative(self._max_group))
        exact_nodes = exact_pairs | "ExactTwins" >> beam.FlatMap(lambda pair: ((node, True) for node in pair))
        annotations = ({"rank": prints[_RANKS], "label": labels, "exact": exact_nodes}
                       | "JoinClusterFacts" >> beam.CoGroupByKey()
                       | "KeyByCluster" >> beam.FlatMap(key_by_cluster)
                       | "GroupClusters" >> beam.GroupByKey()
                       | "AnnotateClusters" >> beam.ParDo(_AnnotateCluster()))
        out = ({"row": prints.rows, "annotation": annotations}
               | "JoinAnnotations" >> beam.CoGroupByKey()
               | "ApplyAnnotations" >> beam.ParDo(_ApplyAnnotation(self._mode)).with_outputs(
                   _REJECTS, main="articles"))
        return out.articles, out[_REJECTS]
