"""Stage 2, ExtractArticles: raw pages in, article rows out.

In:  RawPage records from the read stage.
Out: article dicts (schemas/corpus.py) with headline, authors and byline, date,
     site and body text, and reject rows (stage "extract") for pages with no usable article.

- articles.py        the composite and the fields taken from trafilatura
- headline.py        the headline as printed: the article's <h1>, else a meta title without site name
- byline.py          the authors as the byline prints them, confirmed by the author metadata
- tables.py          layout tables unwrapped before extraction; data dumps are no article
- depth.py           pages nested deeper than the parser goes, flattened so that the article survives
- decoding.py        page bytes to text: HTTP charset, byte-order mark, <meta>, detection
- charset_guess.py   choosing among Latin single-byte encodings when nothing is declared
- text_rendering.py  the extractor for plain-text renderings of pages: story, header, byline
- rendering_lines.py what one line of a rendering is: prose, caption, byline, stamp, furniture
- rendering_headline.py  the rendering's headline, chosen by evidence among the lines above the story
- guard.py           a child process per worker that stops a page past its time or memory limit
- warmup.py          what that child imports once, before it forks
"""
from transforms.extract.articles import (
                                         DEFAULT_MIN_TEXT_CHARS,
                                         TRAFILATURA_OPTIONS,
                                         ExtractArticles,
                                         extract_html_fields,
                                         extract_page,
                                         quiet_extraction_loggers,
)
from transforms.extract.decoding import BROWSER_SUPERSETS, decode_page
from transforms.extract.guard import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_SECONDS

__all__ = ["ExtractArticles", "DEFAULT_MIN_TEXT_CHARS", "DEFAULT_MEMORY_MB", "DEFAULT_TIMEOUT_SECONDS",
           "TRAFILATURA_OPTIONS", "extract_html_fields", "extract_page", "quiet_extraction_loggers", "BROWSER_SUPERSETS",
           "decode_page"]
