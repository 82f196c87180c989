"""The opening of a story, normalized for dateline matching, with a map back to the original offsets.

Datelines arrive with no-break spaces, HTML entities (`&mdash;`), full-width
digits and brackets (`１月１６日`, `（记者…）`) and invisible characters. The
patterns see one clean spelling; the offsets they find are mapped back so
that `raw`, `start` and `end` refer to the text exactly as it was.
"""
from __future__ import annotations

import dataclasses
import html
import re

# A dateline with its editor tags and byline never runs this long; looking at a
# bounded prefix keeps the parser's cost independent of the story's length.
PREFIX_CHARS = 600

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,10});")
_SPACES = frozenset("\xa0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t")
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\xad")


@dataclasses.dataclass(frozen=True)
class Opening:
    text: str
    # origin[i] is the offset in the source of normalized character i;
    # origin[len(text)] is where the normalized prefix stops in the source.
    origin: tuple[int, ...]

    def source_offset(self, position: int) -> int:
        return self.origin[position]


def _clean(char: str) -> str:
    if char in _SPACES:
        return " "
    if char == "\u060c":
        return ","  # Arabic comma: `دمشق، سوريا (CNN)`
    if char == "\r":
        return "\n"
    code = ord(char)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    return char


# The one-for-one substitutions of `_clean`, for str.translate.
_TRANSLATION = {**{ord(c): " " for c in _SPACES}, 0x060C: ",", ord("\r"): "\n",
                **{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}}


def opening(source: str, limit: int = PREFIX_CHARS) -> Opening:
    prefix = source[:limit]
    if "&" not in prefix and _INVISIBLE.isdisjoint(prefix):
        # Nothing is dropped or expanded, so offsets map one to one; this is
        # nearly every story, and translate runs in C.
        return Opening(prefix.translate(_TRANSLATION), tuple(range(len(prefix) + 1)))
    chars: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(prefix):
        char = prefix[i]
        if char == "&":
            entity = _ENTITY.match(prefix, i)
            if entity:
                decoded = html.unescape(entity.group())
                if decoded != entity.group():
                    for piece in decoded:
                        if piece not in _INVISIBLE:
                            chars.append(_clean(piece))
                            origin.append(i)
                    i = entity.end()
                    continue
        if char not in _INVISIBLE:
            chars.append(_clean(char))
            origin.append(i)
        i += 1
    origin.append(len(prefix))
    return Opening("".join(chars), tuple(origin))
