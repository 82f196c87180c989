"""Stage 4, NormalizeDatelines: the dateline that opens a story, as fields, cut from the body.

In:  article dicts with `text`, `language` and the publication or fetch date.
Out: the same dicts with dateline_raw, dateline_city, dateline_region,
     dateline_country, dateline_date and dateline_agency set and the dateline
     removed from `text`.

- normalize.py            the composite, parse_dateline and the record update
- normalized_opening.py   the story's opening, normalized for matching, mapped back to the source
- grammar.py              the dateline shapes: credit first, date first, place first
- preamble.py             what may stand before a dateline (editor tags, slugs, bylines)
- body.py                 whether what follows a bare place reads as a story
- dates.py                the written date and the year inferred for it
- credits.py              agency credits inside datelines, as canonical ids
- cjk.py                  Chinese, Japanese and Korean datelines
- found.py                the match every shape returns
Place names, the gazetteer and month names come from transforms/newsroom.
"""
from transforms.datelines.grammar import find as find_dateline
from transforms.datelines.normalize import Dateline, NormalizeDatelines, normalize_record, parse_dateline
from transforms.datelines.normalized_opening import opening

__all__ = ["NormalizeDatelines", "Dateline", "parse_dateline", "normalize_record", "find_dateline", "opening"]
