"""Text fingerprints for syndication dedup: normalization, shingles, MinHash, LSH bands, verification.

Everything here is a pure function of its input. Hashes come from hashlib and
fixed constants, never from Python's salted `hash()`, so every worker on every
runner computes the same bytes.

Parameter choices, for syndicated news (checked on benchmarks/dedup_quality.py):

* Shingles are 5-word windows, hashed to 32 bits. Copies of a wire story
  differ by small edits; one changed word breaks at most 5 shingles, so a
  400-word copy with five edits still keeps about 94% of them. Different
  stories on one event share names and stock phrases ("said in a
  statement"), which rarely run to 5 identical words in a row.
* 64 MinHash permutations; LSH on the first 16, as 16 bands of 1 row. Copies
  are often truncated, so a true copy can have a low Jaccard index (a copy
  keeping a quarter of the story has J near 0.25) while its containment is
  near 1. One-row bands put the LSH threshold low: a pair becomes a candidate
  with probability 1 - (1 - J)^16, 0.93 at J = 0.15 and 0.99 at J = 0.25.
  The price is noisy buckets: the low byte of all 64 values (a b-bit MinHash
  sketch, with the shingle count) screens candidates cheaply (`could_be_copies`: the
  estimate against what copies of those two sizes must share), and bucket linking
  caps each bucket's work (bucket_links.py).
* A candidate becomes a link only after `verify_pair` on the exact shingle
  sets:
  - containment (shared / size of the smaller set) >= 0.7, so a truncated or
    trimmed copy matches the full story;
  - at least 25 shared shingles, more than an agency tail or a stock
    sentence gives;
  - Jaccard >= 0.12, so a short text sitting inside a long roundup cannot
    join two unrelated stories through it;
  - below 0.9 containment, the opening of one text (its first 30 shingles)
    must be at least 60% inside the other. Copies keep the lead; a
    substantive update rewrites it while keeping much of the older body, and
    a story sharing only a site footer has its own lead;
  - when both texts write at least 3 distinct numbers (`0.63` is one),
    at least half of the smaller set must be in the other. Reports written
    from one template (dividend notices, quarterly results, weekly market
    figures) share almost every shingle and differ in their figures.
  Two items whose own text is under a tenth of a shared footer still look
  like copies; nothing short of corpus-wide boilerplate statistics tells them
  apart.
* Texts with fewer than 40 shingles (about 44 words) are matched exactly only:
  their few shingles make estimates and containment too noisy to trust.
* Tokens are words; Han and kana, written without spaces, are one token per
  character. Other scripts written without spaces (Thai, Khmer) come out as
  long tokens, so those texts mostly fall back to exact matching.
"""
from __future__ import annotations

import functools
import hashlib
import math
import re
import unicodedata
from typing import NamedTuple

import numpy as np

SHINGLE_WORDS = 5
NUM_PERM = 64
BANDS = 16
ROWS = 1
MIN_SHINGLES_FOR_NEAR = 40
MIN_SHARED_SHINGLES = 25
MIN_CONTAINMENT = 0.7
MIN_JACCARD = 0.12
LEAD_SHINGLES = 30
MIN_LEAD_SHARED = 0.6
LEAD_WAIVED_CONTAINMENT = 0.9
MIN_NUMBERS = 3
MIN_NUMBERS_SHARED = 0.5
# A candidate is dropped before the exact check when the sketch puts its
# Jaccard far below MIN_JACCARD: with 64 values the estimate's standard error
# near J = 0.12 is about 0.04, so 0.05 drops few pairs near the floor and
# almost none above J = 0.2. (Bucket mates also share the band's value, which
# only makes the screen more lenient.)
MIN_ESTIMATED_JACCARD = 0.05
SCREEN_SIGMAS = 3.0

# Han and kana are written without spaces: each character is its own token.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(f"[{_CJK}]|[^\\W_{_CJK}]+")


def _constants(label: str, count: int) -> np.ndarray:
    """`count` odd 64-bit constants derived from `label` alone, identical everywhere."""
    values = []
    for i in range(count):
        digest = hashlib.sha256(f"newscorpus-dedup:{label}:{i}".encode()).digest()
        values.append(int.from_bytes(digest[:8], "little") | 1)
    return np.array(values, dtype=np.uint64)


_SHINGLE_MULTIPLIERS = _constants("shingle", SHINGLE_WORDS)
_PERM_A = _constants("perm-a", NUM_PERM)
_PERM_B = _constants("perm-b", NUM_PERM)


def tokens(text: str) -> list[str]:
    """Case-folded words (single characters for Han and kana), punctuation and spacing dropped."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text or "").casefold())


def normalize_text(text: str) -> str:
    """The body as compared for exact duplicates: tokens joined by single spaces."""
    return " ".join(tokens(text))


def body_hash(normalized: str) -> str | None:
    """SHA-256 hex of a normalized body, or None for an empty body (which never matches)."""
    if not normalized:
        return None
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=1 << 18)
def _token_hash(token: str) -> int:
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "little")


def shingle_hashes(words: list[str], size: int = SHINGLE_WORDS) -> np.ndarray:
    """Sorted unique 32-bit hashes of the `size`-word windows of `words`.

    A text shorter than one window gives one shingle over all its words, and an
    empty text gives none.
    """
    if not words:
        return np.zeros(0, dtype=np.uint32)
    hashed = np.array([_token_hash(w) for w in words], dtype=np.uint64)
    if len(words) < size:
        hashed = np.concatenate([hashed, np.zeros(size - len(words), dtype=np.uint64)])
    windows = len(hashed) - size + 1
    combined = np.zeros(windows, dtype=np.uint64)
    for offset in range(size):
        # Position-dependent odd multipliers make the hash order-sensitive;
        # uint64 arithmetic wraps, which is the intended modulo 2**64.
        combined += hashed[offset:offset + windows] * _SHINGLE_MULTIPLIERS[offset]
    return np.unique((combined >> np.uint64(32)).astype(np.uint32))


def minhash_signature(shingles: np.ndarray) -> np.ndarray:
    """NUM_PERM minimum values of multiply-shift hashes over the shingles (uint32).

    h_i(x) = ((a_i * x + b_i) mod 2**64) >> 32 with fixed odd a_i (the
    multiply-shift family), cheap in numpy. An empty set gives all 0xFFFFFFFF.
    """
    if shingles.size == 0:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    values = shingles.astype(np.uint64)[:, None] * _PERM_A[None, :] + _PERM_B[None, :]
    return (values >> np.uint64(32)).min(axis=0).astype(np.uint32)


def band_keys(signature: np.ndarray, bands: int = BANDS, rows: int = ROWS) -> list[bytes]:
    """One bucket key per band: the band number then its rows, little-endian, so keys never collide across bands."""
    little = signature.astype("<u4")
    return [bytes([band]) + little[band * rows:(band + 1) * rows].tobytes() for band in range(bands)]


def sketch(signature: np.ndarray, size: int = 0) -> bytes:
    """The low byte of every MinHash value (a b-bit MinHash sketch with b = 8), then the shingle count
    (uint32, little-endian), which tells the screen how much two texts must share to be copies."""
    return (signature & 0xFF).astype(np.uint8).tobytes() + int(size).to_bytes(4, "little")


def sketch_size(sketch_bytes: bytes) -> int:
    return int.from_bytes(sketch_bytes[NUM_PERM:NUM_PERM + 4], "little")


def estimated_jaccard(sketch_a: bytes, sketch_b: bytes) -> float:
    """Jaccard estimate from two sketches; low bytes also agree by chance 1 time in 256, which is corrected."""
    a = np.frombuffer(sketch_a[:NUM_PERM], dtype=np.uint8)
    b = np.frombuffer(sketch_b[:NUM_PERM], dtype=np.uint8)
    agree = float(np.count_nonzero(a == b)) / len(a)
    return max(0.0, (agree - 1 / 256) / (1 - 1 / 256))


def jaccard_floor(size_a: int, size_b: int) -> float:
    """The lowest Jaccard two shingle sets of these sizes can have and still pass `verify_pair`:
    sharing MIN_CONTAINMENT of the smaller set (and at least MIN_JACCARD). Two texts of one size
    need about 0.54; a short copy inside a long story needs little more than MIN_JACCARD."""
    small = min(size_a, size_b)
    if small <= 0:
        return MIN_JACCARD
    shared = MIN_CONTAINMENT * small
    return max(MIN_JACCARD, shared / (size_a + size_b - shared))


def could_be_copies(sketch_a: bytes, sketch_b: bytes) -> bool:
    """The sketch screen: False when the estimate is far below what copies of these sizes must share.

    The estimate's standard error with NUM_PERM values is sqrt(J(1 - J) / NUM_PERM);
    a pair is dropped only SCREEN_SIGMAS of it below the floor (and below
    MIN_ESTIMATED_JACCARD), so about one true copy in a thousand is lost, while
    related stories of one size (same topic, rewritten; J near 0.3) mostly
    never reach the exact check, whose texts are the largest thing dedup moves.
    """
    floor = jaccard_floor(sketch_size(sketch_a), sketch_size(sketch_b))
    margin = SCREEN_SIGMAS * math.sqrt(floor * (1 - floor) / NUM_PERM)
    return estimated_jaccard(sketch_a, sketch_b) >= max(MIN_ESTIMATED_JACCARD, floor - margin)


class Overlap(NamedTuple):
    shared: int
    containment: float
    jaccard: float


def overlap(shingles_a: np.ndarray, shingles_b: np.ndarray) -> Overlap:
    """Exact overlap of two sorted unique shingle sets."""
    if shingles_a.size == 0 or shingles_b.size == 0:
        return Overlap(0, 0.0, 0.0)
    shared = int(np.intersect1d(shingles_a, shingles_b, assume_unique=True).size)
    union = shingles_a.size + shingles_b.size - shared
    return Overlap(shared, shared / min(shingles_a.size, shingles_b.size), shared / union)


_NO_NUMBERS = np.zeros(0, dtype=np.uint32)


class Shingled(NamedTuple):
    """The exact sets a candidate pair is verified on: all shingles, those of the opening words,
    and the numbers the text writes."""
    shingles: np.ndarray
    lead: np.ndarray
    numbers: np.ndarray = _NO_NUMBERS

    def to_bytes(self) -> tuple[bytes, ...]:
        return tuple(part.astype("<u4").tobytes() for part in self)

    @classmethod
    def from_bytes(cls, data: tuple[bytes, ...]) -> "Shingled":
        return cls(*(np.frombuffer(part, dtype="<u4").astype(np.uint32) for part in data))


def lead_shared(lead: np.ndarray, shingles: np.ndarray) -> float:
    """Share of a lead's shingles found in another text's shingle set."""
    if lead.size == 0:
        return 0.0
    return float(np.isin(lead, shingles, assume_unique=True).mean())


def verify_pair(a: Shingled, b: Shingled, min_jaccard: float = MIN_JACCARD) -> bool:
    """True when two texts are copies of one story (see the module docstring for the thresholds).

    `min_jaccard` is lowered only where one side is known to belong to the
    story already (a cluster's representative): there a short copy inside a
    long text is what a truncated copy looks like, not a roundup.
    """
    found = overlap(a.shingles, b.shingles)
    if not (found.shared >= MIN_SHARED_SHINGLES and found.containment >= MIN_CONTAINMENT
            and found.jaccard >= min_jaccard):
        return False
    if not numbers_agree(a.numbers, b.numbers):
        return False
    if found.containment >= LEAD_WAIVED_CONTAINMENT:
        return True
    return max(lead_shared(a.lead, b.shingles), lead_shared(b.lead, a.shingles)) >= MIN_LEAD_SHARED


_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")


def number_hashes(text: str) -> np.ndarray:
    """Sorted unique 32-bit hashes of the numbers a text writes, decimals whole (`0.63`, `1,250`, `2:55`)."""
    found = {_token_hash(n) >> 32 for n in _NUMBER.findall(unicodedata.normalize("NFKC", text or ""))}
    return np.array(sorted(found), dtype=np.uint32)


def numbers_agree(numbers_a: np.ndarray, numbers_b: np.ndarray) -> bool:
    """False when both texts write enough numbers and most of the smaller set is missing from the other.

    Copies keep the story's figures (a truncated copy keeps a subset, a local
    paragraph adds some); reports written from one template (dividends,
    quarterly results, weekly market figures) share every sentence but
    differ in their amounts and dates.
    """
    if min(numbers_a.size, numbers_b.size) < MIN_NUMBERS:
        return True
    return overlap(numbers_a, numbers_b).containment >= MIN_NUMBERS_SHARED


class Fingerprint(NamedTuple):
    """What dedup needs from one body; `shingled` is None when the text is too short for near matching."""
    body_hash: str | None
    shingled: Shingled | None
    sketch: bytes
    band_keys: list[bytes]


def exact_key(text: str) -> str | None:
    """The body hash exact copies share, or None for a text without words."""
    return body_hash(normalize_text(text))


def fingerprint(text: str, compared: str | None = None) -> Fingerprint:
    """Body hash of `text` for exact matching and, when `compared` (default: the text) is long enough,
    everything near matching needs, taken from `compared`: the text without its host's boilerplate."""
    words = tokens(text)
    digest = body_hash(" ".join(words))
    if compared is None:
        compared = text
    else:
        words = tokens(compared)
    shingles = shingle_hashes(words)
    if shingles.size < MIN_SHINGLES_FOR_NEAR:
        return Fingerprint(digest, None, b"", [])
    lead = shingle_hashes(words[:LEAD_SHINGLES + SHINGLE_WORDS - 1])
    signature = minhash_signature(shingles)
    return Fingerprint(digest, Shingled(shingles, lead, number_hashes(compared)), sketch(signature, shingles.size),
                       band_keys(signature))
