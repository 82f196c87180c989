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

`BoilerplateLines` computes this in Beam: one (host, line) key per distinct
line of a row, a combiner to count distinct texts per key, and a join that
tells each row which of its lines are boilerplate. No step holds more than one
key's members.
"""
from __future__ import annotations

import hashlib
from typing import Any, Iterable, Iterator, Mapping

import apache_beam as beam

from transforms.dedup.fingerprint import tokens

MIN_HOST_TEXTS = 3
_COUNT, _MEMBERS = "count", "members"


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


def host_lines(element: tuple[str, Mapping[str, Any]]) -> Iterator[tuple[tuple[str, int], tuple[str, str]]]:
    """(node, row) -> ((host, line hash), (node, text digest)) for each distinct line of a row with a host."""
    node, row = element
    host, text = row.get("host"), row.get("text") or ""
    if not host or not text:
        return
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
    for line in distinct_line_hashes(text):
        yield (host, line), (node, digest)


def boilerplate_members(element, min_texts: int = MIN_HOST_TEXTS) -> Iterator[tuple[str, int]]:
    """((host, line), {count, members}) -> (node, line hash) for every member of a boilerplate line."""
    (_, line), joined = element
    if sum(joined[_COUNT]) >= min_texts:
        for node, _ in joined[_MEMBERS]:
            yield node, line


class _CountDistinctTexts(beam.CombineFn):
    """Distinct text digests of one key, counted up to a cap: beyond the cap the exact number does not matter."""

    def __init__(self, cap: int):
        self._cap = cap

    def create_accumulator(self):
        return set()

    def add_input(self, seen, member):
        if len(seen) < self._cap:
            seen.add(member[1])
        return seen

    def merge_accumulators(self, accumulators: Iterable[set]):
        merged: set = set()
        for seen in accumulators:
            merged |= seen
        return set(sorted(merged)[:self._cap])

    def extract_output(self, seen):
        return len(seen)


class BoilerplateLines(beam.PTransform):
    """(node, row) pairs in; (node, line hash) out for each line of a row that is boilerplate of its host."""

    def __init__(self, min_texts: int = MIN_HOST_TEXTS):
        super().__init__()
        self._min_texts = min_texts

    def expand(self, keyed_rows):
        members = keyed_rows | "HostLines" >> beam.FlatMap(host_lines)
        counts = members | "CountTextsPerLine" >> beam.CombinePerKey(_CountDistinctTexts(self._min_texts))
        return ({_COUNT: counts, _MEMBERS: members}
                | "JoinLineMembers" >> beam.CoGroupByKey()
                | "MarkBoilerplate" >> beam.FlatMap(boilerplate_members, self._min_texts))
