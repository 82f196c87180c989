"""Turning page bytes into text with the right character set.

Order of trust: the HTTP `Content-Type` charset, then a byte-order mark, then
the `<meta>` declaration, then statistical detection. A declared charset is
only used when the bytes actually decode with it; otherwise we fall through,
because mislabelled pages are common in crawls.
"""
from __future__ import annotations

import codecs
import re

from transforms.extract.charset_guess import LATIN_FAMILY, best_latin_codec, mostly_isolated_high_bytes

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]{1,40})""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

# Browsers decode these labels as their supersets (WHATWG encoding standard);
# doing the same recovers the characters the page author actually typed.
BROWSER_SUPERSETS = {
    "iso-8859-1": "windows-1252", "latin-1": "windows-1252", "ascii": "windows-1252",
    "us-ascii": "windows-1252", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
    "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
    "big5": "big5hkscs", "iso-8859-9": "windows-1254", "tis-620": "cp874", "iso-8859-11": "cp874",
}


def _lookup(label: str) -> str | None:
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# The same supersets keyed by Python codec name, so that every alias of a label
# (latin1, l1, cp819, iso_8859-1 ...) and every detector answer ("latin_1",
# "tis_620", "iso8859_9") decodes as a browser would.
_CODEC_SUPERSETS = {_lookup(label): _lookup(superset) for label, superset in BROWSER_SUPERSETS.items()
                    if _lookup(label) is not None}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    codec = _lookup(BROWSER_SUPERSETS.get(label, label))
    return _CODEC_SUPERSETS.get(codec, codec)


def _strict(data: bytes, label: str | None) -> str | None:
    codec = _codec(label)
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _sniff_unmarked(data: bytes) -> str | None:
    """Encodings whose byte patterns are unmistakable even without a BOM or declaration."""
    sample = data[:4096]
    if b"\x1b$B" in sample or b"\x1b$@" in sample or b"\x1b(J" in sample:
        return "iso2022_jp"
    if b"\x1b$)C" in sample:
        return "iso2022_kr"
    quads = len(sample) // 4
    if quads >= 8:
        # ASCII-range text in UTF-32/UTF-16 leaves NUL bytes in fixed positions.
        if sum(sample[i * 4 + 1:i * 4 + 4] == b"\0\0\0" for i in range(quads)) > quads * 0.6:
            return "utf-32-le"
        if sum(sample[i * 4:i * 4 + 3] == b"\0\0\0" for i in range(quads)) > quads * 0.6:
            return "utf-32-be"
    pairs = len(sample) // 2
    if pairs >= 16:
        odd_nuls = sum(sample[i * 2 + 1] == 0 for i in range(pairs))
        even_nuls = sum(sample[i * 2] == 0 for i in range(pairs))
        if odd_nuls > pairs * 0.3 and even_nuls < pairs * 0.05:
            return "utf-16-le"
        if even_nuls > pairs * 0.3 and odd_nuls < pairs * 0.05:
            return "utf-16-be"
    return None


# Detectors name JIS X 0213 variants when the text also fits the plain
# Japanese sets; browsers decode those pages with the plain sets.
_DETECTED_EQUIVALENTS = {"shift_jis_2004": "cp932", "shift_jisx0213": "cp932", "euc_jis_2004": "euc_jp",
                         "euc_jisx0213": "euc_jp"}


# A few accented letters alone among ASCII can pass for double-byte text.
_DOUBLE_BYTE = frozenset({"cp932", "shift_jis_2004", "shift_jisx0213", "euc_jp", "euc_jis_2004", "euc_jisx0213",
                          "gb18030", "big5hkscs", "cp949", "johab", "cp950"})


def _detected_codec(name: str | None) -> str:
    return _codec(name) or "utf-8"


def _latin_ties_best(matches, best) -> bool:
    # With only a handful of high bytes the detector often finds no language
    # at all and picks among equally clean decodings by name (cp1006, cp1125).
    return best is not None and any(
        _detected_codec(match.encoding) in LATIN_FAMILY and match.chaos <= best.chaos
        and match.coherence >= best.coherence for match in matches)


def _detect(data: bytes) -> str:
    """Codec for undeclared, non-UTF-8 bytes."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:200_000])
    best = matches.best()
    codec = _detected_codec(best.encoding if best is not None else None)
    if codec in LATIN_FAMILY or _latin_ties_best(matches, best) or (
            codec in _DOUBLE_BYTE and mostly_isolated_high_bytes(data)):
        # The detector is reliable about the script, not about which Latin set.
        return best_latin_codec(data, extra=codec if codec in LATIN_FAMILY else None)
    equivalent = _DETECTED_EQUIVALENTS.get(codec)
    if equivalent and _strict(data, equivalent) is not None:
        return equivalent
    return codec


def _single_byte(label: str) -> bool:
    codec = _codec(label) or ""
    return codec.startswith(("cp125", "latin", "iso8859")) or codec in ("cp1252", "ascii")


def _is_multibyte_utf8(data: bytes) -> bool:
    # Text that is valid UTF-8 *and* uses multi-byte sequences is almost never
    # a single-byte encoding by accident, so a Latin-1 label on it is a server
    # default that the page contradicts.
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_page(data: bytes, http_charset: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns (text, codec name). Never raises.

    When no declaration fits, invalid bytes are replaced (U+FFFD) rather than
    failing the page: a few broken characters should not cost the article.
    """
    if http_charset:
        text = _strict(data, http_charset)
        if text is not None:
            if _single_byte(http_charset) and _is_multibyte_utf8(data):
                return data.decode("utf-8"), "utf-8"
            return text, _codec(http_charset)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        label = meta.group(1).decode("ascii", "ignore")
        text = _strict(data, label)
        if text is not None:
            return text, _codec(label)
    # NUL-patterned UTF-16/32 and 7-bit ISO-2022 are also valid UTF-8 byte-wise: look first.
    sniffed = _sniff_unmarked(data)
    if sniffed:
        text = _strict(data, sniffed)
        if text is not None:
            return text, _codec(sniffed)
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    declared = [_codec(label) for label in (http_charset, meta.group(1).decode("ascii", "ignore") if meta else None)]
    if "utf-8" in declared:
        # Declared UTF-8 with a few broken bytes: trust the declaration over a guess.
        return data.decode("utf-8", errors="replace"), "utf-8"
    codec = _codec(_detect(data)) or "utf-8"
    return data.decode(codec, errors="replace"), codec
