"""The news-agency registry: canonical ids, names, aliases, hosts, kinds and home countries.

The registry is a data file shipped inside the package (`transforms/data/agencies.json`), so
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

# Short aliases ("AP", "PA", "TT", "dpa") are matched with their exact case only: lower-case
# "ap" or "pa" are ordinary words and abbreviations. Longer names match in any case, because
# bylines and datelines are often set in capitals ("REUTERS", "ASSOCIATED PRESS").
_CASELESS_MIN_LEN = 4

# Credits that say "agency copy" without naming the agency, in a few languages.
_UNNAMED = re.compile(r"(?:news\s+)?agenc(?:y|ies)|(?:news\s+)?wires?|wire\s+(?:services?|reports?)"
                      r"|agency\s+(?:reports?|copy)|agences|agencias|agências|agenturen|agenzie", re.IGNORECASE)
_COMPACT_SEPARATOR = re.compile(r"\s*(?:[/,;&+]|\band\b|-)\s*")
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

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.id,) + self.names + self.aliases


def _is_cjk(ch: str) -> bool:
    """Scripts written without spaces between words: a name there has no word boundary."""
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA"))


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


def _alias_pattern(spelling: str) -> str:
    body = r"\s+".join(re.escape(part) for part in spelling.split())
    if len(spelling) >= _CASELESS_MIN_LEN:
        body = f"(?i:{body})"
    # A hyphen joins words into a new name ("AP-NORC" is a poll, not AP), so it is no boundary.
    left = "" if _is_cjk(spelling[0]) else r"(?<!\w)(?<!\w-)"
    right = "" if _is_cjk(spelling[-1]) else r"(?!-?\w)"
    return left + body + right


class Registry:
    """Lookups over the agency list; build it with `registry()`."""

    def __init__(self, agencies: list[Agency]):
        self._by_id = {a.id: a for a in agencies}
        self._exact: dict[str, str] = {}
        self._caseless: dict[str, str] = {}
        self._hosts: dict[str, str] = {}
        for agency in agencies:
            if agency.kind not in KINDS:
                raise ValueError(f"agency {agency.id}: unknown kind {agency.kind!r}")
            for spelling in agency.spellings:
                key = normalize_name(spelling)
                self._claim(self._exact, key, agency.id, "name")
                if len(key) >= _CASELESS_MIN_LEN:
                    self._claim(self._caseless, key.casefold(), agency.id, "name")
            for host in agency.hosts:
                self._claim(self._hosts, host.lower(), agency.id, "host")
        spellings = sorted({s for a in agencies for s in a.spellings}, key=lambda s: (-len(s), s))
        self._pattern = re.compile("|".join(_alias_pattern(s) for s in spellings))

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
        return found

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


def is_unnamed_agency(text: str | None) -> bool:
    """True for `Agencies`, `(wire services)`, `Agences`: agency copy with no agency named."""
    return bool(text) and bool(_UNNAMED.fullmatch(normalize_name(text)))


def _agency(entry: dict[str, Any]) -> Agency:
    return Agency(id=entry["id"], kind=entry["kind"], country=entry["country"],
                  names=tuple(entry["names"]), aliases=tuple(entry["aliases"]),
                  hosts=tuple(entry["hosts"]))


@functools.lru_cache(maxsize=1)
def registry() -> Registry:
    """The packaged registry, parsed once per process."""
    raw = importlib.resources.files("transforms").joinpath("data/agencies.json").read_text("utf-8")
    return Registry([_agency(entry) for entry in json.loads(raw)["agencies"]])


def resolve(name: str | None) -> str | None:
    return registry().resolve(name)


def resolve_all(text: str | None) -> list[str]:
    return registry().resolve_all(text)


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
