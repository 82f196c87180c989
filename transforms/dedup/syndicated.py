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

Rows are identified inside the stage by their doc_id and a hash of
(source_file, source_record), so that two rows with one doc_id stay apart.

No row crosses a shuffle: the stage reads its rows from "sources" with a
`rows_of(source)` function, once for body hashes and ranks, once to find each
host's boilerplate and once for the near-copy keys, and only the small records
built from them (line hashes, bands, shingle sets, ranks) travel. What each
step needs of a row comes from facts.py: computed from the row, or, for the
rows of a corpus a run is appended to, read from the corpus's dedup_index/,
which every run writes for its own rows (`DedupStagedRows(index_root=...)`).
Of those old rows only the ones that can pair take part (shared_keys.py): the
old rows' steps run after the new rows' keys are known, as side inputs. Near-copy
keys are made only for the smallest node of each group of exact copies: the
others join its cluster through their exact links, so a story copied
verbatim many times costs one comparison, not one per copy. The job's sources are staged row files
(`DedupStagedRows`, rows addressed by file and position); `DedupSyndicated`
takes article dicts themselves, for callers that hold a collection of rows.
Both end in one update per row: the four cluster columns to set, or in mode
"drop" a `duplicate` reject for a copy that is not canonical.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

import schemas
from schemas import dedup_index_schema, dedup_keys_schema
from transforms.common.staged_rows import StageRowsFn, apply_update, publish_file, read_rows, row_key
from transforms.dedup.boilerplate import BoilerplateLines
from transforms.dedup.bucket_links import DEFAULT_MAX_GROUP, LinkBucketMembers
from transforms.dedup.canonical_copy import choose_canonical
from transforms.dedup.components import ConnectedComponents
from transforms.dedup.facts import (INDEX, RowFacts, corpus_of_index_file, index_facts, near_of_text,
                                    rows_by_doc_id)
from transforms.dedup.representative_check import CheckAgainstRepresentative
from transforms.dedup.shared_keys import KEYS, KeySet, keys_file_name, load_hashes, new_shared
from transforms.dedup.verify_pairs import VerifyCandidatePairs
from transforms.newsroom.agencies import agency_hosts as registry_agency_hosts

MODES = ("mark", "drop", "off")
# Near-dup buckets link each member to their two smallest members: a bucket
# whose smallest member is an outlier (another story that shares one band
# value) still links its other members through the second.
NEAR_HEADS = 2
_NAMESPACE = "DedupSyndicated"
_EXACT, _BANDS, _FEATURES, _RANKS, _REJECTS, _INDEX = "exact", "bands", "features", "ranks", "rejects", "index"
# Kinds of source DedupStagedRows reads: this run's staged row files, the corpus's dedup_index/ files.
ROWS, INDEXED = "rows", "indexed"
# What the stage reads of a staged row.
COLUMNS = ("doc_id", "url", "canonical_url", "host", "text", "text_chars", "published_at", "wire_origin",
           "source_file", "source_record")
_SEP = "\x00"


def node_id(row: Mapping[str, Any]) -> str:
    """Row id inside the stage: the doc_id, then a hash of where the row was read.

    Ordering by it orders by doc_id first. It travels on every bucket entry and
    pair, so it is kept short: 33 characters, however long the dump's path.
    """
    return f"{row['doc_id']}{_SEP}{row_key(row)}"


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


def update_for(columns: dict, mode: str) -> dict:
    """The update of one row from its cluster columns: set them, or (mode "drop") reject a non-canonical copy."""
    columns = dict(columns)
    canonical_doc_id = columns.pop("canonical_doc_id")
    if mode == "drop" and not columns["is_canonical"]:
        return {"reject": {"stage": "dedup", "reason": "duplicate", "detail": canonical_doc_id}}
    return {"set": columns}


def rows_in_memory(element) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """A (node, row) source is its own row, addressed by node."""
    yield element


def rows_in_file(path: str) -> Iterator[tuple[tuple[str, int], dict]]:
    """A staged file's rows, addressed by (file, position), with only the columns dedup reads."""
    for position, row in read_rows(path, COLUMNS):
        yield (path, position), row


class FactsOf:
    """source -> the facts (transforms/dedup/facts.py) of its rows.

    A source is what `rows_of` reads rows from, or with `kinds` a (kind, path)
    pair: ROWS for a staged row file, INDEXED for a dedup_index/ file.
    """

    def __init__(self, rows_of, agency_hosts: Mapping[str, tuple[str, ...]], kinds: bool = False):
        self._rows_of, self._agency_hosts, self._kinds = rows_of, dict(agency_hosts), kinds

    def __call__(self, source):
        if self._kinds:
            kind, source = source
            if kind == INDEXED:
                yield from index_facts(source)
                return
        for locator, row in self._rows_of(source):
            yield RowFacts(node_id(row), locator, row, self._agency_hosts)


class _ExactKeys(beam.DoFn):
    """Source -> for each of its rows: its rank and where it lives, and its body hash for exact matching."""

    def __init__(self, facts_of):
        self._facts_of = facts_of

    def process(self, source):
        for facts in self._facts_of(source):
            yield beam.pvalue.TaggedOutput(_RANKS, (facts.node, (facts.rank, facts.locator)))
            if facts.exact_key:
                yield beam.pvalue.TaggedOutput(_EXACT, ("body:" + facts.exact_key, (facts.node, None)))


def host_records(facts_of, source) -> Iterator[tuple[str, bytes]]:
    for facts in facts_of(source):
        if facts.host_record is not None:
            yield facts.host, facts.host_record


def twin_of_smaller(pair: tuple[str, str]) -> tuple[str, None]:
    """The larger end of an exact pair: a copy whose body a smaller node of its exact group also has."""
    return max(pair), None


class _NearKeys(beam.DoFn):
    """Source -> for each row that speaks for its exact group: LSH bands, URL key and shingle sets.

    An exact copy of a smaller node (`twins`) is left out: its group's smallest
    node finds their near copies for all of them, and the exact links bring the
    copies along. A story copied verbatim a hundred times is compared once.
    With `indexing`, every row also gives its dedup_index/ record. (The rows of
    a corpus a run is appended to go through _OldNearKeys instead.)
    """

    def __init__(self, facts_of, indexing: bool = False):
        self._facts_of = facts_of
        self._indexing = indexing
        self._short = Metrics.counter(_NAMESPACE, "exact_only:short_text")
        self._trimmed = Metrics.counter(_NAMESPACE, "compared_without_host_boilerplate")
        self._twins = Metrics.counter(_NAMESPACE, "compared_through_exact_copy")

    def process(self, source, boilerplate_by_host, twins):
        for facts in self._facts_of(source):
            if facts.node in twins:
                self._twins.inc()
                if self._indexing:
                    yield beam.pvalue.TaggedOutput(_INDEX, facts.index_record(None, None))
                continue
            boilerplate = boilerplate_by_host.get(facts.host, frozenset())
            near, trimmed = facts.near(boilerplate)
            if self._indexing:
                yield beam.pvalue.TaggedOutput(_INDEX, facts.index_record(boilerplate, near))
            if trimmed:
                self._trimmed.inc()
            if near is None:
                # Too short to compare: only an identical body links it. A shared URL alone
                # never does, since sites declare one URL for many articles.
                self._short.inc()
                continue
            yield beam.pvalue.TaggedOutput(_FEATURES, (facts.node, near.features))
            # A shared URL (the last key, "url:...") makes two rows candidates like a shared band:
            # they are linked only when verification finds their texts are copies.
            for key in near.keys:
                yield beam.pvalue.TaggedOutput(_BANDS, (key, (facts.node, near.sketch)))


class _KeySets:
    """The sets an append's old rows test their keys against, built once per side-input value.

    Without the corpus's dedup_keys/ (`every_key`), every key counts as held: every old row takes part.
    """

    def __init__(self, every_key: bool):
        self._every_key = every_key
        self._made, self._sets = None, None

    def get(self, shared, new_keys, stale):
        made = (id(shared), id(new_keys), id(stale))
        if made != self._made:
            stale_keys = {key for near in stale.values() if near is not None for key in near.keys}
            self._sets = KeySet(shared, set(new_keys) | stale_keys, self._every_key)
            self._made = made
        return self._sets


def _body_key(facts) -> str | None:
    return "body:" + facts.exact_key if facts.exact_key else None


class _OldExactKeys(beam.DoFn):
    """Index source -> the body hashes of its old rows that another row holds or may hold."""

    def __init__(self, facts_of, every_key: bool):
        self._facts_of = facts_of
        self._sets = _KeySets(every_key)

    def process(self, source, shared, new_exact):
        held = self._sets.get(shared, new_exact, {})
        for facts in self._facts_of(source):
            key = _body_key(facts)
            if key and key in held:
                yield key, (facts.node, None)


class _StaleFingerprints(beam.DoFn):
    """Index source -> (node, Near or None) for each old row whose stored fingerprint no longer holds."""

    def __init__(self, facts_of):
        self._facts_of = facts_of
        self._again = Metrics.counter(_NAMESPACE, "fingerprint_from_index_text_read_again")

    def process(self, source, boilerplate_by_host, twins):
        stale = []
        for facts in self._facts_of(source):
            boilerplate = boilerplate_by_host.get(facts.host, frozenset())
            if facts.node not in twins and not facts.stored_near_holds(boilerplate):
                stale.append((facts, boilerplate))
        if not stale:
            return
        self._again.inc(len(stale))
        rows = rows_by_doc_id(corpus_of_index_file(source[1]), {facts.doc_id for facts, _ in stale})
        for facts, boilerplate in stale:
            yield facts.node, near_of_text(rows[facts.doc_id], boilerplate)[0]


class _OldNearKeys(beam.DoFn):
    """Index source -> for each old row that can pair: its rank, shingle sets and the keys it may share.

    A row sends only its keys in `shared_keys.KeySet` (recorded, a new row's, or a re-fingerprinted
    old row's); a row with none of those, no such body hash and a fingerprint that still holds sends
    nothing: it was never linked and stays a cluster of one.
    """

    def __init__(self, facts_of, every_key: bool):
        self._facts_of = facts_of
        self._sets, self._exact_sets = _KeySets(every_key), _KeySets(every_key)
        self._stored = Metrics.counter(_NAMESPACE, "fingerprint_from_index")
        self._skipped = Metrics.counter(_NAMESPACE, "old_rows_that_cannot_pair")
        self._twins = Metrics.counter(_NAMESPACE, "compared_through_exact_copy")

    def process(self, source, twins, stale, shared, new_keys, new_exact):
        held = self._sets.get(shared, new_keys, stale)
        exact_held = self._exact_sets.get(shared, new_exact, {})
        for facts in self._facts_of(source):
            key = _body_key(facts)
            exact = bool(key) and key in exact_held
            if facts.node in twins:
                self._twins.inc()
                near = None
            elif facts.node in stale:
                near = stale[facts.node]
            else:
                self._stored.inc()
                near = facts.stored_near()[0]
            sent = [key for key in near.keys if key in held] if near is not None else []
            # A re-fingerprinted row takes part whatever it holds: more of its lines are boilerplate
            # now, so a link it had may be gone and its cluster must be given again.
            if not (sent or exact or facts.node in stale):
                self._skipped.inc()
                continue
            yield beam.pvalue.TaggedOutput(_RANKS, (facts.node, (facts.rank, facts.locator)))
            if near is not None:
                yield beam.pvalue.TaggedOutput(_FEATURES, (facts.node, near.features))
                for band in sent:
                    yield beam.pvalue.TaggedOutput(_BANDS, (band, (facts.node, near.sketch)))


def route_node(element, mode: str) -> Iterator:
    """(node, {rank, label, exact}) -> (cluster label, member) for a clustered node, else (locator, update)."""
    node, facts = element
    for rank, locator in facts["rank"]:
        if facts["label"]:
            yield facts["label"][0], (node, rank, bool(facts["exact"]), locator)
        else:
            doc_id = doc_id_of(node)
            yield beam.pvalue.TaggedOutput("unique", (locator, update_for(
                {"dup_cluster_id": doc_id, "dup_cluster_size": 1, "is_canonical": True, "dup_kind": "unique",
                 "canonical_doc_id": doc_id}, mode)))


class _AnnotateCluster(beam.DoFn):
    def __init__(self, mode: str):
        self._mode = mode
        self._size = Metrics.distribution(_NAMESPACE, "group_size:cluster")

    def process(self, element):
        root, members = element
        members = list(members)
        self._size.update(len(members))
        where = {node: locator for node, _, _, locator in members}
        for node, columns in cluster_annotations(root, [(node, rank, exact) for node, rank, exact, _ in members]):
            yield where[node], update_for(columns, self._mode)


class _CountOutcome(beam.DoFn):
    def __init__(self):
        self._passed = Metrics.counter(_NAMESPACE, "passed")
        self._duplicate = Metrics.counter(_NAMESPACE, "rejected:duplicate")

    def process(self, element):
        (self._duplicate if "reject" in element[1] else self._passed).inc()
        yield element


class ClusterCopies(beam.PTransform):
    """Sources in; (locator, update) out for every row that `rows_of(source)` yields as (locator, row).

    The update is {"set": dup_cluster_id, dup_cluster_size, is_canonical,
    dup_kind} or, in mode "drop" for a copy that is not canonical, {"reject":
    stage "dedup", reason "duplicate", detail: the canonical doc_id}.
    `rows_of` runs inside three steps, so sources are read three times and rows never travel.
    """

    def __init__(self, rows_of, mode: str = "mark", agency_hosts: Mapping[str, tuple[str, ...]] | None = None,
                 max_group: int = DEFAULT_MAX_GROUP, kinds: bool = False, index_root: str | None = None,
                 old_rows: bool = False, shared_files: list[str] | None = None):
        super().__init__()
        if mode not in ("mark", "drop"):
            raise ValueError(f"clustering mode must be mark or drop, not {mode!r}")
        self._mode = mode
        agency_hosts = dict(registry_agency_hosts() if agency_hosts is None else agency_hosts)
        self._facts_of = FactsOf(rows_of, agency_hosts, kinds)
        self._max_group = max_group
        self._index_root = index_root
        self._old_rows = old_rows
        self._shared_files = None if shared_files is None else sorted(shared_files)

    def expand(self, sources):
        facts_of = self._facts_of
        pipeline = sources.pipeline
        every_key = self._shared_files is None
        if not self._old_rows:
            new, old = sources, None
        else:                            # a corpus's rows take part only where they can pair
            new = sources | "NewRows" >> beam.Filter(lambda source: source[0] == ROWS)
            # The old rows' steps wait for side inputs computed from the new rows: a shuffle keeps
            # the runner from fusing them into the new rows' stage, which would wait on itself.
            old = (sources | "IndexedRows" >> beam.Filter(lambda source: source[0] == INDEXED)
                   | "OwnStage" >> beam.Reshuffle())
        keys = new | "ExactKeys" >> beam.ParDo(_ExactKeys(facts_of)).with_outputs(_EXACT, _RANKS)
        exact_entries, ranks = keys[_EXACT], keys[_RANKS]
        if old is not None:
            shared = beam.pvalue.AsSingleton(
                pipeline
                | "RecordedKeyFiles" >> beam.Create([self._shared_files or []])
                | "LoadKeys" >> beam.Map(load_hashes))
            new_exact = beam.pvalue.AsList(exact_entries | "NewBodyKeys" >> beam.Map(lambda kv: kv[0]))
            old_exact = old | "OldExactKeys" >> beam.ParDo(_OldExactKeys(facts_of, every_key), shared, new_exact)
            exact_entries = (exact_entries, old_exact) | "AllExactKeys" >> beam.Flatten()
        exact_pairs = exact_entries | "LinkExactCopies" >> LinkBucketMembers(
            "exact", heads=1, max_group=self._max_group)
        exact_nodes = exact_pairs | "ExactTwins" >> beam.FlatMap(lambda pair: ((node, True) for node in pair))
        twins = exact_pairs | "CopiesOfSmaller" >> beam.Map(twin_of_smaller) | "OncePerCopy" >> beam.Distinct()
        boilerplate = sources | "HostBoilerplate" >> BoilerplateLines(
            lambda source: host_records(facts_of, source))
        prints = new | "NearKeys" >> beam.ParDo(
            _NearKeys(facts_of, self._index_root is not None), beam.pvalue.AsDict(boilerplate),
            beam.pvalue.AsDict(twins)).with_outputs(_BANDS, _FEATURES, _INDEX)
        bands, features = prints[_BANDS], prints[_FEATURES]
        if old is not None:
            stale = old | "StaleFingerprints" >> beam.ParDo(
                _StaleFingerprints(facts_of), beam.pvalue.AsDict(boilerplate), beam.pvalue.AsDict(twins))
            new_keys = beam.pvalue.AsList(bands | "NewBandKeys" >> beam.Map(lambda kv: kv[0]))
            old_prints = old | "OldNearKeys" >> beam.ParDo(
                _OldNearKeys(facts_of, every_key), beam.pvalue.AsDict(twins), beam.pvalue.AsDict(stale), shared, new_keys,
                new_exact).with_outputs(_BANDS, _FEATURES, _RANKS)
            bands = (bands, old_prints[_BANDS]) | "AllBands" >> beam.Flatten()
            features = (features, old_prints[_FEATURES]) | "AllFeatures" >> beam.Flatten()
            ranks = (ranks, old_prints[_RANKS]) | "AllRanks" >> beam.Flatten()
        if self._index_root is not None:
            _ = (prints[_INDEX]
                 | "StageIndexRecords" >> beam.ParDo(StageRowsFn(
                     FileSystems.join(self._index_root, "_work", INDEX), dedup_index_schema,
                     counter=(_NAMESPACE, "rows:dedup_index"), name_of=index_file_name))
                 | "AfterIndexBundles" >> beam.Reshuffle()
                 | "PublishIndex" >> beam.Map(publish_file, self._index_root, INDEX))
            recorded = (shared if old is not None else beam.pvalue.AsSingleton(
                pipeline | "NoRecordedKeys" >> beam.Create([[]]) | "NoKeys" >> beam.Map(load_hashes)))
            _ = ((bands, exact_entries) | "AllBucketEntries" >> beam.Flatten()
                 | "CountBucketMembers" >> beam.combiners.Count.PerKey()
                 | "NewSharedKeys" >> beam.FlatMap(new_shared, recorded)
                 | "StageSharedKeys" >> beam.ParDo(StageRowsFn(
                     FileSystems.join(self._index_root, "_work", KEYS), dedup_keys_schema,
                     counter=(_NAMESPACE, "rows:dedup_keys"), name_of=keys_file_name))
                 | "AfterKeyBundles" >> beam.Reshuffle()
                 | "PublishSharedKeys" >> beam.Map(publish_file, self._index_root, KEYS))
        candidates = bands | "LinkLshBuckets" >> LinkBucketMembers(
            "near", heads=NEAR_HEADS, screened=True, max_group=self._max_group)
        # The verification hands on the texts of the nodes on candidate pairs and of exact copies:
        # every clustered node with a text is one of them, so the second look needs no other text.
        near = ({"pairs": candidates, "features": features, "keep": exact_nodes}
                | "VerifyCandidates" >> VerifyCandidatePairs(self._max_group))
        links = (exact_pairs, near["links"]) | "AllLinks" >> beam.Flatten()
        first_labels = links | "Cluster" >> ConnectedComponents()
        labels = ({"links": links, "labels": first_labels, "features": near["texts"]}
                  | "CheckAgainstRepresentative" >> CheckAgainstRepresentative(self._max_group))
        routed = ({"rank": ranks, "label": labels, "exact": exact_nodes}
                  | "JoinClusterFacts" >> beam.CoGroupByKey()
                  | "RouteNodes" >> beam.FlatMap(route_node, self._mode).with_outputs("unique", main="clustered"))
        clustered = (routed.clustered
                     | "GroupClusters" >> beam.GroupByKey()
                     | "AnnotateClusters" >> beam.ParDo(_AnnotateCluster(self._mode)))
        return ((clustered, routed.unique) | "AllUpdates" >> beam.Flatten()
                | "CountOutcomes" >> beam.ParDo(_CountOutcome()))


def _check_mode(mode: str) -> None:
    if mode not in MODES:
        raise ValueError(f"dedup mode must be one of {MODES}, not {mode!r}")


def index_file_name(record: dict, seq: int) -> str:
    # Named after the first record's node, as staged files are: unique, and the same on a retry.
    return f"{row_key({'source_file': record['node']})}-{seq:04d}.parquet"


class DedupStagedRows(beam.PTransform):
    """Staged row files in (transforms/common/staged_rows.py); (file, (position, update)) out for every row.

    With `index_files` (the dedup_index/ files of the corpus this run appends to), the corpus's rows are
    clustered together with the staged ones, from their stored facts, and get updates too:
    (index file, (doc_id, update)); with `shared_files` (its dedup_keys/ files) only the corpus's rows
    that can pair take part and get an update: the others stay clusters of one (shared_keys.py).
    With `index_root`, the facts of the staged rows are written to `<index_root>/dedup_index/`, and the
    bucket keys that two rows hold to `<index_root>/dedup_keys/` (mode "mark" only).
    Mode "off" gives no updates. See `DedupSyndicated` for what the modes do.
    """

    def __init__(self, mode: str = "mark", agency_hosts: Mapping[str, tuple[str, ...]] | None = None,
                 max_group: int = DEFAULT_MAX_GROUP, index_files: list[str] = (), index_root: str | None = None,
                 shared_files: list[str] | None = None):
        super().__init__()
        _check_mode(mode)
        self._mode, self._agency_hosts, self._max_group = mode, agency_hosts, max_group
        self._index_files = sorted(index_files)
        self._index_root = index_root if mode == "mark" else None
        # Only with the corpus's dedup_keys/ may its rows that cannot pair be left out.
        self._shared_files = shared_files

    def expand(self, files):
        if self._mode == "off":
            return files.pipeline | "NoUpdates" >> beam.Create([])
        sources = files | "StagedRowFiles" >> beam.Map(lambda path: (ROWS, path))
        if self._index_files:
            indexed = files.pipeline | "CorpusIndexFiles" >> beam.Create([(INDEXED, p) for p in self._index_files])
            sources = (sources, indexed) | "NewAndIndexedRows" >> beam.Flatten()
        return (sources
                | "ClusterCopies" >> ClusterCopies(rows_in_file, self._mode, self._agency_hosts, self._max_group,
                                                   kinds=True, index_root=self._index_root,
                                                   old_rows=bool(self._index_files),
                                                   shared_files=self._shared_files)
                | "ByFile" >> beam.Map(lambda kv: (kv[0][0], (kv[0][1], kv[1]))))


class _ApplyUpdate(beam.DoFn):
    def process(self, element):
        _, joined = element
        for row in joined["row"]:
            article, reject = apply_update(row, joined["update"][0] if joined["update"] else None)
            if reject is not None:
                yield beam.pvalue.TaggedOutput(_REJECTS, reject)
            else:
                yield article


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
    The job itself runs `DedupStagedRows`, the same clustering on staged files.
    """

    def __init__(self, mode: str = "mark", agency_hosts: Mapping[str, tuple[str, ...]] | None = None,
                 max_group: int = DEFAULT_MAX_GROUP):
        super().__init__()
        _check_mode(mode)
        self._mode, self._agency_hosts, self._max_group = mode, agency_hosts, max_group

    def expand(self, articles):
        if self._mode == "off":
            return articles, articles.pipeline | "NoRejects" >> beam.Create([])
        keyed = articles | "KeyByNode" >> beam.Map(key_by_node)
        updates = keyed | "ClusterCopies" >> ClusterCopies(
            rows_in_memory, self._mode, self._agency_hosts, self._max_group)
        out = ({"row": keyed, "update": updates}
               | "JoinUpdates" >> beam.CoGroupByKey()
               | "ApplyUpdates" >> beam.ParDo(_ApplyUpdate()).with_outputs(_REJECTS, main="articles"))
        return out.articles, out[_REJECTS]
