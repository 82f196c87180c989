"""End credits, copyright lines and disclaimers, and the cue checks that skip lines quickly."""
import json

import pytest

from tests.conftest import REPO
from tests.wire.tagging import BODY, DISCLAIMER, body_after, tags
from transforms.wire import credits as wire_credits
from transforms.wire.bylines import PHOTO_WORDS, has_photo_words
from transforms.wire.credits import copyright_line, credit_line, disclaimer_line, may_be_credit
from transforms.wire.tag import WireTags, tag_wire_sources


@pytest.mark.parametrize("closing, agency, signal, matched", [
    ("\n\nSource: PTI", "PTI", "credit_line", "Source: PTI"),
    ("\n(Reporting by Jane Doe; Editing by John Roe)", "Reuters", "credit_line",
     "(Reporting by Jane Doe; Editing by John Roe)"),
    ("\n(With inputs from PTI)", "PTI", "credit_line", "(With inputs from PTI)"),
    (" — AFP", "AFP", "credit_line", "— AFP"),
    ("\n--IANS", "IANS", "credit_line", "--IANS"),
    ("\n--IANS\nvc/vd", "IANS", "credit_line", "--IANS\nvc/vd"),
    (" Enditem", "Xinhua", "credit_line", "Enditem"),
    ("\nEnditem", "Xinhua", "credit_line", "Enditem"),
    ("\nPTI KMS RT", "PTI", "credit_line", "PTI KMS RT"),
    (" (ANI)", "ANI", "credit_line", "(ANI)"),
    ("\n（共同）", "Kyodo", "credit_line", "（共同）"),
    ("\nAssociated Press writer Lena Marsh in Warsaw contributed to this report.", "AP", "credit_line",
     "Associated Press writer Lena Marsh in Warsaw contributed to this report."),
    ("\nThis report by The Canadian Press was first published Jan. 16, 2022.", "CP", "credit_line",
     "This report by The Canadian Press was first published Jan. 16, 2022."),
    ("\n— Reuters contributed to this report", "Reuters", "credit_line", "— Reuters contributed to this report"),
    ("\nInformation from The Associated Press was used in this report.", "AP", "credit_line",
     "Information from The Associated Press was used in this report."),
    ("\n(Avec AFP)", "AFP", "credit_line", "(Avec AFP)"),
    ("\nMit Material von dpa", "dpa", "credit_line", "Mit Material von dpa"),
    ("\nFuente: EFE", "EFE", "credit_line", "Fuente: EFE"),
    (" PTI", "PTI", "credit_line", "PTI"),
    ("\nAFP/mm", "AFP", "credit_line", "AFP/mm"),
    ("\n--With assistance from Ola Berg.", "Bloomberg", "credit_line", "--With assistance from Ola Berg."),
    ("\nOur Standards: The Thomson Reuters Trust Principles.", "Reuters", "credit_line",
     "Our Standards: The Thomson Reuters Trust Principles."),
    ("\nCopyright 2022 The Associated Press. All rights reserved.", "AP", "copyright",
     "Copyright 2022 The Associated Press. All rights reserved."),
    ("\n© Thomson Reuters", "Reuters", "copyright", "© Thomson Reuters"),
    ("\n©2022 Bloomberg L.P.", "Bloomberg", "copyright", "©2022 Bloomberg L.P."),
    ("\nCopyright 2022 United Press International, Inc. All Rights Reserved.", "UPI", "copyright",
     "Copyright 2022 United Press International, Inc. All Rights Reserved."),
])
def test_end_credits_are_tagged_and_cut(closing, agency, signal, matched):
    text = BODY + closing
    assert tags(text) == (agency, (), ((agency, signal, matched),))
    assert body_after(text) == BODY


@pytest.mark.parametrize("closing", ["\n(with inputs from agencies)", "\n(With agency inputs)", "\nAgencies",
                                     "\nWith Post wires", "\nAgencies contributed to this report."])
def test_unnamed_agency_credits_mark_syndicated_copy(closing):
    text = BODY + closing
    found = tag_wire_sources(text)
    assert (found.origin, found.agencies, found.evidence) == (None, (), ((None, "credit_line", closing.strip()),))
    assert found.is_wire is True
    assert body_after(text) == BODY


def test_desk_initials_count_only_next_to_an_agency_credit():
    text = BODY + "\nvc/vd"
    assert tag_wire_sources(text) == WireTags(None, (), (), (), ())
    assert tag_wire_sources(text).is_wire is False


def test_two_relay_credits_leave_the_origin_open():
    assert tags(BODY + "\nSources: AFP, Reuters") == (
        None, ("AFP", "Reuters"),
        (("AFP", "credit_line", "Sources: AFP, Reuters"), ("Reuters", "credit_line", "Sources: AFP, Reuters")))


def test_syndicated_feed_disclaimer_marks_wire_copy_without_an_agency():
    text = BODY + "\n" + DISCLAIMER
    found = tag_wire_sources(text)
    assert found == WireTags(None, (), (), ((None, "disclaimer", DISCLAIMER),), ((80, 80 + len(DISCLAIMER)),))
    assert found.is_wire is True
    assert body_after(text) == BODY


@pytest.mark.parametrize("line", [
    "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
    "This story has been published from a wire agency feed without modifications to the text.",
])
def test_other_disclaimer_wordings(line):
    assert tags(BODY + "\n" + line) == (None, (), ((None, "disclaimer", line),))
    assert body_after(BODY + "\n" + line) == BODY


def test_disclaimer_naming_the_agency():
    line = "This story is auto-generated from a syndicated feed of PTI and has not been edited by our staff."
    assert tags(BODY + "\n" + line) == ("PTI", (), (("PTI", "disclaimer", line),))


@pytest.mark.parametrize("line, agencies", [
    ("Source: PTI", ["PTI"]), ("SOURCE: REUTERS", ["Reuters"]), ("ſource: PTI", ["PTI"]),
    ("[Source: Reuters]", ["Reuters"]),
    ("ИСТОЧНИК: ТАСС", ["TASS"]), ("来源：新华社", ["Xinhua"]), ("출처: 연합뉴스", ["Yonhap"]),
    ("(With ınputs from IANS)", ["IANS"]), ("— With agency inputs", [None]), ("WİTH AP wires", ["AP"]),
    ("Agencies", [None]), ("--IANS", ["IANS"]), ("Reuters contributed to this report.", ["Reuters"]),
    ("(Reporting by Jane Doe; Editing by John Roe)", ["Reuters"]), ("ENDITEM", ["Xinhua"]),
])
def test_credit_cue_keeps_credit_lines(line, agencies):
    assert may_be_credit(line) is True
    assert [c.agency for c in credit_line(line)] == agencies


@pytest.mark.parametrize("line", [
    "The minister said on Monday that talks would resume.", "Text/photo: Reuters", "Reuters", "新华社",
])
def test_credit_cue_skips_lines_without_any(line):
    assert may_be_credit(line) is False
    assert credit_line(line) == []


def _dev_lines():
    lines = set()
    for name in ("wire_dev.jsonl", "datelines_dev.jsonl"):
        for row in (REPO / "benchmarks" / "data" / name).read_text("utf-8").splitlines():
            for line in json.loads(row)["text"].split("\n"):
                if line.strip():
                    lines.add(line.strip())
    twins = str.maketrans({"s": "\u017f", "i": "\u0131"})
    return sorted(lines | {line.upper() for line in lines} | {line.translate(twins) for line in lines})


def test_credit_cue_changes_no_reading_of_the_dev_lines(monkeypatch):
    lines = _dev_lines()
    fast = [credit_line(line) for line in lines]
    monkeypatch.setattr(wire_credits, "may_be_credit", lambda line: True)
    assert [credit_line(line) for line in lines] == fast
    assert sum(1 for found in fast if found) >= 150  # the comparison covers real credit lines


def test_feed_cue_changes_no_reading_of_the_dev_lines(monkeypatch):
    lines = _dev_lines()
    fast = [disclaimer_line(line) for line in lines]
    monkeypatch.setattr(wire_credits, "_DISCLAIMER_CUES", ("",))  # every line holds the empty cue
    assert [disclaimer_line(line) for line in lines] == fast
    assert sum(1 for found in fast if found) >= 10


def test_photo_cue_agrees_with_the_photo_pattern():
    lines = _dev_lines() + ["PHOTO: AP", "ıllustration by AFP", "Vıdeo: Reuters", "Picnic", "Imagine"]
    assert [has_photo_words(line) for line in lines] == [bool(PHOTO_WORDS.search(line)) for line in lines]
    assert [has_photo_words(line) for line in lines[-5:]] == [True, True, True, False, False]


@pytest.mark.parametrize("line, agencies", [
    ("This story has been auto-generated from a ſyndicated FEED.", [None]),
    ("Published from a wire agency feed without modifications.", [None]),
    ("Auto-generated from a news agency FEED by PTI.", ["PTI"]),
    ("Feeding time at the zoo was auto-generated chaos.", []),
])
def test_disclaimer_feed_cue(line, agencies):
    assert [c.agency for c in disclaimer_line(line)] == agencies


@pytest.mark.parametrize("line, agency", [
    ("© EFE 2019. Está expresamente prohibida la redistribución y la redifusión.", "EFE"),
    ("© 2018 ANP. Alle auteursrechten en databankrechten voorbehouden.", "ANP"),
    ("Copyright 2022, dpa (www.dpa.de). Alle Rechte vorbehalten", "dpa"),
    ("(c) 2022 dpa Deutsche Presse Agentur GmbH", "dpa"),
    ("Copyright © 2017-2026 The Associated Press", "AP"),
    ("© ΑΠΕ-ΜΠΕ ΑΕ. Τα πνευματικά δικαιώματα ανήκουν στο ΑΠΕ-ΜΠΕ ΑΕ.", "ANA-MPA"),
])
def test_copyright_lines_with_notices_in_other_languages(line, agency):
    assert [(c.agency, c.signal, c.start, c.end) for c in copyright_line(line)] == [
        (agency, "copyright", 0, len(line))]


@pytest.mark.parametrize("line", ["© Reuters photographer Jane Doe", "© AFP 2019 / Jane Doe",
                                  "Copyright 2022 Reuters Photo Desk Editors"])
def test_copyright_lookalikes(line):
    assert copyright_line(line) == []


@pytest.mark.parametrize("closing, agencies", [
    ("dpa alv aae xxzz n1 maa", ["dpa"]), ("dpa pre yyhe n1 deg", ["dpa"]), ("AAP RTV ar", ["AAP"]),
    ("STT–AFP", ["STT", "AFP"]), ("Kaynak: AA", ["Anadolu"]), ("Źródło: PAP", ["PAP"]),
    ("Forrás: MTI", ["MTI"]), ("Kilde: NTB", ["NTB"]),
])
def test_desk_codes_dashes_and_source_words_in_closing_lines(closing, agencies):
    _, carriers, evidence = tags(BODY + "\n" + closing)
    assert sorted({agency for agency, _, _ in evidence}) == sorted(agencies)


@pytest.mark.parametrize("closing, agency", [
    ("Fuente: efe", "EFE"), ("Kaynak: dha", "DHA"), ("Izvor: hina", "HINA"), ("Avots: leta", "LETA"),
    ("Source: reuters.com", "Reuters"),
])
def test_lower_case_agency_or_its_site_after_a_source_label(closing, agency):
    assert tags(BODY + "\n" + closing) == (agency, (), ((agency, "credit_line", closing),))
    assert body_after(BODY + "\n" + closing) == BODY


def test_lower_case_short_alias_without_a_label_is_no_credit():
    assert tags(BODY + "\nefe") == (None, (), ())


@pytest.mark.parametrize("line, agency", [
    ("APTN producer Lena Ortiz in Lima helped with this report.", "AP"),
    ("Reuters TV cameraman Ilya Moss contributed to this report.", "Reuters"),
    ("Kestrel Robotics via Business Wire", "Business Wire"),
    ("Kestrel Robotics via ACNNewswire.net", "ACN Newswire"),
])
def test_agency_units_and_release_wires_as_contributors(line, agency):
    assert tags(BODY + "\n" + line) == (agency, (), ((agency, "credit_line", line),))


def test_a_news_agency_after_via_is_a_picture_credit():
    assert tags(BODY + "\nHandout via REUTERS") == (None, (), ())
    assert tags(BODY + "\nCoast Guard/Handout via AP") == (None, (), ())


@pytest.mark.parametrize("line, expected", [
    ("Denne artikkelen distribuerer NTB på vegne av Tromsøposten.", (None, ("NTB",))),
    ("This story is distributed by AAP on behalf of Reuters.", ("Reuters", ("AAP",))),
])
def test_agency_distributing_a_story_on_behalf_of_its_writer_is_a_carrier(line, expected):
    found = tag_wire_sources(BODY + "\n" + line)
    assert (found.origin, found.carriers) == expected
    assert found.evidence == ((expected[1][0], "disclaimer", line), (expected[0], "disclaimer", line))
    assert found.is_wire is True
    assert body_after(BODY + "\n" + line) == BODY


def test_distributed_on_behalf_of_in_running_prose_is_no_disclaimer():
    # Disclaimers are read in the opening and closing lines only; this one is in the middle.
    text = "\n".join([BODY, "Pictures distributed by AP on behalf of the navy showed the damage."] + [BODY] * 8)
    assert tags(text) == (None, (), ())


@pytest.mark.parametrize("text, signal", [(BODY + "\nSTT–Reuters", "credit_line"), ("STT–Reuters\n" + BODY, "byline")])
def test_dash_joined_credit_names_the_writing_agency_first(text, signal):
    assert tags(text) == ("STT", ("Reuters",), (("STT", signal, "STT–Reuters"), ("Reuters", signal, "STT–Reuters")))


def test_slash_joined_credit_leaves_the_origin_open():
    assert tags(BODY + "\nSTT/Reuters") == (
        None, ("STT", "Reuters"), (("STT", "credit_line", "STT/Reuters"), ("Reuters", "credit_line", "STT/Reuters")))


def test_bracketed_agency_after_a_state_abbreviation_closes_a_caption():
    assert tags(BODY + "\nFirefighters work near the dam in Tucson, Ariz. (AP)") == (None, (), ())
    # After a sentence that ends in a word, the same bracket is the agency's end credit.
    assert tags(BODY + "\nFirefighters worked near the dam all night. (AP)") == (
        "AP", (), (("AP", "credit_line", "(AP)"),))


def test_korean_copyright_notice_and_japanese_reuters_standards():
    from transforms.wire.credits import credit_line

    assert [c.agency for c in credit_line("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>")] == ["Yonhap"]
    assert credit_line("<저작권자(c) 하버신문, 무단 전재-재배포 금지>") == []
    assert [c.agency for c in credit_line("私たちの行動規範:トムソン・ロイター「信頼の原則」")] == ["Reuters"]
