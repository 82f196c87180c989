"""Pages nested deeper than the HTML parser goes.

libxml2 stops building the tree at 256 levels and drops everything below,
so a page wrapped in thousands of `<div>`s (generated layouts, or a page
built to break parsers) loses its article. Browsers render such pages, so
the excess wrappers are taken out before parsing: past `limit` levels,
layout containers are dropped with their end tags and their content moves
up; elements that carry meaning (headings, paragraphs, lists, links, the
article) are kept, up to `limit + SEMANTIC_ALLOWANCE` levels.

`parse_page(html)` parses with trafilatura's loader and re-parses the
flattened page only when the parser reports the depth limit: ordinary
pages pay nothing.
"""
from __future__ import annotations

import re

PARSER_DEPTH = 256
FLATTEN_TO = 200               # levels kept as they are
SEMANTIC_ALLOWANCE = 40        # further levels for elements that carry meaning

_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)[^>]*>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr", "keygen", "command"}
_RAW_TEXT = {"script", "style", "textarea", "title"}
_MEANINGFUL = {"html", "head", "body", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol",
               "li", "a", "time", "figure", "figcaption", "blockquote", "table", "tr", "td", "th", "pre", "dl",
               "dt", "dd"} | _RAW_TEXT


def flatten_depth(html: str, limit: int = FLATTEN_TO) -> str:
    """The page with its nesting cut to about `limit` levels; text and meaningful elements kept."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []    # (tag name, kept) of each open element
    depth = 0                             # kept elements open
    position = 0
    raw_until = None                      # inside <script>/<style>: tags there are text
    for match in _TAG.finditer(html):
        closing, name = match.group(1) == "/", match.group(2).lower()
        if raw_until is not None:
            if not (closing and name == raw_until):
                continue
            raw_until = None
        if name in _VOID or match.group(0).endswith("/>"):
            continue
        if not closing:
            cap = limit + SEMANTIC_ALLOWANCE if name in _MEANINGFUL else limit
            keep = depth < cap
            stack.append((name, keep))
            depth += keep
            if name in _RAW_TEXT:
                raw_until = name
        else:
            # An end tag closes the nearest open element of its name (browsers recover the same way).
            for index in range(len(stack) - 1, max(-1, len(stack) - 64), -1):
                if stack[index][0] == name:
                    break
            else:
                continue
            keep = stack[index][1]
            for _, kept in stack[index:]:
                depth -= kept
            del stack[index:]
        if not keep:
            out.append(html[position:match.start()])
            position = match.end()
    out.append(html[position:])
    return "".join(out)


def hit_depth_limit(parser) -> bool:
    """Whether the last parse with `parser` stopped at libxml2's depth limit."""
    return any("Excessive depth" in entry.message for entry in parser.error_log)


def parse_page(html: str):
    """trafilatura's parse of the page, re-done on a flattened copy when the page is too deep for it."""
    from trafilatura import utils

    tree = utils.load_html(html)
    if tree is not None and hit_depth_limit(utils.HTML_PARSER):
        tree = utils.load_html(flatten_depth(html))
    return tree
