"""Keys that more than one row of a corpus has held: what lets an append skip the rows that cannot pair.

A bucket key (a body hash, an LSH band value, a URL key) links rows only when
two rows hold it; most keys of a large corpus are held by one row alone. Every
run records in `dedup_keys/` the keys of its buckets that had two members or
more, as 64-bit hashes. Over the runs these are a superset of every key that
two rows of the corpus have ever held: a key gets its second row in some run,
and in that run the key is one of the new rows' keys, so every old row holding
it sends it (see below) and the bucket counts two.

A run appended to the corpus then lets an old row send only its keys that are
recorded here, or held by a new row (or by an old row whose fingerprint had to
be taken again); its other keys are held by it alone and can link nothing. An
old row with no such key, and no such body hash, was never linked and never
can be by this run: it keeps the cluster of one its file gives it, and sends
nothing at all. Hash collisions only make the set larger, which makes rows send
a key they did not need to, never the reverse.
"""
from __future__ import annotations

import hashlib
from typing import Iterable

import apache_beam as beam
import numpy as np
from apache_beam.io.filesystems import FileSystems

KEYS = "dedup_keys"


def key_hash(key: bytes | str) -> int:
    data = key.encode("utf-8") if isinstance(key, str) else key
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


def load_hashes(paths: Iterable[str]) -> np.ndarray:
    """The sorted, distinct key hashes of dedup_keys/ files."""
    import pyarrow.parquet as pq

    parts = [np.zeros(0, dtype=np.uint64)]
    for path in paths:
        with FileSystems.open(path) as handle:
            parts.append(pq.read_table(handle, columns=["key_hash"]).column("key_hash").to_numpy())
    return np.unique(np.concatenate(parts).astype(np.uint64))


class KeySet:
    """Membership in sorted key hashes plus a few keys given as themselves; with `every_key`, every key."""

    def __init__(self, hashes: np.ndarray, extra: Iterable[bytes | str] = (), every_key: bool = False):
        self._hashes = hashes
        self._extra = set(extra)
        self._every_key = every_key

    def __contains__(self, key) -> bool:
        if self._every_key or key in self._extra:
            return True
        value = np.uint64(key_hash(key))
        at = int(np.searchsorted(self._hashes, value))
        return at < self._hashes.size and self._hashes[at] == value


def new_shared(element, recorded: np.ndarray) -> Iterable[dict]:
    """(key, members in this run's bucket) -> its record, when two or more and not recorded already."""
    key, count = element
    if count < 2:
        return
    value = key_hash(key)
    at = int(np.searchsorted(recorded, np.uint64(value)))
    if at < recorded.size and recorded[at] == value:
        return
    yield {"key_hash": value}


def keys_file_name(record: dict, seq: int) -> str:
    return f"{record['key_hash']:016x}-{seq:04d}.parquet"
