"""The headline as a reader sees it printed on the page.

trafilatura's title is the first of og:title, JSON-LD or <title> it finds,
and those are written for search engines and share buttons: they carry the
site's name (`Headline | Site`, `Site: Headline`), a section, a date, or a
different wording than the page shows. The printed headline is nearly always
the article's <h1>; the meta titles are used to tell that <h1> apart from a
logo or a teaser's <h1>, and stand in, stripped of site name, section and
date, when the page has no usable <h1>.

`read_candidates(tree)` collects what the page offers (cheap XPath reads on
the tree trafilatura then extracts from); `choose_headline(...)` is pure.
"""
from __future__ import annotations

import collections
import html
import json
import re
from dataclasses import dataclass

MAX_HEADLINE_CHARS = 400
MAX_CANDIDATES = 12    # elements of one kind looked at: a teaser list marks dozens as headlines
MAX_SITE_NAME_WORDS = 8
AGREEMENT = 0.6        # shared words over the longer text's words for a <h1> to match a meta title
# Separators between a headline and the site name, section or date in a meta
# title, when surrounded by spaces: `Headline | Site`, `Headline - Site.de`.
_SEPARATOR = re.compile(r"\s+(?:[|–—•·»«~/]|::|-{1,2})\s+")
_WORD = re.compile(r"\w+")
_DATE_SEGMENT = re.compile(r"^\W*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
                           r"|\d{1,2}\.?\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4})\W*$")
_NO_TEXT_TAGS = {"script", "style", "noscript", "template"}
_OUTSIDE_ARTICLE = {"nav", "footer", "aside"}
_HEADLINE_MARKS = ("//*[@itemprop='headline'][not(self::meta)]",
                   "//*[contains(concat(' ', normalize-space(@class), ' '), ' headline ')]"
                   "[self::h1 or self::h2 or self::div or self::span or self::p]")


@dataclass(frozen=True)
class HeadlineCandidates:
    h1: tuple[str, ...] = ()           # texts of <h1> elements outside nav/footer/aside, page order
    marked: tuple[str, ...] = ()       # other elements marked as the headline (itemprop, class)
    og_title: str | None = None        # og:title, else twitter:title
    jsonld_headline: str | None = None
    html_title: str | None = None      # <title>
    site_names: tuple[str, ...] = ()   # og:site_name, JSON-LD publisher, application-name


def squash(text: str | None) -> str:
    return " ".join((text or "").split())


def element_text(element) -> str:
    """Visible text of an element; a <br> counts as a space, script and style as nothing."""
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "br":
            parts.append(" ")
        elif tag.lower() not in _NO_TEXT_TAGS and tag:
            parts.append(node.text or "")
            for child in node:
                walk(child)
                parts.append(child.tail or "")

    walk(element)
    return squash("".join(parts))


def _meta(tree, *names: str) -> str | None:
    for name in names:
        for value in tree.xpath(f"//meta[@property='{name}' or @name='{name}']/@content"):
            if squash(value):
                return squash(value)
    return None


def jsonld_objects(tree):
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)    # raw newlines in strings are common
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))


def _jsonld_fields(tree) -> tuple[str | None, list[str]]:
    headline, publishers = None, []
    for item in jsonld_objects(tree):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if headline is None and isinstance(item.get("headline"), str) and any(
                isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "Report", "WebPage")) for k in kinds):
            headline = squash(html.unescape(item["headline"])) or None
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            publishers.append(squash(html.unescape(publisher["name"])))
        if "Organization" in kinds or "NewsMediaOrganization" in kinds:
            if isinstance(item.get("name"), str):
                publishers.append(squash(html.unescape(item["name"])))
    return headline, publishers


def _outside_article(element) -> bool:
    return any(isinstance(a.tag, str) and a.tag.lower() in _OUTSIDE_ARTICLE for a in element.iterancestors())


def read_candidates(tree) -> HeadlineCandidates:
    """What the page offers as its headline and as its site's name."""
    h1 = tuple(text for element in tree.xpath("//h1") if not _outside_article(element)
               for text in [element_text(element)] if text)
    marked = []
    for path in _HEADLINE_MARKS:
        for element in tree.xpath(path):
            text = element_text(element)
            if text and text not in marked and not _outside_article(element):
                marked.append(text)
    title_element = tree.find(".//title")
    html_title = element_text(title_element) if title_element is not None else None
    jsonld_headline, publishers = _jsonld_fields(tree)
    sites = [_meta(tree, "og:site_name"), *publishers, _meta(tree, "application-name", "apple-mobile-web-app-title")]
    og_title = _meta(tree, "og:title", "twitter:title")
    # Some pages fill the publisher's name with the headline; a name is short and is no headline.
    headlines = {_key(t) for t in (og_title, jsonld_headline) if t}
    sites = [s for s in sites if s and len(_tokens(s)) <= MAX_SITE_NAME_WORDS and _key(s) not in headlines]
    return HeadlineCandidates(h1=h1, marked=tuple(marked), og_title=og_title, jsonld_headline=jsonld_headline,
                              html_title=html_title or None, site_names=tuple(dict.fromkeys(sites)))


def _key(text: str) -> str:
    """Letters and digits only, case-folded: `The Daily Star` ~ `thedailystar`."""
    return "".join(_WORD.findall(text.casefold()))


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "gob", "nic", "go"}


def _host_keys(host: str | None) -> set[str]:
    """The site's name as its host spells it: `news.harbourpost.co.uk` -> harbourpost, harbourpostcouk."""
    labels = [label for label in (host or "").casefold().split(".") if label]
    if len(labels) < 2:
        return set()
    suffix = labels[-1:]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        suffix = labels[-2:]
    name = "".join(_WORD.findall(labels[-len(suffix) - 1]))
    keys = {name, name + "".join(suffix)}
    return {key for key in keys if len(key) >= 3}


def is_site_name(segment: str, site_names: tuple[str, ...], host: str | None) -> bool:
    """Whether a title segment names the site: its og:site_name or publisher, or its host (`Spiegel.de`)."""
    key = _key(segment)
    if not key:
        return True
    for name in site_names:
        name_key = _key(name)
        if name_key and (key == name_key or (len(key) >= 4 and key in name_key)
                         or (name_key in key and len(_tokens(segment)) <= len(_tokens(name)) + 2)):
            return True
    hosts = _host_keys(host)
    if key in hosts:
        return True
    # `Vortex Cannon Entertainment` on vortexcannon.org: the host's name in words, then at most two more.
    words = _tokens(segment)
    return any("".join(words[:end]) in hosts and len(words) - end <= 2 for end in range(1, len(words)))


def strip_site_affixes(title: str, site_names: tuple[str, ...], host: str | None) -> str:
    """`Headline - Section | Site` -> `Headline`; `Site: Headline` -> `Headline`; the headline's own punctuation stays."""
    title = squash(title)
    prefix, colon, rest = title.partition(": ")
    if colon and rest and is_site_name(prefix, site_names, host):
        title = rest
    spans, start = [], 0
    for match in _SEPARATOR.finditer(title):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(title)))
    segments = [title[a:b] for a, b in spans]
    first, last = 0, len(segments) - 1
    removed_site = False
    while last > first and (is_site_name(segments[last], site_names, host) or _DATE_SEGMENT.match(segments[last])):
        removed_site = True
        last -= 1
    while first < last and (is_site_name(segments[first], site_names, host) or _DATE_SEGMENT.match(segments[first])):
        removed_site = True
        first += 1
    # `Headline - Section | Site`: once the site is gone, one short trailing segment is the section.
    if removed_site and last > first and len(_tokens(segments[last])) <= 3 and len(_tokens(segments[first])) >= 4:
        last -= 1
    return title[spans[first][0]:spans[last][1]].strip()


def agreement(headline: str, reference: str) -> float:
    """Words the two share over the longer one's words (0..1): a one-word <h1> (`Reviews`) found
    inside a long title does not agree with it, and neither does a long teaser with a short title."""
    words, have = collections.Counter(_tokens(headline)), collections.Counter(_tokens(reference))
    longer = max(sum(words.values()), sum(have.values()))
    return sum((words & have).values()) / longer if longer else 0.0


def _plausible(text: str, site_names: tuple[str, ...], host: str | None) -> bool:
    return 0 < len(text) <= MAX_HEADLINE_CHARS and not is_site_name(text, site_names, host)


def title_segments(title: str) -> list[str]:
    """The parts a meta title's separators delimit: `A | B - C` -> [A, B, C]."""
    return [part for part in _SEPARATOR.split(squash(title)) if part]


def confirmed_by(candidate: str, meta_titles: list[str], stripped: list[str]) -> float:
    """How well the meta titles back a visible candidate: its agreement with a title without its
    site name, or 1.0 when it is exactly the first or last part of a title (`About bugs` in
    `About bugs – Vortex Cannon Entertainment`, whatever that site name is)."""
    folded = candidate.casefold()
    for title in meta_titles:
        parts = title_segments(title)
        if len(parts) > 1 and folded in (parts[0].casefold(), parts[-1].casefold()):
            return 1.0
    return max((agreement(candidate, title) for title in stripped), default=0.0)


def choose_headline(candidates: HeadlineCandidates, host: str | None, fallback: str | None = None) -> str | None:
    """The printed headline, in this order of trust:

    1. an <h1> (else an element marked as the headline) that the meta titles confirm;
    2. an <h1> that is also marked as the headline (itemprop or class), or a lone <h1> of 3+ words:
       a page that prints a different headline than its SEO title;
    3. the first marked element, when the page has no usable <h1>;
    4. a meta title without its site name, section and date; else `fallback`.
    """
    sites = candidates.site_names
    meta = [t for t in (candidates.jsonld_headline, candidates.og_title, candidates.html_title) if t]
    stripped = [t for t in (strip_site_affixes(t, sites, host) for t in meta) if _plausible(t, sites, host)]
    h1 = [t for t in candidates.h1[:MAX_CANDIDATES] if _plausible(t, sites, host)]
    marked = [t for t in candidates.marked[:MAX_CANDIDATES] if _plausible(t, sites, host)]
    for pool in (h1, marked):
        scored = [(confirmed_by(t, meta, stripped), -index, t) for index, t in enumerate(pool)]
        best = max(scored, default=None)
        if best and best[0] >= AGREEMENT:
            return best[2]
    both = [t for t in h1 if t in marked]
    if both:
        return both[0]
    if len(h1) == 1 and len(_tokens(h1[0])) >= 3:
        return h1[0]
    if not h1 and marked:
        return marked[0]
    if stripped:
        return stripped[0]
    fallback = squash(fallback)
    return fallback or None
