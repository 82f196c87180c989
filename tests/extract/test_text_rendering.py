import datetime

import pytest

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


# One rendering per family of real misses (benchmarks/rendering_quality.py), written for the test.
CHROME = """Skip to content
Harbour Gazette
  • News
  • Sport
Trending: Ferry timetable changes
"""

STORY = """The town council voted on Tuesday to rebuild the north pier, which was badly damaged in the January storms, and to borrow most of the money over twenty years.

Councillors said the pier was too important to the fishing fleet to leave closed for another summer, and that the cost would only rise if the work waited.
"""

PIER_URL = "https://harbourgazette.example/news/2024/03/05/harbour-council-votes-to-rebuild-north-pier/"


def test_story_crosses_captions_and_advertisements_and_stops_at_a_byline():
    rendering = CHROME + """
Teaser: the ferry company promised a new timetable for the summer, with more sailings on weekends and holidays.

Harbour council votes to rebuild the north pier

By Dana Whitlow | March 5, 2024

The town council voted on Tuesday to rebuild the north pier, which was badly damaged in the January storms, and to borrow most of the money over twenty years.

Workers inspect the damaged pier on Monday.
Dana Whitlow/Getty Images

Advertisement

Councillors said the pier was too important to the fishing fleet to leave closed for another summer, and that the cost would only rise if the work waited.
"""
    article = extract_text_rendering(rendering)
    assert article.text == (
        "The town council voted on Tuesday to rebuild the north pier, which was badly damaged in the January storms, "
        "and to borrow most of the money over twenty years.\n"
        "Councillors said the pier was too important to the fishing fleet to leave closed for another summer, and "
        "that the cost would only rise if the work waited.")
    assert article.title == "Harbour council votes to rebuild the north pier"


def test_headline_is_the_line_the_page_echoes_not_the_teaser_or_standfirst():
    rendering = CHROME + """
Council votes on ferry fares next week after complaints
March 1, 2024

Share All sharing options for: Harbour council votes to rebuild the north pier after winter storms

Harbour council votes to rebuild the north pier after winter storms

The vote ends two years of argument over who should pay for the repairs and how long the loan should run.

""" + STORY
    assert extract_text_rendering(rendering).title == "Harbour council votes to rebuild the north pier after winter storms"


def test_headline_spelled_by_the_page_address_wins_over_a_teaser_list():
    rendering = CHROME + """
Harbour council votes to rebuild the north pier
Dana Whitlow View More Articles

More stories like this one
New ferry timetable brings extra weekend sailings
March 4, 2024
Fishing fleet counts the cost of the January storms
March 2, 2024

""" + STORY
    assert extract_text_rendering(rendering, url=PIER_URL).title == "Harbour council votes to rebuild the north pier"


def test_a_share_bar_and_the_site_name_are_never_the_headline():
    rendering = CHROME + """
Harbour council votes to rebuild the north pier

Harbour Gazette staff | March 5, 2024

Share via: Facebook  LinkedIn  X  WhatsApp  Email

""" + STORY + """
Share via: Facebook  LinkedIn  X  WhatsApp  Email
Follow Harbour Gazette on Telegram for town news.
© 2024 Harbour Gazette
"""
    assert extract_text_rendering(rendering).title == "Harbour council votes to rebuild the north pier"


def test_a_stop_inside_a_headline_does_not_make_it_a_paragraph():
    rendering = CHROME + """
Police declare St. Pauli and Altona a danger zone after attacks on officers
""" + STORY
    article = extract_text_rendering(rendering)
    assert article.title == "Police declare St. Pauli and Altona a danger zone after attacks on officers"
    assert article.text.startswith("The town council voted on Tuesday")


def test_byline_broken_over_lines_is_read_whole_for_the_wire_tagger():
    label_alone = CHROME + "\nHarbour council votes to rebuild the north pier\n\nBy\nAFP\n\nThursday Mar 5, 2024\n\n" + STORY
    article = extract_text_rendering(label_alone)
    assert (article.byline, article.author) == ("By AFP", "AFP")
    agency_below = CHROME + ("\nHarbour council votes to rebuild the north pier\n\nDana Whitlow and Omar Reyes\n"
                             "Associated Press\n\n" + STORY)
    assert extract_text_rendering(agency_below).byline == "Dana Whitlow and Omar Reyes Associated Press"
    stamp_glued = CHROME + "\nHarbour council votes to rebuild the north pier\n\nAPP 05 Mar 2024\n\n" + STORY
    assert extract_text_rendering(stamp_glued).byline == "APP"


def test_an_agency_line_between_standfirst_and_story_ends_the_header():
    rendering = CHROME + """
Harbour council votes to rebuild the north pier

The vote ends two years of argument over who should pay for the repairs and how long the loan should run.

Press Trust of India  |  Harbourtown

""" + STORY
    article = extract_text_rendering(rendering)
    assert article.byline == "Press Trust of India | Harbourtown"
    assert article.text.startswith("The town council voted on Tuesday")


def test_short_opening_sentence_and_reading_time_belong_to_the_story():
    rendering = CHROME + """
Harbour council votes to rebuild the north pier

By Dana Whitlow | March 5, 2024

It was not a close vote.

2 min read The town council voted on Tuesday to rebuild the north pier, which was badly damaged in the January storms, and to borrow most of the money over twenty years.
"""
    assert extract_text_rendering(rendering).text == (
        "It was not a close vote.\nThe town council voted on Tuesday to rebuild the north pier, which was badly "
        "damaged in the January storms, and to borrow most of the money over twenty years.")
    assert extract_text_rendering(rendering.replace("It was not a close vote.\n", "")).text.startswith(
        "The town council voted on Tuesday")


def test_archive_date_and_reading_label_are_not_part_of_the_headline():
    rendering = CHROME + " date 2024-03 You are reading: Harbour council votes to rebuild the north pier\n\n" + STORY
    assert extract_text_rendering(rendering).title == "Harbour council votes to rebuild the north pier"


def test_a_dateline_standing_on_its_own_line_opens_the_story():
    rendering = CHROME + "\nHarbour council votes to rebuild the north pier\n\nOTTAWA -\n" + STORY
    assert extract_text_rendering(rendering).text.startswith("OTTAWA -\nThe town council voted on Tuesday")


def test_sentences_end_in_other_scripts():
    assert is_prose("लखनऊ में मंगलवार को नगर परिषद ने उत्तरी घाट के पुनर्निर्माण के लिए मतदान किया और कहा कि काम जल्द शुरू होगा।")
    assert not is_prose("Police declare St. Pauli and Altona a danger zone after attacks on officers")


@pytest.mark.parametrize("opening, starts, byline", [
    ("LusaLisboa, 30 out (Lusa) – O conselho municipal votou hoje a reconstrução do cais norte, danificado "
     "pelas tempestades de janeiro.", "Lisboa, 30 out (Lusa) – O conselho", "Lusa"),
    ("Bron: ANP 0 De gemeenteraad heeft dinsdag besloten de noordelijke pier te herbouwen na de stormen van "
     "januari.", "De gemeenteraad heeft dinsdag", "Bron: ANP"),
])
def test_a_credit_run_into_the_first_paragraph_is_the_byline(opening, starts, byline):
    article = extract_text_rendering(CHROME + "\nHarbour council votes to rebuild the north pier\n\n" + opening + "\n")
    assert article.text.startswith(starts)
    assert article.byline == byline
    assert extract_text_rendering(CHROME + "\n" + STORY).text.startswith("The town council")


def test_a_drop_cap_printed_apart_is_joined_when_the_page_uses_the_word():
    rendering = CHROME + ("\nHarbour council votes to rebuild the north pier\n\nW hile the storms were still blowing, "
                          "the council met to decide what should happen to the pier and who should pay for it.\n\n"
                          "A damaged crane was left on the pier while the council met again on the following day.\n")
    article = extract_text_rendering(rendering)
    assert article.text.startswith("While the storms")
    assert article.text.split("\n")[1].startswith("A damaged crane")


def test_an_agency_line_after_the_story_is_its_credit():
    article = extract_text_rendering(CHROME + "\nHarbour council votes to rebuild the north pier\n\n" + STORY
                                     + "\nAGERPRES\n\nMost read\n")
    assert article.text.endswith("would only rise if the work waited.\nAGERPRES")


def test_a_desk_label_in_front_of_the_story_is_its_byline():
    article = extract_text_rendering(CHROME + "\nHarbour council votes to rebuild the north pier\n\nOnline Desk: " + STORY)
    assert article.text.startswith("The town council voted")
    assert article.byline == "Online Desk"


def test_a_dateline_paragraph_is_where_the_story_starts():
    rendering = CHROME + ("\nHarbour council votes to rebuild the north pier\n\nNews in brief.\nHARBOURTOWN, Ore. (AP) — "
                          "The town council voted on Tuesday to rebuild the north pier after the January storms.\n")
    assert extract_text_rendering(rendering).text.startswith("HARBOURTOWN, Ore. (AP) — The town council")
