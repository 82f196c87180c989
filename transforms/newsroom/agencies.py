"""The news-agency registry: canonical ids, names, aliases, hosts, kinds and home countries.

The registry is a data file shipped inside the package (`transforms/newsroom/data/agencies.json`), so
remote workers read the same list. It is loaded once per process. Every agency name the wire
tagger reads goes through `resolve` or `find_names`, so adding an alias is a data change only.
"""
from __future__ import annotations

import dataclasses
import functools
import importlib.resources
import json
import re
import unicodedata
from typing import Any

KINDS = ("news_agency", "press_release_wire")
RELEASE_WIRE = "press_release_wire"

# Short aliases ("AP", "PA", "TT", "dpa") are matched with their exact case only: lower-case
# "ap" or "pa" are ordinary words and abbreviations. Longer names match in any case, because
# bylines and datelines are often set in capitals ("REUTERS", "ASSOCIATED PRESS").
_CASELESS_MIN_LEN = 4

# Credits that say "agency copy" without naming the agency, in a few languages.
_UNNAMED = re.compile(r"(?:news\s+)?agenc(?:y|ies)|(?:news\s+)?wires?|wire\s+(?:services?|reports?)"
                      r"|agency\s+(?:reports?|copy)|agences|agencias|agências|agenturen|agenzie", re.IGNORECASE)
# Every spelling `_UNNAMED` accepts holds one of these; a text without them skips normalisation.
UNNAMED_CUES = ("agen", "agên", "wire")
# Letters re.IGNORECASE treats as a Latin, Greek or Cyrillic letter that str.lower() does not turn
# into it: dotted and dotless i, long s, Greek letter variants (`ϖ` for `π`) and old Cyrillic forms.
_IGNORECASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u1c80": "в", "\u1c81": "д",
                                   "\u1c82": "о", "\u1c83": "с", "\u1c84": "т", "\u1c85": "т", "\u1c86": "ъ",
                                   "\u03d0": "β", "\u03d1": "θ", "\u03d5": "φ", "\u03d6": "π", "\u03f0": "κ",
                                   "\u03f1": "ρ", "\u03f5": "ε"})
_HAS_TWIN = re.compile("[\u0130\u0131\u017f\u1c80-\u1c86\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5]")
_COMPACT_SEPARATOR = re.compile(r"\s*(?:[/,;&+]|\band\b|[-–—])\s*")  # `STT–AFP` joins with an en dash
_SERVICE_SUFFIX = re.compile(r"\s+(?:news(?:\s+agency)?|news\s+service|agency|wire)$", re.IGNORECASE)
_DESK_CODE = re.compile(r"[a-z]{2,4}")  # "dpa/lno": a regional desk after the agency
_BRACKETS = "()[]{}（）【】「」<>\"'“”‘’«»"
_EDGE_PUNCT = ".,:;·•-–—_ "


@dataclasses.dataclass(frozen=True)
class Agency:
    id: str
    kind: str
    country: str
    names: tuple[str, ...]
    aliases: tuple[str, ...]
    hosts: tuple[str, ...]
    # The agency's house byline is a name and the agency after a slash (TT's `Jane Doe/TT`), so
    # that shape names it outside a photo credit. Other agencies' `Jane Doe/Reuters` is a
    # photographer's credit under a picture.
    slash_byline: bool = False

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.id,) + self.names + self.aliases


def _is_cjk(ch: str) -> bool:
    """Scripts written without spaces between words: a name there has no word boundary."""
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA"))


def caseless(text: str) -> str:
    """`text` in lower case, with the letters re.IGNORECASE equates with a Latin or Cyrillic letter
    written as that letter. A lower-case word that a case-blind pattern finds in `text` is then
    a plain substring of the result: a cheap, safe test for whether the pattern can match."""
    if not text.isascii() and _HAS_TWIN.search(text):
        text = text.translate(_IGNORECASE_TWINS)
    return text.lower()


def normalize_name(name: str) -> str:
    """Canonical spelling used as a lookup key: NFKC, single spaces, no wrapping brackets or edge punctuation."""
    text = unicodedata.normalize("NFKC", name)
    text = " ".join(text.split())
    previous = None
    while text != previous:
        previous = text
        text = text.strip(_EDGE_PUNCT)
        if len(text) >= 2 and text[0] in _BRACKETS and text[-1] in _BRACKETS:
            text = text[1:-1]
    if text[:4].lower() == "the ":
        text = text[4:]
    return text


# A hyphen joins words into a new name ("AP-NORC" is a poll, not AP), so it is no boundary.
_LEFT_BOUNDARY = r"(?<!\w)(?<!\w-)"


def _alias_body(spelling: str) -> str:
    """The spelling with any run of spaces, its case rule and its right boundary."""
    body = r"\s+".join(re.escape(part) for part in spelling.split())
    if len(spelling) >= _CASELESS_MIN_LEN:
        body = f"(?i:{body})"
    return body + ("" if _is_cjk(spelling[-1]) else r"(?!-?\w)")


def names_pattern(spellings: list[str]) -> str:
    """One alternation over `spellings`, longest first, each bounded as a word unless it starts (or
    ends) in a CJK script.

    The left boundary is written once before the group of spellings that need it rather than in
    every branch: the engine then rejects a position inside a word with one look-behind instead
    of one per spelling, which makes `find_names` about ten times faster. The result is the
    same: a spelling starting with a CJK character and one starting with any other character
    cannot both match at one position (CJK characters have no case), and each group keeps the
    longest-first order."""
    ordered = sorted(spellings, key=lambda s: (-len(s), s))
    bounded = [_alias_body(s) for s in ordered if not _is_cjk(s[0])]
    unbounded = [_alias_body(s) for s in ordered if _is_cjk(s[0])]
    groups = ([f"{_LEFT_BOUNDARY}(?:{'|'.join(bounded)})"] if bounded else []) + unbounded
    return "|".join(groups)


class Registry:
    """Lookups over the agency list; build it with `registry()`."""

    def __init__(self, agencies: list[Agency]):
        self._by_id = {a.id: a for a in agencies}
        self._exact: dict[str, str] = {}
        self._caseless: dict[str, str] = {}
        self._hosts: dict[str, str] = {}
        # Every spelling in lower case, short ones too, for credits after a source label only
        # (`Kaynak: aa`); a key two agencies share is left out.
        any_case: dict[str, set[str]] = {}
        for agency in agencies:
            if agency.kind not in KINDS:
                raise ValueError(f"agency {agency.id}: unknown kind {agency.kind!r}")
            for spelling in agency.spellings:
                key = normalize_name(spelling)
                self._claim(self._exact, key, agency.id, "name")
                if len(key) >= _CASELESS_MIN_LEN:
                    self._claim(self._caseless, key.casefold(), agency.id, "name")
                any_case.setdefault(key.casefold(), set()).add(agency.id)
            for host in agency.hosts:
                self._claim(self._hosts, host.lower(), agency.id, "host")
        self._any_case = {key: next(iter(ids)) for key, ids in any_case.items() if len(ids) == 1}
        self._pattern = re.compile(names_pattern(list({s for a in agencies for s in a.spellings})))

    @staticmethod
    def _claim(table: dict[str, str], key: str, agency_id: str, what: str) -> None:
        owner = table.setdefault(key, agency_id)
        if owner != agency_id:
            raise ValueError(f"{what} {key!r} belongs to both {owner} and {agency_id}")

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    def get(self, agency_id: str) -> Agency:
        return self._by_id[agency_id]

    def resolve(self, name: str | None) -> str | None:
        """Canonical id for a whole string that is one agency name or alias, else None."""
        if not name:
            return None
        key = normalize_name(name)
        if not key:
            return None
        found = self._exact.get(key)
        if found is None and len(key) >= _CASELESS_MIN_LEN:
            found = self._caseless.get(key.casefold())
        if found is None and (bare := _SERVICE_SUFFIX.sub("", key)) != key and bare:
            # `ANTARA News`, `Yonhap News Agency`: the name with its service word after it.
            return self.resolve(bare)
        return found

    def resolve_labelled(self, name: str | None) -> str | None:
        """`resolve` for the credit after a source label (`Kaynak: aa`, `Fonte: ansa`): the label
        says an agency follows, so a short alias counts in any case there."""
        found = self.resolve(name)
        if found is not None or not name:
            return found
        key = normalize_name(name)
        return self._any_case.get(key.casefold()) if key else None

    def resolve_all(self, text: str | None) -> list[str]:
        """Every agency in a compact credit: `AP`, `AFP-Jiji`, `dpa/AFP`, `Kyodo, Jiji`, `dpa/lno`,
        `서울=연합뉴스`. Empty unless the first item is an agency and every other item is one too
        or a lower-case desk code, so `AP Photo/Evan Vucci` and `REUTERS/Jane Doe` give nothing."""
        whole = self.resolve(text)
        if whole is not None:
            return [whole]
        if not text:
            return []
        if "=" in text:  # Korean datelines put the city first: (서울=연합뉴스)
            found = self.resolve(text.rsplit("=", 1)[1])
            return [found] if found else []
        parts = [p for p in _COMPACT_SEPARATOR.split(normalize_name(text)) if p]
        agencies: list[str] = []
        for i, part in enumerate(parts):
            agency = self.resolve(part)
            if agency is None and (i == 0 or not _DESK_CODE.fullmatch(part)):
                return []
            if agency is not None and agency not in agencies:
                agencies.append(agency)
        return agencies

    def find_names(self, text: str) -> list[tuple[int, int, str]]:
        """Every agency name standing as a word in `text`: (start, end, canonical id), left to right."""
        found = []
        for match in self._pattern.finditer(text):
            agency_id = self.resolve(match.group())
            if agency_id is not None:
                found.append((match.start(), match.end(), agency_id))
        return found

    def agency_for_host(self, host: str | None) -> str | None:
        """The agency whose own site `host` is (subdomains included), else None."""
        if not host:
            return None
        host = host.strip().lower().rstrip(".")
        if host.startswith("www."):
            host = host[4:]
        parts = host.split(".")
        for i in range(len(parts) - 1):
            found = self._hosts.get(".".join(parts[i:]))
            if found is not None:
                return found
        return None


def has_cue(text: str, cues: tuple[str, ...]) -> bool:
    """Whether any of the lower-case `cues` is in `text`, in any case."""
    view = caseless(text)
    return any(cue in view for cue in cues)


# "Source:" in the languages agency copy is most often published in: a label before the agency that
# supplied a story (`Source: PTI`, `Bron: ANP`, `Quelle: dpa`).
SOURCE_LABELS = ("source", "bron", "quelle", "fuente", "fonte", "kaynak", "источник", "джерело", "źródło", "zdroj",
                 "izvor", "forrás", "kilde", "källa", "lähde")


def is_unnamed_agency(text: str | None) -> bool:
    """True for `Agencies`, `(wire services)`, `Agences`: agency copy with no agency named."""
    # normalize_name only trims, unwraps and collapses spaces after NFKC, so a cue found in its
    # result is already in the NFKC text; the cue search is cheaper than the normalisation.
    if not text or not has_cue(unicodedata.normalize("NFKC", text), UNNAMED_CUES):
        return False
    return bool(_UNNAMED.fullmatch(normalize_name(text)))


def _agency(entry: dict[str, Any]) -> Agency:
    return Agency(id=entry["id"], kind=entry["kind"], country=entry["country"],
                  names=tuple(entry["names"]), aliases=tuple(entry["aliases"]),
                  hosts=tuple(entry["hosts"]), slash_byline=entry.get("slash_byline", False))


@functools.lru_cache(maxsize=1)
def registry() -> Registry:
    """The packaged registry, parsed once per process."""
    raw = importlib.resources.files("transforms.newsroom").joinpath("data/agencies.json").read_text("utf-8")
    return Registry([_agency(entry) for entry in json.loads(raw)["agencies"]])


def resolve(name: str | None) -> str | None:
    return registry().resolve(name)


def resolve_all(text: str | None) -> list[str]:
    return registry().resolve_all(text)


def resolve_labelled(name: str | None) -> str | None:
    return registry().resolve_labelled(name)


def has_slash_byline(agency_id: str) -> bool:
    return registry().get(agency_id).slash_byline


def find_names(text: str) -> list[tuple[int, int, str]]:
    return registry().find_names(text)


def agency_for_host(host: str | None) -> str | None:
    return registry().agency_for_host(host)


def kind(agency_id: str) -> str:
    return registry().get(agency_id).kind


def country(agency_id: str) -> str:
    return registry().get(agency_id).country


def agency_ids() -> tuple[str, ...]:
    return registry().ids


def agency_hosts() -> dict[str, tuple[str, ...]]:
    """Agency id -> its own web hosts, for picking the origin's copy of a story."""
    return {agency_id: registry().get(agency_id).hosts for agency_id in registry().ids
            if registry().get(agency_id).hosts}
