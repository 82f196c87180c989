"""Bylines and author fields as wire signals."""

import pytest

from tests.wire.tagging import BODY, body_after, tags
from transforms.wire.tag import WireTags, tag_wire_sources


@pytest.mark.parametrize("line, agency", [
    ("By Jane Doe, Associated Press", "AP"),
    ("Jane Doe | Reuters", "Reuters"),
    ("By: AP | Brussels", "AP"),
    ("By The Associated Press", "AP"),
    ("By JANE DOE Associated Press", "AP"),
    ("By MATTHEW ORLEY AP Diplomatic Writer", "AP"),
    ("By Jane Doe and John Roe | Reuters", "Reuters"),
    ("Reuters Staff", "Reuters"),
    ("Agence France-Presse", "AFP"),
    ("Press Trust of India | Updated: Jan 16, 2022, 11:02 PM IST", "PTI"),
    ("By Priya Nair (Bloomberg)", "Bloomberg"),
    ("Par Le Figaro avec AFP", "AFP"),
    ("Pedro Alves - Repórter da Agência Brasil", "Agência Brasil"),
    ("Edited By: Meera Das | Source: PTI | Updated: January 16, 2022 10:12 IST", "PTI"),
    ("By Bloomberg News | January 16, 2022 at 10:12 a.m. EST", "Bloomberg"),
])
def test_bylines_in_the_opening(line, agency):
    text = line + "\n\n" + BODY
    assert tags(text) == (agency, (), ((agency, "byline", line),))
    assert body_after(text) == BODY


def test_author_field_is_a_byline():
    assert tags(BODY, author="Press Trust of India") == ("PTI", (), (("PTI", "metadata_author", "Press Trust of India"),))
    assert tags(BODY, author="Jane Doe, Associated Press") == (
        "AP", (), (("AP", "metadata_author", "Jane Doe, Associated Press"),))
    assert tags(BODY, author="Agencies") == (None, (), ((None, "metadata_author", "Agencies"),))
    assert tag_wire_sources(BODY, author="Agencies").is_wire is True


@pytest.mark.parametrize("author", ["Ahmed Wafa", "Petra Sokol", "The Political Observer Staff", "Sana Rahim, Staff Reporter"])
def test_author_surnames_that_are_agency_names_do_not_count(author):
    assert tags(BODY, author=author) == (None, (), ())


def test_unnamed_agency_byline_marks_syndicated_copy():
    found = tag_wire_sources("Written by Agencies\n" + BODY)
    assert found == WireTags(None, (), (), ((None, "byline", "Written by Agencies"),), ((0, 19),))
    assert found.is_wire is True


@pytest.mark.parametrize("line", ["AP, Reuters Win Press Awards", "Reuters Names New Editor-in-Chief", "AFP Fact Check"])
def test_headlines_naming_agencies_are_not_bylines(line):
    assert tags(line + "\n" + BODY) == (None, (), ())


def test_byline_shapes_in_running_prose_do_not_count():
    text = BODY + "\nBy Monday, AFP reported that the talks had stalled for good."
    assert tags(text) == (None, (), ())


@pytest.mark.parametrize("opening, agency", [
    ("By The Associated Press=", "AP"), ("By dpa correspondents =", "dpa"),
    ("By CHARLES ODUM=\nAP Sports Writer=", "AP"), ("By Reuters staff", "Reuters"),
])
def test_wire_feed_bylines(opening, agency):
    origin, _, _ = tags(opening + "\n" + BODY)
    assert origin == agency


@pytest.mark.parametrize("text, expected", [
    # TT's house byline: a name, a slash, the agency (the registry's `slash_byline`).
    ("Linnea Berg/TT\n" + BODY, ("TT", (), (("TT", "byline", "Linnea Berg/TT"),))),
    # A desk's initials before the agency, or after an unnamed-agency credit.
    (BODY + "\nmkr/Reuters", ("Reuters", (), (("Reuters", "credit_line", "mkr/Reuters"),))),
    (BODY + "\n(mkr/dpa/AFP)", (None, ("dpa", "AFP"), (("dpa", "credit_line", "(mkr/dpa/AFP)"),
                                                      ("AFP", "credit_line", "(mkr/dpa/AFP)")))),
    (BODY + "\nAgenturen/red", (None, (), ((None, "credit_line", "Agenturen/red"),))),
    # Other agencies' `Name/AGENCY` is a photographer's credit, and so is a name with two agencies.
    ("Jonas Falk/Reuters\n" + BODY, (None, (), ())),
    ("Jonas Falk/AP/TT\n" + BODY, (None, (), ())),
])
def test_name_or_desk_initials_then_slash_agency(text, expected):
    assert tags(text) == expected
    if expected[2]:
        assert body_after(text) == BODY


@pytest.mark.parametrize("line, agency", [
    ("Genève, TT:s korrespondent", "TT"),
    ("Oslo, NTBs korrespondent", "NTB"),
    ("Tampere, STT:n toimittaja", "STT"),
    ("Helsinki, Reutersin kirjeenvaihtaja", "Reuters"),
])
def test_possessive_agency_before_a_role_in_nordic_bylines(line, agency):
    text = line + "\n" + BODY
    assert tags(text) == (agency, (), ((agency, "byline", line),))
    assert body_after(text) == BODY


def test_arabic_byline_label_and_photo_label():
    from transforms.wire.bylines import byline_agencies

    assert byline_agencies("كتب: أ ف ب") == ["AFP"]
    assert byline_agencies("تصوير : أ.ف.ب", metadata=True) == []


def test_a_source_label_in_other_languages_before_the_agency_in_an_author_field():
    from transforms.wire.bylines import byline_agencies

    assert byline_agencies("Bron: ANP", metadata=True) == ["ANP"]
    assert byline_agencies("Quelle: dpa", metadata=True) == ["dpa"]
    assert byline_agencies("Bron: Harbour Gazette", metadata=True) == []


def test_second_round_byline_families():
    from transforms.wire.bylines import byline_agencies

    assert byline_agencies("By Dana Whitlow IANS | November 24") == ["IANS"]
    assert byline_agencies("Article By Dana Whitlow and Omar Reyes, Reuters") == ["Reuters"]
    assert byline_agencies("الرياض: واس") == ["SPA"]
    assert byline_agencies("NEW DELHI: PTI") == ["PTI"]
    assert byline_agencies("Credit: Reuters") == []


def test_a_desk_place_after_the_agency_is_part_of_the_credit():
    from transforms.wire.bylines import byline_agencies

    assert byline_agencies("By Dana Whitlow, PA Scotland") == ["PA"]
    assert byline_agencies("By Dana Whitlow, AP Photo") == []
