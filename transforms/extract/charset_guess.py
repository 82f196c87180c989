"""Choosing between Latin-script single-byte encodings for undeclared pages.

Statistical detectors are good at telling scripts apart (Cyrillic from Greek
from Latin) but weak inside the Latin family, where windows-1252, -1250,
ISO-8859-2 and friends give the same ASCII and differ only in which accented
letter or symbol a high byte stands for. Here each candidate decoding is judged
only on the high bytes, in the context of their neighbours:

* a letter that sits in a word (or is one) counts for every language whose
  alphabet has it; the candidate keeps the count of its best language, so a
  decoding whose accented letters all belong to one language (ą ę ł ś ż) beats
  one that mixes letters of five (ă ŕ ę ő);
* typographic punctuation outside words (quotes, dashes, apostrophes) counts
  like a letter, because real pages use it a lot and misdecoded letters rarely
  land on it;
* C1 control characters and unassigned bytes, symbols inside a word (`pa±stwo`),
  signs hardly anyone types (¤ ¦ ¨ ¸ ˇ, box drawing) and a capital right after
  a small letter (`BlanchardÕs`) count against.

Everything is computed on byte trigrams with numpy, so the cost per candidate is
a few array operations whatever the page size.
"""
from __future__ import annotations

import codecs
import unicodedata
from functools import lru_cache

import numpy as np

# Tried in this order, and the first of equal scores wins: windows-1252 is the
# WHATWG default for western pages, and the windows code pages come before the
# ISO sets they extend, because on the bytes both share they decode alike.
CANDIDATES = ("cp1252", "cp1250", "iso8859-2", "cp1254", "cp1257", "iso8859-15", "iso8859-13", "iso8859-16",
              "iso8859-4", "iso8859-10", "iso8859-3", "iso8859-14", "mac-roman")

# Codecs a detector may return for Latin-script text; only then is re-ranking
# worth doing (Cyrillic, Greek, Hebrew, Arabic, Thai and CJK detections stand).
LATIN_FAMILY = frozenset(CANDIDATES) | {
    "iso8859-1", "iso8859-9", "cp1258", "ascii", "mac-latin2", "mac-iceland", "mac-turkish", "hp-roman8", "cp437",
    "cp850", "cp852", "cp857", "cp858", "cp860", "cp861", "cp863", "cp865", "cp775"}

# Accented letters of Latin-script languages (lower case; upper case is derived).
_ALPHABETS = (
    "àâæçéèêëîïôœùûüÿ",  # French
    "äöüß",  # German
    "áéíñóúüïªº",  # Spanish
    "áâãàçéêíóôõúªº",  # Portuguese
    "àèéìíîòóùªº",  # Italian
    "àçèéíïòóú",  # Catalan
    "áàéèëïóöü",  # Dutch
    "æøåéóà",  # Danish, Norwegian
    "åäöé",  # Swedish
    "äöåšž",  # Finnish
    "áðéíóúýþæö",  # Icelandic
    "äõöüšž",  # Estonian
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "ąćęłńóśźż",  # Polish
    "áéíóöőúüű",  # Hungarian
    "čćđšž",  # Croatian, Bosnian, Serbian, Slovene
    "ăâîșțşţ",  # Romanian
    "çë",  # Albanian
    "ąčęėįšųūž",  # Lithuanian
    "āčēģīķļņšūž",  # Latvian
    "çğıöşüâîûi̇",  # Turkish (İ lower-cases to i + combining dot)
    "ċġħżàèìòù",  # Maltese
    "ĉĝĥĵŝŭ",  # Esperanto
)
# Vietnamese (windows-1258) is left out on purpose: its alphabet holds nearly
# every accented vowel of western Europe, so any misdecoding that mixes them
# would read as Vietnamese.
# Apostrophes, hyphens and the Catalan middle dot belong inside words (the
# acute accent is a common stand-in for the apostrophe).
_INSIDE_WORD_PUNCTUATION = frozenset("’‘·‐‑´")
_TYPOGRAPHIC_PUNCTUATION = frozenset("‐‑‒–—―‘’‚‛“”„‟•…‹›«»¡¿·")
# Signs next to no writer's hand: the generic currency sign, the broken bar,
# spacing diacritics (¨ ¸ ˇ ˛ ...) and box drawing. They are what the letters
# of another code page (€ Š š ž ą ...) turn into.
_RARE = frozenset("¤¦¬")


@lru_cache(maxsize=None)
def _tables(codec: str) -> dict[str, np.ndarray]:
    """Per byte value: what the codec makes of it (boolean arrays of 256)."""
    chars = []
    for byte in range(256):
        try:
            chars.append(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            chars.append("")
    category = [unicodedata.category(ch) if len(ch) == 1 else "Cn" for ch in chars]
    letter = np.array([cat[0] == "L" or cat == "Mn" for cat in category])
    members = np.array([[ch != "" and (ch in alphabet or ch.lower() in alphabet) for ch in chars]
                        for alphabet in _ALPHABETS])
    rare = np.array([ch in _RARE or (cat == "Sk" and ch != "´") or "\u2500" <= ch <= "\u259f"
                     for ch, cat in zip(chars, category)])
    punctuation = np.array([ch in _TYPOGRAPHIC_PUNCTUATION for ch in chars])
    return {
        "letter": letter,
        "space": np.array([ch in " \t\r\n" for ch in chars]),
        "upper": np.array([cat == "Lu" for cat in category]),
        "lower": np.array([cat == "Ll" for cat in category]),
        # C0 controls other than whitespace are as implausible as C1 ones, but
        # identical in every candidate, so only the high half matters here.
        "broken": np.array([cat in ("Cc", "Cn") for cat in category]) & (np.arange(256) >= 0x80),
        "punctuation": punctuation,
        "rare": rare,
        "inside_ok": np.array([ch in _INSIDE_WORD_PUNCTUATION for ch in chars]),
        "members": members.astype(np.float64),
    }


def _high_byte_trigrams(data: bytes) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Distinct (previous, high byte, next) triples and how often each occurs."""
    arr = np.frombuffer(data, dtype=np.uint8)
    at = np.flatnonzero(arr >= 0x80)
    padded = np.concatenate(([0x20], arr, [0x20])).astype(np.int64)
    keys = (padded[at] << 16) | (padded[at + 1] << 8) | padded[at + 2]
    keys, counts = np.unique(keys, return_counts=True)
    return keys >> 16, (keys >> 8) & 0xFF, keys & 0xFF, counts.astype(np.float64)


def mostly_isolated_high_bytes(data: bytes) -> bool:
    """True when most high bytes stand alone between ASCII bytes.

    Double-byte CJK text puts high bytes in runs; accented letters in Latin
    text mostly sit alone inside ASCII words, however few of them there are.
    """
    arr = np.frombuffer(data[:200_000], dtype=np.uint8) >= 0x80
    if not arr.any():
        return False
    high_neighbour = np.zeros_like(arr)
    high_neighbour[1:] |= arr[:-1]
    high_neighbour[:-1] |= arr[1:]
    return int((arr & ~high_neighbour).sum()) * 2 > int(arr.sum())


def plausibility(codec: str, trigrams: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]) -> float:
    """How much the high bytes look like text when decoded with `codec` (higher is better)."""
    prev, cur, nxt, counts = trigrams
    t = _tables(codec)
    letter = t["letter"]
    in_word = letter[prev] & letter[nxt]
    beside_letter = letter[prev] | letter[nxt]
    case_break = t["upper"][cur] & t["lower"][prev]
    # One-letter words (à, é, ó, ż) count; a letter glued to digits or signs
    # (Ł5 for £5) does not.
    alone = t["space"][prev] & t["space"][nxt]
    counted = letter[cur] & (beside_letter | alone) & ~case_break
    letters = np.bincount(cur[counted], weights=counts[counted], minlength=256)
    best_language = float((t["members"] @ letters).max())
    broken = t["broken"][cur]
    symbol_in_word = ~letter[cur] & ~broken & in_word & ~t["inside_ok"][cur]
    punctuation = t["punctuation"][cur] & ~symbol_in_word
    good = best_language + counts[punctuation].sum()
    rare = t["rare"][cur] & ~symbol_in_word
    bad = (2 * counts[broken].sum() + counts[symbol_in_word].sum() + counts[case_break].sum()
           + counts[rare].sum())
    return good - bad


def best_latin_codec(data: bytes, extra: str | None = None) -> str:
    """The Latin single-byte codec under which `data` reads most like text.

    `extra` (a detector's own pick) competes too, after the usual candidates,
    so it only wins when it is strictly more plausible.
    """
    trigrams = _high_byte_trigrams(data)
    names = CANDIDATES + ((extra,) if extra and extra not in CANDIDATES else ())
    scores = [plausibility(name, trigrams) for name in names]
    return names[scores.index(max(scores))]
