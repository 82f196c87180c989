from transforms.extract.rendering_headline import headline_at, is_candidate, slug_tokens

STORY = "The town council voted on Tuesday to rebuild the north pier, which was badly damaged in the storms."


def test_slug_tokens_come_from_the_path_words():
    assert slug_tokens("https://x.example/news/2024/03/05/council-votes-to-rebuild-north-pier.html") == {
        "council", "votes", "rebuild", "north", "pier"}
    assert slug_tokens("https://x.example/article/12345") == set()
    assert slug_tokens(None) == set()


def test_candidates_are_not_chrome_captions_bylines_or_listings():
    assert is_candidate("Council votes to rebuild the north pier")
    assert not is_candidate("Share via: Facebook  LinkedIn  X  WhatsApp  Email")
    assert not is_candidate("Home › News › Council votes to rebuild the north pier")
    assert not is_candidate("Posted in Council | Permalink | 10 Comments")
    assert not is_candidate("By Dana Whitlow | March 5, 2024")
    assert not is_candidate("Press Trust of India | Harbourtown")


def test_a_teaser_listed_twice_loses_to_the_headline_the_address_spells():
    lines = ["Council votes to rebuild the north pier", "March 5, 2024", "",
             "Ferry company adds weekend sailings to summer timetable", "March 4, 2024", "",
             "Ferry company adds weekend sailings to summer timetable", "March 4, 2024", "", STORY]
    assert headline_at(lines, 9) == 6
    assert headline_at(lines, 9, "https://x.example/news/council-votes-to-rebuild-north-pier") == 0


def test_a_line_a_breadcrumb_holds_wins_over_a_nearer_line():
    lines = ["Home / Local / Council votes to rebuild the north pier after winter storms", "",
             "Council votes to rebuild the north pier after winter storms", "",
             "Harbour fleet waits for the spring season to begin", "", STORY]
    assert headline_at(lines, 6) == 2


def test_guillemets_quote_inside_a_headline_are_no_breadcrumb():
    assert is_candidate("Minister: «Der Hafen wird im Frühjahr wieder geöffnet»")
    assert not is_candidate("Home » News » Council votes to rebuild the north pier")
