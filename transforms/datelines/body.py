"""Whether the text after a place without an agency credit reads as the body of a story.

A bare `City:` or `City —` is also how headlines, titles of books and shows,
travel guides, listings and compound place names open (`Chicago: A Biography`,
`PARIS — Le guide des terrasses`, `Miami - Dade County`). Only a credit vouches
for the place on its own; without one, what follows must read as news prose.
The checks look at the first words only, so they stay cheap and linear.
"""
from __future__ import annotations

import re

from transforms.newsroom import places

# A first line shorter than this without a closing stop is a headline or a listing, not a story.
HEADLINE_CHARS = 80
SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", ")", "…", ":", "»", "。")

_WORDS = re.compile(r"[^\W\d_][\w'’.-]*")
# Headline capitalization is judged on the first words of the line, not the first sentence, so an
# abbreviation (`Gov.`, `Dr.`) ending a capitalized run cannot make prose look like a title.
_TITLE_WORDS = 15
_POSSESSIVE = re.compile(r"['’]s$")

# Words headline style leaves in lower case inside a Title Case run.
_MINOR_WORDS = frozenset(
    "a an the and or but nor of to in on at for with by from as into via vs vs. "
    "de da do dos das del della delle di du des la le les los las el il lo gli i o os as um uma un une "
    "und der die das den dem ein eine im am zu y e et en".split())
_ARTICLES = frozenset(
    "the a an le la les l' un une el los las una il lo gli o os as um uma der die das ein eine".split())
# Nouns that name a work rather than an actor of the news: capitalized after the place, they make
# `Place: Noun ...` the title of a book, film, show or exhibition.
_WORK_NOUNS = frozenset(
    "biography biographies history histories story stories tale tales chronicle chronicles diary diaries "
    "memoir memoirs memories portrait portraits guide guidebook handbook companion atlas itinerary "
    "musical movie film films documentary docuseries series miniseries season episode sequel album "
    "novel anthology symphony opera odyssey saga legend legends revisited untold unplugged reloaded "
    "photographs photographic photography journey journeys adventure adventures experience "
    "histoire série serie biographie roman guía guida guia roteiro itinéraire reiseführer "
    "historia storia história geschichte biografía biografia documental documentaire".split())
# Listicles and guides: `The best ...`, `La guía definitiva`, `Die besten Clubs`, `Os melhores miradouros`.
_LISTING_WORDS = frozenset(
    "best ultimate definitive complete greatest guide guides "
    "meilleurs meilleures incontournables "
    "mejores definitiva definitivo imprescindibles guía "
    "migliori meglio guida imperdibili "
    "melhores roteiro "
    "besten schönsten ultimative".split())
# `A love letter to the city`, `An ode to Paris`: a dedication, not a report.
_DEDICATIONS = frozenset("ode tribute homage hymn".split())
# `The city where ...`, `A place that ...`: an epithet for the place, which is the subject.
_PLACE_NOUNS = frozenset("city town capital metropolis megacity place ville cité capitale stadt hauptstadt città "
                         "ciudad cidade stad".split())
_EPITHET_LINKS = frozenset("that where which whose who in qui où dont die wo in der che dove que donde onde".split())


def reads_as_story(text: str, body: int, shouted: bool, place: str, separator: str) -> bool:
    """False when the text at `body` reads as a headline, a title, a guide, a listing, an epithet
    for the place or the rest of a compound place name. `separator` is the separator as written,
    `place` the last place name of the dateline."""
    line_end = text.find("\n", body)
    line = text[body:] if line_end < 0 else text[body:line_end]
    if len(line.rstrip()) < HEADLINE_CHARS and not _ends_sentence(line.rstrip()):
        return False
    words = _WORDS.findall(line[:200])
    if not words:
        return True
    folded = [places.fold(w).strip(".") for w in words[:8]]
    return not (_title_case(words[:_TITLE_WORDS]) or _names_a_work(words)
                or _listing(words, folded) or _epithet(words, folded, separator)
                or _compound_place(place, line, words, shouted, separator))


def _ends_sentence(line: str) -> bool:
    # A closing bracket ends a sentence only after a stop: `(ORD)` closes a listing, `(...)` does not.
    if line.endswith(")"):
        return line[:-1].rstrip().endswith((".", "!", "?", "…"))
    return line.endswith(SENTENCE_ENDS)


def _title_case(words: list[str]) -> bool:
    """Headline capitalization: every word capitalized but minor words
    (`The Complete Guide to Free Museums`, `Where to Eat Like a Local`)."""
    major = [w for w in words if places.fold(w) not in _MINOR_WORDS or w[:1].isupper()]
    return len(major) >= 3 and all(w[:1].isupper() for w in major) and not all(
        places.is_shouted(w) for w in major)


def _capitalized_run(words: list[str]) -> list[str]:
    run = []
    for word in words:
        if word[:1].isupper() or (run and places.fold(word) in _MINOR_WORDS):
            run.append(word)
        else:
            break
    return run


def _names_a_work(words: list[str]) -> bool:
    """`London: The Biography runs to 800 pages`, `Portrait of a Divided City won`: the capitalized
    run opening the body is a title. A lone first word is capitalized anyway (`Film director X said`)."""
    run = [w for w in _capitalized_run(words) if w[:1].isupper()]
    if len(run) < 2:
        return False
    return any(places.fold(w).strip(".") in _WORK_NOUNS for w in run)


def _listing(words: list[str], folded: list[str]) -> bool:
    # An article, then a listing word within the next two: `The best ...`, `La guía definitiva`.
    if folded[0] not in _ARTICLES:
        return False
    # `The best-known witness` is prose: a hyphenated word is not the listing word itself.
    if any(f in _LISTING_WORDS and "-" not in w for w, f in zip(words[1:3], folded[1:3])):
        return True
    if folded[1:4] == ["love", "letter", "to"]:
        return True
    return len(folded) > 2 and folded[1] in _DEDICATIONS and folded[2] == "to"


def _epithet(words: list[str], folded: list[str], separator: str = "") -> bool:
    """`The city of joy`, `A megacity that runs on generators`, `The oldest living city in the world`.
    `The city of Mariupol` names another place and stays a story. After a full stop
    (`Hamburg. Die Stadt am Wasser`, `Lyon. Une ville, deux fleuves`) the place is the subject
    whatever follows the noun: a story's first sentence names an actor, not the city again."""
    if folded[0] not in _ARTICLES:
        return False
    if separator.strip() == "." and len(folded) > 1 and folded[1] in _PLACE_NOUNS:
        return True
    for index in range(1, min(len(folded) - 1, 4)):
        if folded[index] in _PLACE_NOUNS:
            link = folded[index + 1]
            if link == "of":
                return index + 2 < len(words) and words[index + 2][:1].islower()
            return link in _EPITHET_LINKS
    return False


def _compound_place(place: str, line: str, words: list[str], shouted: bool, separator: str) -> bool:
    """`Miami - Dade County`, `Dallas - Fort Worth International Airport`, `Mumbai - Pune Expressway`:
    the hyphen joins two names. Only in mixed case: `MINNEAPOLIS — St. Paul police said` is a
    dateline. A known compound (gazetteer) counts after any dash, another known place after a
    spaced hyphen, where a dateline in mixed case rarely opens on a second place."""
    if shouted or not separator.strip() or separator.strip() not in "-–—":
        return False
    if any(places.is_compound_place(f"{place}-{' '.join(words[:size])}") for size in (1, 2, 3)):
        return True
    if separator.strip() != "-":
        return False
    for size in (3, 2, 1):
        name = _POSSESSIVE.sub("", " ".join(words[:size]))
        if line.startswith(" ".join(words[:size])) and _known_place(name):
            return True
    return False


def _known_place(name: str) -> bool:
    return bool(places.is_known_city(name) or places.country_code(name) or places.regions_for(name))
