"""Place names of datelines: the bundled gazetteer, casing and country lookup.

The gazetteer ships inside the package (transforms/newsroom/data/gazetteer.json) and is
read once per process; it is immutable, so a module-level cache is safe to
share between DoFn threads.
"""
from __future__ import annotations

import dataclasses
import functools
import importlib.resources
import json
import re
import unicodedata

# Words that stay lower case inside a place name written in capitals (`RIO DE JANEIRO`).
_PARTICLES = frozenset({
    "de", "da", "do", "dos", "das", "del", "della", "delle", "di", "du", "des", "la", "le", "les", "los", "las",
    "of", "on", "upon", "am", "an", "der", "im", "sur", "sous", "en", "y", "e", "et", "lès", "na", "v",
    "на", "в", "де", "a", "the",
})
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
# `occupied West Bank` names the same territory as `West Bank`.
_QUALIFIERS = ("occupied ",)
# Italian copy in capitals writes a final accent as an apostrophe: `CITTA' DEL VATICANO`.
_ITALIAN_ACCENT = re.compile(r"([AEIOU])'(?=\s|$)")
_ACCENTED = {"A": "À", "E": "È", "I": "Ì", "O": "Ò", "U": "Ù"}
_POSTAL_CODE = re.compile(r"[A-Z]{2,3}")


def fold(name: str) -> str:
    """Lookup key: case, accents, apostrophe style and spacing do not matter."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def _spelled(name: str) -> str:
    """Lookup key that keeps accents: `San José` and `San Jose` are different cities."""
    return " ".join(name.translate(_APOSTROPHES).casefold().split())


def _fold_abbreviation(token: str) -> str:
    # "W. Va.", "W.Va." and "WVa" are the same abbreviation.
    return fold(token).replace(".", "").replace(" ", "")


@dataclasses.dataclass(frozen=True)
class Region:
    name: str
    country: str


@dataclasses.dataclass(frozen=True)
class Gazetteer:
    # Spelling of a city by accent-keeping key, then by folded key.
    city_spelling: dict[str, str]
    city_casing: dict[str, str]
    # Country of a bare city name, by accent-keeping key, then by folded key.
    city_country_spelled: dict[str, str]
    city_country: dict[str, str]
    country_by_name: dict[str, str]
    regions_by_name: dict[str, tuple[Region, ...]]
    regions_by_abbreviation: dict[str, tuple[Region, ...]]
    regions_by_postal_code: dict[str, tuple[Region, ...]]
    without_country: frozenset[str]
    compounds: frozenset[str] = frozenset()


def _compound_key(name: str) -> str:
    # `Miami - Dade`, `MIAMI-DADE` and `Miami–Dade` are the same compound.
    return "-".join(part.strip() for part in fold(name).replace("–", "-").replace("—", "-").split("-"))


def _build(data: dict) -> Gazetteer:
    spelling: dict[str, str] = {}
    casing: dict[str, str] = {}
    country_spelled: dict[str, str] = {}
    country_of: dict[str, str] = {}
    for section in ("cities", "cities_in_other_scripts"):
        for code, names in data[section].items():
            for entry in names:
                # `Birmingham, Ala.` only spells the name; its country comes from the dateline.
                name, qualified = entry.split(",", 1)[0].strip(), "," in entry
                spelling.setdefault(_spelled(name), name)
                casing.setdefault(fold(name), name)
                if not qualified:
                    country_spelled.setdefault(_spelled(name), code)
                    country_of.setdefault(fold(name), code)
    for name in data["places_without_country"]:
        spelling.setdefault(_spelled(name), name)
        casing.setdefault(fold(name), name)
    countries: dict[str, str] = {}
    for code, names in data["countries"].items():
        for name in names:
            countries.setdefault(fold(name), code)
    by_name: dict[str, list[Region]] = {}
    by_abbreviation: dict[str, list[Region]] = {}
    by_postal: dict[str, list[Region]] = {}
    for code, regions in data["regions"].items():
        for name, abbreviations in regions.items():
            region = Region(name, code)
            by_name.setdefault(fold(name), []).append(region)
            for abbreviation in abbreviations:
                if _POSTAL_CODE.fullmatch(abbreviation):
                    by_postal.setdefault(abbreviation, []).append(region)
                else:
                    by_abbreviation.setdefault(_fold_abbreviation(abbreviation), []).append(region)
    return Gazetteer(
        city_spelling=spelling, city_casing=casing, city_country_spelled=country_spelled,
        city_country=country_of, country_by_name=countries,
        regions_by_name={k: tuple(v) for k, v in by_name.items()},
        regions_by_abbreviation={k: tuple(v) for k, v in by_abbreviation.items()},
        regions_by_postal_code={k: tuple(v) for k, v in by_postal.items()},
        without_country=frozenset(fold(n) for n in data["places_without_country"]),
        compounds=frozenset(_compound_key(n) for n in data.get("compound_places", ())))


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    raw = importlib.resources.files("transforms.newsroom").joinpath("data/gazetteer.json").read_text(encoding="utf-8")
    return _build(json.loads(raw))


def without_qualifier(token: str) -> str:
    token = " ".join(token.split())
    for qualifier in _QUALIFIERS:
        if token.casefold().startswith(qualifier):
            return token[len(qualifier):]
    return token


def is_known_city(name: str) -> bool:
    key = fold(name)
    g = gazetteer()
    return key in g.city_country or key in g.without_country


def is_compound_place(name: str) -> bool:
    """True for a hyphenated compound place name (`Miami-Dade`, `Dallas - Fort Worth`)."""
    return _compound_key(name) in gazetteer().compounds


def city_country(name: str) -> str | None:
    """ISO alpha-2 code of the country a bare dateline city means, or None."""
    g = gazetteer()
    return g.city_country_spelled.get(_spelled(name)) or g.city_country.get(fold(name))


def country_code(name: str) -> str | None:
    """ISO alpha-2 code of a country name as datelines write it (`Iraq`, `U.S.`, `United Arab Emirates`)."""
    return gazetteer().country_by_name.get(fold(without_qualifier(name)))


def regions_for(token: str) -> tuple[Region, ...]:
    """Every state or province a dateline token can mean (`Mo.`, `N.Y.`, `Ohio`, `MO`)."""
    g = gazetteer()
    stripped = token.strip()
    # Postal codes only count in capitals: `, IN` is Indiana, `, in` is a preposition.
    if stripped.rstrip(".") in g.regions_by_postal_code:
        return g.regions_by_postal_code[stripped.rstrip(".")]
    found = g.regions_by_name.get(fold(stripped))
    if found:
        return found
    if "." in stripped or stripped[:1].isupper():
        return g.regions_by_abbreviation.get(_fold_abbreviation(stripped), ())
    return ()


def is_place(name: str) -> bool:
    """A city, country, state or province the gazetteer knows, as a byline or a line may name it."""
    return is_known_city(name) or bool(country_code(name) or regions_for(name))


def is_shouted(name: str) -> bool:
    """True when every cased letter is upper case (`KANSAS CITY`, `МОСКВА`)."""
    letters = [c for c in name if c.isupper() or c.islower()]
    return bool(letters) and all(c.isupper() for c in letters)


def written_city(name: str) -> str:
    """The place as a person writes it. A name in capitals takes the gazetteer's spelling (same
    accents first, so `MONTRÉAL` stays accented and `SAO PAULO` gains them), else title case; a name
    already in mixed case is kept as written."""
    name = " ".join(name.translate(_APOSTROPHES).split())
    if not is_shouted(name):
        return name
    name = _ITALIAN_ACCENT.sub(lambda m: _ACCENTED[m.group(1)], name)
    g = gazetteer()
    known = g.city_spelling.get(_spelled(name)) or g.city_casing.get(fold(name))
    return known or _title_case(name)


# Abbreviations written without stops inside a place name in capitals.
_COUNTRY_ABBREVIATIONS = frozenset("US UK UN EU UAE USA".split())


def _title_case(name: str) -> str:
    return " ".join(_title_word(word, index == 0) for index, word in enumerate(name.split(" ")))


def _title_word(word: str, first: bool) -> str:
    out = []
    for index, part in enumerate(word.split("-")):
        lower = part.lower()
        leading = first and index == 0
        if lower in _PARTICLES and not leading:
            out.append(lower)
        elif lower.startswith("mc") and len(part) > 3:
            out.append("Mc" + part[2:3].upper() + part[3:].lower())
        elif "." in part.rstrip("."):
            out.append(part)  # `U.S.`, `N.Y.`: abbreviations keep their capitals
        elif part in _COUNTRY_ABBREVIATIONS:
            out.append(part)  # `US NAVAL BASE GUANTANAMO BAY`: an abbreviation without its stops
        elif "'" in part:
            head, _, tail = lower.partition("'")
            # O'Hare and L'Aquila capitalize after the apostrophe, Xi'an does not; inside a
            # name the French elision stays lower case (`Coeur d'Alene`).
            tail = tail[:1].upper() + tail[1:] if len(head) == 1 else tail
            if leading or head not in ("d", "l"):
                head = head[:1].upper() + head[1:]
            out.append(head + "'" + tail)
        else:
            out.append(lower[:1].upper() + lower[1:])
    return "-".join(out)
