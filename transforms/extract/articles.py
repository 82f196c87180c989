"""ExtractArticles: raw pages in, article records (or rejects) out.

HTML goes through trafilatura with metadata on; text renderings go through
`text_rendering`. The article record is built here, once, with every schema
column present, so later stages only fill in their own columns.
"""
from __future__ import annotations

import datetime
import functools
import hashlib
import logging

import apache_beam as beam
from apache_beam.utils.windowed_value import WindowedValue

from schemas import empty_article, reject_row
from transforms.common import progress
from transforms.common.raw_page import RawPage
from transforms.extract.byline import choose_authors, names_in, read_byline
from transforms.extract.decoding import decode_page
from transforms.extract.depth import parse_page
from transforms.extract.headline import choose_headline, read_candidates
from transforms.extract.tables import trim_data_dump, unwrap_layout_tables
from transforms.extract.guard import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_SECONDS, GuardedWorker
from transforms.extract.text_rendering import extract_text_rendering
from transforms.newsroom.urls import canonical_url, host_of

_LOG = logging.getLogger(__name__)
NAMESPACE = "ExtractArticles"
REJECTS = "rejects"
DEFAULT_MIN_TEXT_CHARS = 200

# Precision mode measured best on the extraction benchmark (see
# benchmarks/extraction_quality.py); comments are never part of an article.
TRAFILATURA_OPTIONS = dict(with_metadata=True, favor_precision=True, include_comments=False,
                           include_tables=True, include_images=False, include_links=False, deduplicate=False)


def quiet_extraction_loggers() -> None:
    """trafilatura and its helpers warn per page ("discarding data"); rejects already record why."""
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.ERROR)


def doc_id_for(url: str | None, text: str, source_file: str = "", source_record: str = "") -> str:
    """Stable id from URL, body text and the record's place in its dump.

    The place (file name, not full path, plus locator) keeps two captures of
    the same page apart, so every row has its own id, while moving the dumps
    to another folder or bucket does not change any id.
    """
    name = source_file.rstrip("/").rsplit("/", 1)[-1]
    digest = hashlib.sha256(f"{url or ''}\n{text}\n{name}\n{source_record}".encode("utf-8")).hexdigest()
    return digest[:16]


def _iso_date(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def drop_repeated_title(text: str, title: str | None) -> str:
    """The headline often opens the extracted text too; the body should not repeat it."""
    first, _, rest = text.partition("\n")
    if title and rest and _squash(first) == _squash(title):
        return rest.lstrip("\n")
    return text


def extract_html_fields(html: str, url: str | None) -> dict | None:
    """trafilatura's view of an HTML page: text and metadata, or None."""
    import trafilatura

    # Parsed once: the headline candidates are read from the tree trafilatura then extracts from
    # (it works on its own copy), with trafilatura's own parser and settings.
    tree = parse_page(html)
    if tree is None:
        return None
    candidates = read_candidates(tree)
    evidence = read_byline(tree, candidates.site_names)
    unwrap_layout_tables(tree)
    document = trafilatura.bare_extraction(tree, url=url, **TRAFILATURA_OPTIONS)
    if document is None or not (document.text or "").strip():
        return None
    host = host_of(url) or host_of(document.url)
    title = choose_headline(candidates, host, document.title)
    # Our own byline reading, not trafilatura's author: that one re-cases names, drops their
    # punctuation and keeps roles and affiliations (measured in benchmarks/extraction_quality.py).
    byline = choose_authors(evidence, host)
    text = drop_repeated_title(document.text.strip(), title)
    return {"text": text, "title": title, "authors": list(byline.authors), "byline": byline.text,
            "sitename": _clean(document.sitename), "published_at": _iso_date(document.date),
            "declared_url": _clean(document.url)}


def extract_text_fields(text: str, url: str | None = None) -> dict | None:
    article = extract_text_rendering(text, url=url)
    if article is None:
        return None
    return {"text": article.text, "title": article.title, "authors": names_in(article.author or ""),
            "byline": article.byline, "sitename": article.sitename, "published_at": article.published,
            "declared_url": None}


def page_text(page: RawPage) -> str:
    text = page.body if isinstance(page.body, str) else decode_page(page.body, page.http_charset)[0]
    # A stray NUL is no reason to lose a page (browsers skip it); lxml refuses strings that hold one.
    return text.replace("\x00", "") if "\x00" in text else text


def build_article(page: RawPage, fields: dict) -> dict:
    """The full record for one extracted page."""
    canonical = canonical_url(fields.get("declared_url")) or canonical_url(page.url)
    url = page.url or canonical
    text = fields["text"]
    record = empty_article()
    record.update(
        doc_id=doc_id_for(canonical or url, text, page.source_file, page.source_record), url=url, canonical_url=canonical,
        host=host_of(url) or host_of(canonical), source_file=page.source_file,
        source_record=page.source_record, source_format=page.source_format, fetched_at=page.fetched_at,
        title=fields.get("title"), author="; ".join(fields["authors"]) or None, authors=fields["authors"],
        byline=fields.get("byline"), sitename=fields.get("sitename"),
        published_at=fields.get("published_at"), text=text, text_chars=len(text))
    return record


def extract_page(page: RawPage, min_text_chars: int = DEFAULT_MIN_TEXT_CHARS) -> dict:
    """Article record, or a reject row (it has a `stage` key) explaining why not."""
    def reject(reason: str, detail: str | None = None) -> dict:
        return reject_row(source_file=page.source_file, source_record=page.source_record, url=page.url,
                          stage="extract", reason=reason, detail=detail)

    text = page_text(page)
    fields = extract_html_fields(text, page.url) if page.kind == "html" else extract_text_fields(text, page.url)
    if fields is None:
        return reject("no_article", "no main text found")
    fields["text"], dump = trim_data_dump(fields["text"], min_text_chars)
    if dump:
        return reject("not_prose", dump)
    if len(fields["text"]) < min_text_chars:
        return reject("too_short", f"{len(fields['text'])} characters of text, minimum {min_text_chars}")
    return build_article(page, fields)


class ExtractArticleFn(beam.DoFn):
    """Extracts one page; with a timeout > 0 the work runs under a GuardedWorker."""

    def __init__(self, min_text_chars: int = DEFAULT_MIN_TEXT_CHARS, timeout: float = DEFAULT_TIMEOUT_SECONDS,
                 memory_mb: int = DEFAULT_MEMORY_MB):
        self._min_text_chars = min_text_chars
        self._timeout = timeout
        self._memory_mb = memory_mb
        self._guard = None

    def setup(self):
        import trafilatura  # noqa: F401  (loaded once per worker, not per page)

        quiet_extraction_loggers()
        if self._timeout > 0:
            work = functools.partial(extract_page, min_text_chars=self._min_text_chars)
            self._guard = GuardedWorker(work, self._timeout, self._memory_mb, preload=("transforms.extract.warmup",))

    def teardown(self):
        if self._guard is not None:
            self._guard.close()

    def start_bundle(self):
        self._in_flight = None

    def _failed(self, page: RawPage, reason: str, detail: str) -> dict:
        return reject_row(source_file=page.source_file, source_record=page.source_record, url=page.url,
                          stage="extract", reason=reason, detail=detail[:500])

    def _extract_here(self, page: RawPage) -> dict:
        try:
            return extract_page(page, self._min_text_chars)
        except Exception as error:  # a page must never take the worker down with it
            return self._failed(page, "extraction_error", f"{type(error).__name__}: {error}")

    def _collect(self, page: RawPage) -> dict:
        status, value = self._guard.collect()
        if status == "ok":
            return value
        if status == "error":
            return self._failed(page, "extraction_error", value)
        _LOG.warning("extraction of %s %s stopped: %s", page.source_file, page.source_record, value)
        return self._failed(page, status, value)

    def process(self, page: RawPage, timestamp=beam.DoFn.TimestampParam, window=beam.DoFn.WindowParam):
        if self._guard is None:
            yield from _outputs(self._extract_here(page))
            return
        # One page in flight: the child extracts this page while the rest of
        # the fused stage (language, datelines, wire tags, ...) runs here on the
        # previous one, so a worker keeps two cores busy instead of one.
        previous = self._in_flight
        result = self._collect(previous[0]) if previous else None
        self._guard.submit(page)
        self._in_flight = (page, timestamp, window)
        if previous:
            yield from _outputs(result)

    def finish_bundle(self):
        if self._in_flight is None:
            return
        page, timestamp, window = self._in_flight
        self._in_flight = None
        for output in _outputs(self._collect(page)):
            if isinstance(output, beam.pvalue.TaggedOutput):
                yield beam.pvalue.TaggedOutput(output.tag, WindowedValue(output.value, timestamp, [window]))
            else:
                yield WindowedValue(output, timestamp, [window])


def _outputs(result: dict):
    if "stage" in result:
        beam.metrics.Metrics.counter(NAMESPACE, f"rejected:{result['reason']}").inc()
        progress.report("rejected")
        yield beam.pvalue.TaggedOutput(REJECTS, result)
    else:
        beam.metrics.Metrics.counter(NAMESPACE, "passed").inc()
        progress.report("extracted")
        yield result


class ExtractArticles(beam.PTransform):
    """RawPage elements in; returns (articles, rejects).

    Every input page leaves as exactly one article record (all schema columns
    present, `language` and later columns unset) or one reject row with stage
    `extract`. A page whose extraction runs past `timeout` seconds or over
    `memory_mb` is rejected as `extraction_timeout` / `extraction_oom` and the
    worker carries on; `timeout=0` extracts in-process without the guard.
    """

    def __init__(self, min_text_chars: int = DEFAULT_MIN_TEXT_CHARS, timeout: float = DEFAULT_TIMEOUT_SECONDS,
                 memory_mb: int = DEFAULT_MEMORY_MB):
        super().__init__()
        self._fn = ExtractArticleFn(min_text_chars, timeout, memory_mb)

    def expand(self, pages):
        results = pages | "Extract" >> beam.ParDo(self._fn).with_outputs(REJECTS, main="articles")
        return results.articles, results[REJECTS]
