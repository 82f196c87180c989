"""Tables: layout is not content, data inside the article is, a data dump is no article.

Old pages lay out the whole page with `<table>`: the navigation in one cell,
the article in another. Extracted as tables, the article comes out as
`| ... |` rows, the dateline opens with a pipe, and the navigation's
section names stay in the text. So each table is judged before extraction:

* a layout table holds another table, or a cell with a paragraph's worth
  of text, or has one column (a box around a caption or a quote), or is
  mostly link text (a menu). Its rows and cells become
  plain blocks, so extraction treats what is inside as it treats any page
  (prose kept, link lists dropped);
* anything else is a data table (standings, prices) and stays a table.

After extraction, `trim_data_dump` looks at what the tables add up to: a
page that is mostly table rows with less prose than an article needs is
not an article (`not_prose`), and table text past MAX_TABLE_CHARS is left
out of an article (a 6,000-row listing under a short note).
"""
from __future__ import annotations

LAYOUT_CELL_CHARS = 200     # one cell with this much text holds prose, not a datum
MENU_LINK_SHARE = 0.6       # link text over all text of a navigation table
MAX_TABLE_CHARS = 20_000    # table text an article keeps; past it, the tables are a data dump
_TABLE_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col")


def _squashed_length(element) -> int:
    return len(" ".join(element.text_content().split()))


def _own(table, tags) -> list:
    """Elements of `tags` that belong to this table, not to a table nested in it."""
    return [element for element in table.iter(*tags)
            if next(element.iterancestors("table"), None) is table]


def is_layout_table(table) -> bool:
    if next(table.iterdescendants("table"), None) is not None:
        return True
    length = {cell: _squashed_length(cell) for cell in _own(table, ("td", "th"))}
    if any(chars >= LAYOUT_CELL_CHARS for chars in length.values()):
        return True
    rows = _own(table, ("tr",)) or [table]
    if all(sum(length.get(cell, 0) > 0 for cell in row) <= 1 for row in rows):
        return True     # one column: a box around a caption, a quote or a block of text
    total = sum(length.values())
    links = sum(_squashed_length(link) for link in table.iter("a"))
    return total > 0 and links >= MENU_LINK_SHARE * total


def unwrap_layout_tables(tree) -> int:
    """Turns the layout tables of a parsed page into plain blocks, in place; returns how many."""
    layout = [table for table in tree.iter("table") if is_layout_table(table)]
    # Decided first, changed after: a nested table is judged as the page wrote it.
    parts = [part for table in layout for part in _own(table, _TABLE_PARTS)]
    for element in layout + parts:
        element.tag = "div"
        for attribute in ("width", "cellpadding", "cellspacing", "border", "colspan", "rowspan"):
            element.attrib.pop(attribute, None)
    return len(layout)


def _is_table_row(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|")


def trim_data_dump(text: str, min_prose_chars: int) -> tuple[str | None, str | None]:
    """(text to keep, None), or (None, reject detail) for a page that is a data table and no article."""
    lines = text.split("\n")
    table_chars = sum(len(line) + 1 for line in lines if _is_table_row(line))
    if table_chars <= MAX_TABLE_CHARS and table_chars * 2 <= len(text):
        return text, None
    prose = "\n".join(line for line in lines if not _is_table_row(line)).strip()
    if len(prose) < min_prose_chars and table_chars * 2 > len(text):
        return None, f"{table_chars} characters of table rows, {len(prose)} of prose"
    return (prose if table_chars > MAX_TABLE_CHARS else text), None
