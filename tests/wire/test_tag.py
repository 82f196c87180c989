"""tag_wire_sources as a whole: traps, origin versus carrier, cutting credits, the transform."""

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import empty_article
from tests.fixtures import counters_in
from tests.wire.tagging import BODY, DISCLAIMER, tags
from transforms.wire.signals import SIGNALS
from transforms.wire.tag import TagWireSources, WireTags, remove_spans, tag_record, tag_wire_sources


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


def test_the_printed_byline_names_the_agency_the_authors_column_leaves_out():
    record = {**empty_article(), "text": BODY, "author": "ERIC TUCKER", "authors": ["ERIC TUCKER"],
              "byline": "By ERIC TUCKER Associated Press"}
    out = tag_record(record)
    assert (out["wire_origin"], out["wire_evidence"]) == (
        "AP", [{"agency": "AP", "signal": "metadata_author", "text": "By ERIC TUCKER Associated Press"}])
