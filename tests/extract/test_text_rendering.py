import datetime

from transforms.extract.text_rendering import extract_text_rendering, find_story, is_prose, parse_date

RENDERING = """\
Skip to content
Lakeside Courier
  • Home
  • Region
  • Sports
Trending Now

Council approves new budget for road repairs

March 3, 2024
Share Facebook Twitter Email
Home » Region » Volunteers restore the old lighthouse garden
Region

Volunteers restore the old lighthouse garden

By Marta Okafor | March 4, 2024 Updated: March 9, 2024
Share
Facebook Twitter WhatsApp

Forty volunteers spent the weekend clearing brambles and replanting the garden beside the old lighthouse, which had been closed to visitors since the storm two winters ago.

The group, organised by the local heritage society, brought in donated soil, two hundred bulbs and a set of benches built by students at the technical college.

What comes next

Organisers said the garden would reopen to the public on the first weekend of April, with guided walks every Saturday morning until the end of the summer season.

It was worth every blister.

“We wanted people to have a reason to walk out to the point again,” said the society’s chair, who has lived in the village for most of her life and remembers the garden in bloom.

Source: Lakeside Courier staff

Share. Facebook Twitter Copy Link
Related Posts

Council approves new budget for road repairs

March 3, 2024
Subscribe to our newsletter

Get the best local stories from the lake shore delivered to your inbox every single morning of the week.

© 2024 Lakeside Courier. All rights reserved.
"""

BODY = (
    "Forty volunteers spent the weekend clearing brambles and replanting the garden beside the old lighthouse, "
    "which had been closed to visitors since the storm two winters ago.\n"
    "The group, organised by the local heritage society, brought in donated soil, two hundred bulbs and a set of "
    "benches built by students at the technical college.\n"
    "What comes next\n"
    "Organisers said the garden would reopen to the public on the first weekend of April, with guided walks every "
    "Saturday morning until the end of the summer season.\n"
    "It was worth every blister.\n"
    "“We wanted people to have a reason to walk out to the point again,” said the society’s chair, who has lived "
    "in the village for most of her life and remembers the garden in bloom.\n"
    "Source: Lakeside Courier staff"
)


def test_rendering_fields():
    article = extract_text_rendering(RENDERING)
    assert article.title == "Volunteers restore the old lighthouse garden"
    assert article.author == "Marta Okafor"
    assert article.published == datetime.date(2024, 3, 4)
    assert article.sitename == "Lakeside Courier"
    assert article.text == BODY


def test_parse_date_skips_update_stamps():
    assert parse_date("By Staff | Updated: July 12, 2025 | January 17, 2022") == datetime.date(2022, 1, 17)
    assert parse_date("Published 5 Sept 2023") == datetime.date(2023, 9, 5)
    assert parse_date("2021-02-30 and 2021-03-01") == datetime.date(2021, 3, 1)


def test_parse_date_reads_month_names_of_the_dateline_table_and_only_whole_names():
    assert parse_date("Posted 16 января 2022") == datetime.date(2022, 1, 16)
    assert parse_date("3 de março de 2024") == datetime.date(2024, 3, 3)
    assert parse_date("12 Dezember 2021") == datetime.date(2021, 12, 12)
    assert parse_date("Sept. 5, 2023") == datetime.date(2023, 9, 5)
    assert parse_date("16 mayors 2022 were elected") is None
    assert parse_date("no date here") is None
    assert parse_date("3 de junio de 2025 - 12:40") == datetime.date(2025, 6, 3)
    assert parse_date("Mis à jour le 1er avril 2023") == datetime.date(2023, 4, 1)
    assert parse_date("12. März 2024") == datetime.date(2024, 3, 12)
    assert parse_date("the 12 apples 2024") is None
    assert parse_date("Last Updated: March 4, 2024") is None
    assert parse_date("Last Updated: March 4, 2024", allow_updated=True) == datetime.date(2024, 3, 4)


def test_is_prose():
    assert is_prose("The council met on Tuesday evening and agreed to spend more money on the harbour wall.")
    assert not is_prose("  • Home")
    assert not is_prose("Facebook Twitter Instagram Pinterest YouTube LinkedIn WhatsApp Telegram Email")


def test_no_story_in_a_link_page():
    assert extract_text_rendering("Home\nAbout\nContact\n  • News\n  • Sport\n© 2024 Site") is None
    assert find_story([]) is None


def test_seed_page(seed_text):
    article = extract_text_rendering(seed_text)
    assert article.title == "Headed to disaster? US, Russia harden stances in talks"
    assert article.author == "The Political Observer Staff"
    assert article.byline == "The Political Observer StaffBy The Political Observer StaffJanuary 17, 2022Updated:July 12, 2025"
    assert article.published == datetime.date(2022, 1, 17)
    assert article.text.startswith("Washington, Jan 16 (AP)\u00a0The failure of last week’s high-stakes")
    assert article.text.endswith("And it’s only going to get worse.\nSource: PTI")
    assert article.text.count("\n") == 25
    for chrome in ("What's Hot", "Related Posts", "Editors Picks", "Subscribe", "Facebook", "Copy Link",
                   "All rights reserved", "Latest Posts", "Home", "Type above and press Enter"):
        assert chrome not in article.text
