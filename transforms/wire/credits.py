"""Credit, copyright and disclaimer lines: the boilerplate that names who supplied a story.

Each function reads one line of the body (already stripped) and returns `Credit`s with offsets
relative to that line. The caller decides where a line may be read (opening or closing lines);
nothing here looks at running prose.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Callable

from transforms.newsroom.agencies import (RELEASE_WIRE, SOURCE_LABELS, agency_for_host, caseless, find_names, has_cue,
                                          is_unnamed_agency, kind, normalize_name, resolve, resolve_all,
                                          resolve_labelled)
from transforms.newsroom.places import regions_for
from transforms.wire.bylines import has_photo_words, is_name_like, joined_by_dash


@dataclasses.dataclass(frozen=True)
class Credit:
    agency: str | None  # None: the line says the story is agency copy without naming the agency
    signal: str
    start: int
    end: int
    origin: bool  # an authorship mark (Reuters' "Reporting by") rather than a relay credit


# "vc/vd", "PTI KMS RT", "UNI XC SB 1210", "dpa alv aae xxzz n1 maa", "AAP RTV ar": desk initials,
# upper- or lower-case codes of up to four characters (and a filing time) after a credit.
_INITIALS = (r"(?:[a-z]{1,4}(?:/[a-z]{1,4})+|[A-Z]{2,4}(?:\s+[A-Z]{2,4}){0,4}(?:\s+[a-z][a-z0-9]{0,3}){0,6}"
             r"(?:\s+\d{3,4})?|[a-z][a-z0-9]{0,3}(?:\s+[a-z][a-z0-9]{0,3}){1,6})")
INITIALS_LINE = re.compile(r"[a-z]{1,4}(?:/[a-z]{1,4})+")
# "abc/Reuters", "kev/dpa/AFP": the initials of the desk that edited the agency copy, before it.
_DESK_BEFORE = re.compile(r"^[a-z]{2,4}\s*/\s*(?P<rest>\S.*)$")
# "Agenturen/red": the same initials after a credit.
_DESK_AFTER = re.compile(r"(?:\s*/\s*[a-z]{2,4})+$")
_LIST_SEPARATOR = re.compile(r"\s*(?:[,/;&+|]|\b(?:and|et|y|e|und)\b)\s*")

# "Source:" in the languages agency copy is published in: the registry's common labels, and more
# that only a whole credit line may open with.
_SOURCE_LABELS = SOURCE_LABELS + (
    "sources", "courtesy", "quellen", "来源", "來源", "出典", "출처", "πηγή", "מקור", "المصدر", "sumber", "nguồn", "извор",
    "източник", "sursa", "sursă", "avots", "šaltinis", "allikas", "vir", "منبع", "स्रोत", "ที่มา", "heimild", "font")
_SOURCE = re.compile(r"^[(\[]?\s*(?:" + "|".join(map(re.escape, sorted(_SOURCE_LABELS, key=len, reverse=True))) + ")"
                     r"(?:\s*[:：\-–—]\s*|\s+)(?P<who>.+?)\s*[)\]]?\.?$", re.IGNORECASE)
_INPUTS = re.compile(r"^[(\[]?\s*(?:with\s+)?(?:additional\s+)?(?:(?P<pre>[^()\[\]:]+?)\s+)?inputs?"
                     r"(?:\s+from\s+(?P<post>[^()\[\]]+?)|\s*:\s*(?P<colon>[^()\[\]]+?))?\s*[)\]]?\.?$",
                     re.IGNORECASE)
_LEADING_DASH = re.compile(r"^[-–—]{1,2}\s*")
# "Avec AFP", "(Con información de EFE)", "Mit Material von dpa": a desk story built on agency copy.
_WITH_AGENCY = re.compile(r"^[(\[]?\s*(?:with|avec|mit(?:\s+material\s+von)?|con(?:\s+información\s+de)?"
                          r"|com(?:\s+informações\s+d[aeo]s?)?)\s+(?P<who>[^()\[\]]+?)\s*[)\]]?\.?$", re.IGNORECASE)
# "Information from The Associated Press was used in this report."
_USED_FROM = re.compile(r"^(?:information|material|reporting)\s+from\s+(?P<who>.+?)\s+(?:was|were)\s+used\s+in\s+"
                        r"this\s+(?:report|story|article)\.?$", re.IGNORECASE)
# "This article was originally published by The Associated Press."
_PUBLISHED_BY = re.compile(r"^this\s+(?:story|article|report)\s+(?:was|is)\s+(?:originally\s+|first\s+)?"
                           r"(?:published|written|reported)\s+by\s+(?P<who>.+?)\.?$", re.IGNORECASE)
_DASH = re.compile(rf"^[-–—]{{1,2}}\s*(?P<who>[^-–—\s][^\n]{{0,40}}?)(?:\s+{_INITIALS})?\s*$")
_BARE = re.compile(rf"^(?P<who>[^\n]{{1,50}}?)(?:\s+{_INITIALS})?\s*$")
_CONTRIBUTED = re.compile(r"^(?P<who>.{1,160}?)\s+(?:also\s+)?"
                          r"(?:contributed(?:\s+(?:reporting|(?:(?:reporting\s+)?to\s+)?"
                          r"(?:this|the)\s+(?:report|story|article)))?"
                          r"|helped\s+(?:(?:with|on|to\s+write)\s+)?(?:this|the)\s+(?:report|story|article))\.?$",
                          re.IGNORECASE)
_REPORTING = re.compile(r"^(?P<open>\()?\s*(?:additional\s+|with\s+)?(?:reporting|writing|compiled)\s+by\s+"
                        r"(?P<who>[^;()]+?)\s*(?P<more>;[^()]*)?\)?\.?$", re.IGNORECASE)
_APPENDED = re.compile(
    rf"(?<=[.!?\"”’)\]])\s*(?P<credit>[-–—]{{1,2}}\s*(?P<dash>[^\s\-–—][^.!?\n]{{0,30}}?)"
    rf"|[(\[](?P<paren>[^()\[\]\n]{{1,30}})[)\]]|(?P<enditem>Enditem)"
    rf"|(?<=\s)(?P<bare>[A-Z][\w.]{{1,20}}))\.?(?:\s+{_INITIALS})?\s*$")
# "Asia Corporate Press via ACNNewswire.net": a release and the press-release wire that distributed
# it. Only such wires count: `Handout via REUTERS`, `Jane Doe via AP` are picture credits.
_VIA = re.compile(r"^(?P<pre>[^()\[\]]{1,80}?)\s+via\s+(?P<who>[^\s()\[\]][^()\[\]]{0,40}?)\.?$", re.IGNORECASE)
# "With Post wires", "(With AP wires)": a desk story written with wire copy.
_WITH_WIRES = re.compile(r"^[(\[]?\s*with\s+(?:(?P<who>[^()\[\]]+?)\s+)?(?:wires?|wire\s+(?:services?|reports?))"
                         r"\s*[)\]]?\.?$", re.IGNORECASE)

# House sign-offs that name their agency only by shape.
_SIGNOFFS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Our Standards:?\s*The Thomson Reuters Trust Principles\.?$", re.IGNORECASE), "Reuters"),
    (re.compile(r"^私たちの行動規範\s*[:：]\s*トムソン・ロイター「信頼の原則」$"), "Reuters"),
    (re.compile(r"^Enditem\.?$", re.IGNORECASE), "Xinhua"),
    (re.compile(r"^-{0,2}\s*With assistance from\b.{1,200}$"), "Bloomberg"),
    (re.compile(r"^To contact the (?:reporters?|editors?|authors?) (?:on|responsible for|of) this story\b.*$"),
     "Bloomberg"),
    (re.compile(r"^.{0,80}\bat\s+\S+@bloomberg\.net\.?$"), "Bloomberg"),
    (re.compile(r"^For more articles like this, please visit us at bloomberg\.com\.?$", re.IGNORECASE),
     "Bloomberg"),
    (re.compile(r"^More stories like this are available on bloomberg\.com\.?$", re.IGNORECASE), "Bloomberg"),
    (re.compile(r"^(?:The )?(?:Associated Press|AP)(?:’s|'s)?\b.{0,160}\breceives (?:financial )?support from\b.*$"),
     "AP"),
    (re.compile(r"^.{0,200}\bAP is solely responsible for all content\.?$"), "AP"),
    (re.compile(r"^(?:More|Follow|Find more of) AP(?:’s|'s)?\s+(?:coverage|stories|news|[A-Z][\w-]*)\b.*$"), "AP"),
    (re.compile(r"^Subscribe now to stay ahead with the most trusted business news source\.?$"), "Bloomberg"),
    (re.compile(r"^SOURCE [A-Z0-9].{0,120}$"), "PR Newswire"),
    (re.compile(r"^View original content(?: to download multimedia)?:\s*https?://www\.prnewswire\.\S+$"),
     "PR Newswire"),
    (re.compile(r"^View source version on businesswire\.com:.*$"), "Business Wire"),
    (re.compile(r"^This (?:report|story|article) by The Canadian Press was first published\b.*$"), "CP"),
    (re.compile(r"^Ce (?:reportage|texte|article) de La Presse Canadienne a été publié\b.*$"), "CP"),
)

# Every credit `credit_line` reads holds one of these cues, so a line without any is skipped
# before the patterns are tried one by one. Each cue is taken from the pattern it stands for:
# a word it needs anywhere in the line, or the words it opens with (after the dash, bracket or
# spaces it allows first). The cues ignore case even where their pattern does not, which only
# lets more lines through. `is_unnamed_agency` has its own cue and is asked separately, and so is
# a source label opening the line (`_opens_with_label`).
CREDIT_WORDS = ("source", "courtesy", "fonte", "fuente", "quelle", "источник", "来源", "來源", "出典", "출처",
                "kaynak", "źródło", "forrás", "bron", "kilde", "källa", "lähde", "zdroj", "izvor", "πηγή", "מקור",
                "المصدر", "sumber", "nguồn",
                "input", "wire", "contributed", "helped", " via ", "enditem", "bloomberg", "receives", "solely",
                "canadienne", "行動規範", "저작권자")
_CREDIT_OPENING = re.compile(
    r"\s*(?:[-–—]{1,2}\s*)?[(\[]?\s*"
    r"(?:with|avec|mit|con|com|information|material|reporting|writing|compiled|additional|this"
    r"|our\s+standards|to\s+contact|more|follow|find|subscribe|view|ce\s)"
    r"|\s*[-–—]",  # _DASH and the dashed sign-offs
    re.IGNORECASE)

_COPYRIGHT_MARK = re.compile(r"^(?:(?:copyright|copr\.?|©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?)+",
                             re.IGNORECASE)
# What may follow the agency's name in a copyright line: its legal form or full company name
# (`dpa Deutsche Presse Agentur GmbH`), its site in brackets (`dpa (www.dpa.de)`), a year, and then
# either nothing or a notice after a stop in any language (`© EFE 2019. Está expresamente
# prohibida ...`, `© 2018 ANP. Alle auteursrechten ...`). A name followed by more words without a
# stop (`© Reuters photographer Jane Doe`) is not a copyright line of the agency.
_LEGAL_FORM = r"(?:inc|ltd|llc|lp|l\.p|gmbh|ag|ae|s\.a|sa|s\.p\.a|spa|corp|co|oy|ab|as|plc)\b\.?"
_COPYRIGHT_TAIL = re.compile(
    rf"^[\s.,;:]*(?:(?:[A-Z][\w'-]*\s+){{0,4}}{_LEGAL_FORM}[\s.,;:]*)?(?:\([^()]{{1,60}}\)[\s.,;:]*)?"
    r"(?:\d{4}\b[\s.,;:]*)?"
    r"(?:(?:all rights reserved|this material|click for restrictions|todos los derechos|tous droits"
    r"|alle rechte|tutti i diritti|todos os direitos|все права|wszelkie prawa)\b.*)?$",
    re.IGNORECASE | re.DOTALL)
_NOTICE_AFTER_STOP = re.compile(r"^(?:\s*(?:\d{4}|\([^()]{1,60}\)|[^\W\d_]{1,3}))*\s*[.;]\s+\S.*$", re.DOTALL)
_URL = re.compile(r"https?://\S+")

# "auto-generated from a syndicated feed", "an auto-generated syndicate wire feed", "from a wire agency feed".
_SYNDICATED_FEED = re.compile(r"syndicat(?:ed|e)\s+(?:news\s+|wire\s+)?feed", re.IGNORECASE)
_SYNDICATED_VERB = re.compile(r"edit|generated|reworked|published|disclaimer", re.IGNORECASE)
_AGENCY_FEED = re.compile(r"\b(?:wire|agency|news agency)\s+(?:news\s+)?feed", re.IGNORECASE)
_AGENCY_FEED_VERB = re.compile(r"auto-?\s?(?:generated|published)|not been (?:edited|reviewed)|no editing|unedited"
                               r"|without (?:any )?modifications?", re.IGNORECASE)
_EDITED_BY_PUBLISHER = re.compile(r"edited by\b.{0,80}?\bstaff", re.IGNORECASE)
MAX_DISCLAIMER_CHARS = 500
# "Dette stoffet distribuerer NTB på vegne av Faktisk.no", "This story is distributed by AP on behalf
# of ...": the agency next to the verb carries a story written by whoever follows "on behalf of".
_DISTRIBUTED_FOR = re.compile(
    r"(?P<before>[^.!?]{0,40}?)\b(?:distribut\w*|distribuer\w*|formidl\w*|verbreit\w*|verspreid\w*|diffus\w*)\b"
    r"(?P<between>[^.!?]{0,40}?)\b(?:on\s+behalf\s+of|på\s+vegne\s+a[vf]|på\s+uppdrag\s+av"
    r"|im\s+auftrag\s+(?:von|de[rs])|namens|pour\s+le\s+compte\s+de|por\s+cuenta\s+de|per\s+conto\s+di)"
    r"\s+(?P<writer>\S.{0,60})",
    re.IGNORECASE)
# Both disclaimer shapes end in "feed"; one cue search rules out nearly every line.
_DISCLAIMER_CUES = ("feed",)


def _named(who: str, lookup: Callable[[str], str | None] = resolve) -> tuple[list[str], bool] | None:
    """Agencies listed in a credit (`PTI`, `PTI and agencies`); None unless the first item is one."""
    parts = [p for p in _LIST_SEPARATOR.split(who) if p.strip()]
    if not parts or (lookup(parts[0]) is None and not is_unnamed_agency(parts[0])):
        return None
    agencies: list[str] = []
    for part in parts:
        agency = lookup(part)
        if agency is not None and agency not in agencies:
            agencies.append(agency)
    return agencies, any(is_unnamed_agency(p) for p in parts)


def _credits(who: str, start: int, end: int, lookup: Callable[[str], str | None] = resolve) -> list[Credit]:
    named = _named(who, lookup)
    if named is None:
        return []
    agencies, generic = named
    credits = [Credit(a, "credit_line", start, end, False) for a in agencies]
    if generic or not credits:
        credits.append(Credit(None, "credit_line", start, end, False))
    return credits


def _contributors(who: str) -> tuple[list[str], bool]:
    """`Associated Press writer Jane Doe and Reuters`: agencies that lead a contributor item."""
    agencies: list[str] = []
    generic = False
    for part in _LIST_SEPARATOR.split(who):
        names = find_names(part.strip())
        if names and names[0][0] == 0 and names[0][2] not in agencies:
            agencies.append(names[0][2])
        generic = generic or is_unnamed_agency(part)
    return agencies, generic


def _listed_credit(line: str, undashed: str) -> list[Credit]:
    """`Agencies`, `Source: PTI`, `(With inputs from PTI)`, `With Post wires`, `--IANS`."""
    full = len(line)
    if is_unnamed_agency(line) or _unnamed_before_desk(line):
        return [Credit(None, "credit_line", 0, full, False)]
    if m := _SOURCE.match(undashed):
        # The label says an agency follows, so `Kaynak: aa` names Anadolu in any case, and
        # `Source: reuters.com` the agency whose site it is.
        return _credits(m["who"], 0, full, _labelled)
    if m := _INPUTS.match(undashed):
        return _credits(m["post"] or m["colon"] or m["pre"] or "", 0, full)
    if m := _WITH_WIRES.match(undashed):
        return _credits(m["who"] or "", 0, full) or [Credit(None, "credit_line", 0, full, False)]
    for pattern in (_WITH_AGENCY, _USED_FROM, _PUBLISHED_BY):
        if (m := pattern.match(undashed)) and (found := _credits(m["who"], 0, full)):
            return found
    if m := _DASH.match(line):
        return _credits(m["who"], 0, full)
    if (m := _VIA.match(undashed)) and is_name_like(m["pre"]):
        agency = resolve(m["who"]) or _host_agency(m["who"])
        return [Credit(agency, "credit_line", 0, full, False)] if agency and kind(agency) == RELEASE_WIRE else []
    return []


def _labelled(who: str) -> str | None:
    return resolve_labelled(who) or _host_agency(who)


def _host_agency(text: str) -> str | None:
    """The agency whose site `text` names (`ACNNewswire.net`, `prnewswire.com/news`)."""
    host = text.strip().split("/")[0]
    return agency_for_host(host) if "." in host and " " not in host else None


def _contributor_credit(line: str, undashed: str) -> list[Credit]:
    """`Associated Press writer Jane Doe contributed to this report.`"""
    m = _CONTRIBUTED.match(undashed)
    if not m:
        return []
    agencies, generic = _contributors(m["who"])
    credits = [Credit(a, "credit_line", 0, len(line), False) for a in agencies]
    return credits + [Credit(None, "credit_line", 0, len(line), False)] if generic else credits


def _reporting_credit(line: str, undashed: str) -> list[Credit]:
    """`Additional reporting by AFP`; otherwise Reuters' `(Reporting by ...; Editing by ...)`."""
    m = _REPORTING.match(line)
    if not m:
        return []
    if named := _credits(m["who"], 0, len(line)):
        return named
    if m["open"] or (m["more"] and re.search(r"\b(?:editing|writing)\s+by\b", m["more"], re.IGNORECASE)):
        return [Credit("Reuters", "credit_line", 0, len(line), True)]
    return []


def _signoff(line: str, undashed: str) -> list[Credit]:
    for pattern, agency in _SIGNOFFS:
        if pattern.match(line):
            return [Credit(agency, "credit_line", 0, len(line), True)]
    return []


def may_be_credit(line: str) -> bool:
    """False only for a line `credit_line` cannot read as a credit: it has none of the cues."""
    return (bool(_CREDIT_OPENING.match(line)) or has_cue(line, CREDIT_WORDS) or _opens_with_label(line)
            or is_unnamed_agency(line) or _unnamed_before_desk(line))


# The first word of a line, after the brackets and dashes `_SOURCE` lets stand before its label.
_FIRST_WORD = re.compile(r"[\s(\[\-–—]*([^\s:：\-–—]{2,9})[\s:：\-–—]")
_SOURCE_LABEL_SET = frozenset(_SOURCE_LABELS)


def _opens_with_label(line: str) -> bool:
    """`Kaynak: aa`, `Vir: STA`: a source label first. A set lookup, where the labels as cues
    anywhere in the line would let through every line that holds `virus` or `font`."""
    m = _FIRST_WORD.match(line)
    if not m:
        return False
    word = m.group(1)
    return (word.lower() if word.isascii() else caseless(word)) in _SOURCE_LABEL_SET


def _unnamed_before_desk(line: str) -> bool:
    """`Agenturen/red`: an unnamed-agency credit, then the desk's initials."""
    return "/" in line and is_unnamed_agency(_DESK_AFTER.sub("", line))


def credit_line(line: str) -> list[Credit]:
    """A whole line that credits a supplier: `Source: PTI`, `(With inputs from agencies)`, `--IANS`,
    `Reuters contributed to this report.`, `(Reporting by ...; Editing by ...)`, house sign-offs."""
    if not may_be_credit(line) or has_photo_words(line):
        return []
    # "— With agency inputs", "-- Source: IANS": a dash may lead any credit.
    undashed = _LEADING_DASH.sub("", line, count=1)
    for reader in (_listed_credit, _contributor_credit, _reporting_credit, _signoff, _korean_copyright):
        if found := reader(line, undashed):
            return found
    return []


# The notice Korean news pages close with: `<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>`
# ("copyright holder (c) Yonhap, no reproduction").
_KOREAN_COPYRIGHT = re.compile(r"^[<\[(]?\s*저작권자\s*(?:\(c\)|ⓒ|©)?\s*(?P<who>[^,>\])]{2,30}?)\s*[,>\])]")


def _korean_copyright(line: str, undashed: str) -> list[Credit]:
    m = _KOREAN_COPYRIGHT.match(line)
    agency = resolve(m["who"]) if m else None
    return [Credit(agency, "copyright", 0, len(line), True)] if agency else []


def closing_credit(line: str) -> list[Credit]:
    """Credits that only count at the end of a story: a bare agency line (`PTI`, `(AFP)`,
    `PTI KMS RT`) or a credit closing the last sentence (`... he said. --IANS`, `... Enditem`)."""
    if has_photo_words(line):
        return []
    if (m := _BARE.match(line)) and (found := _compact_credits(line, 0, len(line))
                                     or _compact_credits(m["who"], 0, len(line))):
        return found
    if (m := _APPENDED.search(line)) and not _after_region(line, m.start("credit")):
        if m["enditem"]:
            return [Credit("Xinhua", "credit_line", m.start("credit"), len(line), True)]
        return _compact_credits(m["dash"] or m["paren"] or m["bare"], m.start("credit"), len(line))
    return []


def _compact_credits(who: str, start: int, end: int) -> list[Credit]:
    """Relay credits for `AFP`, `dpa/AFP`, `abc/Reuters`, except that a dash-joined pair
    (`STT–AFP`) names the writing agency first."""
    agencies = resolve_all(who)
    rest = normalize_name(who) if not agencies else ""
    while not agencies and (desk := _DESK_BEFORE.match(rest)):
        rest = who = desk["rest"]
        agencies = resolve_all(who)
    first_wrote = len(agencies) > 1 and joined_by_dash(who)
    return [Credit(a, "credit_line", start, end, first_wrote and i == 0) for i, a in enumerate(agencies)]


_LAST_WORD = re.compile(r"(?:^|\s)(?P<word>[A-Z][\w.]*\.)\s*$")


def _after_region(line: str, credit_start: int) -> bool:
    """A credit after a state abbreviation (`... in Nogales, Ariz. (AP)`) closes a photo caption,
    which ends with where the picture was taken; agencies that append their credit to the last
    sentence of a story (`... he said. (PTI)`) do not end it with a region's abbreviation."""
    m = _LAST_WORD.search(line, 0, credit_start)
    return bool(m) and bool(regions_for(m["word"]))


def copyright_line(line: str) -> list[Credit]:
    """`Copyright 2022 The Associated Press. All rights reserved.`, `© Thomson Reuters`; never a
    caption credit such as `© AFP 2019 / Jane Doe`."""
    mark = _COPYRIGHT_MARK.match(line)
    # A slash outside a link is a photo credit: "© AFP 2019 / Jane Doe".
    if not mark or not mark.group().strip() or "/" in _URL.sub("", line) or has_photo_words(line):
        return []
    rest = line[mark.end():]
    names = find_names(rest)
    if not names or names[0][0] != 0:
        return []
    tail = rest[names[0][1]:]
    if not (_COPYRIGHT_TAIL.match(tail) or _NOTICE_AFTER_STOP.match(tail)):
        return []
    return [Credit(names[0][2], "copyright", 0, len(line), True)]


def distribution_line(line: str) -> list[Credit]:
    """`Dette stoffet distribuerer NTB på vegne av Faktisk.no.`: NTB carried the story; the writer
    after "on behalf of" is its origin, unnamed (an origin credit without agency) unless an agency."""
    if len(line) > MAX_DISCLAIMER_CHARS:
        return []
    view = caseless(line)
    # Every verb `_DISTRIBUTED_FOR` needs holds one of these; most lines hold none.
    if not ("distribu" in view or "formidl" in view or "verbreit" in view or "verspreid" in view
            or "diffus" in view):
        return []
    m = _DISTRIBUTED_FOR.search(line)
    if not m:
        return []
    carriers = [a for _, _, a in find_names(m["before"] + " " + m["between"])]
    if not carriers:
        return []
    writer = find_names(m["writer"])
    origin = writer[0][2] if writer and writer[0][0] == 0 else None
    credits = [Credit(a, "disclaimer", 0, len(line), False) for a in dict.fromkeys(carriers) if a != origin]
    return credits + [Credit(origin, "disclaimer", 0, len(line), True)]


def disclaimer_line(line: str) -> list[Credit]:
    """"... auto-generated from a syndicated feed." marks syndicated copy; it names the agency
    only sometimes, and the publisher it names ("edited by NDTV staff") is not one."""
    if len(line) > MAX_DISCLAIMER_CHARS or not has_cue(line, _DISCLAIMER_CUES):
        return []
    if not (_SYNDICATED_FEED.search(line) and _SYNDICATED_VERB.search(line)) and not (
            _AGENCY_FEED.search(line) and _AGENCY_FEED_VERB.search(line)):
        return []
    named = find_names(_EDITED_BY_PUBLISHER.sub(" ", line))
    agencies = list(dict.fromkeys(agency for _, _, agency in named))
    credits = [Credit(a, "disclaimer", 0, len(line), False) for a in agencies]
    return credits or [Credit(None, "disclaimer", 0, len(line), False)]
