"""A labelled syndication set made of real news pages: real stories re-hosted in real page templates.

The synthetic set (benchmarks/syndication_set.py) scores near perfect while
real crawls do not, because real pages bring what invented text cannot:
navigation and table layouts that leak into every extracted body of a site,
id-in-query URLs, one canonical URL declared for many articles, and reports
written from one template. This set keeps the real pages and only swaps the
article in them, so every one of those problems shows up with a known answer.

Nothing real is stored in this repository. At build time the set reads:
* stories: the ground-truth article bodies of the article-extraction benchmark
  pages and of the newspaper4k test pages (``../shared/corpora``);
* hosts: the same pages with their own article emptied out and the new
  story's paragraphs put in its place; the rest of the page (navigation,
  tables, footers, related links) stays as the site served it.
The template reports, local paragraphs, datelines and tails are written here.

What counts as one story (label ``story/<n>``): every copy of one real article
on 2 to 15 hosts, whatever the host did to it: a wire dateline, truncation, a
dropped paragraph, small word edits, an added local paragraph, an agency tail,
the headline pasted into the body, a repost under a second URL of the same
host, a second capture of the identical page.

The hard negatives, which must stay apart:
* many different stories on the same host, sharing its boilerplate (some
  hosts carry dozens; the table-layout hosts are among the busiest);
* hosts whose article URLs differ only in a query parameter
  (``/story.asp?S=<n>``, ``/Satellite?c=JPArticle&cid=<n>``, ``/?p=<n>``...);
* hosts that declare one canonical URL (home page or section) for every page;
* template reports (``report/<n>``): dividend notices, quarterly results and
  weekly market reports that differ only in names and numbers;
* substantive updates (``update/<n>/<k>``): a new lead and new reporting with
  only part of the earlier version kept. The new reporting is the body of
  another real page that is not used as a story, so its text is nowhere else.

The same seed and size always give the same set, byte for byte.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import gzip
import hashlib
import html as htmllib
import io
import json
import random
import re
import unicodedata
import urllib.parse
import uuid
from pathlib import Path
from typing import Iterable

from benchmarks.syndication_set import COMPANY_KINDS, COMPANY_STEMS, FIRST_NAMES, LAST_NAMES, OUTLET_PLACES, WORD_EDITS

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
BENCHMARK_PAGES = SHARED / "corpora" / "article-extraction-benchmark"
NEWSPAPER_PAGES = SHARED / "corpora" / "newspaper4k-testdata" / "tests" / "data"
# Pages of the newspaper folder that have no text file but serve as a host: the
# one old table-layout page there. The other pages without text are home pages,
# feeds and duplicates of benchmark pages.
TEMPLATE_ONLY_PAGES = ("ap_meta_refresh",)
# A page that extracts to the same reprint notice whatever article it holds:
# every copy on that host would collapse into one text, a failure of
# extraction that dedup cannot see. It still gives its story.
UNEXTRACTABLE_TEMPLATES = ("aeb:f8ff621a0b9b7646cc0d57d37416feabba2bf78ef5dd0bfc5b080f9f97bbe584",)

DEFAULT_SIZE = 1200
MIN_PARAGRAPHS, MIN_CHARS = 4, 800
# Very long bodies (a 250-paragraph listicle) only cost run time: whether two
# copies are one story is settled long before paragraph 30.
MAX_PARAGRAPHS, MAX_CHARS = 30, 12_000
COPIES = (2, 2, 3, 3, 4, 4, 5, 6, 7, 8, 10, 12, 15)
MAX_COPIES = 15  # URLs per story: hosts plus reposts (second captures of one URL come on top)
BASE_DATE = dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc)

QUERY_URLS = {
    "asp": "/story.asp?S={n}",
    "satellite": "/Satellite?c=JPArticle&cid={n}&pagename=JPArticle%2FShowFull",
    "wordpress": "/?p={n}",
    "php": "/news.php?id={n}",
    "storyid": "/article?storyId={n}",
}
PATH_URLS = {
    "dated": "/{section}/{date}/{slug}-{n}/",
    "slug": "/{section}/{slug}-{n}",
    "html": "/{section}/{n}/{slug}.html",
}
SECTIONS = ("news", "world", "business", "nation", "local", "politics", "tech", "sport")

AGENCIES = ("AP", "Reuters", "AFP")
DATELINE_CITIES = ("WASHINGTON", "NEW YORK", "LONDON", "PARIS", "BRUSSELS", "TOKYO", "SEOUL", "BEIJING",
                   "NEW DELHI", "SYDNEY", "TORONTO", "BERLIN", "MADRID", "NAIROBI", "SAO PAULO", "CHICAGO")
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
LOCAL_PARAGRAPHS = (
    "Readers in {place} can send questions about this story to our newsroom; we will follow up on the "
    "local angle in the coming days.",
    "{place} officials said they were watching the situation and would tell residents if it affected "
    "services in the county.",
    "This article will be updated as more information becomes available. Check back with the {place} "
    "{paper} for the latest.",
    "{person}, who runs a business in {place}, said people in town had been talking about little else "
    "this week.",
)
PAPERS = ("Herald", "Gazette", "Tribune", "Courier", "Observer", "Chronicle", "Sentinel", "Dispatch")

PLACEHOLDER_BODY = "@@BODY@@"
PLACEHOLDER_HEADLINE = "@@HEADLINE@@"
PLACEHOLDER_DESCRIPTION = "@@DESCRIPTION@@"
PLACEHOLDER_PAGE_URL = "@@PAGEURL@@"
PLACEHOLDER_PUBLISHED = "@@PUBLISHED@@"
CANONICAL_TAG = '<link rel="canonical" href="@@CANONICAL@@">'

_TOKEN = re.compile(r"\w+")
# `WASHINGTON (AP) — `, `LONDON, Nov 19 (Reuters) - `, `VIENNA — `: a lead that already has a dateline.
_DATELINE = re.compile(r"^[A-Z][A-Z.'\- ]{2,30}(?:,[^\u2014\u2013()]{1,30})?"  # CITY, optional date
                       r"\s*(?:\([^)]{1,30}\))?\s*(?:\u2014|\u2013|--?)\s+")  # (Agency) and the dash
_SENTENCE_END = re.compile(r"(?<=[.!?\u3002\uff01\uff1f])\s+")


class SharedDataMissing(FileNotFoundError):
    """The real pages live in ../shared, which is not part of this repository."""


def _rng(*parts: object) -> random.Random:
    # Seeds from a hash, not from Python's salted hash(), so that runs agree.
    return random.Random(int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "little"))


def _normalized(text: str) -> str:
    return " ".join(text.split())


# --- real pages --------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Source:
    """One real page: where it came from, its URL and its ground-truth body ('' when it only serves as a host)."""
    key: str
    url: str
    body: str
    path: Path


def require_shared() -> None:
    for folder in (BENCHMARK_PAGES, NEWSPAPER_PAGES):
        if not folder.is_dir():
            raise SharedDataMissing(f"{folder} not found: the real-page syndication set reads its pages from "
                                    f"{SHARED} when it is built (they are not part of the repository)")


def read_page(source: Source) -> bytes:
    data = source.path.read_bytes()
    return gzip.decompress(data) if source.path.suffix == ".gz" else data


@functools.lru_cache(maxsize=1)
def load_sources() -> tuple[Source, ...]:
    """Every real page in a fixed order: benchmark pages, then the newspaper test pages with a known URL."""
    require_shared()
    truth = json.loads((BENCHMARK_PAGES / "ground-truth.json").read_text(encoding="utf-8"))
    sources = [Source(f"aeb:{key}", truth[key]["url"], truth[key]["articleBody"],
                      BENCHMARK_PAGES / "html" / f"{key}.html.gz") for key in sorted(truth)]
    for page in sorted((NEWSPAPER_PAGES / "html").glob("*.html")):
        text, meta = NEWSPAPER_PAGES / "txt" / f"{page.stem}.txt", NEWSPAPER_PAGES / "metadata" / f"{page.stem}.json"
        url = json.loads(meta.read_text(encoding="utf-8")).get("url") if meta.exists() else None
        if text.exists() and url:
            sources.append(Source(f"n4k:{page.stem}", url, text.read_text(encoding="utf-8"), page))
        elif page.stem in TEMPLATE_ONLY_PAGES:
            sources.append(Source(f"n4k:{page.stem}", "", "", page))
    return tuple(sources)


def story_paragraphs(body: str) -> list[str]:
    """The body's paragraphs (one per line), cut to MAX_PARAGRAPHS and about MAX_CHARS."""
    out, total = [], 0
    for line in body.split("\n"):
        paragraph = _normalized(line)
        if not paragraph:
            continue
        if len(out) >= MAX_PARAGRAPHS or (total >= MAX_CHARS and len(out) >= MIN_PARAGRAPHS):
            break
        out.append(paragraph)
        total += len(paragraph)
    return out


def is_story(body: str) -> bool:
    paragraphs = [line for line in body.split("\n") if line.strip()]
    return len(paragraphs) >= MIN_PARAGRAPHS and len(body) >= MIN_CHARS


def story_sources() -> list[Source]:
    """Pages whose body is long enough to be a story, without duplicate bodies (two test pages share one)."""
    seen, out = set(), []
    for source in load_sources():
        first = _normalized(source.body)[:300]
        if is_story(source.body) and first not in seen:
            seen.add(first)
            out.append(source)
    return out


# --- emptying a page into a template ------------------------------------------

def _shingles(text: str) -> list[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    return [tuple(tokens[i:i + 3]) for i in range(len(tokens) - 2)]


def article_container(doc, body: str):
    """The smallest element holding 90 % of the page's article text, and how much of `body` the page holds.

    Text is compared as 3-word shingles, counted bottom-up in one pass: an
    element's count is its own text nodes plus its children's counts. Words
    alone would not do: navigation shares "the" and "news" with any body.
    """
    target = set(_shingles(body))
    elements = [e for e in doc.iter() if isinstance(e.tag, str)]
    matched, size = {}, {}
    for element in reversed(elements):
        count = length = 0
        for text in [element.text] + [child.tail for child in element]:
            if text:
                count += sum(1 for shingle in _shingles(text) if shingle in target)
                length += len(text)
        for child in element:
            if isinstance(child.tag, str):
                count += matched[child]
                length += size[child]
        matched[element], size[element] = count, length
    top = matched[elements[0]]
    container = min((e for e in elements if matched[e] >= 0.9 * top), key=lambda e: size[e])
    return container, top / max(1, len(target))


def paragraph_text(doc) -> str:
    """Stand-in for a ground truth on a page without one: the text of its <p> elements."""
    return "\n".join(_normalized(p.text_content()) for p in doc.iter("p"))


def is_table_layout(container) -> bool:
    """Old sites lay the whole page out in a table: the article sits in a table cell."""
    return container.tag == "td" or any(a.tag == "td" for a in container.iterancestors())


def declared_host_url(doc) -> str:
    """A page's own idea of where it lives, for pages that come without a URL."""
    for link in doc.iter("link"):
        if (link.get("rel") or "").lower() in ("canonical", "parent") and link.get("href"):
            href = link.get("href")
            return "http:" + href if href.startswith("//") else href
    return ""


def title_suffix(title: str) -> str:
    """The site name many titles end with (`Headline | Site`), kept so that every page of a host has it."""
    for separator in (" | ", " - ", " \u2013 ", " \u2014 ", " :: "):
        if separator in title:
            tail = title.rsplit(separator, 1)[1].strip()
            if 0 < len(tail) <= 40:
                return separator + tail
    return ""


def _drop_leftovers(doc, container, body: str) -> int:
    """Removes elements outside the container that still hold a paragraph of the page's own article.

    The new story must not share a paragraph with the story the page first
    carried: that would be a link between two labels that no real site makes.
    """
    page_body = doc.find("body")
    if page_body is None:
        return 0
    rest = _normalized(page_body.text_content())
    keep = set(container.iterancestors()) | {container}
    dropped = 0
    for paragraph in (p for p in map(_normalized, body.split("\n")) if len(p) >= 50 and p in rest):
        holders = [e for e in page_body.iter() if isinstance(e.tag, str) and e not in keep
                   and paragraph in _normalized(e.text_content())]
        if holders:
            min(holders, key=lambda e: len(e.text_content())).drop_tree()
            dropped += 1
    return dropped


def _set_head(doc) -> None:
    """Metadata of the page's own article, replaced by placeholders the renderer fills per page."""
    from lxml import etree

    head = doc.find("head")
    if head is None:
        head = etree.Element("head")
        doc.insert(0, head)
    for meta in list(doc.iter("meta")):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        equiv = (meta.get("http-equiv") or "").lower()
        if meta.get("charset") is not None or equiv == "content-type" or "published" in key or "modified" in key:
            meta.drop_tree()
        elif key.endswith("title"):
            meta.set("content", PLACEHOLDER_HEADLINE)
        elif key.endswith("description"):
            meta.set("content", PLACEHOLDER_DESCRIPTION)
        elif key in ("og:url", "twitter:url"):
            meta.set("content", PLACEHOLDER_PAGE_URL)
    for link in list(doc.iter("link")):
        if (link.get("rel") or "").lower() in ("canonical", "amphtml", "shortlink"):
            link.drop_tree()
    # The set is written as UTF-8 whatever the site used; a stale charset would garble it.
    head.insert(0, etree.Element("meta", charset="utf-8"))
    title = head.find("title")
    if title is None:
        title = etree.SubElement(head, "title")
    suffix = title_suffix(_normalized(title.text_content()))
    for child in list(title):
        title.remove(child)
    title.text = PLACEHOLDER_HEADLINE + suffix
    etree.SubElement(head, "meta", property="article:published_time", content=PLACEHOLDER_PUBLISHED)
    etree.SubElement(head, "link", rel="canonical", href="@@CANONICAL@@")


def _set_headline(doc, container) -> None:
    """The page's headline <h1> (the longest one outside the article) gets the new story's headline."""
    inside = set(container.iter())
    headings = [h for h in doc.iter("h1") if h not in inside and len(_normalized(h.text_content())) >= 15]
    if headings:
        heading = max(headings, key=lambda h: len(_normalized(h.text_content())))
        for child in list(heading):
            heading.remove(child)
        heading.text = PLACEHOLDER_HEADLINE


@dataclasses.dataclass(frozen=True)
class Template:
    """A real page with its article emptied: `html` holds placeholders that `render` fills."""
    key: str
    host: str
    html: str
    table_layout: bool


def make_template(source: Source) -> Template | None:
    """The page as a template, or None when its article cannot be found cleanly."""
    import lxml.html

    from transforms.extract import decode_page

    text = re.sub(r"^\s*<\?xml[^>]*>", "", decode_page(read_page(source))[0])
    doc = lxml.html.document_fromstring(text)
    # Scripts carry the first article's data (JSON-LD, app state) and weigh
    # megabytes; extraction never reads them, so the template goes without.
    for node in doc.xpath("//script|//style|//comment()|//processing-instruction()"):
        if node.getparent() is not None:  # a comment before <html> has no parent and is never shown
            node.drop_tree()
    body = source.body or paragraph_text(doc)
    container, coverage = article_container(doc, body)
    url = source.url or declared_host_url(doc)
    host = urllib.parse.urlsplit(url).netloc.lower()
    if coverage < 0.6 or container.tag in ("html", "body", "head", "meta") or not host:
        return None
    table_layout = is_table_layout(container)
    for child in list(container):
        container.remove(child)
    container.text = PLACEHOLDER_BODY
    _drop_leftovers(doc, container, body)
    if container.tag not in ("td", "div", "article", "section", "main"):
        container.tag = "div"  # paragraphs cannot sit inside a <p> or an inline element
    _set_head(doc)
    _set_headline(doc, container)
    html = lxml.html.tostring(doc, encoding="unicode", doctype="<!DOCTYPE html>")
    if html.count(CANONICAL_TAG) != 1 or html.count(PLACEHOLDER_BODY) != 1:
        return None
    return Template(source.key, host, html, table_layout)


@functools.lru_cache(maxsize=1)
def load_templates() -> tuple[Template, ...]:
    out, seen = [], set()
    for source in load_sources():
        template = None if source.key in UNEXTRACTABLE_TEMPLATES else make_template(source)
        if template is not None and template.html not in seen:
            seen.add(template.html)
            out.append(template)
    return tuple(out)


def render(template: Template, *, headline: str, paragraphs: list[str], url: str, canonical: str | None,
           published: str) -> str:
    """One page: the template with this copy's headline, body, URLs and date filled in."""
    body = "\n".join(f"<p>{htmllib.escape(p, quote=False)}</p>" for p in paragraphs)
    canonical_tag = f'<link rel="canonical" href="{htmllib.escape(canonical)}">' if canonical else ""
    page = template.html.replace(CANONICAL_TAG, canonical_tag)
    for placeholder, value in ((PLACEHOLDER_HEADLINE, headline), (PLACEHOLDER_DESCRIPTION, paragraphs[0][:200]),
                               (PLACEHOLDER_PAGE_URL, canonical or url), (PLACEHOLDER_PUBLISHED, published)):
        page = page.replace(placeholder, htmllib.escape(value))
    # The body goes in last so that story text is never searched for placeholders.
    return page.replace(PLACEHOLDER_BODY, body)


# --- hosts -------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Host:
    """A site: its real templates and how it spells URLs and canonical links."""
    name: str
    templates: tuple[Template, ...]
    url_style: str     # a key of QUERY_URLS or PATH_URLS
    canonical: str     # "self", "root" (home page for every article), "section" or "none"
    section: str
    busy: bool         # carries many stories, so its boilerplate meets many labels

    @property
    def table_layout(self) -> bool:
        return any(t.table_layout for t in self.templates)

    @property
    def id_in_query(self) -> bool:
        return self.url_style in QUERY_URLS

    def url(self, n: int, slug: str, day: dt.date) -> str:
        pattern = QUERY_URLS.get(self.url_style) or PATH_URLS[self.url_style]
        return f"https://{self.name}" + pattern.format(n=n, slug=slug, section=self.section,
                                                       date=day.strftime("%Y/%m/%d"))

    def canonical_for(self, url: str) -> str | None:
        if self.canonical == "root":
            return f"https://{self.name}/"
        if self.canonical == "section":
            return f"https://{self.name}/{self.section}/"
        return url if self.canonical == "self" else None


def make_hosts(templates: Iterable[Template], seed: int) -> list[Host]:
    """Hosts by name, each with its URL and canonical habits; the hard-negative habits go to a few hosts each."""
    by_name: dict[str, list[Template]] = {}
    for template in templates:
        by_name.setdefault(template.host, []).append(template)
    rng = _rng("hosts", seed)
    names = sorted(by_name)
    rng.shuffle(names)
    special = [(style, "self" if i % 2 == 0 else "none") for i, style in enumerate(QUERY_URLS)]
    special += [(rng.choice(sorted(PATH_URLS)), policy) for policy in ("root", "root", "section", "section")]
    hosts = []
    for i, name in enumerate(names):
        table_layout = any(t.table_layout for t in by_name[name])
        if i < len(special):
            style, canonical = special[i]
        else:
            style, canonical = rng.choice(sorted(PATH_URLS)), rng.choice(("self", "self", "self", "none"))
        busy = i < len(special) + 6 or table_layout
        hosts.append(Host(name, tuple(by_name[name]), style, canonical, rng.choice(SECTIONS), busy))
    return sorted(hosts, key=lambda h: h.name)


def pick_hosts(hosts: list[Host], count: int, rng: random.Random, first: Host | None = None,
               exclude: Iterable[Host] = ()) -> list[Host]:
    """`count` distinct hosts, busy ones six times as likely, starting with `first` when given."""
    chosen = [first] if first is not None else []
    skipped = set(chosen) | set(exclude)
    pool = [h for h in hosts if h not in skipped]
    while len(chosen) < count and pool:
        host = rng.choices(pool, weights=[6 if h.busy else 1 for h in pool])[0]
        pool.remove(host)
        chosen.append(host)
    return chosen


# --- text: headlines, copies, updates, reports ----------------------------------

def headline_of(paragraphs: Iterable[str], words: int = 12) -> str:
    """A headline from the lead's first sentence, shortened the way headlines are.

    Real bodies often open with a kicker, byline or caption (`Staff Reports`),
    so the lead is the first paragraph of some length; its dateline is not
    part of a headline.
    """
    paragraphs = list(paragraphs)
    lead = next((p for p in paragraphs if len(p) >= 80), paragraphs[0])
    lead = _DATELINE.sub("", lead.strip())
    sentence = _SENTENCE_END.split(lead, 1)[0]
    tokens = sentence.split() if len(sentence.split()) >= 6 else lead.split()
    if len(tokens) <= 2 and len(lead) > 60:  # scripts written without spaces
        return lead[:40]
    return " ".join(tokens[:words]).rstrip(" .,;:!?\u3002")


def slug_of(headline: str) -> str:
    plain = unicodedata.normalize("NFKD", headline).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", " ", plain.lower()).split()
    return "-".join(words[:8]) or "article"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


@dataclasses.dataclass(frozen=True)
class Story:
    """One label's text as its first publisher wrote it; copies are edited from it."""
    label: str
    paragraphs: tuple[str, ...]
    headline: str
    source: str | None      # the real page the text came from (None for written reports)
    donor: str | None       # for updates: the real page the new reporting came from
    agency: str | None
    city: str
    day: int


def dateline(story: Story, rng: random.Random) -> str:
    month = MONTHS[(BASE_DATE + dt.timedelta(days=story.day)).month - 1]
    day = (BASE_DATE + dt.timedelta(days=story.day)).day
    if story.agency == "AP":
        return f"{story.city} (AP) \u2014 "
    if story.agency == "Reuters":
        return f"{story.city}, {month} {day} (Reuters) - "
    return rng.choice((f"{story.city.title()}, {month} {day} (AFP) - ", f"{story.city} (AFP) - "))


def agency_tail(story: Story, rng: random.Random) -> str:
    year = (BASE_DATE + dt.timedelta(days=story.day)).year
    if story.agency == "AP":
        return rng.choice((f"\u00a9 {year} The Associated Press. All rights reserved.", "\u00a9 AP"))
    if story.agency == "Reuters":
        return f"(Reporting by {_person(rng)}; Editing by {_person(rng)})"
    return rng.choice(("\u00a9 AFP", f"{rng.choice('abcdefgh')}{rng.choice('klmnoprs')}/AFP"))


def local_paragraph(rng: random.Random) -> str:
    return rng.choice(LOCAL_PARAGRAPHS).format(place=rng.choice(OUTLET_PLACES), paper=rng.choice(PAPERS),
                                               person=_person(rng))


def edit_words(paragraphs: list[str], rng: random.Random, count: int) -> list[str]:
    """House-style word changes and a cut sentence, never in the lead (the lead identifies the story in tests)."""
    out = list(paragraphs)
    for _ in range(count):
        i = rng.randrange(1, len(out))
        old, new = rng.choice(WORD_EDITS)
        sentences = _SENTENCE_END.split(out[i])
        if rng.random() < 0.25 and len(sentences) > 2:
            del sentences[rng.randrange(1, len(sentences))]
            out[i] = " ".join(sentences)
        else:
            out[i] = out[i].replace(old, new, 1)
    return out


def republish(story: Story, rng: random.Random) -> tuple[list[str], list[str]]:
    """The body one host runs for `story`, and the names of the edits it made."""
    paragraphs, edits = list(story.paragraphs), []
    if rng.random() < 0.25 and len(paragraphs) > 4:
        keep = rng.randint(3, len(paragraphs) - 1)
        paragraphs, edits = paragraphs[:keep], edits + [f"truncated:{keep}"]
    if rng.random() < 0.2 and len(paragraphs) > 4:
        del paragraphs[rng.randrange(1, len(paragraphs))]
        edits.append("dropped")
    if rng.random() < 0.4 and len(paragraphs) > 1:
        paragraphs, edits = edit_words(paragraphs, rng, rng.randint(1, 4)), edits + ["words"]
    if rng.random() < 0.15:
        paragraphs.insert(rng.randint(2, len(paragraphs)), local_paragraph(rng))
        edits.append("local")
    if story.agency and rng.random() < 0.5 and not _DATELINE.match(paragraphs[0]):
        paragraphs[0] = dateline(story, rng) + paragraphs[0]
        edits.append("dateline")
    if story.agency and rng.random() < 0.35:
        paragraphs.append(agency_tail(story, rng))
        edits.append("tail")
    if rng.random() < 0.15:
        paragraphs.insert(0, story.headline)
        edits.append("headline")
    return paragraphs, edits


def write_update(previous: Story, donor: Source, k: int, rng: random.Random) -> Story:
    """Update k: a new lead and new reporting (another real page's text), about half of the last version kept."""
    fresh = story_paragraphs(donor.body)
    kept = [p for p in previous.paragraphs[1:] if rng.random() < 0.5] or list(previous.paragraphs[1:2])
    paragraphs = fresh[:2] + kept + fresh[2:4]
    base = previous.headline.split("-", 1)[1] if previous.label.startswith("update/") else previous.headline
    label = previous.label.replace("story/", "update/", 1) if k == 1 else previous.label.rsplit("/", 1)[0]
    return dataclasses.replace(previous, label=f"{label}/{k}", paragraphs=tuple(paragraphs),
                               headline=f"UPDATE {k}-{base}", donor=donor.key, day=previous.day + 1)


# Template reports. Every report of a kind shares these sentences; only the
# names and numbers change. Like real releases and market wraps, most of the
# text is fixed (date rules, accounting notes, safe-harbor and methodology
# paragraphs), so two reports of a kind share most of their word sequences.
REPORTS = {
    "dividend": (
        "{company} declares quarterly dividend of ${amount} per share",
        "{company} ({exchange}: {ticker}) said on {weekday} that its board of directors has declared a regular "
        "quarterly cash dividend of ${amount} per share on the company's common stock, in line with the "
        "dividend policy the board set out at the start of the year.",
        "The dividend will be paid on {pay_date} to shareholders of record at the close of business on "
        "{record_date}.",
        "Shareholders who buy the stock on or after the ex-dividend date will not receive this payment. Shares "
        "held through a broker or a bank are credited through the shareholder's account, and registered holders "
        "will receive their payment by direct deposit or by cheque, as they have chosen with the transfer agent.",
        "The board reviews the dividend every quarter and takes into account the company's earnings, its cash "
        "position, its investment plans and the conditions in its markets before each declaration.",
        "About {company}: {company} is a {industry} company headquartered in {city} with about {employees} "
        "employees.",
        "This announcement contains forward-looking statements, including statements about future dividends, "
        "which are subject to risks and uncertainties. The amount and timing of any future dividend may differ "
        "materially from what is expressed or implied here. The company undertakes no obligation to update any "
        "forward-looking statement, except as required by law.",
    ),
    "earnings": (
        "{company} reports {quarter} results; revenue {direction} {pct}%",
        "{company} ({exchange}: {ticker}) on {weekday} reported {quarter} revenue of ${revenue} million and net "
        "income of ${net} million, or ${eps} per diluted share.",
        "Revenue was {direction} {pct} percent from the same quarter a year earlier, the company said in a "
        "statement released after the close of trading.",
        "The company reports its results in accordance with generally accepted accounting principles and also "
        "presents adjusted figures that exclude restructuring costs, acquisition-related charges and other items "
        "that management does not consider part of its ongoing operations. A reconciliation of the adjusted "
        "figures to the reported figures is included in the tables that accompany this release.",
        "Management will discuss the results on a conference call at {hour} a.m. Eastern time on {weekday}. The "
        "call can be followed live on the investor relations section of the company's website, and a recording "
        "will remain available there for ninety days.",
        "This release contains forward-looking statements about the company's expected revenue, margins and cash "
        "flow. These statements are based on current expectations and involve risks and uncertainties, "
        "including changes in demand, prices and exchange rates, that could cause actual results to differ "
        "materially from those expressed or implied.",
    ),
    "market": (
        "{index} {moved} {pct}% in week to {week_end}",
        "The {index} index {moved} {pct} percent in the week ended {week_end}, closing at {level}.",
        "{gainers} stocks gained and {losers} declined over the five sessions, while turnover on the {market} "
        "totaled {volume} million shares.",
        "{leader} was the best performer among the index members over the week and {laggard} the worst.",
        "The index tracks the largest and most actively traded companies listed on the exchange and is weighted "
        "by free-float market value. Its members are reviewed every quarter, and changes take effect after the "
        "close of trading on the third Friday of March, June, September and December.",
        "This weekly summary is compiled from exchange data after the close of trading on Friday. It is provided "
        "for information only and is not a recommendation to buy or sell any security. Prices are delayed, and "
        "figures for the week may be revised when the exchange publishes its final statistics.",
    ),
}
INDUSTRIES = ("packaging", "specialty chemicals", "logistics", "food processing", "regional banking", "software",
              "medical devices", "building materials", "water utility", "industrial machinery")


def report_facts(n: int, seed: int) -> dict[str, str]:
    """Names and numbers of the n-th report of a kind: another invented company, index and week every time."""
    rng = _rng("report", seed, n)
    company = f"{COMPANY_STEMS[n % len(COMPANY_STEMS)]} {COMPANY_KINDS[(n // len(COMPANY_STEMS)) % len(COMPANY_KINDS)]}"
    place = OUTLET_PLACES[n % len(OUTLET_PLACES)]
    leader, laggard = (f"{stem} {rng.choice(COMPANY_KINDS)}" for stem in rng.sample(COMPANY_STEMS, 2))
    direction = rng.choice(("up", "down"))
    return {
        "company": company, "ticker": "".join(w[0] for w in company.split()) + rng.choice("KLMNRSTX"),
        "exchange": rng.choice(("NYSE", "Nasdaq", "TSX", "LSE")), "city": rng.choice(DATELINE_CITIES).title(),
        "weekday": rng.choice(("Monday", "Tuesday", "Wednesday", "Thursday")),
        "amount": f"{rng.uniform(0.05, 1.2):.2f}", "pay_date": f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
        "record_date": f"{rng.choice(MONTHS)} {rng.randint(1, 28)}", "industry": rng.choice(INDUSTRIES),
        "employees": f"{rng.randint(4, 120) * 100:,}",
        "quarter": rng.choice(("first-quarter", "second-quarter", "third-quarter", "fourth-quarter")),
        "revenue": f"{rng.uniform(40, 900):.1f}", "net": f"{rng.uniform(2, 90):.1f}",
        "eps": f"{rng.uniform(0.1, 3):.2f}", "direction": direction, "pct": f"{rng.uniform(0.2, 14):.1f}",
        "hour": str(rng.randint(8, 11)),
        "index": f"{place} Composite", "market": f"{place} Stock Exchange",
        "week_end": (dt.date(2024, 1, 5) + dt.timedelta(weeks=n)).strftime("%B %d, %Y").replace(" 0", " "),
        "moved": "rose" if direction == "up" else "fell", "level": f"{rng.uniform(800, 9000):,.2f}",
        "gainers": str(rng.randint(20, 140)), "losers": str(rng.randint(20, 140)),
        "volume": f"{rng.uniform(50, 900):.1f}", "leader": leader, "laggard": laggard,
    }


def write_report(n: int, seed: int) -> Story:
    kind = sorted(REPORTS)[n % len(REPORTS)]
    facts = report_facts(n // len(REPORTS), seed)
    headline, *paragraphs = (line.format_map(facts) for line in REPORTS[kind])
    return Story(f"report/{n}", tuple(paragraphs), headline, None, None, None, "", n % 20)


def story_kind(label: str) -> str:
    """story, update or report, from a page_set label."""
    return label.split("/", 1)[0]


# --- assembling the set ----------------------------------------------------------

class PageSetBuilder:
    """Collects pages and their labels; every page gets its own URL, id and capture time."""

    def __init__(self, seed: int, hosts: list[Host]):
        self.seed = seed
        self.hosts = hosts
        self.pages: list[dict] = []
        self.labels: list[str] = []
        self._next_id = {h.name: 100_000 + _rng("ids", seed, h.name).randrange(9_000_000) for h in hosts}

    def _page_id(self, host: Host) -> int:
        # Ids grow by small random steps, as a CMS sequence does between two articles of one site.
        self._next_id[host.name] += _rng("step", self.seed, host.name, self._next_id[host.name]).randint(1, 40)
        return self._next_id[host.name]

    def _record(self, page: dict, label: str) -> None:
        index = len(self.pages)
        digest = hashlib.sha256(f"{self.seed}/{index}/{page['url']}".encode()).digest()[:16]
        page["source_record"] = f"urn:uuid:{uuid.UUID(bytes=digest, version=4)}"
        self.pages.append(page)
        self.labels.append(label)

    def add_copy(self, story: Story, host: Host, paragraphs: list[str], edits: list[str], lag: int,
                 rng: random.Random, template: Template | None = None) -> dict:
        template = template or rng.choice(host.templates)
        published = (BASE_DATE + dt.timedelta(days=story.day + (lag > 20))).date()
        url = host.url(self._page_id(host), slug_of(story.headline), published)
        fetched = BASE_DATE + dt.timedelta(days=story.day, hours=6 + lag)
        page = {
            "url": url,
            "html": render(template, headline=story.headline, paragraphs=paragraphs, url=url,
                           canonical=host.canonical_for(url), published=published.isoformat()),
            "fetched_at": fetched.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "host": host.name, "story_source": story.source, "donor_source": story.donor,
            "template_source": template.key, "headline": story.headline, "lead": story.paragraphs[0],
            "edits": edits,
        }
        self._record(page, story.label)
        return page

    def syndicate(self, story: Story, hosts: list[Host], rng: random.Random, own: Template | None = None) -> None:
        """One copy per host, at most MAX_COPIES URLs; the first copy is the untouched original when `own` is given."""
        urls = 0
        for i, host in enumerate(hosts):
            original = own is not None and i == 0
            paragraphs, edits = (list(story.paragraphs), []) if original else republish(story, rng)
            page = self.add_copy(story, host, paragraphs, edits, rng.randint(0, 48), rng, own if original else None)
            urls += 1
            if rng.random() < 0.03 and urls + len(hosts) - i - 1 < MAX_COPIES:
                urls += 1
                # The site runs the story again under a second URL (another section, a new id).
                self.add_copy(story, host, paragraphs, edits + ["repost"], rng.randint(0, 48), rng)
            if rng.random() < 0.08:
                # The crawler fetched the same page again a few days later.
                again = dict(page, edits=page["edits"] + ["recapture"])
                again["fetched_at"] = (dt.datetime.fromisoformat(page["fetched_at"].replace("Z", "+00:00"))
                                       + dt.timedelta(days=rng.randint(1, 5))).strftime("%Y-%m-%dT%H:%M:%SZ")
                self._record(again, story.label)


def plan_stories(seed: int, size: int) -> tuple[list[Source], list[Source], int]:
    """Which real pages become stories, which give updates their new reporting, and how many reports to write.

    Each donor page gives one update and is not a story itself, so the new
    reporting of an update appears nowhere else in the set.
    """
    sources = story_sources()
    _rng("stories", seed).shuffle(sources)
    n_donors = max(3, size // 60)
    return sources[n_donors:], sources[:n_donors], max(6, size // 20)


def page_set(seed: int = 2024, size: int = DEFAULT_SIZE) -> tuple[list[dict], list[str]]:
    """About `size` pages and their labels (see the module docstring).

    There are about 180 real stories, so a size much above 1,300 comes out
    smaller than asked (1,305 pages for 1,500).

    Raises SharedDataMissing when ../shared is not there.
    """
    hosts = make_hosts(load_templates(), seed)
    by_template = {t.key: h for h in hosts for t in h.templates}
    templates = {t.key: t for t in load_templates()}
    builder = PageSetBuilder(seed, hosts)
    stories, donors, n_reports = plan_stories(seed, size)
    for n in range(n_reports):
        report = write_report(n, seed)
        rng = _rng("report-copies", seed, n)
        builder.syndicate(report, pick_hosts(hosts, rng.choice((2, 2, 3)), rng), rng)
    for n, source in enumerate(stories):
        if len(builder.pages) >= size:
            break
        rng = _rng("story", seed, source.key)
        paragraphs = story_paragraphs(source.body)
        story = Story(f"story/{n}", tuple(paragraphs), headline_of(paragraphs), source.key, None,
                      rng.choice(AGENCIES + (None, None)), rng.choice(DATELINE_CITIES), n % 25)
        own = templates.get(source.key)
        story_hosts = pick_hosts(hosts, rng.choice(COPIES), rng, first=by_template.get(source.key))
        builder.syndicate(story, story_hosts, rng, own)
        previous = story
        for k in range(1, rng.choice((1, 1, 2)) + 1):
            if not donors:
                break
            previous = write_update(previous, donors.pop(0), k, rng)
            # At least one site that ran the story runs the update too, under a new URL.
            same_site = rng.sample(story_hosts, 1)
            builder.syndicate(previous, same_site + pick_hosts(hosts, rng.randint(1, 4), rng, exclude=same_site), rng)
    order = list(range(len(builder.pages)))
    _rng("order", seed).shuffle(order)
    return [builder.pages[i] for i in order], [builder.labels[i] for i in order]


# --- WARC ----------------------------------------------------------------------

def write_warc(pages: list[dict], path: str | Path) -> Path:
    """The set as one gzipped WARC of response records, as a crawler would have written it."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = Path(path)
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for page in pages:
            payload = page["html"].encode("utf-8")
            http_headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                       ("Content-Length", str(len(payload)))], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                page["url"], "response", payload=io.BytesIO(payload), http_headers=http_headers,
                warc_headers_dict={"WARC-Record-ID": f"<{page['source_record']}>", "WARC-Date": page["fetched_at"],
                                   "WARC-Identified-Payload-Type": "text/html"})
            writer.write_record(record)
    return path
