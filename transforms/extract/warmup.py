"""Imported by the extraction fork server before it forks any child.

One throw-away extraction fills trafilatura's and htmldate's lazy caches
(compiled patterns, language data), so every child forked afterwards, including
the fresh one started after a timeout, begins warm instead of paying that cost
on its first real pages.
"""
from transforms.extract.articles import extract_html_fields, quiet_extraction_loggers

quiet_extraction_loggers()

_PAGE = ("<html><head><title>Warm-up page</title><meta name='author' content='Nobody'>"
         "<meta property='article:published_time' content='2024-01-02'></head><body><article>"
         + "<p>This paragraph exists only so that the extractor runs every step once before real work.</p>" * 5
         + "</article></body></html>")

extract_html_fields(_PAGE, "https://warmup.invalid/page")
