"""Lines that recur across many pages of one host: the site's furniture, not its stories.

Extraction leaves some layout in the body on older sites: navigation tables
(`| Text Only | | Search |`), rows of section links, a subscription line. Every
story of that host then shares those shingles, and two different stories of one
host look like copies. A line whose normalized text appears in at least
MIN_HOST_TEXTS distinct texts of one host is boilerplate of that host, and is
left out when bodies are compared (never from the stored text).

Distinct texts, not rows, are counted: two captures of one page, or one story
filed twice by a host, must not make its own lines look like furniture. A
story's lines recur on other hosts, never in many different texts of one host,
so syndicated copies keep what links them.

`BoilerplateLines` computes this in Beam: each text sends one small record
(its digest and its packed line hashes) to its host, and each host counts, over
its distinct texts, how many hold each line. A host's group holds its texts'
line hashes (8 bytes a line), never the texts. The result is small (only the
lines that recur) and reaches the fingerprint step as a side input.
"""
from __future__ import annotations

import array
import collections
import hashlib
from typing import Iterable, Iterator, Mapping

import apache_beam as beam

from transforms.dedup.fingerprint import tokens

MIN_HOST_TEXTS = 3


def line_hash(line: str) -> int:
    """A 64-bit hash of a line's tokens, equal for lines that differ only in case, spacing or punctuation."""
    words = " ".join(tokens(line))
    if not words:
        return 0
    return int.from_bytes(hashlib.blake2b(words.encode("utf-8"), digest_size=8).digest(), "little")


def distinct_line_hashes(text: str) -> list[int]:
    """Sorted distinct hashes of the non-empty lines of a text."""
    return sorted({h for h in map(line_hash, (text or "").split("\n")) if h})


def without_lines(text: str, boilerplate: frozenset[int]) -> str:
    """The text with every line whose hash is in `boilerplate` left out."""
    if not boilerplate:
        return text
    return "\n".join(line for line in text.split("\n") if line_hash(line) not in boilerplate)


def host_text_lines(row: Mapping) -> Iterator[tuple[str, bytes]]:
    """(host, text digest + packed line hashes) for a row with a host and a text."""
    host, text = row.get("host"), row.get("text") or ""
    if not host or not text:
        return
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
    yield host, digest + array.array("Q", distinct_line_hashes(text)).tobytes()


def boilerplate_of_host(element: tuple[str, Iterable[bytes]],
                        min_texts: int = MIN_HOST_TEXTS) -> Iterator[tuple[str, frozenset[int]]]:
    """(host, its texts' records) -> (host, lines found in at least `min_texts` distinct texts), if any."""
    host, records = element
    seen: set[bytes] = set()
    counts: collections.Counter = collections.Counter()
    for record in records:
        digest = record[:16]
        if digest in seen:
            continue
        seen.add(digest)
        counts.update(array.array("Q", record[16:]))
    lines = frozenset(line for line, count in counts.items() if count >= min_texts)
    if lines:
        yield host, lines


class BoilerplateLines(beam.PTransform):
    """Sources in, with `host_records_of(source)` giving the `host_text_lines` records of their rows;
    (host, boilerplate line hashes) out."""

    def __init__(self, host_records_of, min_texts: int = MIN_HOST_TEXTS):
        super().__init__()
        self._host_records_of = host_records_of
        self._min_texts = min_texts

    def expand(self, sources):
        return (sources
                | "HostLines" >> beam.FlatMap(self._host_records_of)
                | "GroupByHost" >> beam.GroupByKey()
                | "LinesOfHost" >> beam.FlatMap(boilerplate_of_host, self._min_texts))
