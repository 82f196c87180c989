"""Imported by the extraction fork server before it forks any child.

One throw-away extraction fills trafilatura's and htmldate's lazy caches
(compiled patterns, language data), so every child forked afterwards, including
the fresh one started after a timeout, begins warm instead of paying that cost
on its first real pages.

htmldate's last resort for a date, dateparser, loads the data of every locale
it tries on first use: about 1.4 s for each of the first few strings no locale
parses, measured as 18 % of the CPU of a 228-page run. One such string here
loads them all once, before the fork.
"""
from htmldate.extractors import get_external_parser

from transforms.extract.articles import extract_html_fields, quiet_extraction_loggers

quiet_extraction_loggers()

_PAGE = ("<html><head><title>Warm-up page</title><meta name='author' content='Nobody'>"
         "<meta property='article:published_time' content='2024-01-02'></head><body><article>"
         + "<p>This paragraph exists only so that the extractor runs every step once before real work.</p>" * 5
         + "</article></body></html>")

extract_html_fields(_PAGE, "https://warmup.invalid/page")
get_external_parser().get_date_data("Posted on the third of the month by the staff of this page")
