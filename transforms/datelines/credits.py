"""Agency credits as they appear inside datelines, mapped to canonical agency ids.

This table covers the spellings datelines use (`(AP)`, `/TASS/`, `(서울=연합뉴스)`,
desk suffixes); a credit it does not know is looked up whole in the agency
registry (transforms/newsroom), so every agency there is also known in a
dateline.
"""
from __future__ import annotations

import re

from transforms.newsroom.agencies import resolve as registry_agency
from transforms.newsroom.places import fold

_CANONICAL: dict[str, tuple[str, ...]] = {
    "AP": ("AP", "Associated Press", "A.P.", "美联社", "美聯社"),
    "Reuters": ("Reuters", "Thomson Reuters", "Reuters Breakingviews", "Breakingviews", "Thomson Reuters Foundation",
                "ロイター", "Рейтер", "路透社", "路透"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "France-Presse", "AFP-Jiji", "法新社"),
    # Hindi services credit themselves in Devanagari: PTI's `भाषा`, UNI's `वार्ता`.
    "PTI": ("PTI", "Press Trust of India", "भाषा", "पीटीआई"),
    "IANS": ("IANS", "IANSlife", "आईएएनएस"),
    "ANI": ("ANI", "एएनआई"),
    "UNI": ("UNI", "United News of India", "वार्ता", "यूनीवार्ता", "यूएनआई"),
    "Hindusthan Samachar": ("हि.स.", "हिस", "हिन्दुस्थान समाचार"),
    "Xinhua": ("Xinhua", "Xinhua News Agency", "新华社", "新華社", "新华网", "新華", "신화", "Синьхуа"),
    "Kyodo": ("Kyodo", "Kyodo News", "共同", "共同通信", "共同社", "교도"),
    "Yonhap": ("Yonhap", "聯合", "聯合ニュース", "韩联社", "韓聯社", "Yonhap News Agency", "연합뉴스", "연합"),
    "TASS": ("TASS", "タス", "ITAR-TASS", "ТАСС", "ИТАР-ТАСС", "塔斯社"),
    "RIA Novosti": ("RIA Novosti", "RIA", "РИА Новости", "РИА"),
    "dpa": ("dpa", "dpa-AFX", "Deutsche Presse-Agentur"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "Bernama": ("Bernama",),
    "UPI": ("UPI", "United Press International"),
    "Bloomberg": ("Bloomberg", "ブルームバーグ", "彭博社", "Bloomberg News", "Bloomberg Businessweek"),
    "CP": ("CP", "Canadian Press", "PC", "La Presse Canadienne", "Presse Canadienne"),
    "AAP": ("AAP", "Australian Associated Press"),
    "PA": ("PA", "PA Media", "Press Association", "PA Wire"),
    "PR Newswire": ("PRNewswire", "PR Newswire", "PRN"),
    "Business Wire": ("Business Wire", "BusinessWire"),
    "GlobeNewswire": ("Globe Newswire", "GlobeNewswire"),
    "Jiji": ("Jiji", "Jiji Press", "時事", "时事"),
    "Interfax": ("Interfax", "Интерфакс", "INTERFAX.RU", "Interfax-Ukraine"),
    "Sputnik": ("Sputnik",),
    "Lusa": ("Lusa",),
    "Europa Press": ("Europa Press",),
    "AGI": ("AGI",),
    "Adnkronos": ("Adnkronos",),
    "APA": ("APA",),
    "KNA": ("KNA",),
    "epd": ("epd",),
    "Belga": ("Belga",),
    "ANP": ("ANP",),
    "Keystone-SDA": ("Keystone-SDA", "SDA", "ATS"),
    "Anadolu": ("Anadolu", "Anadolu Agency", "AA"),
    "IRNA": ("IRNA",),
    "KUNA": ("KUNA",),
    "WAM": ("WAM",),
    "SPA": ("SPA",),
    "QNA": ("QNA",),
    "MENA": ("MENA",),
    "BNA": ("BNA",),
    "ONA": ("ONA",),
    "Petra": ("Petra",),
    "CNA": ("CNA", "中央社"),
    "Antara": ("Antara",),
    "PNA": ("PNA",),
    "Newsis": ("Newsis", "뉴시스"),
    "News1": ("News1", "뉴스1"),
    "CNN": ("CNN", "CNN Business"),
    "Notimex": ("Notimex",),
    "Télam": ("Télam",),
    "Agência Brasil": ("Agência Brasil",),
    "Prensa Latina": ("Prensa Latina",),
    "PAP": ("PAP",),
    "ČTK": ("ČTK",),
    "MTI": ("MTI",),
    "Ukrinform": ("Ukrinform",),
    "BelTA": ("BelTA",),
    "China News Service": ("中新社", "中新网", "China News Service"),
    "NHK": ("NHK",),
    "ACCESSWIRE": ("ACCESSWIRE",),
    "Newsfile": ("Newsfile", "Newsfile Corp"),
    "Dow Jones": ("Dow Jones", "Dow Jones Newswires"),
    "DHNS": ("DHNS",),
    "CNW": ("CNW", "Canada NewsWire"),
    "People's Daily": ("人民网", "People's Daily"),
    "Prime": ("ПРАЙМ", "Прайм", "1Prime"),
}

_BY_TOKEN: dict[str, str] = {fold(token): agency for agency, tokens in _CANONICAL.items() for token in tokens}
# Joint credits: `(tca/dpa)`, `(AFP/Reuters)`, `(dpa/lno)`; the first known agency wins.
_JOINT = re.compile(r"\s*[/,;+&]\s*")
# A credit naming a picture or a file is a caption, not a dateline: `(AP Photo/Evan Vucci)`.
_NOT_CREDITS = frozenset({"photo", "photos", "file", "graphic", "graphics", "video", "image", "images",
                          "pool", "illustration", "via", "courtesy"})

# Credits written without brackets after a dash (`МОСКВА, 16 янв — РИА Новости.`).
DASH_CREDITS = ("РИА Новости", "RIA Novosti", "Sputnik", "Интерфакс", "ТАСС", "TASS", "ПРАЙМ", "Прайм")
# Credits written after a comma before the separator (`RIYADH, Jan 16, SPA --`, `Bengaluru, DHNS:`).
COMMA_CREDITS = frozenset({"SPA", "WAM", "QNA", "KUNA", "MENA", "BNA", "ONA", "DHNS", "IANS", "PTI", "UNI", "ANI",
                           "AAP", "GNA", "NAN", "BSS", "UNB", "APP", "PNA", "ENA"})
# Correspondent credits name the agency after a title: `/Корр. ТАСС Иван Петров/`.
_TITLES = ("корр. ", "корр ", "correspondent ")


def canonical_agency(credit: str) -> str | None:
    """Canonical id for the text inside a dateline credit, or None when no known agency is named."""
    key = fold(credit).strip(" .-")
    for title in ("the ",) + _TITLES:
        if key.startswith(title):
            key = key[len(title):]
    if key in _BY_TOKEN:
        return _BY_TOKEN[key]
    parts = [part for part in _JOINT.split(key) if part]
    for part in parts:
        if part in _BY_TOKEN:
            return _BY_TOKEN[part]
    if _NOT_CREDITS & set(re.split(r"[\s/,;+&-]+", key)):
        return None
    for part in parts:
        # Service suffixes and desks: `PRNewswire-FirstCall`, `dpa-AFX`, `Bloomberg Opinion`.
        for head in (part.split("-", 1)[0].strip(), part.split(" ", 1)[0]):
            if head in _BY_TOKEN:
                return _BY_TOKEN[head]
    # Any other agency of the registry, by one of its names or aliases as written (`Xinhuanet`,
    # `KRT`, `askanews`): the whole credit must be that name, so a name inside a longer credit
    # (`Reuters Photo`) or an outlet that merely contains one never counts.
    return registry_agency(credit.strip(" .-"))
