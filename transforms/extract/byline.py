"""The byline as the page prints it: a list of names, case and punctuation kept.

Two kinds of evidence name a story's authors. Structured metadata (JSON-LD
`author`, `<meta name="author">` and its relatives) lists names one by one
but is often wrong in a way a reader would notice: the publisher in place
of the writer, a name without its middle initial, a name in capitals, or
the affiliation glued on (`Name, Site.com`). The printed byline
(`class="byline"`, `itemprop="author"`, `rel="author"`) is what a reader
sees, but comes wrapped in label words (`By`, `Von`, `Текст:`), roles
(`AP Sports Writer`), credentials (`MS, RDN`), affiliations (`| Fox News`)
and dates.

So the printed byline is split into names and cleaned, and the metadata
names decide which printed names are authors when both exist: a printed
name the metadata confirms is taken as printed. Without a printed byline
the metadata names are cleaned the same way; without metadata the printed
byline stands alone.

`read_byline(tree)` collects the evidence (XPath reads); `choose_authors`
and everything it calls are pure.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from lxml import etree

from transforms.extract.headline import is_site_name, jsonld_objects, squash
from transforms.newsroom.places import is_place

MAX_BYLINE_CHARS = 300     # longer "bylines" are author boxes with a biography
MAX_NAME_WORDS = 6         # longer items are sentences, not names
MAX_BLOCKS = 12            # printed byline blocks kept: teaser lists mark dozens

_MARK_WORDS = ("byline", "author", "autor", "writer", "reporter")
# Class words of author furniture that is no byline: a biography, a portrait, an author page link.
_NOT_BYLINE_WORDS = ("bio", "desc", "avatar", "image", "img", "photo", "pic", "thumb", "social", "follow",
                     "twitter", "email", "mail", "more", "about", "comment", "reply", "label", "title", "job")
_NOT_BYLINE_AREAS = ("comment", "related", "recommend", "sidebar", "teaser", "popular", "trending",
                     "newsletter", "respond", "reply")
_NO_TEXT_TAGS = {"script", "style", "noscript", "template", "time", "button", "svg", "img"}

# Label words in front of names, in the languages of the pages we read. Lower-case prepositions of
# Romance languages (`di`, `da`, `de`) are labels only when written lower case: `De Luca` is a name.
_LABEL = re.compile(
    r"^(?:(?:posted|written|reported|reporting|analysis|story|words|text|photos?|video|edited|compiled|updated)"
    r"\s+by|by|von|por|par|door|av|af|przez|от|publicado\s+por|escrito\s+por|scritto\s+da|"
    r"autor(?:in|a|es|en|i|zy)?|auteur|author|authors|text|texte|testo|texto|tekst|текст|автор|авторы|"
    r"reporter|reportage|redaktion|redakcja|credit|crédito|source|quelle|fonte|fuente|"
    r"記者|文|撰文|기자|글)(?:\s*[:：/|-]?\s+|\s*[:：]\s*|$)",
    re.IGNORECASE)
_LOWER_LABEL = re.compile(r"^(?:di|da|de|dal|del|por)\s+(?=\S)")
# A date or time glued to the names: `Name Monday, November 18, 2019`, `NAME NOVEMBER 19, 2019`.
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
           "januar|februar|märz|mai|juni|juli|oktober|dezember|"
           "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
           "janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre")
_FULL_WEEKDAYS = ("monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                  "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag")
_WEEKDAYS = _FULL_WEEKDAYS + "|mon|tue|tues|wed|thu|thurs|fri|sat|sun"
_DATE_TAIL = re.compile(rf"\s*(?:\b(?:{_WEEKDAYS})\b\.?,?\s+)?(?:\b(?:{_MONTHS})\b\.?\s*\d|\d{{1,4}}\s*[./-]\s*\d"
                        rf"|\d{{1,2}}\.?\s+(?:{_MONTHS})\b|\b(?:{_FULL_WEEKDAYS})\b,|\b(?:published|updated|posted|"
                        rf"veröffentlicht|aktualisiert|publicado|actualizado|publié|mis à jour)\b).*$",
                        re.IGNORECASE)
# Roles and credentials written after a name: `AP Sports Writer`, `Staff writer`, `News reporter`, `MS`.
_ROLE_WORDS = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|columnist|contributor|producer|journalist|analyst|"
    r"photographer|anchor|host|intern|staff\s+writer|redakteur(?:in)?|korrespondent(?:in)?|redaktor|"
    r"journaliste|periodista|giornalista|jornalista|rédacteur|corresponsal|inviato|"
    r"корреспондент|обозреватель|журналист|記者|编辑|編集委員|칼럼니스트|기자|특파원)s?\b",
    re.IGNORECASE)
_ROLE_SUFFIX = re.compile(r"\s*(?:記者|编辑|編集委員|칼럼니스트|기자|특파원)$")
_CREDENTIALS = {"ms", "md", "rd", "rdn", "ld", "phd", "mph", "rn", "jd", "mba", "dr", "cpt", "cscs", "msc", "ma",
                "ba", "bsc", "cfp", "cfa", "esq", "jr", "sr", "ii", "iii"}
# Words of an organisation, not of a person: what follows a writer's name as an affiliation.
_ORG_WORDS = re.compile(
    r"\b(?:news|press|media|international|business|insider|times|journal|post|herald|tribune|gazette|"
    r"agency|group|network|wire|services?|associated|daily|weekly|magazine|radio|tv|television|online|"
    r"newsroom|desk|bureau|staff|team|redaktion|agentur|agence|agencia)\b",
    re.IGNORECASE)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|co|de|at|ch|fr|it|es|ru|uk|in|au|ca|br|jp|cn|kr)$",
                     re.IGNORECASE)
_HANDLE_OR_MAIL = re.compile(r"^@\w|\S+@\S+\.\w+|^https?://|^www\.", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class BylineEvidence:
    printed: tuple[tuple[str, ...], ...] = ()   # text pieces of each printed byline element, page order
    metadata: tuple[str, ...] = ()              # author names from JSON-LD and meta tags, in that order
    site_names: tuple[str, ...] = ()            # og:site_name and publishers: affiliations, never authors


def _class_words(element) -> str:
    return " ".join(filter(None, (element.get("class"), element.get("id")))).casefold()


# Compiled once: the per-page cost is the walk, not the parse of the expression.
_MAY_BE_BYLINE = etree.XPath("//*[@itemprop='author' or @rel='author' or @class or @id]"
                             "[not(self::meta or self::link or self::script or self::input or self::body or self::html)]")
_MARKED = re.compile("|".join(_MARK_WORDS), re.IGNORECASE)


def _is_byline_element(element) -> bool:
    if element.get("itemprop") == "author" or (element.get("rel") or "").casefold() == "author":
        return True
    names = _class_words(element)
    if not _MARKED.search(names):
        return False
    # Per class name: `author-name` marks a byline, `author-bio` and `author-follow` do not.
    return any(any(mark in name for mark in _MARK_WORDS) and not any(bad in name for bad in _NOT_BYLINE_WORDS)
               for name in names.split())


def _in_furniture(element) -> bool:
    for ancestor in element.iterancestors():
        tag = ancestor.tag.lower() if isinstance(ancestor.tag, str) else ""
        if tag in ("body", "html"):    # page-wide classes (`one-sidebar`) say nothing of the byline
            break
        if tag in ("nav", "aside"):
            return True
        words = _class_words(ancestor)
        if any(area in words for area in _NOT_BYLINE_AREAS):
            return True
    return False


_BLOCK_TAGS = {"div", "p", "li", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "header",
               "footer", "table", "tr", "td", "th", "dl", "dt", "dd", "figure", "figcaption", "address", "hr"}


def text_pieces(element) -> tuple[str, ...]:
    """The element's text as a browser lays it out: one piece per block, inline elements run together."""
    pieces: list[str] = [""]

    def walk(node) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if not tag or tag in _NO_TEXT_TAGS:
            return
        block = tag in _BLOCK_TAGS
        if block:
            pieces.append("")
        pieces[-1] += node.text or ""
        for child in node:
            walk(child)
            pieces[-1] += child.tail or ""
        if block:
            pieces.append("")

    walk(element)
    return tuple(piece for piece in (squash(p) for p in pieces) if piece)


def _byline_blocks(tree) -> list[tuple[str, ...]]:
    """Pieces of each outermost byline element, read from the byline elements inside it when it has any.

    A byline block often wraps a portrait, a biography, share buttons and a date around the name; the
    innermost marked elements (`class="author-name"`) hold just the names.
    """
    marked = [element for element in _MAY_BE_BYLINE(tree) if _is_byline_element(element)]
    marked_set = set(marked)
    inside = set()
    blocks: list[tuple[str, ...]] = []
    for element in marked:
        if element in inside:
            continue
        whole = text_pieces(element)
        if sum(map(len, whole)) > MAX_BYLINE_CHARS:
            continue    # a layout container (`class="single-author"`): the marked elements inside count alone
        nested = [d for d in element.iterdescendants() if d in marked_set]
        inside.update(nested)
        if _in_furniture(element):
            continue
        leaves = [d for d in nested if not any(x in nested for x in d.iterdescendants())]
        pieces = tuple(p for leaf in leaves for p in text_pieces(leaf)) or whole
        if pieces and pieces not in blocks:
            blocks.append(pieces)
            if len(blocks) == MAX_BLOCKS:
                break
    return blocks


def _jsonld_authors(tree) -> list[str]:
    names: list[str] = []
    for item in jsonld_objects(tree):
        value = item.get("author") or item.get("creator")
        for author in value if isinstance(value, list) else [value]:
            if isinstance(author, dict):
                author = author.get("name")
            if isinstance(author, str) and squash(author):
                names.append(squash(html.unescape(author)))
    return names


def read_byline(tree, site_names: tuple[str, ...] = ()) -> BylineEvidence:
    """The printed byline blocks and the metadata author names of a parsed page."""
    metadata = _jsonld_authors(tree)
    for name in ("author", "byl", "parsely-author", "sailthru.author", "dc.creator", "article:author"):
        for value in tree.xpath(f"//meta[@name='{name}' or @property='{name}']/@content"):
            value = squash(html.unescape(value))
            if value and not _HANDLE_OR_MAIL.search(value):
                metadata.append(value)
    return BylineEvidence(printed=tuple(_byline_blocks(tree)), metadata=tuple(dict.fromkeys(metadata)),
                          site_names=site_names)


def name_key(name: str) -> str:
    """Letters only, case-folded: `Sarah E. Needleman` ~ `SARAH E NEEDLEMAN`."""
    return "".join(_LETTER.findall(name.casefold()))


def _strip_label(text: str) -> str:
    previous = None
    while previous != text:
        previous = text
        text = _LABEL.sub("", text, count=1)
        text = _LOWER_LABEL.sub("", text, count=1)
        text = text.strip(" :：-–—|/,")
    return text


def _is_role(item: str) -> bool:
    return bool(_ROLE_WORDS.search(item))


def _is_credential(item: str) -> bool:
    return name_key(item) in _CREDENTIALS and len(item) <= 6


def _is_affiliation(item: str, site_names: tuple[str, ...], host: str | None) -> bool:
    """An organisation written after a writer's name: the site, a domain, a newsroom, an agency."""
    return bool(is_site_name(item, site_names, host) or _DOMAIN.match(item) or _ORG_WORDS.search(item))


# Words that qualify a role in a byline (`Senior Political Correspondent`, `News reporter`).
_ROLE_MODIFIERS = {
    "staff", "senior", "chief", "news", "political", "politics", "business", "sports", "sport", "science", "health",
    "economics", "economic", "economy", "foreign", "national", "local", "special", "contributing", "associate",
    "assistant", "managing", "deputy", "executive", "investigative", "digital", "data", "legal", "tech",
    "technology", "video", "multimedia", "freelance", "metro", "features", "feature", "opinion", "education",
    "climate", "environment", "environmental", "world", "international", "culture", "arts", "travel",
    "entertainment", "markets", "finance", "financial", "energy", "court", "courts", "crime", "city", "state",
    "food", "property", "motoring", "graduate", "general", "lead", "principal", "visual", "photo",
    "audience", "social", "media", "breaking", "trending", "weekend", "night"}


def _strip_role_tail(item: str) -> str:
    """`Mary Clare Jones Staff Writer` -> `Mary Clare Jones`: a role glued to the name, without a comma.

    The role is the last word when it is a role word, with the qualifying words right before it
    (`Senior Political`, `News`). At least two words stay: a name is never cut to one.
    """
    item = _ROLE_SUFFIX.sub("", item)
    words = item.split()
    if len(words) <= 2 or not _ROLE_WORDS.search(words[-1]):
        return item
    end = len(words) - 1
    while end > 2 and words[end - 1].casefold().strip("-–—,|/:") in _ROLE_MODIFIERS | {""}:
        end -= 1
    # A dash or bar may stand between the name and its role (`Yasemin Saplakoglu - Staff Writer`).
    return " ".join(words[:max(end, 2)]).rstrip(" -–—,|/:")


# Lower-case words that belong in names (`Ludwig van Beethoven`, `Carlos de la Torre`).
_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "del", "della", "la", "le", "du", "dos", "das",
              "do", "y", "e", "bin", "ibn", "al", "el", "zu", "ter", "ten", "of"}
# Page furniture that sits in byline blocks: share and follow buttons, reading time, author-page links.
# The first word of a button (`Share This Article`, `View All`); anywhere, words no name has.
_BUTTON_WORDS = {"share", "print", "follow", "about", "view", "copy", "email", "e-mail", "watch", "read", "more",
                 "subscribe", "save", "close", "menu", "show", "hide", "contact", "see", "sobre", "über", "mehr",
                 "min", "comments", "comment", "posted", "published", "updated"}
_FURNITURE_WORDS = {"stories", "articles", "posts", "subscribe", "comments", "tweet", "facebook", "twitter",
                    "linkedin", "whatsapp", "instagram", "profile", "url", "newsletter", "min"}
_STOP_ITEMS = {"on", "at", "in", "am", "the", "of", "and", "by", "i", "a"}


def _plausible_name(item: str) -> bool:
    """Whether an item reads as a name or an organisation's name, not as a sentence, button or date."""
    words = item.split()
    if not words or len(words) > MAX_NAME_WORDS or not _LETTER.search(item) or _HANDLE_OR_MAIL.search(item):
        return False
    folded = [w.casefold().strip(".,:;!?'’") for w in words]
    if len(words) == 1:
        # User names (`jdadmin`, `rmb8090`) stand alone; a lone stop word or button does not.
        return folded[0] not in _STOP_ITEMS | _BUTTON_WORDS | _FURNITURE_WORDS
    if any(any(ch.isdigit() for ch in w) for w in words):
        return False
    if folded[0] in _BUTTON_WORDS or any(w in _FURNITURE_WORDS for w in folded) or "'s" in item or "’s" in item:
        return False
    # In a name every word but a particle starts with a capital (or the script has no case); an
    # organisation may add lower-case words of its kind (`Detroit News wire services`).
    return all(not w[:1].islower() or f in _PARTICLES or _ORG_WORDS.fullmatch(f) for w, f in zip(words, folded))


_SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=\w)")   # `Name. Outlet`, but not `Sarah E. Needleman`
# Between names: `A, B and C`, `A & B`, `A und B`, `A y B`, `A et B`, `A и B`, `A; B`, `A | B`.
_ITEM_SPLIT = re.compile(r"(\s*(?:[;,|•·、，]|\s(?:and|&|und|y|e|et|en|og|och|ja|и|i|és|ve|dan)\s)\s*)",
                         re.IGNORECASE)


def names_in(text: str, site_names: tuple[str, ...] = (), host: str | None = None) -> list[str]:
    """The names a byline text holds, in order, as written: labels, roles, credentials, dates dropped.

    An affiliation after a name (`Name, Site.com`, `Name | Fox News`, `A and B, Outlet`) is dropped;
    an organisation that stands alone (`Reuters`, `Telegraph Sport`) is the byline.
    """
    text = _strip_label(squash(text))
    text = _DATE_TAIL.sub("", text).strip(" :,-–—|")
    text = _SENTENCE_BREAK.sub(", ", text)
    parts = _ITEM_SPLIT.split(text)
    names: list[str] = []
    list_closed = False   # after `A and B`, what follows a comma is an affiliation
    for index in range(0, len(parts), 2):
        separator = parts[index - 1] if index else ""
        item = _strip_label(parts[index].strip(" .:-–—()[]\"'"))
        joined_by_conjunction = bool(separator) and not any(mark in separator for mark in ",;|•·、，")
        if not item or _is_credential(item):
            continue
        if names and list_closed:
            continue
        if _is_role(item):
            if names:
                continue    # `Name, AP Sports Writer`
            item = _strip_role_tail(item)
            if not item or _is_role(item):
                continue
        if not _plausible_name(item):
            continue
        if names and (_is_affiliation(item, site_names, host) or len(item.split()) == 1 or is_place(item)):
            continue    # `Name, Site.com`, `Name | Fox News`, `Name, CNN`, `Name | Palma de Mallorca`
        item = _strip_org_tail(item)
        if name_key(item) and name_key(item) not in {name_key(n) for n in names}:
            names.append(item)
            list_closed = list_closed or (joined_by_conjunction and len(names) > 1)
    return names


def _strip_org_tail(item: str) -> str:
    """`ERIC TUCKER Associated Press` -> `ERIC TUCKER`: an organisation glued after a two-word name."""
    words = item.split()
    for cut in range(2, len(words) - 1):
        if _ORG_WORDS.fullmatch(words[cut]) and words[cut][:1].isupper() and not _ORG_WORDS.fullmatch(words[cut - 1]):
            return " ".join(words[:cut])
    return item


@dataclass(frozen=True)
class Byline:
    authors: tuple[str, ...] = ()   # names as printed, label words, roles and affiliations removed
    text: str | None = None         # the byline the names were read from, as printed (or the metadata value)


def _names_of_block(pieces: tuple[str, ...], site_names: tuple[str, ...], host: str | None) -> list[str]:
    """Names of one printed byline block; its pieces are read one by one so that link texts stay whole."""
    names: list[str] = []
    for piece in pieces:
        for name in names_in(piece, site_names, host):
            if names and _is_affiliation(name, site_names, host):
                continue
            if name_key(name) not in {name_key(n) for n in names}:
                names.append(name)
    return names


def _is_publisher(name: str, site_names: tuple[str, ...], host: str | None) -> bool:
    """The site itself named as the author (`Condé Nast` is not, `日本経済新聞社` on nikkei.com is).

    Exact names only: a desk under the site's name (`Telegraph Sport`, `News Nation Bureau`) is a byline.
    """
    key = name_key(name)
    return any(key == name_key(site) for site in site_names) or (
        len(name.split()) == 1 and is_site_name(name, (), host))


def choose_authors(evidence: BylineEvidence, host: str | None = None) -> Byline:
    """The story's authors, as printed where the page prints them."""
    metadata: list[str] = []
    sources: list[str] = []
    for value in evidence.metadata:
        for name in names_in(value, evidence.site_names, host):
            if not _is_publisher(name, evidence.site_names, host) and name_key(name) not in map(name_key, metadata):
                metadata.append(name)
                sources.append(value)
    blocks = [(pieces, names) for pieces in evidence.printed
              for names in [_names_of_block(pieces, evidence.site_names, host)] if names]
    if not metadata:
        if not blocks:
            return Byline()
        pieces, names = blocks[0]
        return Byline(tuple(names), " ".join(pieces))
    # The printed byline that names a metadata author is the byline: its names as printed. Other
    # printed items there must look like a full name (`Biography` next to a name is a link).
    for pieces, names in blocks:
        confirmed = [n for n in names if any(same_person(n, m) for m in metadata)]
        if confirmed:
            return Byline(tuple(n for n in names if n in confirmed or len(n.split()) >= 2), " ".join(pieces))
    return Byline(tuple(metadata), "; ".join(dict.fromkeys(sources)))


def _name_words(name: str) -> list[str]:
    return ["".join(_LETTER.findall(word)) for word in name.casefold().split() if _LETTER.search(word)]


def same_person(a: str, b: str) -> bool:
    """`Troy Smith` ~ `Troy L. Smith` ~ `TROY L SMITH`: same first and last word, the rest a subset."""
    if name_key(a) == name_key(b):
        return True
    short, long_ = sorted((_name_words(a), _name_words(b)), key=len)
    return len(short) >= 2 and short[0] == long_[0] and short[-1] == long_[-1] and set(short) <= set(long_)
