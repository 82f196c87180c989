from lxml import html as lxml_html

from transforms.extract.tables import (
    MAX_TABLE_CHARS,
    is_layout_table,
    trim_data_dump,
    unwrap_layout_tables,
)

PROSE = ("The harbour board voted on Tuesday to widen the northern channel, a project it has discussed for a "
         "decade, after two ferries ran aground there last winter.")
STANDINGS = ("<table><tr><th>Pos</th><th>Team</th><th>Points</th></tr>"
             "<tr><td>1</td><td><a href='/t/1'>Rovers</a></td><td>40</td></tr>"
             "<tr><td>2</td><td><a href='/t/2'>United</a></td><td>38</td></tr></table>")


def _table(markup: str):
    return lxml_html.fromstring(f"<html><body>{markup}</body></html>").find(".//table")


def test_a_data_table_is_content():
    assert not is_layout_table(_table(STANDINGS))


def test_a_cell_of_prose_makes_a_layout_table():
    assert is_layout_table(_table(f"<table><tr><td><a href='/'>Home</a></td><td><p>{PROSE} {PROSE}</p></td></tr></table>"))


def test_a_table_holding_a_table_is_layout():
    assert is_layout_table(_table(f"<table><tr><td>x</td><td>{STANDINGS}</td></tr></table>"))


def test_a_one_column_box_is_layout():
    assert is_layout_table(_table("<table><tr><td>Photo: the channel at low tide.</td></tr>"
                                  "<tr><td></td></tr></table>"))


def test_a_menu_of_links_is_layout():
    assert is_layout_table(_table("<table><tr><td><a href='/n'>News</a></td><td><a href='/s'>Sport</a></td>"
                                  "<td><a href='/w'>Weather</a></td></tr></table>"))


def test_unwrapping_turns_only_the_layout_table_into_blocks():
    tree = lxml_html.fromstring(f"<html><body><table width='100%'><tr><td><p>{PROSE}</p>{STANDINGS}</td>"
                                "</tr></table></body></html>")
    assert unwrap_layout_tables(tree) == 1
    assert [element.tag for element in tree.find("body").iter()][:4] == ["body", "div", "div", "div"]
    assert tree.find(".//div").get("width") is None
    assert len(tree.findall(".//table")) == 1 and len(tree.findall(".//td")) == 6


def test_an_article_keeps_its_data_table():
    text = PROSE + "\n| Pos | Team |\n| 1 | Rovers |"
    assert trim_data_dump(text, 100) == (text, None)


def test_a_page_that_is_mostly_a_table_with_little_prose_is_not_an_article():
    rows = "\n".join(f"| {i} | Rovers | {i * 3} |" for i in range(40))
    assert trim_data_dump("Standings.\n" + rows, 200) == (None, f"{len(rows) + 1} characters of table rows, 10 of prose")


def test_a_data_dump_under_an_article_is_left_out():
    rows = "\n".join(f"| {i} | value {i} | more {i} |" for i in range(2000))
    assert len(rows) > MAX_TABLE_CHARS
    assert trim_data_dump(PROSE + "\n" + rows + "\n" + PROSE, 100) == (PROSE + "\n" + PROSE, None)
