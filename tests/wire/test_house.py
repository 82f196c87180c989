"""House lines: slugs, digest headings, reporters' links and promotions that name the agency."""

import pytest

from tests.wire.tagging import BODY, body_after, tags
from transforms.wire.house import house_line


@pytest.mark.parametrize("text, line, agency", [
    (BODY + "\nAP-NY-11-03-21 1842GMT<", "AP-NY-11-03-21 1842GMT<", "AP"),
    ("Reuters Top Business News at 9:05 a.m. EDT=\n" + BODY, "Reuters Top Business News at 9:05 a.m. EDT=",
     "Reuters"),
])
def test_wire_slugs_and_digest_headings(text, line, agency):
    assert tags(text) == (agency, (), ((agency, "credit_line", line),))
    assert body_after(text) == BODY


@pytest.mark.parametrize("line, agency", [
    ("Mara Quill can be reached at mquill@ap.org.", "AP"),
    ("Her work can be found at https://apnews.com/author/mara-quill", "AP"),
    ("Tomas Lind can be reached at https://x.com/tlind . His work can be found at https://www.reuters.com/tlind .",
     "Reuters"),
])
def test_reporter_link_to_the_agency_site(line, agency):
    assert tags(BODY + "\n" + line) == (agency, (), ((agency, "credit_line", line),))


def test_reporter_contact_elsewhere_names_no_agency():
    assert tags(BODY + "\nMara Quill can be reached at https://x.com/mquill .") == (None, (), ())


def test_promotion_of_the_agency_own_podcast():
    line = "Listen to Reuters correspondents on our weekly markets podcast, “Open Trade.”"
    assert tags(BODY + "\n" + line) == ("Reuters", (), (("Reuters", "credit_line", line),))


@pytest.mark.parametrize("line", [
    "Subscribe to our newsletter for more stories like this.",  # no agency
    "Reuters reporters discussed the vote on our weekly podcast.",  # not addressed to the reader
    "Listen to our podcast about the AP poll.",  # the agency's poll, not its people
    "AP Top 25 poll at 10:00 a.m.",  # no digest heading
])
def test_lines_that_are_no_house_line(line):
    assert house_line(line) == []
