import json
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import empty_article
from transforms import wire_credits
from transforms.wire import TagWireSources, WireTags, remove_spans, tag_record, tag_wire_sources
from transforms.wire_bylines import PHOTO_WORDS, has_photo_words
from transforms.wire_credits import credit_line, disclaimer_line, may_be_credit
from transforms.wire_signals import SIGNALS

from tests.fixtures import counters_in

BODY = "Officials said the talks would resume next week after a pause over the holiday."  # 79 chars


def tags(text, **meta):
    found = tag_wire_sources(text, **meta)
    return found.origin, found.carriers, found.evidence


def body_after(text, **meta):
    return remove_spans(text, tag_wire_sources(text, **meta).credit_spans)


# ------------------------------------------------------------------ datelines

@pytest.mark.parametrize("text, agency, matched", [
    ("WASHINGTON (AP) — " + BODY, "AP", "(AP)"),
    ("LONDON, Jan 16 (Reuters) - " + BODY, "Reuters", "(Reuters)"),
    ("MOSCOW, January 16. /TASS/. " + BODY, "TASS", "/TASS/"),
    ("新华社北京1月16日电 国务院新闻办公室16日举行发布会。", "Xinhua", "新华社北京1月16日电"),
    ("(서울=연합뉴스) 홍길동 기자 = 정부는 16일 새 대책을 발표했다.", "Yonhap", "(서울=연합뉴스)"),
    ("【ワシントン共同】米政府は16日、新たな制裁を発表した。", "Kyodo", "【ワシントン共同】"),
    ("SYDNEY, Jan 16 AAP - " + BODY, "AAP", "AAP"),
    ("МОСКВА, 16 янв - РИА Новости. Переговоры продолжатся.", "RIA Novosti", "РИА Новости"),
    ("Tehran, IRNA - " + BODY, "IRNA", "IRNA"),
    ("NEW YORK, Jan. 16, 2022 /PRNewswire/ -- " + BODY, "PR Newswire", "/PRNewswire/"),
    ("SAN FRANCISCO--(BUSINESS WIRE)--" + BODY, "Business Wire", "(BUSINESS WIRE)"),
    ("Madrid, 16 ene (EFE).- " + BODY, "EFE", "(EFE)"),
    ("(Bloomberg) -- " + BODY, "Bloomberg", "(Bloomberg)"),
    # The region in brackets is Andhra Pradesh, not AP: a credit is never followed by a comma.
    ("Visakhapatnam (AP), Jan 16 (PTI) " + BODY, "PTI", "(PTI)"),
    ("Praha 16. ledna (ČTK) - " + BODY, "ČTK", "(ČTK)"),
    ("Buenos Aires, 16 de enero (Télam) - " + BODY, "Télam", "(Télam)"),
    ("Hamburg (dpa/lno) - " + BODY, "dpa", "(dpa/lno)"),
    ("NEW YORK, NY / ACCESSWIRE / January 16, 2022 / " + BODY, "ACCESSWIRE", "/ ACCESSWIRE /"),
])
def test_dateline_credits(text, agency, matched):
    assert tags(text) == (agency, (), ((agency, "dateline", matched),))
    assert tag_wire_sources(text).credit_spans == ()


def test_joint_dateline_credit_names_origin_then_carrier():
    assert tags("TOKYO (AFP-Jiji) -- " + BODY) == (
        "AFP", ("Jiji",), (("AFP", "dateline", "(AFP-Jiji)"), ("Jiji", "dateline", "(AFP-Jiji)")))


def test_dateline_after_byline_and_headline_lines():
    text = "Markets slide as yields jump\nBy Hugo Lamarck\nFRANKFURT, Jan 16 (Reuters) - " + BODY
    assert tags(text) == ("Reuters", (), (("Reuters", "dateline", "(Reuters)"),))


def test_dateline_agency_argument_is_a_dateline_signal():
    assert tags(BODY, dateline_agency="AP") == ("AP", (), (("AP", "dateline", "AP"),))
    # The body's own match supplies the text when it agrees with the parser.
    assert tags("WASHINGTON (AP) — " + BODY, dateline_agency="AP") == ("AP", (), (("AP", "dateline", "(AP)"),))
    assert tags(BODY, dateline_agency="Nobody") == (None, (), ())


# ------------------------------------------------------------------ bylines

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


# ------------------------------------------------------------------ end credits

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


# ------------------------------------------------------------------ disclaimers

DISCLAIMER = ("(This story has not been edited by Devdiscourse staff and is auto-generated from a "
              "syndicated feed.)")


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


# ------------------------------------------------------------------ metadata

def test_site_name_host_and_title_suffix():
    assert tags(BODY, sitename="Reuters") == ("Reuters", (), (("Reuters", "sitename", "Reuters"),))
    assert tags(BODY, sitename="bernama.com") == ("Bernama", (), (("Bernama", "sitename", "bernama.com"),))
    assert tags(BODY, url="https://apnews.com/article/x") == ("AP", (), (("AP", "host", "apnews.com"),))
    assert tags(BODY, title="Kremlin rejects demands | TASS") == ("TASS", (), (("TASS", "sitename", "TASS"),))
    assert tags(BODY, url="https://www.example.org/news") == (None, (), ())
    assert tags(BODY, url="http://[bad") == (None, (), ())


def test_headline_attribution_in_title_is_not_a_site_name():
    assert tags(BODY, title="Putin says talks stalled - RIA") == (None, (), ())
    assert tags(BODY, title="TASS marks 120 years") == (None, (), ())


# ------------------------------------------------------------------ traps

@pytest.mark.parametrize("text", [
    "President Joe Biden speaks in the East Room. (AP Photo/Evan Vucci)\n" + BODY,
    BODY + "\n(AP Photo/Evan Vucci)",
    "Photo: Reuters\n" + BODY,
    "Image Source: AP\n" + BODY,
    BODY + "\nA view of the damaged bridge. © AFP 2019 / Yuri Kestner",
    BODY + "\n© AFP 2019 / Yuri Kestner",
    BODY + "\nREUTERS/Amir Cohen",
    BODY + " The official told Reuters the plan was on hold.",
    BODY + "\nThe toll could rise, according to AFP.",
    "An AP-NORC poll released on Monday found most adults oppose the plan.\n" + BODY,
    BODY + "\nThat is according to an AP-NORC poll conducted last month.",
    "Most Read from Bloomberg\nMarkets Slide as Yields Jump\nWhy Rents Keep Rising\n" + BODY,
    "TASS, Russia's oldest news agency, marked its anniversary on Sunday with an exhibition.\n"
    "The agency was founded in 1904 and now runs bureaus abroad.",
    "HARRISBURG, PA — " + BODY,
    "Joe Biden (Reuters)\n" + BODY,
    BODY + "\nSource: Ministry of Health",
    BODY + "\n(Photo by Dana Kirsch/AFP via Getty Images)",
    BODY + "\nJane Doe/Reuters",
    BODY + "\nThe findings were first reported by Bloomberg.",
    "Protesters gather on 16 January (AFP)\n" + BODY,
    "TASS\nRussia's state news agency TASS said it would open a bureau in Lagos.\n" + BODY,
])
def test_traps_are_not_tags(text):
    assert tag_wire_sources(text) == WireTags(None, (), (), (), ())


def test_story_about_an_agency_keeps_its_own_origin():
    text = "MOSCOW (AP) — Russia's state news agency TASS said the talks had been constructive.\n" + BODY
    assert tags(text, title="TASS says talks constructive") == ("AP", (), (("AP", "dateline", "(AP)"),))


def test_bloomberg_story_below_its_most_read_widget():
    text = "Most Read from Bloomberg\nMarkets Slide as Yields Jump\n(Bloomberg) -- " + BODY
    assert tags(text) == ("Bloomberg", (), (("Bloomberg", "dateline", "(Bloomberg)"),))


# ------------------------------------------------------------------ origin versus carrier

def test_relay_credit_under_a_different_origin_is_a_carrier():
    text = "WASHINGTON (AP) — " + BODY + "\nSource: PTI"
    assert tag_wire_sources(text, author="PTI", url="https://www.example.in/world/x") == WireTags(
        origin="AP", carriers=("PTI",), agencies=("AP", "PTI"),
        evidence=(("AP", "dateline", "(AP)"), ("PTI", "credit_line", "Source: PTI"), ("PTI", "metadata_author", "PTI")),
        credit_spans=((98, 109),))


def test_dateline_wins_over_byline_and_host():
    text = "By Jane Doe, Associated Press\nPARIS (AFP) - " + BODY
    assert tags(text, url="https://www.reuters.com/x") == (
        "AFP", ("AP", "Reuters"),
        (("AP", "byline", "By Jane Doe, Associated Press"), ("AFP", "dateline", "(AFP)"),
         ("Reuters", "host", "www.reuters.com")))


def test_lone_relay_credit_is_the_origin():
    assert tags(BODY + "\n(With inputs from PTI)")[:2] == ("PTI", ())


# ------------------------------------------------------------------ cutting credit lines

def test_remove_spans_tidies_blank_lines():
    text = "By Jane Doe, Reuters\n\nFirst paragraph.\n\nSource: PTI\n\nLast paragraph.  \n\n© Thomson Reuters\n"
    spans = ((0, 20), (40, 51), (72, 89))
    assert remove_spans(text, spans) == "First paragraph.\n\nLast paragraph."
    assert remove_spans("Keep this.\n", ()) == "Keep this.\n"
    assert remove_spans("A said. — AFP\nB", ((8, 13),)) == "A said.\nB"
    assert remove_spans("A\n--IANS\n\nvc/vd\nB", ((2, 15),)) == "A\nB"


def test_tag_record_sets_the_wire_columns_and_cuts_credits():
    record = {**empty_article(), "doc_id": "d1", "text": BODY + "\n\nSource: PTI", "text_chars": 92,
              "dateline_agency": "AP", "url": "https://www.example.in/x"}
    before = dict(record)
    out = tag_record(record)
    assert record == before
    assert out == {**record, "text": BODY, "text_chars": 79, "wire_origin": "AP", "wire_carriers": ["PTI"],
                   "wire_agencies": ["AP", "PTI"], "is_wire": True,
                   "wire_evidence": [{"agency": "AP", "signal": "dateline", "text": "AP"},
                                     {"agency": "PTI", "signal": "credit_line", "text": "Source: PTI"}]}


def test_tag_record_reads_the_agency_from_dateline_raw():
    record = {**empty_article(), "text": BODY, "text_chars": 79, "dateline_raw": "MOSCOW, January 16. /TASS/. "}
    out = tag_record(record)
    assert (out["wire_origin"], out["wire_evidence"], out["text"]) == (
        "TASS", [{"agency": "TASS", "signal": "dateline", "text": "TASS"}], BODY)


def test_tag_record_without_text():
    out = tag_record({**empty_article(), "text": None})
    assert (out["text"], out["text_chars"], out["is_wire"], out["wire_evidence"]) == ("", 0, False, [])


# ------------------------------------------------------------------ the seed page

def _seed_body(seed_text: str) -> str:
    lines = seed_text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("Washington, Jan 16 (AP)"))
    end = next(i for i, line in enumerate(lines) if line == "Source: PTI")
    return "\n".join(lines[start:end + 1])


@pytest.mark.parametrize("dateline_agency", ["AP", None])
def test_seed_page(seed_text, dateline_agency):
    body = _seed_body(seed_text)
    found = tag_wire_sources(body, title="Headed to disaster? US, Russia harden stances in talks",
                             author="The Political Observer Staff", sitename="The Political Observer",
                             url="https://thepoliticalobserver.example/headed-to-disaster",
                             dateline_agency=dateline_agency)
    assert (found.origin, found.carriers, found.agencies, found.is_wire) == ("AP", ("PTI",), ("AP", "PTI"), True)
    assert found.evidence == (("AP", "dateline", "(AP)"), ("PTI", "credit_line", "Source: PTI"))
    assert [body[s:e] for s, e in found.credit_spans] == ["Source: PTI"]
    out = tag_record({**empty_article(), "text": body, "text_chars": len(body), "dateline_agency": dateline_agency})
    assert out["text"] == body[:body.index("\n\nSource: PTI")]
    assert out["text"].endswith("And it’s only going to get worse.")
    assert "Source: PTI" not in out["text"]
    assert out["text_chars"] == len(out["text"])
    assert (out["wire_origin"], out["wire_carriers"], out["is_wire"]) == ("AP", ["PTI"], True)


# ------------------------------------------------------------------ fuzz

FRAGMENTS = ["Source: PTI", "(AP)", "WASHINGTON (AP) — ", "--IANS", "vc/vd", "© Thomson Reuters", "Enditem",
             "By Jane Doe, Associated Press", "(With inputs from agencies)", "/TASS/", "新华社北京1月16日电",
             DISCLAIMER, "\n", "\n\n", " ", "—", "(", ")", "|", "By ", BODY]
_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=12).map("".join)
_meta = st.one_of(st.none(), st.text(max_size=40), st.sampled_from(["AP", "Press Trust of India", "https://apnews.com/x"]))


@settings(max_examples=300, deadline=None)
@given(text=_text, title=_meta, author=_meta, sitename=_meta, url=_meta, dateline_agency=_meta)
def test_fuzz_never_raises_and_spans_stay_inside(text, title, author, sitename, url, dateline_agency):
    found = tag_wire_sources(text, title=title, author=author, sitename=sitename, url=url,
                             dateline_agency=dateline_agency)
    previous_end = 0
    for start, end in found.credit_spans:
        assert previous_end <= start < end <= len(text)
        previous_end = end
    assert found.agencies == ((found.origin,) if found.origin else ()) + found.carriers
    assert {a for a, _, _ in found.evidence if a is not None} == set(found.agencies)
    assert found.is_wire == bool(found.agencies or found.evidence)
    assert {signal for _, signal, _ in found.evidence} <= set(SIGNALS)
    out = tag_record({**empty_article(), "text": text, "title": title, "author": author, "sitename": sitename,
                      "url": url, "dateline_agency": dateline_agency})
    assert out["text_chars"] == len(out["text"])


# ------------------------------------------------------------------ the transform

def test_transform_tags_every_record_and_counts():
    wire = {**empty_article(), "doc_id": "w", "text": "LONDON (Reuters) - " + BODY + "\n© Thomson Reuters",
            "text_chars": 116}
    plain = {**empty_article(), "doc_id": "p", "text": BODY, "text_chars": 79}
    expected = [
        {**wire, "text": "LONDON (Reuters) - " + BODY, "text_chars": 98, "wire_origin": "Reuters", "wire_carriers": [],
         "wire_agencies": ["Reuters"], "is_wire": True,
         "wire_evidence": [{"agency": "Reuters", "signal": "dateline", "text": "(Reuters)"},
                           {"agency": "Reuters", "signal": "copyright", "text": "© Thomson Reuters"}]},
        {**plain, "wire_origin": None, "wire_carriers": [], "wire_agencies": [], "wire_evidence": [], "is_wire": False},
    ]
    p = TestPipeline()
    out = p | beam.Create([wire, plain]) | TagWireSources()
    assert_that(out, equal_to(expected))
    result = p.run()
    result.wait_until_finish()
    assert counters_in(result, "TagWireSources") == {"wire": 1, "not_wire": 1}


# ------------------------------------------------------------------ fast paths

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
        for row in (Path(__file__).resolve().parents[1] / "benchmarks" / "data" / name).read_text("utf-8").splitlines():
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
