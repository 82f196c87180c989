"""The normalized opening and its map back to source offsets."""
from __future__ import annotations

from transforms.datelines.normalized_opening import opening


def test_opening_maps_spacing_and_full_width_one_to_one():
    found = opening("ＷＡＳＨＩＮＧＴＯＮ,\xa0１月\r(AP)")
    assert found.text == "WASHINGTON, 1月\n(AP)"
    assert found.origin == tuple(range(20))


def test_opening_maps_entities_and_invisibles_back_to_the_source():
    found = opening("A&amp;B\u200bC&mdash;")
    assert found.text == "A&BC—"
    assert found.origin == (0, 1, 6, 8, 9, 16)
