"""The gazetteer: compound places, casing as a person writes it, the shipped data."""
from __future__ import annotations

import json

import pytest

from tests.conftest import REPO
from transforms.newsroom import places as dateline_places


@pytest.mark.parametrize("name,expected", [
    ("Miami-Dade", True), ("MIAMI - DADE", True), ("Miami–Dade", True), ("Dallas - Fort Worth", True),
    ("Miami-Beach", False), ("Miami", False),
])
def test_compound_places(name, expected):
    assert dateline_places.is_compound_place(name) is expected


@pytest.mark.parametrize("written,expected", [
    ("KANSAS CITY", "Kansas City"), ("NEW DELHI", "New Delhi"), ("SAO PAULO", "São Paulo"),
    ("MONTRÉAL", "Montréal"), ("MONTREAL", "Montreal"), ("RIO DE JANEIRO", "Rio de Janeiro"),
    ("STRATFORD-UPON-AVON", "Stratford-upon-Avon"), ("XI'AN", "Xi'an"), ("O'HARE", "O'Hare"),
    ("COEUR D'ALENE", "Coeur d'Alene"), ("МОСКВА", "Москва"), ("САНКТ-ПЕТЕРБУРГ", "Санкт-Петербург"),
    ("Dekalb", "Dekalb"), ("CITTA' DEL VATICANO", "Città del Vaticano"), ("MCALLEN", "McAllen"),
    ("ABOARD A U.S. MILITARY AIRCRAFT", "Aboard a U.S. Military Aircraft"), ("北京", "北京")])
def test_city_as_a_person_writes_it(written, expected):
    assert dateline_places.written_city(written) == expected


def test_gazetteer_ships_in_the_package_and_is_consistent():
    g = dateline_places.gazetteer()
    assert g is dateline_places.gazetteer()
    assert g.country_by_name["iraq"] == "IQ"
    assert {code for code in g.city_country.values()} <= {code for code in g.country_by_name.values()}
    spellings: dict[str, str] = {}
    data = json.loads((REPO / "transforms" / "newsroom" / "data" / "gazetteer.json").read_text(encoding="utf-8"))
    for section in ("cities", "cities_in_other_scripts"):
        for code, names in data[section].items():
            assert len(code) == 2 and code.isupper()
            for name in names:
                if "," in name:
                    continue
                key = " ".join(name.casefold().split())
                assert spellings.setdefault(key, code) == code, (name, spellings[key], code)


def test_abbreviations_without_stops_keep_their_capitals():
    assert dateline_places.written_city("US NAVAL BASE GUANTANAMO BAY") == "US Naval Base Guantanamo Bay"
    assert dateline_places.written_city("UN HEADQUARTERS") == "UN Headquarters"
