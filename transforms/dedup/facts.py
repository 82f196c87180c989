"""What clustering needs of one row, taken from the row itself or from the corpus's dedup index.

Clustering reads each row for a few facts: its node id and rank, its body
hash, its host's line record (for boilerplate) and, under its host's
boilerplate, its fingerprint (shingle sets, MinHash sketch, band keys and URL
key). Tokenizing and hashing the text for these is most of dedup's work on a
row. A run therefore keeps them in `dedup_index/` beside the corpus, one
record per article row, and a later run appended to the corpus (`--append_to`)
takes the old rows' facts from there instead of reading and hashing their
texts again:

* `RowFacts` computes the facts from a row (this run's new rows);
* `IndexedFacts` gives them from a stored record. Its fingerprint was taken
  with the host boilerplate of its own run, and is used only while the lines
  it left out are still exactly the row's lines that are boilerplate now
  (boilerplate only grows as texts are added: a line that reached three texts
  of a host stays there). Otherwise, and for a row stored without a
  fingerprint (an exact copy of a smaller row, which stays one), its text is
  read back from the corpus by doc_id (`rows_by_doc_id`) and fingerprinted
  again, so the clusters come out as one run over all rows would make them.

Every fact is computed by the same functions either way, so a stored record
and a fresh one of the same row are equal (tests/dedup/test_facts.py).
"""
from __future__ import annotations

import array
from typing import Any, Iterator, Mapping, NamedTuple

from transforms.dedup.boilerplate import host_text_lines, without_lines
from transforms.dedup.canonical_copy import canonical_rank
from transforms.dedup.fingerprint import exact_key, fingerprint
from transforms.newsroom.urls import url_key

INDEX = "dedup_index"


class Near(NamedTuple):
    """A fingerprint for near matching: shingle sets (Shingled.to_bytes()), sketch, band and URL keys."""
    features: tuple[bytes, ...]
    sketch: bytes
    keys: tuple[bytes, ...]


def _lines(record: bytes | None) -> array.array:
    return array.array("Q", record[16:] if record else b"")


def _packed(lines) -> bytes:
    return array.array("Q", sorted(lines)).tobytes()


def near_of_text(row: Mapping[str, Any], boilerplate: frozenset[int]) -> tuple[Near | None, bool]:
    """(fingerprint of the row's text without its host's boilerplate or None when too short, was anything left out)."""
    text = row.get("text") or ""
    compared = without_lines(text, boilerplate)
    found = fingerprint(text, compared)
    if found.shingled is None:
        return None, compared != text
    keys = list(found.band_keys)
    page = url_key(row.get("canonical_url"), row.get("url"))
    if page:
        keys.append(b"url:" + page.encode("utf-8"))
    return Near(found.shingled.to_bytes(), found.sketch, tuple(keys)), compared != text


class RowFacts:
    """Facts of a row at hand; `index_record` is what dedup_index/ keeps of it."""

    def __init__(self, node: str, locator, row: Mapping[str, Any], agency_hosts: Mapping[str, tuple[str, ...]]):
        self.node, self.locator, self._row = node, locator, row
        self.rank = canonical_rank(row, agency_hosts)
        self.exact_key = exact_key(row.get("text") or "")
        self.host_record = next(host_text_lines(row), (None, None))[1]
        self.host = row.get("host")

    def near(self, boilerplate: frozenset[int]) -> tuple[Near | None, bool]:
        return near_of_text(self._row, boilerplate)

    def index_record(self, boilerplate: frozenset[int] | None, near: Near | None) -> dict:
        """The stored record; `boilerplate` is None for a row that was not fingerprinted (an exact copy)."""
        removed = None if boilerplate is None else _packed(set(_lines(self.host_record)) & boilerplate)
        return {"node": self.node, "doc_id": self._row["doc_id"], "rank": list(self.rank),
                "exact_key": self.exact_key, "host": self.host, "host_record": self.host_record,
                "fingerprinted": boilerplate is not None, "removed": removed,
                "features": None if near is None else list(near.features),
                "sketch": None if near is None else near.sketch,
                "keys": None if near is None else list(near.keys)}


class IndexedFacts:
    """Facts of an earlier run's row, from its dedup_index/ record."""

    def __init__(self, locator, record: Mapping[str, Any]):
        self.node, self.locator, self._record = record["node"], locator, record
        self.doc_id = record["doc_id"]
        self.rank = tuple(record["rank"])
        self.exact_key = record["exact_key"]
        self.host_record = record["host_record"]
        self.host = record["host"]

    def stored_near_holds(self, boilerplate: frozenset[int]) -> bool:
        """Whether the stored fingerprint is the one the row's text gives under `boilerplate`."""
        record = self._record
        return bool(record["fingerprinted"]) and (
            _packed(set(_lines(self.host_record)) & boilerplate) == record["removed"])

    def stored_near(self) -> tuple[Near | None, bool]:
        record = self._record
        near = (None if record["features"] is None
                else Near(tuple(record["features"]), record["sketch"], tuple(record["keys"])))
        return near, bool(record["removed"])


def index_facts(path: str) -> Iterator[IndexedFacts]:
    """The facts of every record of one dedup_index/ file, addressed by (file, doc_id)."""
    from transforms.common.staged_rows import read_rows

    for _, record in read_rows(path):
        yield IndexedFacts((path, record["doc_id"]), record)


def corpus_of_index_file(path: str) -> str:
    """The corpus folder of a file in its dedup_index/ folder."""
    return path.rstrip("/").rsplit("/", 2)[0]


def rows_by_doc_id(corpus: str, doc_ids: set[str]) -> dict[str, dict]:
    """The text and URLs of the corpus's article rows with these doc_ids, one Parquet row group in memory
    at a time. It scans every article file's doc_id column: it runs only for the few old rows whose host
    boilerplate changed since they were fingerprinted."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq
    from apache_beam.io.filesystems import FileSystems

    found: dict[str, dict] = {}
    wanted = pa.array(sorted(doc_ids))
    files = [meta.path for meta in FileSystems.match([FileSystems.join(corpus, "articles", "**")])[0].metadata_list
             if meta.path.endswith(".parquet")]
    for path in sorted(files):
        with FileSystems.open(path) as handle:
            parquet = pq.ParquetFile(handle)
            for group in range(parquet.num_row_groups):
                ids = parquet.read_row_group(group, columns=["doc_id"]).column("doc_id")
                if not pc.any(pc.is_in(ids, value_set=wanted)).as_py():
                    continue
                table = parquet.read_row_group(group, columns=["doc_id", "text", "url", "canonical_url"])
                for row in table.to_pylist():
                    if row["doc_id"] in doc_ids:
                        found[row["doc_id"]] = row
        if len(found) == len(doc_ids):
            break
    missing = doc_ids - found.keys()
    if missing:
        raise RuntimeError(f"dedup_index/ of {corpus} names rows its articles/ do not hold: {sorted(missing)[:3]}")
    return found
