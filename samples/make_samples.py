"""Build the bundled sample dumps in samples/ from the readable sources in samples/src/.

    python samples/make_samples.py

Sources: story bodies in src/stories/*.story (paragraphs without datelines),
page templates of fictional outlets in src/outlets/*.tmpl (HTML pages and
plain-text renderings), and hand-written one-off pages in src/pages/*.in. None
of them ends in an input extension, so a glob over samples/ never reads them. The tables below say
which outlet carries which story, with which headline, dateline, cuts and edits,
and in which container every page ends up.

Every output is reproducible byte for byte: fixed WARC record ids and dates,
gzip headers with mtime 0, no dependence on the clock or on dict order. The
script also writes MANIFEST.md, the list of every input record with its
expected outcome, from the same tables, so the two cannot drift apart.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import html
import io
import json
import re
import string
import zlib
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "src"


# --------------------------------------------------------------------------- outlets

@dataclasses.dataclass(frozen=True)
class Outlet:
    site_name: str
    language: str
    date_format: str
    kind: str = "html"            # "html" or "text"
    paragraph_sep: str = "\n\n"   # text renderings only


OUTLETS = {
    "apnews": Outlet("AP News", "en", "en_long"),
    "reuters": Outlet("Reuters", "en", "en_reuters"),
    "valleyherald": Outlet("The Valley Herald", "en", "en_long"),
    "lakeshoregazette": Outlet("Lakeshore Gazette", "en", "en_abbr"),
    "capitalbrief": Outlet("Capital Brief", "en", "en_time"),
    "northstartimes": Outlet("Northstar Times", "en", "en_in"),
    "mountainherald": Outlet("Mountain Herald", "en", "en_day"),
    "greenpointpost": Outlet("Greenpoint Post", "en", "en_long"),
    "greenmountainledger": Outlet("Green Mountain Ledger", "en", "en_long"),
    "alderbrook": Outlet("Alderbrook Neighbors Association", "en", "none"),
    "hauptstadtkurier": Outlet("Hauptstadt-Kurier", "de", "de_num"),
    "spreebote": Outlet("Spreebote", "de", "de_long"),
    "elbufer": Outlet("Elbufer-Zeitung", "de", "de_num"),
    "rhonematin": Outlet("Le Rhône Matin", "fr", "fr"),
    "vozdelameseta": Outlet("La Voz de la Meseta", "es", "es"),
    "diariodotejo": Outlet("Diário do Tejo", "pt", "pt"),
    "gazzettadellario": Outlet("Gazzetta del Lario", "it", "it"),
    "vecherny-prospekt": Outlet("Вечерний проспект", "ru", "ru"),
    "jiangnan": Outlet("江南晨报", "zh", "zh"),
    "civiccourier": Outlet("The Civic Courier", "en", "en_long", kind="text"),
    "marketpulse": Outlet("MarketPulse Daily", "en", "en_time", kind="text"),
    "deccanmetro": Outlet("Deccan Metro Chronicle", "en", "en_long_time", kind="text"),
    "diariodelsur": Outlet("Diario del Sur", "es", "es", kind="text"),
    "fjordfinance": Outlet("Fjord Finance", "en", "en_long", kind="text", paragraph_sep="\n"),
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}
WEEKDAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
REUTERS_MONTHS = "Jan Feb March April May June July Aug Sept Oct Nov Dec".split()


def _month(lang: str, when: dt.datetime) -> str:
    return MONTHS[lang].split()[when.month - 1]


def _clock12(when: dt.datetime) -> str:
    return f"{(when.hour - 1) % 12 + 1}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}"


def format_date(style: str, iso: str) -> str:
    """The publication date as the outlet prints it on the page."""
    if style == "none" or not iso:
        return ""
    when = dt.datetime.fromisoformat(iso)
    d, y, hm = when.day, when.year, f"{when.hour:02d}:{when.minute:02d}"
    formats = {
        "en_long": lambda: f"{_month('en', when)} {d}, {y}",
        "en_long_time": lambda: f"{_month('en', when)} {d}, {y} {_clock12(when)} IST",
        "en_abbr": lambda: f"{_month('en', when)[:3]}. {d}, {y}",
        "en_reuters": lambda: f"{REUTERS_MONTHS[when.month - 1]} {d}, {y} {_clock12(when)} GMT",
        "en_time": lambda: f"{_month('en', when)} {d}, {y}, {_clock12(when)}",
        "en_in": lambda: f"{d} {_month('en', when)[:3]} {y}, {_clock12(when)} IST",
        "en_day": lambda: f"{WEEKDAYS_EN[when.weekday()]}, {_month('en', when)} {d}, {y}",
        "de_num": lambda: f"{d:02d}.{when.month:02d}.{y}, {hm} Uhr",
        "de_long": lambda: f"{d}. {_month('de', when)} {y}",
        "fr": lambda: f"{d} {_month('fr', when)} {y} à {when.hour}h{when.minute:02d}",
        "es": lambda: f"{d} de {_month('es', when)} de {y} - {hm}",
        "pt": lambda: f"{d} de {_month('pt', when)} de {y}, {hm}",
        "it": lambda: f"{d} {_month('it', when)} {y} ore {hm}",
        "ru": lambda: f"{d} {_month('ru', when)} {y}, {hm}",
        "zh": lambda: f"{y}年{when.month:02d}月{d:02d}日 {hm}",
    }
    return formats[style]()


# --------------------------------------------------------------------------- pages

@dataclasses.dataclass(frozen=True)
class Page:
    """One article page: a story as one outlet published it."""
    key: str
    story: str
    outlet: str
    url: str
    headline: str
    author: str                      # author metadata
    byline: str                      # byline as displayed
    published: str                   # ISO 8601; "" when the page carries no date
    section: str
    dateline: str = ""               # glued to the front of the first paragraph
    canonical: str = ""              # defaults to the URL without its query
    keep: tuple[int, ...] = ()       # paragraph indexes to keep; () keeps all
    edits: tuple[tuple[str, str], ...] = ()
    tail: tuple[str, ...] = ()       # paragraphs appended after the story
    figure: tuple[int, str] | None = None   # (after paragraph index, caption)
    updated: str = ""                # "Updated" text where the template shows one
    cluster: str = ""                # syndicated story id, for the manifest
    encoding: str = "utf-8"

    @property
    def language(self) -> str:
        return OUTLETS[self.outlet].language


AP_COPYRIGHT = "Copyright 2024 The Associated Press. All rights reserved."
REUTERS_CREDIT = ("(Reporting by Lukas Brennholt in Stockholm and Hanna Wiegand-Otieno in Berlin; "
                  "Editing by Tomas Adeyemi-Clarke)")

PAGES = [
    # ---- S1: AP story, six captures on five outlets (one on apnews.com, one page captured twice).
    Page("s1-apnews", "s1-ferry", "apnews",
         url="https://apnews.com/article/new-york-ferry-terminal-flood-closure-3f9a1c7e20b84d6e",
         headline="New York to close century-old ferry terminal for two years of flood-proofing",
         author="Wendell Marsh-Ibarra", byline="By WENDELL MARSH-IBARRA",
         published="2024-01-16T14:32:00-05:00", updated="2:32 PM EST, January 16, 2024",
         section="U.S. News", dateline="NEW YORK (AP) — ", cluster="S1",
         tail=("Associated Press writer Priya Halvorsen contributed to this report.",)),
    Page("s1-valleyherald", "s1-ferry", "valleyherald",
         url="https://www.valleyherald.example/news/nation/2024/01/16/nyc-ferry-terminal-to-close-for-two-years/",
         headline="NYC ferry terminal to close for two years as city braces for bigger storms",
         author="Wendell Marsh-Ibarra", byline="By Wendell Marsh-Ibarra, Associated Press",
         published="2024-01-16T16:05:00-05:00", section="Nation & World",
         dateline="NEW YORK (AP) — ", cluster="S1", tail=(AP_COPYRIGHT,),
         figure=(0, "The Corlears Hook ferry terminal in New York on Tuesday, Jan. 16, 2024. "
                    "(AP Photo/Bebe Castellanos-Hart)")),
    Page("s1-lakeshore", "s1-ferry", "lakeshoregazette",
         url="https://lakeshoregazette.example/wire/storm-proofing-to-shut-manhattan-ferry-hub",
         headline="Storm-proofing to shut Manhattan ferry hub until 2026",
         author="The Associated Press", byline="The Associated Press",
         published="2024-01-16T19:40:00-06:00", section="Wire", cluster="S1"),
    Page("s1-northstar-half", "s1-ferry", "northstartimes",
         url="https://www.northstartimes.example/world/new-york-ferry-terminal-shut-flood-work-article-88123.html"
             "?utm_source=rss&utm_medium=feed",
         headline="New York shuts 112-year-old ferry terminal for flood upgrades",
         author="AP", byline="AP", published="2024-01-17T07:45:00+05:30", section="Americas",
         dateline="NEW YORK, Jan 16 (AP) — ", keep=(0, 1, 2, 3, 4), cluster="S1"),
    Page("s1-civiccourier", "s1-ferry", "civiccourier", url="",
         headline="New York to Shut Historic Ferry Terminal to Guard Against Storm Surges",
         author="The Civic Courier Desk", byline="By The Civic Courier Desk",
         published="2024-01-17T10:00:00+05:30", updated="March 2, 2025", section="World Courier",
         dateline="New York, Jan 16 (AP)\u00a0", keep=(0, 1, 2, 3, 4, 5, 7, 8, 9), cluster="S1",
         edits=(("officials said Tuesday.", "officials said on Tuesday."),), tail=("Source: PTI",)),
    # Same event as S1, written by a local newsroom: shares names and facts, not text.
    Page("l1-greenpoint", "l1-riders", "greenpointpost",
         url="https://greenpointpost.example/transit/ferry-riders-brace-corlears-hook-closure",
         headline="Ferry riders brace for two years without Corlears Hook terminal",
         author="Odalys Pemberton-Cruz", byline="By Odalys Pemberton-Cruz",
         published="2024-01-18T12:15:00-05:00", section="Transit",
         figure=(0, "Commuters wait to board a ferry at the Corlears Hook terminal in New York, Tuesday, "
                    "Jan. 16, 2024. (AP Photo/Renata Vollmer)")),

    # ---- S2: Reuters story, four copies.
    Page("s2-reuters", "s2-kestrel", "reuters",
         url="https://www.reuters.com/business/autos-transportation/kestrel-delays-german-battery-plant-cuts-600-jobs-2024-03-04/",
         headline="Kestrel delays German battery plant, cuts 600 jobs",
         author="Lukas Brennholt", byline="By Lukas Brennholt and Hanna Wiegand-Otieno",
         published="2024-03-04T11:48:00+00:00", section="Autos & Transportation",
         dateline="LONDON, March 4 (Reuters) - ", cluster="S2", tail=(REUTERS_CREDIT,)),
    Page("s2-capitalbrief", "s2-kestrel", "capitalbrief",
         url="https://capitalbrief.example/companies/kestrel-puts-brandenburg-battery-plant-on-ice",
         headline="Kestrel puts Brandenburg battery plant on ice",
         author="Reuters", byline="Reuters", published="2024-03-04T13:20:00+00:00", section="Energy",
         dateline="LONDON (Reuters) - ", cluster="S2", tail=(REUTERS_CREDIT,),
         edits=(("($106 million)", "(US$106 million)"),)),
    Page("s2-marketpulse", "s2-kestrel", "marketpulse", url="",
         headline="Kestrel Energy Storage shares slide after German gigafactory delay",
         author="Reuters", byline="Reuters", published="2024-03-04T18:05:00+05:30", section="Autos",
         dateline="LONDON, March 4 (Reuters) - ", cluster="S2",
         tail=(REUTERS_CREDIT,
               "(This story has not been edited by MarketPulse Daily staff and is auto-generated "
               "from a syndicated feed.)")),
    Page("s2-fjordfinance", "s2-kestrel", "fjordfinance",
         url="https://fjordfinance.example/companies/2024/03/04/kestrel-shares-slump",
         headline="Kestrel shares slump as Swedish battery maker shelves German factory",
         author="Reuters", byline="By Reuters", published="2024-03-04T14:10:00+01:00", section="Companies",
         keep=(0, 1, 2, 3, 4, 5, 6, 8), cluster="S2"),

    # ---- S3: AFP story in English, three copies.
    Page("s3-lakeshore", "s3-glacier", "lakeshoregazette",
         url="https://lakeshoregazette.example/wire/swiss-village-pumps-glacier-lake",
         headline="Swiss village braces as engineers pump down glacier lake",
         author="Agence France-Presse", byline="Agence France-Presse",
         published="2024-10-02T10:10:00-05:00", section="Wire",
         dateline="SION, Switzerland, Oct 2 (AFP) - ", cluster="S3"),
    Page("s3-northstar-agencies", "s3-glacier", "northstartimes",
         url="https://www.northstartimes.example/world/swiss-engineers-drain-glacial-lake-article-91457.html",
         headline="Switzerland: Engineers race to drain glacial lake above Alpine village",
         author="Northstar Desk", byline="Northstar Desk", published="2024-10-03T08:10:00+05:30",
         section="Europe", cluster="S3", edits=(("local authorities said Wednesday.",
                                                  "local authorities said on Wednesday."),),
         tail=("(with inputs from agencies)",)),
    Page("s3-mountainherald", "s3-glacier", "mountainherald",
         url="https://mountainherald.example/world/2024/10/03/alpine-lake-pumped-down",
         headline="Alpine lake pumped down as ice dam shows cracks",
         author="AFP", byline="AFP", published="2024-10-03T06:30:00-06:00", section="World",
         dateline="SION, Switzerland (AFP) - ", keep=(0, 1, 2, 3, 4, 5, 6), cluster="S3",
         edits=(("cubic metres", "cubic meters"), ("900 metres", "900 meters"), ("eight metres", "eight meters"))),

    # ---- S4: dpa story in German, three copies.
    Page("s4-hauptstadtkurier", "s4-stadtbaeume", "hauptstadtkurier",
         url="https://www.hauptstadtkurier.example/berlin/12000-neue-strassenbaeume-senat-plan-a-58213.html",
         headline="Berlin will 12 000 neue Straßenbäume pflanzen",
         author="dpa", byline="dpa", published="2025-02-11T14:05:00+01:00", section="Berlin",
         dateline="Berlin (dpa) - ", cluster="S4"),
    Page("s4-spreebote", "s4-stadtbaeume", "spreebote",
         url="https://www.spreebote.example/region/berlin-pflanzt-zwoelftausend-baeume",
         headline="Gegen die Hitze: Berlin pflanzt Tausende Bäume",
         author="dpa", byline="Quelle: dpa", published="2025-02-12T07:30:00+01:00", section="Berlin",
         dateline="Berlin (dpa) – ", cluster="S4",
         edits=(("kündigte die Senatsverwaltung für Umwelt am Dienstag an.",
                 "kündigte die Berliner Senatsverwaltung für Umwelt am Dienstag an."),)),
    Page("s4-elbufer", "s4-stadtbaeume", "elbufer",
         url="https://www.elbufer-zeitung.example/deutschland/berlin-strassenbaeume-hitze-123456",
         headline="Klimaanpassung: Berlin setzt auf neue Straßenbäume",
         author="dpa", byline="Von dpa", published="2025-02-12T06:00:00+01:00", section="Deutschland",
         dateline="BERLIN (dpa) - ", keep=(0, 1, 2, 3, 4, 5, 6), cluster="S4"),

    # ---- Single articles in other languages.
    Page("fr-rhonematin", "fr-navettes", "rhonematin",
         url="https://www.rhonematin.example/lyon/2024/06/12/des-navettes-fluviales-electriques-sur-la-saone",
         headline="À Lyon, des navettes fluviales électriques testées sur la Saône",
         author="AFP", byline="Par AFP", published="2024-06-12T11:20:00+02:00", section="Lyon",
         dateline="Lyon (AFP) - ", encoding="iso-8859-1"),
    Page("es-vozdelameseta", "es-bibliotecas", "vozdelameseta",
         url="https://www.vozdelameseta.example/madrid/bibliotecas-24-horas-examenes-enero_20241119.html",
         headline="Diez bibliotecas de la región abrirán las 24 horas en enero por los exámenes",
         author="EFE", byline="Agencia EFE", published="2024-11-19T13:45:00+01:00", section="Madrid",
         dateline="Madrid, 19 nov (EFE).- ", encoding="windows-1252"),
    Page("es-diariodelsur", "es-toldos", "diariodelsur", url="",
         headline="Sevilla instala toldos solares en veinte calles del centro para combatir el calor",
         author="EFE", byline="Agencia EFE", published="2025-06-03T12:40:00+02:00", section="Sevilla",
         dateline="Sevilla, 3 jun (EFE).- "),
    Page("pt-diariodotejo", "pt-bebedouros", "diariodotejo",
         url="https://www.diariodotejo.example/local/porto-150-bebedouros-publicos",
         headline="Porto vai instalar 150 bebedouros públicos até ao verão",
         author="Lusa", byline="Lusa", published="2025-05-08T16:10:00+01:00", section="Local",
         dateline="Porto, 08 mai 2025 (Lusa) - "),
    Page("it-gazzettadellario", "it-musei", "gazzettadellario",
         url="https://www.gazzettadellario.example/cultura/2025/02/20/musei-aperti-giovedi-sera",
         headline="Musei aperti il giovedì sera fino alle 22 in dieci città",
         author="ANSA", byline="Redazione ANSA", published="2025-02-20T12:30:00+01:00", section="Cultura",
         dateline="(ANSA) - ROMA, 20 FEB - "),
    Page("ru-vecherny", "ru-naberezhnaya", "vecherny-prospekt",
         url="https://vecherny-prospekt.example/strana/kazan-naberezhnaya-velodorozhka",
         headline="В Казани проложат девятикилометровую велодорожку вдоль Казанки",
         author="ТАСС", byline="ТАСС", published="2025-04-15T10:15:00+03:00", section="Страна",
         dateline="КАЗАНЬ, 15 апреля. /ТАСС/. "),
    Page("zh-jiangnan", "zh-yejian-gongjiao", "jiangnan",
         url="https://www.jiangnan-morning.example/guonei/2025-03/18/content_771203.html",
         headline="杭州将新增12条夜间公交线路",
         author="新华社", byline="新华社", published="2025-03-18T09:30:00+08:00", section="国内",
         dateline="新华社杭州3月18日电（记者林晓舟）"),

    # ---- Local English stories (no agency copy). l2 holds the "told Reuters" trap.
    Page("l2-maple", "l2-maple", "greenmountainledger",
         url="https://greenmountainledger.example/farm-and-forest/maple-season-short-but-sweet/",
         headline="Short maple season, but co-op says the syrup has rarely been better",
         author="Hollis Brandvold", byline="By Hollis Brandvold", published="2024-04-09T07:00:00-04:00",
         section="Farm & Forest"),
    Page("l3-deccanmetro", "l3-potholes", "deccanmetro", url="",
         headline="Pune civic body launches pothole app, promises 48-hour inspection",
         author="Staff Reporter", byline="Staff Reporter", published="2025-07-08T19:25:00+05:30",
         section="Civic Issues", dateline="PUNE:\u00a0"),
    Page("l4-valleyherald", "l4-library", "valleyherald",
         url="https://www.valleyherald.example/news/local/2025/06/20/library-sunday-hours/",
         headline="Library adds Sunday hours after residents' petition",
         author="Nadia Rasmussen-Obi", byline="By Nadia Rasmussen-Obi, Herald staff",
         published="2025-06-20T18:00:00-04:00", section="Local"),
    Page("l5-greenmountain", "l5-plows", "greenmountainledger",
         url="https://greenmountainledger.example/towns/stowbridge-plow-gps/",
         headline="Stowbridge puts its snowplows on a live map",
         author="Hollis Brandvold", byline="By Hollis Brandvold", published="2025-01-14T08:30:00-05:00",
         section="Towns"),
    Page("l6-capitalbrief", "l6-airline", "capitalbrief",
         url="https://capitalbrief.example/companies/sagebrush-air-pocatello-boise",
         headline="Sagebrush Air to restore Pocatello-Boise nonstop flights",
         author="Imogen Tardif", byline="By Imogen Tardif", published="2024-09-05T09:15:00-06:00",
         section="Airlines", dateline="POCATELLO, Idaho — "),
    Page("l7-mountainherald", "l7-snowmaking", "mountainherald",
         url="https://mountainherald.example/valley/2024/12/10/crestline-opens-early",
         headline="New snow guns let Crestline open two weeks early",
         author="Beau Kristiansen", byline="By Beau Kristiansen", published="2024-12-10T17:00:00-07:00",
         section="Valley"),
    Page("l8-alderbrook", "l8-garden", "alderbrook",
         url="https://alderbrook-neighbors.example/garden/plots-open",
         headline="Community garden plots are open for applications",
         author="the garden committee", byline="the garden committee", published="", section="Garden"),
    Page("l9-mountainherald", "l9-trail", "mountainherald",
         url="https://mountainherald.example/valley/2024/12/11/granite-ridge-trail-closed",
         headline="Granite Ridge trail closed for bridge rebuild",
         author="Beau Kristiansen", byline="By Beau Kristiansen", published="2024-12-11T09:00:00-07:00",
         section="Valley"),
]
PAGE = {p.key: p for p in PAGES}


def story_paragraphs(stem: str) -> list[str]:
    text = (SRC / "stories" / f"{stem}.story").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return [block.strip() for block in "\n".join(lines).split("\n\n") if block.strip()]


def page_paragraphs(page: Page) -> list[str]:
    paragraphs = story_paragraphs(page.story)
    if page.keep:
        paragraphs = [paragraphs[i] for i in page.keep]
    for old, new in page.edits:
        hits = [i for i, p in enumerate(paragraphs) if old in p]
        # An edit that silently misses would leave two "different" copies identical.
        assert len(hits) == 1 and paragraphs[hits[0]].count(old) == 1, (page.key, old)
        paragraphs[hits[0]] = paragraphs[hits[0]].replace(old, new)
    paragraphs[0] = page.dateline + paragraphs[0]
    return paragraphs + list(page.tail)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _description(page: Page) -> str:
    first = story_paragraphs(page.story)[0]
    return first.split(". ")[0].rstrip(".") + "."


def _jsonld(page: Page, outlet: Outlet) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": page.headline,
            "datePublished": page.published, "author": [{"@type": "Person", "name": page.author}],
            "publisher": {"@type": "Organization", "name": outlet.site_name},
            "mainEntityOfPage": page.canonical or page.url.split("?")[0]}
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _html_body(page: Page, paragraphs: list[str]) -> str:
    out = []
    for i, paragraph in enumerate(paragraphs):
        out.append(f"      <p>{_text(paragraph)}</p>")
        if page.figure and page.figure[0] == i:
            out.append(f'      <figure class="photo"><img src="/img/{page.key}.jpg" alt="">'
                       f"<figcaption>{_text(page.figure[1])}</figcaption></figure>")
    return "\n".join(out)


def render(page: Page) -> bytes:
    """The page as its outlet served it, encoded in the page's charset."""
    outlet = OUTLETS[page.outlet]
    paragraphs = page_paragraphs(page)
    date_display = format_date(outlet.date_format, page.published)
    canonical = page.canonical or page.url.split("?")[0]
    if outlet.kind == "text":
        template = (SRC / "outlets" / f"{page.outlet}.txt.tmpl").read_text(encoding="utf-8")
        values = {"headline": page.headline, "author": page.author, "byline": page.byline,
                  "section": page.section, "date_display": date_display,
                  "updated_display": page.updated or date_display,
                  "body": outlet.paragraph_sep.join(paragraphs)}
    else:
        template = (SRC / "outlets" / f"{page.outlet}.html.tmpl").read_text(encoding="utf-8")
        values = {"headline": _text(page.headline), "headline_attr": _attr(page.headline),
                  "description_attr": _attr(_description(page)), "author": _text(page.author),
                  "author_attr": _attr(page.author), "byline": _text(page.byline),
                  "published_iso": page.published, "date_display": _text(date_display),
                  "updated_display": _text(page.updated or date_display), "canonical": _attr(canonical),
                  "section": _text(page.section),
                  "section_slug": re.sub(r"[^a-z0-9]+", "-", page.section.lower()).strip("-"),
                  "jsonld": _jsonld(page, outlet), "body": _html_body(page, paragraphs)}
    return string.Template(template).substitute(values).encode(page.encoding)


def raw_page(name: str) -> bytes:
    return (SRC / "pages" / f"{name}.in").read_bytes()


# A minimal one-page PDF: a non-HTML payload the reader must turn away.
PRESS_KIT_PDF = (
    b"%PDF-1.4\n"
    b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
    b"4 0 obj << /Length 45 >> stream\n"
    b"BT /F1 18 Tf 72 720 Td (Valley Herald) Tj ET\n"
    b"endstream endobj\n"
    b"trailer << /Root 1 0 R >>\n"
    b"%%EOF\n"
)


# --------------------------------------------------------------------------- manifest rows

@dataclasses.dataclass(frozen=True)
class Expect:
    """One input record and what the pipeline must make of it."""
    file: str
    locator: str
    url: str = ""
    page: str = ""            # key into PAGE for articles
    reject: str = ""          # reason; empty for articles
    stage: str = ""
    note: str = ""


MANIFEST: list[Expect] = []
SKIPPED: list[Expect] = []


def expect_page(file: str, locator: str, page: Page, url: str | None = None, note: str = "") -> None:
    MANIFEST.append(Expect(file, locator, url if url is not None else page.url, page=page.key, note=note))


def expect_reject(file: str, locator: str, reason: str, stage: str, url: str = "", note: str = "") -> None:
    MANIFEST.append(Expect(file, locator, url, reject=reason, stage=stage, note=note))


def expect_skip(file: str, locator: str, record_type: str, url: str = "") -> None:
    """Container records that never hold a page: counted, not rows."""
    SKIPPED.append(Expect(file, locator, url, reject=record_type, stage="skip",
                          note=f"{record_type} record: counted in skipped_container_records"))


# --------------------------------------------------------------------------- WARC

def record_id(file_no: int, record_no: int) -> str:
    return f"<urn:uuid:{file_no:08x}-0000-4000-8000-{record_no:012x}>"


def _http_date(warc_date: str) -> str:
    when = dt.datetime.strptime(warc_date, "%Y-%m-%dT%H:%M:%SZ")
    return when.strftime("%a, %d %b %Y %H:%M:%S GMT")


class WarcBuilder:
    def __init__(self, name: str, file_no: int, compress: bool):
        self.name, self.file_no, self.out = name, file_no, io.BytesIO()
        self.writer = WARCWriter(self.out, gzip=compress)
        self.count = 0

    def _headers(self, warc_date: str) -> dict[str, str]:
        self.count += 1
        return {"WARC-Record-ID": record_id(self.file_no, self.count), "WARC-Date": warc_date}

    def warcinfo(self, warc_date: str) -> None:
        fields = (f"software: sample-crawler/1.0\r\nformat: WARC File Format 1.0\r\n"
                  f"description: Bundled sample crawl {self.name}\r\nrobots: classic\r\n").encode()
        headers = {**self._headers(warc_date), "WARC-Filename": self.name}
        record = self.writer.create_warc_record("", "warcinfo", payload=io.BytesIO(fields), length=len(fields),
                                                warc_content_type="application/warc-fields",
                                                warc_headers_dict=headers)
        self.writer.write_record(record)
        expect_skip(self.name, headers["WARC-Record-ID"], "warcinfo")

    def request(self, url: str, warc_date: str, concurrent_to: int) -> None:
        host, _, path = url.split("://", 1)[1].partition("/")
        http = StatusAndHeaders(f"GET /{path} HTTP/1.1", [
            ("Host", host), ("User-Agent", "sample-crawler/1.0"), ("Accept", "text/html"),
            ("Accept-Encoding", "identity")], is_http_request=True)
        headers = {**self._headers(warc_date),
                   "WARC-Concurrent-To": record_id(self.file_no, concurrent_to)}
        record = self.writer.create_warc_record(url, "request", http_headers=http, warc_headers_dict=headers)
        self.writer.write_record(record)
        expect_skip(self.name, headers["WARC-Record-ID"], "request", url=url)

    def response(self, url: str, warc_date: str, body: bytes, content_type: str) -> str:
        http = StatusAndHeaders("200 OK", [
            ("Date", _http_date(warc_date)), ("Server", "nginx"), ("Content-Type", content_type),
            ("Content-Length", str(len(body))), ("Connection", "close")], protocol="HTTP/1.1")
        headers = self._headers(warc_date)
        record = self.writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                                http_headers=http, warc_headers_dict=headers)
        self.writer.write_record(record)
        return headers["WARC-Record-ID"]

    def resource(self, url: str, warc_date: str, body: bytes, content_type: str) -> str:
        headers = self._headers(warc_date)
        record = self.writer.create_warc_record(url, "resource", payload=io.BytesIO(body), length=len(body),
                                                warc_content_type=content_type, warc_headers_dict=headers)
        self.writer.write_record(record)
        return headers["WARC-Record-ID"]

    def response_page(self, page: Page, warc_date: str, content_type: str, note: str = "") -> None:
        rid = self.response(page.url, warc_date, render(page), content_type)
        expect_page(self.name, rid, page, note=note)


def build_crawl_001() -> bytes:
    w = WarcBuilder("warc/crawl-001.warc.gz", 1, compress=True)
    w.warcinfo("2025-07-01T06:00:00Z")
    w.request(PAGE["s1-apnews"].url, "2025-07-01T06:00:01Z", concurrent_to=3)
    w.response_page(PAGE["s1-apnews"], "2025-07-01T06:00:01Z", "text/html; charset=utf-8")
    w.response_page(PAGE["s2-reuters"], "2025-07-01T06:00:04Z", "text/html; charset=UTF-8")
    w.response_page(PAGE["s1-valleyherald"], "2025-07-01T06:00:09Z", "text/html",
                    note="charset only in the meta tag; same URL and bytes as feed-001 line 1")
    rid = w.response("https://www.valleyherald.example/contact", "2025-07-01T06:00:12Z",
                     raw_page("valleyherald-contact.html"), "text/html; charset=utf-8")
    expect_reject(w.name, rid, "too_short", "extract", url="https://www.valleyherald.example/contact",
                  note="contact page: link lists only")
    w.response_page(PAGE["es-vozdelameseta"], "2025-07-01T06:00:15Z", "text/html; charset=windows-1252",
                    note="windows-1252 bytes (€, “ ”), charset only in the HTTP header")
    url = "https://www.valleyherald.example/media/press-kit.pdf"
    rid = w.response(url, "2025-07-01T06:00:18Z", PRESS_KIT_PDF, "application/pdf")
    expect_reject(w.name, rid, "not_html", "read", url=url, note="application/pdf payload")
    w.response_page(PAGE["s4-hauptstadtkurier"], "2025-07-01T06:00:21Z", "text/html;charset=utf-8")
    page = PAGE["l4-valleyherald"]
    rid = w.resource(page.url, "2025-07-01T06:00:24Z", render(page), "text/html; charset=utf-8")
    expect_page(w.name, rid, page, note="resource record (no HTTP headers)")
    return w.out.getvalue()


def build_crawl_002() -> bytes:
    w = WarcBuilder("warc/crawl-002.warc", 2, compress=False)
    w.warcinfo("2025-07-02T08:30:00Z")
    w.response_page(PAGE["s3-lakeshore"], "2025-07-02T08:30:02Z", "text/html; charset=utf-8")
    w.response_page(PAGE["it-gazzettadellario"], "2025-07-02T08:30:05Z", "text/html; charset=utf-8")
    return w.out.getvalue()


# --------------------------------------------------------------------------- JSONL

def _json_line(obj: dict) -> str:
    return json.dumps(obj, ensure_ascii=False)


def page_line(page: Page, fetched_at: str | None, field: str = "html") -> str:
    body = render(page).decode(page.encoding)
    obj = {"url": page.url}
    if fetched_at:
        obj["fetched_at"] = fetched_at
    obj[field] = body
    return _json_line(obj)


def build_feed(name: str, entries: list) -> str:
    """entries: (page key, fetched_at, field, note) for pages, or (reason, raw line, url, note) for rejects."""
    lines = []
    for number, entry in enumerate(entries, start=1):
        if entry[0] in PAGE:
            key, fetched_at, field, note = entry
            lines.append(page_line(PAGE[key], fetched_at, field))
            expect_page(name, f"line:{number}", PAGE[key], note=note)
        else:
            reason, raw, url, note = entry
            lines.append(raw)
            expect_reject(name, f"line:{number}", reason, "read", url=url, note=note)
    return "".join(line + "\n" for line in lines)


FEED_001 = [
    ("s1-valleyherald", "2025-07-03T09:12:44Z", "html",
     "same URL and HTML as crawl-001 record ...0005: exact duplicate"),
    ("s1-northstar-half", "2025-07-03T09:13:02Z", "html", "first half only; tracking query in the URL"),
    ("s2-fjordfinance", "2025-07-03T09:15:30+02:00", "text",
     "`text` field (plain-text rendering); `fetched_at` with a +02:00 offset"),
    ("malformed_json",
     '{"url": "https://www.spreebote.example/lokales/wochenmarkt-umzug", "fetched_at": "2025-07-03T09:16:00Z", '
     '"html": "<html><body><h1>Wochenmarkt zieht um</h1><p>Der Markt',
     "https://www.spreebote.example/lokales/wochenmarkt-umzug",
     "line cut off mid-string: not valid JSON (its URL is readable only by eye; the reject's url may be null)"),
    ("missing_content",
     _json_line({"url": "https://www.diariodotejo.example/arquivo/2025/05", "fetched_at": "2025-07-03T09:18:20Z",
                 "status": 200}),
     "https://www.diariodotejo.example/arquivo/2025/05", "neither `html` nor `text`"),
    ("pt-diariodotejo", "2025-07-03T09:20:11Z", "html", ""),
    ("s3-northstar-agencies", "2025-07-03T09:21:40Z", "html", "tail \"(with inputs from agencies)\""),
    ("s4-spreebote", "2025-07-03T09:23:05Z", "html", ""),
]

FEED_002 = [
    ("ru-vecherny", "2025-07-04T11:00:00Z", "html", ""),
    ("zh-jiangnan", "2025-07-04T11:00:07Z", "html", ""),
    ("l8-alderbrook", None, "html", "no `fetched_at` and no date anywhere on the page"),
]


def build_truncated() -> bytes:
    """Three JSONL lines, gzipped, cut in the middle of the third line's compressed bytes.

    A full flush after each line puts line boundaries on byte boundaries of the
    stream, so every decompressor recovers lines 1 and 2 whole, whatever its
    buffer size.
    """
    name = "jsonl/truncated.jsonl.gz"
    entries = [("l6-capitalbrief", "2025-07-05T07:40:00Z"), ("l7-mountainherald", "2025-07-05T07:40:09Z"),
               ("l9-mountainherald", "2025-07-05T07:40:15Z")]
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        offsets = []
        for key, fetched_at in entries:
            gz.write((page_line(PAGE[key], fetched_at) + "\n").encode("utf-8"))
            gz.flush(zlib.Z_FULL_FLUSH)
            offsets.append(buf.tell())
        cut = offsets[1] + (offsets[2] - offsets[1]) // 2
        data = buf.getvalue()[:cut]
    for number, (key, _) in enumerate(entries[:2], start=1):
        expect_page(name, f"line:{number}", PAGE[key])
    line3_start = len(zlib.decompressobj(wbits=31).decompress(buf.getvalue()[:offsets[1]]))
    expect_reject(name, "line:3", "truncated_container", "read",
                  note=f"file is {cut} bytes; the stream breaks inside line 3, which starts at decompressed "
                       f"byte {line3_start} ({PAGE['l9-mountainherald'].url}); one reject for the rest")
    return data


# --------------------------------------------------------------------------- HTML files and text renderings

HTML_FILES = [
    ("html/ferry-terminal-closing.html", "s1-lakeshore", ""),
    ("html/kestrel-battery-plant.html", "s2-capitalbrief", ""),
    ("html/berlin-strassenbaeume.html", "s4-elbufer", ""),
    ("html/lyon-navettes-fluviales.html", "fr-rhonematin", "ISO-8859-1 bytes, declared only in the meta tag"),
    ("html/corlears-riders-react.html", "l1-greenpoint", "same event as S1, different story; AP Photo caption"),
    ("html/maple-season.html", "l2-maple", "\"told Reuters\" in running text"),
]

TEXT_FILES = [
    ("text/ferry-terminal-civic-courier.txt", "s1-civiccourier", "seed-shaped rendering, \"Source: PTI\""),
    ("text/kestrel-marketpulse.txt", "s2-marketpulse", "syndicated-feed disclaimer"),
    ("text/pune-pothole-app.txt", "l3-deccanmetro", ""),
    ("text/sevilla-toldos-solares.txt", "es-diariodelsur", ""),
]


def build_files() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for name, key, note in HTML_FILES:
        files[name] = render(PAGE[key])
        expect_page(name, "file", PAGE[key], note=note)
    name = "html/glacier-lake-pumping.html.gz"
    files[name] = gzip.compress(render(PAGE["s3-mountainherald"]), compresslevel=9, mtime=0)
    expect_page(name, "file", PAGE["s3-mountainherald"], note="gzipped HTML file")
    name = "html/actually-gzip.html"
    files[name] = gzip.compress(render(PAGE["l5-greenmountain"]), compresslevel=9, mtime=0)
    expect_page(name, "file", PAGE["l5-greenmountain"],
                note=".html name but gzip bytes: the reader sniffs the magic number and decompresses")
    files["html/empty.html"] = b""
    expect_reject("html/empty.html", "file", "empty_file", "read", note="0 bytes")
    files["html/site-index.html"] = raw_page("capitalbrief-site-index.html")
    expect_reject("html/site-index.html", "file", "too_short", "extract",
                  note="site index: link lists only")
    for name, key, note in TEXT_FILES:
        files[name] = render(PAGE[key])
        expect_page(name, "file", PAGE[key], url="", note=note)
    files["text/topics-index.txt"] = raw_page("topics-index.txt")
    expect_reject("text/topics-index.txt", "file", "no_article", "extract",
                  note="topic listing: headlines and dates only, no line ends a sentence")
    return files


# --------------------------------------------------------------------------- manifest

# What the wire-source tagger should conclude for each article page.
WIRE = {
    "s1-apnews": "AP (agency host)", "s1-valleyherald": "AP", "s1-lakeshore": "AP", "s1-northstar-half": "AP",
    "s1-civiccourier": "AP, carried by PTI", "s2-reuters": "Reuters (agency host)", "s2-capitalbrief": "Reuters",
    "s2-marketpulse": "Reuters (+ syndicated-feed disclaimer)", "s2-fjordfinance": "Reuters",
    "s3-lakeshore": "AFP", "s3-northstar-agencies": "unnamed agencies (wire, no origin)", "s3-mountainherald": "AFP",
    "s4-hauptstadtkurier": "dpa", "s4-spreebote": "dpa", "s4-elbufer": "dpa",
    "fr-rhonematin": "AFP", "es-vozdelameseta": "EFE", "es-diariodelsur": "EFE", "pt-diariodotejo": "Lusa",
    "it-gazzettadellario": "ANSA", "ru-vecherny": "TASS", "zh-jiangnan": "Xinhua",
    "l1-greenpoint": "none (trap: AP Photo caption)", "l2-maple": "none (trap: \"told Reuters\")",
}

CLUSTER_TITLES = {
    "S1": "AP, New York ferry terminal closure (en)",
    "S2": "Reuters, Kestrel battery plant delay (en)",
    "S3": "AFP, Swiss glacier lake pumping (en)",
    "S4": "dpa, Berlin street trees (de)",
}


def _published(page: Page) -> str:
    return page.published[:10]


def _partition(page: Page) -> str:
    if page.published:
        year, month = page.published[:4], page.published[5:7]
    else:
        year = month = "unknown"
    return f"language={page.language}/year={year}/month={month}"


def _cell(value: str) -> str:
    return value.replace("|", "\\|") if value else ""


def manifest_markdown(sizes: dict[str, int]) -> str:
    out = [
        "# Sample dumps: expected outcome of every input record",
        "",
        "Everything in `samples/` is fiction written for this project: outlets, hosts (`.example`),",
        "people and events. Agency hosts (apnews.com, reuters.com) appear only as the URLs of wire originals.",
        "`python samples/make_samples.py` rebuilds every file below from `samples/src/` byte for byte and",
        "rewrites this manifest.",
        "",
        "Conventions:",
        "- `file` is relative to `samples/`. A plain HTML or text file is one record, located as `file`.",
        "- JSONL locators are 1-based line numbers (`line:<n>`); WARC locators are the `WARC-Record-ID`",
        "  without its angle brackets. `warcinfo` and `request` records are listed after the table: they",
        "  never hold a page and are counted in `skipped_container_records`, not as rows.",
        "- `url` is the fetch URL from the container; text renderings carry none.",
        "- `title` is the headline as the page shows it.",
        "- `published` is the date as written on the page (local time of the outlet, not UTC).",
        "- `partition` follows from `language` and `published`; with neither a published nor a fetch date",
        "  it is `unknown`.",
        "- `story` names the syndicated story a copy belongs to; those rows must share one `dup_cluster_id`.",
        "- `wire` is what the wire-source tagger should conclude: origin agency, carriers, or none.",
        "- Chinese is listed as `zh` (langdetect itself reports `zh-cn`).",
        "",
        "| # | file | locator | url | title | lang | story | published | partition | expected | wire | note |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for n, row in enumerate(MANIFEST, start=1):
        if row.page:
            page = PAGE[row.page]
            cells = [row.file, row.locator.strip("<>"), row.url, page.headline, page.language, page.cluster,
                     _published(page) or "none",
                     _partition(page), "article", WIRE.get(page.key, "none"), row.note]
        else:
            cells = [row.file, row.locator.strip("<>"), row.url, "", "", "", "", "", f"reject:{row.reject} (stage `{row.stage}`)",
                     "", row.note]
        out.append(f"| {n} | " + " | ".join(_cell(c) for c in cells) + " |")

    out += ["", "Skipped container records (not rows):", ""]
    out += [f"- {row.file} `{row.locator.strip('<>')}`: {row.reject}" for row in SKIPPED]
    out += ["", "## Totals", "", "| file | bytes | records | articles | rejects |", "|---|---|---|---|---|"]
    files = list(dict.fromkeys(row.file for row in MANIFEST))
    for name in files:
        rows = [r for r in MANIFEST if r.file == name]
        articles = sum(1 for r in rows if not r.reject)
        out.append(f"| {name} | {sizes[name]} | {len(rows)} | {articles} | {len(rows) - articles} |")
    articles = sum(1 for r in MANIFEST if not r.reject)
    out.append(f"| **all {len(files)} files** | | **{len(MANIFEST)}** | **{articles}** | "
               f"**{len(MANIFEST) - articles}** |")

    reasons: dict[str, int] = {}
    for row in MANIFEST:
        if row.reject:
            reasons[row.reject] = reasons.get(row.reject, 0) + 1
    out += ["", "Rejects by reason: " + ", ".join(f"`{k}` {reasons[k]}" for k in sorted(reasons)) + "."]

    languages: dict[str, int] = {}
    for row in MANIFEST:
        if row.page:
            languages[PAGE[row.page].language] = languages.get(PAGE[row.page].language, 0) + 1
    out += ["", "Articles by language: " + ", ".join(f"`{k}` {languages[k]}" for k in sorted(languages)) + "."]

    partitions: dict[str, int] = {}
    for row in MANIFEST:
        if row.page:
            part = _partition(PAGE[row.page])
            partitions[part] = partitions.get(part, 0) + 1
    out += ["", "Articles by partition:", ""]
    out += [f"- `{k}`: {partitions[k]}" for k in sorted(partitions)]

    out += ["", "## Syndicated stories (expected clusters)", ""]
    for cluster, title in CLUSTER_TITLES.items():
        rows = [r for r in MANIFEST if r.page and PAGE[r.page].cluster == cluster]
        out.append(f"**{cluster}**: {title}. {len(rows)} copies, `dup_cluster_size` {len(rows)}:")
        out.append("")
        for r in rows:
            page = PAGE[r.page]
            variant = []
            variant.append(f"dateline `{page.dateline.strip()}`" if page.dateline else "no dateline")
            if page.keep:
                variant.append(f"keeps {len(page.keep)} of {len(story_paragraphs(page.story))} paragraphs")
            if page.edits:
                variant.append(f"{len(page.edits)} small edit(s)")
            if page.tail:
                variant.append("tail " + "; ".join(f"`{t}`" for t in page.tail))
            out.append(f"- `{r.file}` `{r.locator}` ({OUTLETS[page.outlet].site_name}): " + ", ".join(variant))
        out.append("")
    out += [
        "Notes on the clusters:",
        "- S1: `warc/crawl-001.warc.gz` (Valley Herald) and `jsonl/feed-001.jsonl.gz` line 1 are the same URL",
        "  with identical HTML: an exact duplicate pair inside the cluster. The canonical copy is the apnews.com",
        "  page (the origin agency's own site).",
        "- S2: the canonical copy is the reuters.com page.",
        "- S3, S4: no copy is on an agency host, so the earliest published copy is canonical: the Lakeshore",
        "  Gazette page in `warc/crawl-002.warc` (2024-10-02) for S3, the Hauptstadt-Kurier page in",
        "  `warc/crawl-001.warc.gz` (2025-02-11) for S4. Every other copy is dated at least a day later.",
        "- `html/corlears-riders-react.html` reports on the same event as S1 with the same people and numbers",
        "  but its own text: it must stay unique (`dup_kind` `unique`).",
        "- Every other article is unique.",
        "",
    ]
    return "\n".join(out)


# --------------------------------------------------------------------------- main

def build_all() -> dict[str, bytes]:
    MANIFEST.clear()
    files = {"warc/crawl-001.warc.gz": build_crawl_001(), "warc/crawl-002.warc": build_crawl_002()}
    files["jsonl/feed-001.jsonl.gz"] = gzip.compress(
        build_feed("jsonl/feed-001.jsonl.gz", FEED_001).encode("utf-8"), compresslevel=9, mtime=0)
    files["jsonl/feed-002.jsonl"] = build_feed("jsonl/feed-002.jsonl", FEED_002).encode("utf-8")
    files["jsonl/truncated.jsonl.gz"] = build_truncated()
    files.update(build_files())
    files["MANIFEST.md"] = manifest_markdown({k: len(v) for k, v in files.items()}).encode("utf-8")
    return files


def main() -> None:
    for name, data in build_all().items():
        path = ROOT / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    print(f"wrote {len(MANIFEST)} records in {len(set(r.file for r in MANIFEST))} files under {ROOT}")


if __name__ == "__main__":
    main()
