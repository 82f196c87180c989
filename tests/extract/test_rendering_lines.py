from transforms.extract.rendering_lines import (captions, is_caption, is_prose, is_stamp, kind, names_agency,
                                                without_stamps)


def test_stamps_in_any_month_names():
    assert is_stamp("Updated 10:01 pm PST, Tuesday, November 19, 2019")
    assert is_stamp("Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM")
    assert is_stamp("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)")
    assert not is_stamp("The council met at 10:00 on Tuesday and voted to rebuild the pier by 2026.")


def test_without_stamps_keeps_the_credit():
    assert without_stamps("APP 05 Apr 2021") == "APP"
    assert without_stamps("date 2017-02 dpa") == "dpa"
    assert without_stamps("Reuters | March 4, 2024, 6:05 PM") == "Reuters"


def test_a_credit_needs_a_name_after_its_label():
    assert is_caption("Photo: Dana Whitlow, AP")
    assert is_caption("Workers inspect the pier. (Dana Whitlow/Harbour Gazette)")
    assert is_caption("(Image: © Harbour Gazette)")
    assert not is_caption("See more photos:")


def test_caption_block_over_a_credit():
    lines = ["Story paragraph that ends here.", "", "Workers inspect the pier.", "Workers inspect the pier.",
             "Photo: Dana Whitlow, AP", "", "© 2024 Harbour Gazette"]
    assert captions(lines) == {2, 3, 4, 6}


def test_agency_credit_lines_and_line_kinds():
    assert names_agency("Press Trust of India  |  Srinagar")
    assert not names_agency("Reuters reported that the pier would be rebuilt.")
    assert kind("Press Trust of India | Srinagar", False) == "barrier"
    assert kind("By Dana Whitlow | March 5, 2024", False) == "barrier"
    assert kind("  • Home", False) == "furniture"
    assert kind("", False) == "blank"
    assert kind("The town council voted on Tuesday to rebuild the north pier after the storms.", False) == "prose"
    assert not is_prose("Hamburger Polizei erklärt Altona und St. Pauli zur Gefahrenzone")


def test_standalone_datelines_and_desks_and_short_stamps():
    from transforms.extract.rendering_lines import is_byline, is_furniture, standalone_dateline

    assert standalone_dateline("OTTAWA -") and standalone_dateline("BAAR, SWITZERLAND")
    assert standalone_dateline("واشنطن (رويترز)") and standalone_dateline("Berlin (dpa)")
    assert not standalone_dateline("Jane Doe (Reuters)")
    assert not standalone_dateline("BREAKING NEWS") and not standalone_dateline("Share this:")
    assert is_byline("Harbour 7 Desk") and is_byline("এমসি ডেস্ক:")
    assert is_stamp("viernes, noviembre 22") and is_stamp("22. März")
    assert is_furniture("Реклама на harbour.example") and is_furniture("Anzeige")


def test_scripts_without_stops_and_burmese_stops():
    assert is_prose("นายกรัฐมนตรีกล่าวในวันอังคารว่ารัฐบาลจะสร้างท่าเรือทางเหนือขึ้นใหม่หลังจากพายุในเดือนมกราคมทำให้เสียหายอย่างหนัก")
    assert is_prose("မြို့တော်ကောင်စီသည် အင်္ဂါနေ့တွင် မြောက်ဘက်ဆိပ်ခံတံတားကို ပြန်လည်တည်ဆောက်ရန် ဆုံးဖြတ်ခဲ့သည် ဟု အရာရှိများက ပြောကြားခဲ့ကြသည်။")
    assert not is_prose("  * The ferry company promised a new timetable for the summer, with more sailings on weekends, "
                        "holidays and the whole of August, and cheaper fares for residents of the island villages.")


def test_a_teaser_cut_short_is_no_paragraph():
    assert not is_prose("Home News Council votes to rebuild the north pier after storms, borrowing money,...")
    assert is_prose("The council voted on Tuesday to rebuild the north pier after the January storms, and "
                    "councillors said the loan would be repaid over twenty years from harbour fees and a small "
                    "levy on ferry tickets…")
