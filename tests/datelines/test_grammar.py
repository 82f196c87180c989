"""Dateline shapes: the format table, house styles, noise, precision traps, robustness and cost."""
from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.datelines.parsing import JAN17, D, fields
from transforms.datelines import grammar as dateline_grammar
from transforms.datelines.credits import canonical_agency
from transforms.datelines.normalize import Dateline, parse_dateline
from transforms.datelines.normalized_opening import PREFIX_CHARS, opening

# (text, published, expected fields) for every row of the format table and many variants.
FORMATS = [
    # AP
    ("WASHINGTON (AP) — The Senate voted.", JAN17,
     ("WASHINGTON (AP) — ", "Washington", None, "US", None, None, None, None, "AP", "The Senate voted.")),
    ("KANSAS CITY, Mo. (AP) — A judge ruled.", JAN17,
     ("KANSAS CITY, Mo. (AP) — ", "Kansas City", "Missouri", "US", None, None, None, None, "AP", "A judge ruled.")),
    ("HANOI, Vietnam (AP) — The minister spoke.", JAN17,
     ("HANOI, Vietnam (AP) — ", "Hanoi", None, "VN", None, None, None, None, "AP", "The minister spoke.")),
    ("WASHINGTON (AP) _ The House passed it.", JAN17,
     ("WASHINGTON (AP) _ ", "Washington", None, "US", None, None, None, None, "AP", "The House passed it.")),
    ("NEW YORK (AP) -- Crews worked overnight.", JAN17,
     ("NEW YORK (AP) -- ", "New York", None, "US", None, None, None, None, "AP", "Crews worked overnight.")),
    ("ST. LOUIS (AP) — A court ruled.", JAN17,
     ("ST. LOUIS (AP) — ", "St. Louis", None, "US", None, None, None, None, "AP", "A court ruled.")),
    ("COEUR D'ALENE, Idaho (AP) — Police said.", JAN17,
     ("COEUR D'ALENE, Idaho (AP) — ", "Coeur d'Alene", "Idaho", "US", None, None, None, None, "AP", "Police said.")),
    ("Washington, Jan 16 (AP)\xa0The failure of the talks.", JAN17,
     ("Washington, Jan 16 (AP)\xa0", "Washington", None, "US", 1, 16, 2022, D(2022, 1, 16), "AP",
      "The failure of the talks.")),
    # Reuters
    ("LONDON, Jan 16 (Reuters) - Britain said.", JAN17,
     ("LONDON, Jan 16 (Reuters) - ", "London", None, "GB", 1, 16, 2022, D(2022, 1, 16), "Reuters", "Britain said.")),
    ("LONDON (Reuters) - Britain said.", JAN17,
     ("LONDON (Reuters) - ", "London", None, "GB", None, None, None, None, "Reuters", "Britain said.")),
    ("March 14 (Reuters) - Tesla said.", D(2022, 3, 14),
     ("March 14 (Reuters) - ", None, None, None, 3, 14, 2022, D(2022, 3, 14), "Reuters", "Tesla said.")),
    # AFP
    ("PARIS, Jan 16 (AFP) - France reported.", JAN17,
     ("PARIS, Jan 16 (AFP) - ", "Paris", None, "FR", 1, 16, 2022, D(2022, 1, 16), "AFP", "France reported.")),
    ("Kyiv (AFP) - Ukraine said.", JAN17,
     ("Kyiv (AFP) - ", "Kyiv", None, "UA", None, None, None, None, "AFP", "Ukraine said.")),
    ("Paris (AFP) - Le gouvernement a annoncé.", JAN17,
     ("Paris (AFP) - ", "Paris", None, "FR", None, None, None, None, "AFP", "Le gouvernement a annoncé.")),
    # Indian agencies
    ("New Delhi, Jan 16 (PTI) The government said.", JAN17,
     ("New Delhi, Jan 16 (PTI) ", "New Delhi", None, "IN", 1, 16, 2022, D(2022, 1, 16), "PTI",
      "The government said.")),
    ("Kolkata, Jan 16 (PTI): The state said.", JAN17,
     ("Kolkata, Jan 16 (PTI): ", "Kolkata", None, "IN", 1, 16, 2022, D(2022, 1, 16), "PTI", "The state said.")),
    ("Mumbai, Jan 16 (IANS): Actor arrived.", JAN17,
     ("Mumbai, Jan 16 (IANS): ", "Mumbai", None, "IN", 1, 16, 2022, D(2022, 1, 16), "IANS", "Actor arrived.")),
    ("New Delhi [India], January 16 (ANI): Prime Minister spoke.", JAN17,
     ("New Delhi [India], January 16 (ANI): ", "New Delhi", None, "IN", 1, 16, 2022, D(2022, 1, 16), "ANI",
      "Prime Minister spoke.")),
    ("Lucknow (Uttar Pradesh) [India], January 16 (ANI): The minister said.", JAN17,
     ("Lucknow (Uttar Pradesh) [India], January 16 (ANI): ", "Lucknow", "Uttar Pradesh", "IN", 1, 16, 2022,
      D(2022, 1, 16), "ANI", "The minister said.")),
    ("Bhopal, Jan 16 (UNI) Cases fell.", JAN17,
     ("Bhopal, Jan 16 (UNI) ", "Bhopal", None, "IN", 1, 16, 2022, D(2022, 1, 16), "UNI", "Cases fell.")),
    # Indian newspapers
    ("NEW DELHI: Nearly 150 Indians returned home.", JAN17,
     ("NEW DELHI: ", "New Delhi", None, "IN", None, None, None, None, None, "Nearly 150 Indians returned home.")),
    ("Mumbai\xa0: The civic body decided.", JAN17,
     ("Mumbai\xa0: ", "Mumbai", None, "IN", None, None, None, None, None, "The civic body decided.")),
    # Xinhua
    ("BEIJING, Jan. 16 (Xinhua) -- China's economy grew.", JAN17,
     ("BEIJING, Jan. 16 (Xinhua) -- ", "Beijing", None, "CN", 1, 16, 2022, D(2022, 1, 16), "Xinhua",
      "China's economy grew.")),
    ("PEKIN, 16 janvier (Xinhua) -- La Chine a publié.", JAN17,
     ("PEKIN, 16 janvier (Xinhua) -- ", "Pékin", None, "CN", 1, 16, 2022, D(2022, 1, 16), "Xinhua",
      "La Chine a publié.")),
    ("BEIJING, 16 ene (Xinhua) -- China registró.", JAN17,
     ("BEIJING, 16 ene (Xinhua) -- ", "Beijing", None, "CN", 1, 16, 2022, D(2022, 1, 16), "Xinhua",
      "China registró.")),
    ("新华社北京１月１６日电（记者张三）国务院发布白皮书。", JAN17,
     ("新华社北京１月１６日电（记者张三）", "北京", None, "CN", 1, 16, 2022, D(2022, 1, 16), "Xinhua",
      "国务院发布白皮书。")),
    # TASS and RIA Novosti
    ("MOSCOW, January 16. /TASS/. The Kremlin said.", JAN17,
     ("MOSCOW, January 16. /TASS/. ", "Moscow", None, "RU", 1, 16, 2022, D(2022, 1, 16), "TASS",
      "The Kremlin said.")),
    ("МОСКВА, 16 января. /ТАСС/. Президент провел совещание.", JAN17,
     ("МОСКВА, 16 января. /ТАСС/. ", "Москва", None, "RU", 1, 16, 2022, D(2022, 1, 16), "TASS",
      "Президент провел совещание.")),
    ("МОСКВА, 16 янв — РИА Новости. Синоптики предупредили.", JAN17,
     ("МОСКВА, 16 янв — РИА Новости. ", "Москва", None, "RU", 1, 16, 2022, D(2022, 1, 16), "RIA Novosti",
      "Синоптики предупредили.")),
    # Kyodo
    ("TOKYO (Kyodo) -- Japan will extend controls.", JAN17,
     ("TOKYO (Kyodo) -- ", "Tokyo", None, "JP", None, None, None, None, "Kyodo", "Japan will extend controls.")),
    ("【ワシントン共同】米政府は16日、発表した。", JAN17,
     ("【ワシントン共同】", "ワシントン", None, "US", None, None, None, None, "Kyodo", "米政府は16日、発表した。")),
    # Yonhap
    ("SEOUL, Jan. 16 (Yonhap) -- South Korea reported.", JAN17,
     ("SEOUL, Jan. 16 (Yonhap) -- ", "Seoul", None, "KR", 1, 16, 2022, D(2022, 1, 16), "Yonhap",
      "South Korea reported.")),
    ("(서울=연합뉴스) 홍길동 기자 = 정부는 16일 발표했다.", JAN17,
     ("(서울=연합뉴스) 홍길동 기자 = ", "서울", None, "KR", None, None, None, None, "Yonhap", "정부는 16일 발표했다.")),
    # dpa
    ("Berlin (dpa) - Die Bundesregierung will handeln.", JAN17,
     ("Berlin (dpa) - ", "Berlin", None, "DE", None, None, None, None, "dpa", "Die Bundesregierung will handeln.")),
    ("Berlin (tca/dpa) - Neue Studien zeigen Trends.", JAN17,
     ("Berlin (tca/dpa) - ", "Berlin", None, "DE", None, None, None, None, "dpa", "Neue Studien zeigen Trends.")),
    # EFE
    ("Madrid, 16 ene (EFE).- El Gobierno aprobó.", JAN17,
     ("Madrid, 16 ene (EFE).- ", "Madrid", None, "ES", 1, 16, 2022, D(2022, 1, 16), "EFE", "El Gobierno aprobó.")),
    ("Madrid, Jan 16 (EFE).- Spain reported.", JAN17,
     ("Madrid, Jan 16 (EFE).- ", "Madrid", None, "ES", 1, 16, 2022, D(2022, 1, 16), "EFE", "Spain reported.")),
    ("Rio de Janeiro, 16 jan (EFE).- As chuvas deixaram mortos.", JAN17,
     ("Rio de Janeiro, 16 jan (EFE).- ", "Rio de Janeiro", None, "BR", 1, 16, 2022, D(2022, 1, 16), "EFE",
      "As chuvas deixaram mortos.")),
    # ANSA: the credit comes first
    ("(ANSA) - ROMA, 16 GEN - Il presidente ha parlato.", JAN17,
     ("(ANSA) - ROMA, 16 GEN - ", "Roma", None, "IT", 1, 16, 2022, D(2022, 1, 16), "ANSA",
      "Il presidente ha parlato.")),
    # Bernama
    ("KUALA LUMPUR, Jan 16 (Bernama) -- Malaysia will reopen.", JAN17,
     ("KUALA LUMPUR, Jan 16 (Bernama) -- ", "Kuala Lumpur", None, "MY", 1, 16, 2022, D(2022, 1, 16), "Bernama",
      "Malaysia will reopen.")),
    # UPI, often without a city
    ("Jan. 16 (UPI) -- A storm dumped snow.", JAN17,
     ("Jan. 16 (UPI) -- ", None, None, None, 1, 16, 2022, D(2022, 1, 16), "UPI", "A storm dumped snow.")),
    # Bloomberg
    ("(Bloomberg) -- Stocks fell.", JAN17,
     ("(Bloomberg) -- ", None, None, None, None, None, None, None, "Bloomberg", "Stocks fell.")),
    # Canadian Press
    ("OTTAWA (CP) - The government announced.", JAN17,
     ("OTTAWA (CP) - ", "Ottawa", None, "CA", None, None, None, None, "CP", "The government announced.")),
    ("Canadian Press - OTTAWA (CP) - Police cleared the streets.", JAN17,
     ("OTTAWA (CP) - ", "Ottawa", None, "CA", None, None, None, None, "CP", "Police cleared the streets.")),
    # Press releases
    ("NEW YORK, Jan. 16, 2022 /PRNewswire/ -- Acme announced.", None,
     ("NEW YORK, Jan. 16, 2022 /PRNewswire/ -- ", "New York", None, "US", 1, 16, 2022, D(2022, 1, 16),
      "PR Newswire", "Acme announced.")),
    ("SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. announced.", JAN17,
     ("SAN FRANCISCO--(BUSINESS WIRE)--", "San Francisco", None, "US", None, None, None, None, "Business Wire",
      "Acme Corp. announced.")),
    ("(GLOBE NEWSWIRE) -- Acme Mining announced.", JAN17,
     ("(GLOBE NEWSWIRE) -- ", None, None, None, None, None, None, None, "GlobeNewswire", "Acme Mining announced.")),
    ("TORONTO, Jan. 16, 2022 (GLOBE NEWSWIRE) -- Maple Corp. reported.", JAN17,
     ("TORONTO, Jan. 16, 2022 (GLOBE NEWSWIRE) -- ", "Toronto", None, "CA", 1, 16, 2022, D(2022, 1, 16),
      "GlobeNewswire", "Maple Corp. reported.")),
    # Two places and places that are not cities
    ("GENEVA/ERBIL, Iraq (Reuters) - Aid agencies warned.", JAN17,
     ("GENEVA/ERBIL, Iraq (Reuters) - ", "Geneva/Erbil", None, None, None, None, None, None, "Reuters",
      "Aid agencies warned.")),
    ("BERLIN/HAMBURG (dpa) - Streiks legen den Verkehr lahm.", JAN17,
     ("BERLIN/HAMBURG (dpa) - ", "Berlin/Hamburg", None, "DE", None, None, None, None, "dpa",
      "Streiks legen den Verkehr lahm.")),
    ("UNITED NATIONS (AP) — The council met.", JAN17,
     ("UNITED NATIONS (AP) — ", "United Nations", None, None, None, None, None, None, "AP", "The council met.")),
    ("ABOARD AIR FORCE ONE (AP) — The president said.", JAN17,
     ("ABOARD AIR FORCE ONE (AP) — ", "Aboard Air Force One", None, None, None, None, None, None, "AP",
      "The president said.")),
]


# House styles beyond the table, each as it is printed.
MORE_FORMATS = [
    ("［東京　１６日　ロイター］ - 日経平均は反落した。", ("東京", None, 16, "Reuters", "日経平均は反落した。")),
    ("路透北京1月16日 - 中国国家统计局公布数据。", ("北京", 1, 16, "Reuters", "中国国家统计局公布数据。")),
    ("韩联社首尔1月16日电 韩国政府表示。", ("首尔", 1, 16, "Yonhap", "韩国政府表示。")),
    ("【ソウル聯合ニュース】韓国政府は発表した。", ("ソウル", None, None, "Yonhap", "韓国政府は発表した。")),
    ("【6月18日 AFP】ナイジェリアで襲撃があった。", (None, 6, 18, "AFP", "ナイジェリアで襲撃があった。")),
    ("【ニューヨーク=山田太郎】米国株が下落した。", ("ニューヨーク", None, None, None, "米国株が下落した。")),
    ("（中央社記者王小明台北16日電）行政院今天宣布。", ("台北", None, 16, "CNA", "行政院今天宣布。")),
    ("[서울=뉴시스]김지현 기자 = 서울시는 밝혔다.", ("서울", None, None, "Newsis", "서울시는 밝혔다.")),
    ("Пекин, 16 января /Синьхуа/ -- Китай призвал.", ("Пекин", 1, 16, "Xinhua", "Китай призвал.")),
    ("Москва. 16 января. INTERFAX.RU - Правительство продлило.",
     ("Москва", 1, 16, "Interfax", "Правительство продлило.")),
    ("MADRID, 16 (EUROPA PRESS) El Gobierno ha aprobado.",
     ("Madrid", None, 16, "Europa Press", "El Gobierno ha aprobado.")),
    ("ABU DHABI, 16th January, 2022 (WAM) -- The UAE condemned it.",
     ("Abu Dhabi", 1, 16, "WAM", "The UAE condemned it.")),
    ("RIYADH, Jan 16, 2022, SPA -- The Council met.", ("Riyadh", 1, 16, "SPA", "The Council met.")),
    ("Bengaluru, DHNS: The BBMP began repairs.", ("Bengaluru", None, None, "DHNS", "The BBMP began repairs.")),
    ("NEW YORK, NY / ACCESSWIRE / January 16, 2022 / Acme Corp. announced.",
     ("New York", 1, 16, "ACCESSWIRE", "Acme Corp. announced.")),
    ("Vancouver, British Columbia--(Newsfile Corp. - January 16, 2022) - Acme said.",
     ("Vancouver", 1, 16, "Newsfile", "Acme said.")),
    ("(ANSA) - CITTA' DEL VATICANO, 16 GEN - Il Papa ha detto.",
     ("Città del Vaticano", 1, 16, "ANSA", "Il Papa ha detto.")),
    ("Hong Kong (CNN Business) A muddled view weighed on investors.",
     ("Hong Kong", None, None, "CNN", "A muddled view weighed on investors.")),
    ("(CNN) The president made a trip.", (None, None, None, "CNN", "The president made a trip.")),
    ("(Bloomberg Opinion) -- The bank has a problem.", (None, None, None, "Bloomberg", "The bank has a problem.")),
    ("دمشق، سوريا (CNN) -- أكدت جهات معارضة.", ("دمشق", None, None, "CNN", "أكدت جهات معارضة.")),
]


# Noise around the dateline: the raw dateline excludes it, the body loses it.
NOISE = [
    ("(Adds comments, background)\nLONDON, Jan 16 (Reuters) - Britain will act.",
     "LONDON, Jan 16 (Reuters) - ", "London", "Reuters", "Britain will act."),
    ("REFILE-LONDON, Jan 16 (Reuters) - Britain will act.", "LONDON, Jan 16 (Reuters) - ", "London", "Reuters",
     "Britain will act."),
    ("REFILE-UPDATE 2-LONDON, Jan 16 (Reuters) - Oil fell.", "LONDON, Jan 16 (Reuters) - ", "London", "Reuters",
     "Oil fell."),
    ("(LEAD) SEOUL, Jan. 16 (Yonhap) -- North Korea fired.", "SEOUL, Jan. 16 (Yonhap) -- ", "Seoul", "Yonhap",
     "North Korea fired."),
    ("By Jane DoeWASHINGTON (AP) — The White House said.", "WASHINGTON (AP) — ", "Washington", "AP",
     "The White House said."),
    ("By Jane Doe and John Roe LONDON (Reuters) - Oil fell.", "LONDON (Reuters) - ", "London", "Reuters",
     "Oil fell."),
    ("By MARK SMITH, Associated Press\nCHICAGO (AP) — Officials approved it.", "CHICAGO (AP) — ", "Chicago", "AP",
     "Officials approved it."),
    ("LONDON, Sunday, Jan 16 (Reuters) - Ministers met.", "LONDON, Sunday, Jan 16 (Reuters) - ", "London",
     "Reuters", "Ministers met."),
    ("WASHINGTON(AP) — The agency said.", "WASHINGTON(AP) — ", "Washington", "AP", "The agency said."),
    ("WASHINGTON (AP) &mdash; The agency said.", "WASHINGTON (AP) &mdash; ", "Washington", "AP",
     "The agency said."),
    ("BOSTON&nbsp;(AP) &#8212; A jury convicted him.", "BOSTON&nbsp;(AP) &#8212; ", "Boston", "AP",
     "A jury convicted him."),
    ("WASHINGTON (AP) – The agency said.", "WASHINGTON (AP) – ", "Washington", "AP", "The agency said."),
    ("WASHINGTON (AP) —\nThe agency said.", "WASHINGTON (AP) —\n", "Washington", "AP", "The agency said."),
    ("\n\n  WASHINGTON (AP) — The agency said.", "WASHINGTON (AP) — ", "Washington", "AP", "The agency said."),
    ("3 Min Read\n\nLONDON (Reuters) - Oil fell.", "LONDON (Reuters) - ", "London", "Reuters", "Oil fell."),
    ("DAL NOSTRO CORRISPONDENTE\nBRUXELLES — La Commissione ha proposto.", "BRUXELLES — ", "Bruxelles", None,
     "La Commissione ha proposto."),
    ("Madrid, 14 mar (EFE). - El Gobierno aprobó.", "Madrid, 14 mar (EFE). - ", "Madrid", "EFE",
     "El Gobierno aprobó."),
    ("WASHINGTON\u200b (AP) — The agency said.", "WASHINGTON\u200b (AP) — ", "Washington", "AP",
     "The agency said."),
]


# Datelines without an agency: newspapers and other house styles.
NEWSPAPERS = [
    ("BUFFALO, N.Y. — Hours before the game.", "Buffalo", "New York", "US", "Hours before the game."),
    ("CLEVELAND, Ohio – The band will tour.", "Cleveland", "Ohio", "US", "The band will tour."),
    ("Indianapolis – Several thousand teachers marched.", "Indianapolis", None, "US",
     "Several thousand teachers marched."),
    ("MADRID — The veteran kept hopes alive.", "Madrid", None, "ES", "The veteran kept hopes alive."),
    ("Washington, DC, United States: Getting to the Moon is hard.", "Washington", "District of Columbia", "US",
     "Getting to the Moon is hard."),
    ("LONDON, Ont. — A man was charged.", "London", "Ontario", "CA", "A man was charged."),
    ("Pittsburgh\n\nThe comeback was complete.", "Pittsburgh", None, "US", "The comeback was complete."),
    ("BAAR, SWITZERLAND\n\nThe company launched a product.", "Baar", None, "CH", "The company launched a product."),
    ("Dubai: Residents can renew permits online.", "Dubai", None, "AE", "Residents can renew permits online."),
    ("NEW DELHI: BJP MP Ramesh Kumar said on Monday.", "New Delhi", None, "IN", "BJP MP Ramesh Kumar said on Monday."),
    ("MONTERREY, NL.- Las autoridades informaron.", "Monterrey", "NL", "MX", "Las autoridades informaron."),
    ("SAN JOSÉ, Costa Rica — Voters chose a president.", "San José", None, "CR", "Voters chose a president."),
    ("CIUDAD DE MÉXICO.- El presidente anunció.", "Ciudad de México", None, "MX", "El presidente anunció."),
    ("BRUXELLES. Le gouvernement a décidé.", "Bruxelles", None, "BE", "Le gouvernement a décidé."),
    ("Jenin, occupied West Bank: Residents gathered.", "Jenin", None, "PS", "Residents gathered."),
    ("HONOLULU, Hawaii (HawaiiNewsNow) - Scientists confirmed it.", "Honolulu", "Hawaii", "US",
     "Scientists confirmed it."),
]


# Openings that must not be cut.
NOT_DATELINES = [
    "Paris (France) is home to more than two million people.",
    "In Washington, Jan 16 was cold and windy, with snow forecast.",
    "“Washington, he said, is not listening.”",
    "\"London is the only place I have felt at home,\" she said.",
    "‘Moscow, Idaho,’ he replied, ‘is a small town.’",
    "Moscow, Idaho, is a small college town.",
    "Paris, Texas, is a small city with a replica of the Eiffel Tower.",
    "Sydney, Australia's largest city, recorded its wettest year.",
    "DEAR ABBY: My husband bought plane tickets.",
    "BREAKING: The Senate has passed the bill.",
    "EDITOR'S NOTE — This story contains descriptions of violence.",
    "Washington-based analysts said the figures were a surprise.",
    "Washington — not Moscow — holds the key to the talks.",
    "London: a city where the rent eats half your salary.",
    "Apple (AAPL) shares rose 2% in early trading.",
    "Seattle (AP Photo/Ted Warren) A man walks past the store.",
    "(AP Photo/Evan Vucci) The president speaks.",
    "(Reuters) is a news agency owned by Thomson Reuters.",
    "(AP) — the news agency — said it would appeal.",
    "BERLIN (dpa) is how the agency signs its wires.",
    "In New Delhi, Jan 16 (PTI) reports said the talks went well.",
    "JFK (New York) - LHR (London) fares fell sharply.",
    "Mumbai (Bombay) was renamed in 1995.",
    "LONDON: THE MUSICAL opens at the Palladium next month.",
    "Dubai: 5 things to know about the new visa rules\nThe rules take effect on Monday.",
    "Delhi: AQI dips to poor as winds pick up\nThe air quality improved on Sunday.",
    "Houston: We have a problem, the astronaut radioed.",
    "Hamburg. Die Stadt am Wasser zeigt sich von ihrer besten Seite.",
    "DALLAS COWBOYS — The team signed a kicker.",
    "Jan. 16 was the coldest day of the year.",
    "January 16, 2022 — A quiet Sunday turned busy.",
    "Washington\nis a state in the Pacific Northwest.",
    "【速報】東京都で新たに感染者が確認された。",
    "【北京】五一假期出行指南。",
    "北京：五个值得去的公园。",
    "(사진=연합뉴스) 시민들이 광장에 모였다.",
    "[엔터미디어=정덕현의 이슈공감] 시작은 사진 공개로부터 비롯됐다.",
    "新华社记者近日走访了多个乡村。",
    "Москва — столица России и крупнейший город страны.",
    "",
    "   ",
    "(",
    "WASHINGTON",
]


@pytest.mark.parametrize("text,published,expected", FORMATS, ids=[row[0][:40] for row in FORMATS])
def test_format_table(text, published, expected):
    assert fields(text, published) == expected


@pytest.mark.parametrize("text,expected", MORE_FORMATS, ids=[row[0][:40] for row in MORE_FORMATS])
def test_more_house_styles(text, expected):
    got = fields(text)
    assert (got[1], got[4], got[5], got[8], got[9]) == expected


@pytest.mark.parametrize("text,raw,city,agency,body", NOISE, ids=[row[0][:40] for row in NOISE])
def test_noise_before_and_inside_the_dateline(text, raw, city, agency, body):
    got = fields(text)
    assert (got[0], got[1], got[8], got[9]) == (raw, city, agency, body)


@pytest.mark.parametrize("text,city,region,country,body", NEWSPAPERS, ids=[row[0][:40] for row in NEWSPAPERS])
def test_datelines_without_agency(text, city, region, country, body):
    got = fields(text)
    assert (got[1], got[2], got[3], got[8], got[9]) == (city, region, country, None, body)


@pytest.mark.parametrize("text", NOT_DATELINES, ids=[repr(t[:40]) for t in NOT_DATELINES])
def test_precision_traps_are_not_cut(text):
    assert parse_dateline(text, JAN17, "en") is None


def test_colon_after_a_plain_place_is_an_english_press_convention():
    text = "Berlin: Die zehn besten Cafés der Hauptstadt."
    assert parse_dateline(text, JAN17, "de") is None
    assert parse_dateline("BERLIN: Die Regierung hat beschlossen.", JAN17, "de").city == "Berlin"
    assert parse_dateline("Dubai: Residents can renew permits.", JAN17, None).city == "Dubai"


# Bare `City:` and `City —` openings that are not datelines, one per rule of `datelines/body.py`.
BARE_PLACE_TRAPS = [
    # a short first line without a closing stop is a headline or a listing, with or without a line after it
    "Delhi: AQI dips to poor as winds pick up",
    "NEW DELHI: Air quality turns severe again",
    "Madrid — 28°C, sunny",
    "Chicago – O'Hare (ORD)",
    # headline capitalization
    "LONDON — The Complete Guide to Free Museums.",
    "ROME — Where to Eat Like a Local.",
    # a capitalized run naming a work
    "Chicago: A Biography is the latest book from the historian.",
    "Paris: The Series returns for a second season on Friday.",
    "Cairo: Stories of the Nile is out in paperback.",
    "Hong Kong: Portrait of a Divided City won best documentary.",
    # guides, listicles and dedications
    "PARIS — Le guide des meilleures terrasses de la capitale.",
    "MADRID — La guía definitiva de los mejores bares.",
    "BERLIN — Die besten Clubs der Stadt im Überblick.",
    "New York: A love letter to the city that never sleeps.",
    "Paris: An ode to the city of light.",
    # an epithet for the place
    "By John Roe\n\nMumbai: The city where dreams are made and broken.",
    "Dubai: The city of gold and glass.",
    "Varanasi: The oldest living city in the world.",
    # compound places
    "Miami - Dade County officials closed the beaches.",
    "Miami – Dade County officials closed the beaches.",
    "Dallas - Fort Worth International Airport reopened after the storm.",
    "Nairobi - Kenya's capital - is growing fast.",
    # a record in brackets is not a credit
    "Boston (4-1): Sam Doe 22 points, 9 rebounds.",
]


@pytest.mark.parametrize("text", BARE_PLACE_TRAPS, ids=[repr(t[:40]) for t in BARE_PLACE_TRAPS])
@pytest.mark.parametrize("language", [None, "en"])
def test_bare_place_openings_that_are_not_datelines(text, language):
    assert parse_dateline(text, JAN17, language) is None


# Real bare datelines next to those traps: (text, language, raw, city, region, country, body).
BARE_DATELINES = [
    ("NEW DELHI: Prime Minister Narendra Modi on Monday inaugurated the terminal.", None, "NEW DELHI: ",
     "New Delhi", None, "IN", "Prime Minister Narendra Modi on Monday inaugurated the terminal."),
    ("Mumbai\xa0: The suburban railway added twelve services.", "en", "Mumbai\xa0: ", "Mumbai", None, "IN",
     "The suburban railway added twelve services."),
    ("NEW DELHI\xa0:\xa0The Centre has extended the scheme.", "en", "NEW DELHI\xa0:\xa0", "New Delhi", None, "IN",
     "The Centre has extended the scheme."),
    ("Dubai: The Roads and Transport Authority (RTA) announced new bus routes.", "en", "Dubai: ", "Dubai", None,
     "AE", "The Roads and Transport Authority (RTA) announced new bus routes."),
    ("Mumbai: Film director Ravi Rao announced his next project.", "en", "Mumbai: ", "Mumbai", None, "IN",
     "Film director Ravi Rao announced his next project."),
    ("KYIV — The city of Mariupol was shelled overnight.", "en", "KYIV — ", "Kyiv", None, "UA",
     "The city of Mariupol was shelled overnight."),
    ("WASHINGTON — The best-known witness testified on Tuesday.", "en", "WASHINGTON — ", "Washington", None, "US",
     "The best-known witness testified on Tuesday."),
    ("MIAMI — Miami-Dade County commissioners voted to raise fees.", "en", "MIAMI — ", "Miami", None, "US",
     "Miami-Dade County commissioners voted to raise fees."),
    ("MINNEAPOLIS — St. Paul police arrested two suspects overnight.", "en", "MINNEAPOLIS — ", "Minneapolis", None,
     "US", "St. Paul police arrested two suspects overnight."),
    ("Seattle – King County officials reported 40 new cases.", "en", "Seattle – ", "Seattle", None, "US",
     "King County officials reported 40 new cases."),
    ("Washington - The Senate confirmed the nominee 52-47.", "en", "Washington - ", "Washington", None, "US",
     "The Senate confirmed the nominee 52-47."),
    ("Abu Dhabi - Police urged motorists to slow down.", "en", "Abu Dhabi - ", "Abu Dhabi", None, "AE",
     "Police urged motorists to slow down."),
    ("Austin, Texas - The Texas Senate passed a tax cut.", "en", "Austin, Texas - ", "Austin", "Texas", "US",
     "The Texas Senate passed a tax cut."),
    ("Berlin – Der Senat hat den Haushalt beschlossen.", "de", "Berlin – ", "Berlin", None, "DE",
     "Der Senat hat den Haushalt beschlossen."),
    ("PARIS — Le Premier ministre a annoncé mardi une hausse du budget.", "fr", "PARIS — ", "Paris", None, "FR",
     "Le Premier ministre a annoncé mardi une hausse du budget."),
    ("CHENNAI\nThe State government has announced a new scheme.", "en", "CHENNAI\n", "Chennai", None, "IN",
     "The State government has announced a new scheme."),
    ("HONOLULU, Hawaii (HawaiiNewsNow) - Scientists confirmed it.", "en", "HONOLULU, Hawaii (HawaiiNewsNow) - ",
     "Honolulu", "Hawaii", "US", "Scientists confirmed it."),
]


@pytest.mark.parametrize("text,language,raw,city,region,country,body", BARE_DATELINES,
                         ids=[row[0][:40] for row in BARE_DATELINES])
def test_bare_datelines_next_to_the_traps_still_parse(text, language, raw, city, region, country, body):
    got = fields(text, language=language)
    assert (got[0], got[1], got[2], got[3], got[8], got[9]) == (raw, city, region, country, None, body)


def test_credited_datelines_skip_the_bare_place_checks():
    # A known credit vouches for the place: the body may open like a title.
    got = fields("PARIS, March 14 (Reuters) - The Series of strikes continued.", D(2022, 3, 14))
    assert (got[0], got[1], got[8], got[9]) == (
        "PARIS, March 14 (Reuters) - ", "Paris", "Reuters", "The Series of strikes continued.")
    got = fields("DALLAS (AP) — Dallas-Fort Worth International Airport canceled flights.")
    assert (got[0], got[1], got[8]) == ("DALLAS (AP) — ", "Dallas", "AP")


@pytest.mark.parametrize("month_token,month", [
    ("Jan", 1), ("Feb", 2), ("Mar", 3), ("April", 4), ("May", 5), ("June", 6),
    ("July", 7), ("Aug", 8), ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12)])
def test_reuters_month_abbreviations(month_token, month):
    published = D(2022, month, 6)
    got = fields(f"TOKYO, {month_token} 5 (Reuters) - Shares rose.", published)
    assert got == (f"TOKYO, {month_token} 5 (Reuters) - ", "Tokyo", None, "JP", month, 5, 2022,
                   D(2022, month, 5), "Reuters", "Shares rose.")


def test_start_points_at_the_dateline_after_editor_tags():
    text = "(Updates prices)\nNEW YORK, Jan 16 (Reuters) - Oil rose."
    d = parse_dateline(text, JAN17)
    assert (d.start, d.end, d.raw, text[d.end:]) == (17, 46, "NEW YORK, Jan 16 (Reuters) - ", "Oil rose.")


def test_full_dataclass_for_the_seed_style_opening():
    text = "Washington, Jan 16 (AP)\u00a0The failure of last week’s meetings."
    assert parse_dateline(text, JAN17) == Dateline(
        raw="Washington, Jan 16 (AP)\u00a0", start=0, end=24, city="Washington", region=None, country="US",
        month=1, day=16, year=2022, date=D(2022, 1, 16), agency="AP")


def test_region_abbreviations_are_written_out():
    assert fields("SPOKANE, Wash. (AP) — Fires burned.")[2:4] == ("Washington", "US")
    assert fields("CHARLESTON, W.Va. (AP) — A senator said.")[2:4] == ("West Virginia", "US")
    assert fields("HARTFORD, CT — The governor said.")[2:4] == ("Connecticut", "US")
    assert fields("ATLANTA, Georgia (AP) — Officials said.")[2:4] == ("Georgia", "US")
    assert fields("TBILISI, Georgia (AP) — Protesters gathered.")[2:4] == (None, "GE")


_FRAGMENTS = st.sampled_from([
    "WASHINGTON", "Kansas City", ", Mo.", " (AP)", " (Reuters)", " — ", " -- ", " - ", "_", ":", ".", ". ",
    "Jan 16", ", Jan. 16, 2022", "16 janvier", " /TASS/", "--(BUSINESS WIRE)--", "(", ")", "[India]",
    "新华社北京1月16日电", "（记者）", "【ワシントン共同】", "(서울=연합뉴스) 홍길동 기자 = ", "By Jane Doe", "\n",
    "&mdash;", "&amp;", "&#x;", "\xa0", "\u200b", "The ", "said", "'", "’", "/", " ", "REFILE-", "(LEAD) ", "МОСКВА",
])


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), st.lists(_FRAGMENTS, max_size=30).map("".join)),
       st.one_of(st.none(), st.dates(D(1990, 1, 1), D(2040, 12, 31))))
def test_fuzz_never_raises_and_offsets_match_raw(text, published):
    d = parse_dateline(text, published)
    if d is not None:
        assert 0 <= d.start <= d.end <= len(text)
        assert d.raw == text[d.start:d.end] and d.raw
        assert d.date is None or (d.date.month, d.date.day) == (d.month, d.day)
        assert d.end <= PREFIX_CHARS


def _best_of_three(function, argument) -> float:
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        function(argument)
        timings.append(time.perf_counter() - started)
    return min(timings)


@pytest.mark.parametrize("unit", ["WASHINGTON ", "(", "A.", "&amp;", "By Jane ", "KANSAS CITY, Mo., ", "a'"])
def test_cost_is_linear_on_adversarial_input(unit):
    megabyte = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    assert _best_of_three(parse_dateline, megabyte) < 0.05
    # Without the bounded opening the patterns still run in linear time: four times the input may
    # not take more than ten times as long (a quadratic pattern would take sixteen).
    small, large = megabyte[:50_000], megabyte[:200_000]

    def whole(text):
        return dateline_grammar.find(opening(text, limit=len(text)).text)

    assert _best_of_three(whole, large) < 10 * _best_of_three(whole, small) + 0.01


# --- families found on real openings ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # A written date vouches for the place: terse wire items and hard-wrapped prose follow it.
    ("CHICAGO, Feb 26 -\n    Oper shr loss two cts vs profit seven cts\n    Oper net loss 1.2 mln",
     ("CHICAGO, Feb 26 -\n    ", "Chicago", None, "US", 2, 26, "Oper shr loss two cts vs profit seven cts")),
    ("WASHINGTON, Feb 26 - The U.S. Agriculture Department\nreported the farm loan figures.",
     ("WASHINGTON, Feb 26 - ", "Washington", None, "US", 2, 26, "The U.S. Agriculture Department")),
    ("DALLAS, Oct 20 -\n    shr diluted loss 46 cts\n    net loss 6,300,000",
     ("DALLAS, Oct 20 -\n    ", "Dallas", None, "US", 10, 20, "shr diluted loss 46 cts")),
    ("TOKYO, March 2 - <Autorama Inc>, a distributor for Ford\nMotor Co, said it will raise prices.",
     ("TOKYO, March 2 - ", "Tokyo", None, "JP", 3, 2, "<Autorama Inc>, a distributor for Ford")),
    # A date after the place or its state with no comma before it.
    ("LEESBURG, Va. Feb 26 - The county board voted to widen the road.",
     ("LEESBURG, Va. Feb 26 - ", "Leesburg", "Virginia", "US", 2, 26, "The county board voted to widen the road.")),
    ("JERUSALEM Aug. 23, 2004 - Israel announced plans Monday to build homes.",
     ("JERUSALEM Aug. 23, 2004 - ", "Jerusalem", None, None, 8, 23, "Israel announced plans Monday to build homes.")),
])
def test_dated_datelines_without_a_prose_body(text, expected):
    d = parse_dateline(text, D(1987, 10, 21) if "Oct" in text else (
        D(2004, 8, 24) if "2004" in text else D(1987, 3, 3)))
    got = (d.raw, d.city, d.region, d.country, d.month, d.day, text[d.end:].split("\n")[0])
    assert got == expected


def test_a_lower_case_item_on_the_dateline_line_is_prose_about_a_date():
    assert parse_dateline("Washington, Jan 16 — a date few here will forget.", JAN17) is None


@pytest.mark.parametrize("text, agency, body", [
    ("AP - A company founded by a chemistry researcher won a contract.", "AP", "A company founded"),
    ("Reuters - Apparel retailers are hoping for a strong season.", "Reuters", "Apparel retailers"),
    ("AFP -- The African Union will bring the two sides together.", "AFP", "The African Union"),
    ("(KRT) - Despite criticism, the agency defended its forecasts.", "Knight Ridder", "Despite criticism"),
])
def test_agency_only_openings(text, agency, body):
    d = parse_dateline(text, JAN17)
    assert (d.start, d.city, d.country, d.agency, text[d.end:].startswith(body)) == (0, None, None, agency, True)


@pytest.mark.parametrize("text", [
    "Ap - a lower-case agency is a typo, not a credit.", "APPLE - The company said.",
    "Reuters - a news agency founded in London in 1851.", "AP-NORC poll finds most adults agree.",
])
def test_agency_only_lookalikes(text):
    assert parse_dateline(text, JAN17) is None


@pytest.mark.parametrize("text, raw", [
    ("By MICHAEL LIEDTKE     SAN FRANCISCO (AP) -- With its low prices, the chain grew.",
     "SAN FRANCISCO (AP) -- "),
    ("Por Ana Díaz\nMADRID (EFE) - El Gobierno aprobó el plan.", "MADRID (EFE) - "),
    ("Von Hans Meier\nBERLIN (dpa) - Die Regierung hat beschlossen.", "BERLIN (dpa) - "),
])
def test_a_byline_before_the_dateline(text, raw):
    assert parse_dateline(text, JAN17).raw == raw


@pytest.mark.parametrize("text, language, city", [
    ("Berlin. Die Bundesregierung hat am Montag neue Regeln beschlossen.", "de", "Berlin"),
    ("Wien. Der Nationalrat hat am Mittwoch das Budget beschlossen.", "de", "Wien"),
    ("Rennes. La mairie a annoncé lundi la fermeture de la piscine.", "fr", "Rennes"),
    ("TBILISI, Georgia  Georgian President Mikhail Saakashvili appealed for calm.", "en", "Tbilisi"),
    ("AMSTERDAM  Cyclist Leontien Zijlaard-Van Moorsel won the first gold medal.", "en", "Amsterdam"),
])
def test_continental_full_stop_and_flattened_separators(text, language, city):
    assert parse_dateline(text, JAN17, language).city == city


@pytest.mark.parametrize("text, language", [
    ("Hamburg. Die Stadt am Wasser zeigt sich von ihrer besten Seite.", "de"),
    ("Lyon. Une ville, deux fleuves, mille histoires.", "fr"),
    ("München. Stadt der Biergärten und Museen", "de"),
    ("Berlin. Die Bundesregierung hat am Montag neue Regeln beschlossen.", "en"),
    ("Berlin: Warum die Mieten steigen", "de"),
])
def test_continental_lookalikes_stay_uncut(text, language):
    assert parse_dateline(text, JAN17, language) is None


@pytest.mark.parametrize("credit, agency", [
    ("Xinhuanet", "Xinhua"), ("KRT", "Knight Ridder"), ("askanews", "askanews"), ("Reuters Photo", None)])
def test_dateline_credits_fall_back_to_the_registry(credit, agency):
    assert canonical_agency(credit) == agency


def test_a_credit_after_the_separator():
    text = "FORT LAUDERDALE, Fla. - (KRT) - Despite criticism, the center defended its forecast."
    assert fields(text)[:9] == ("FORT LAUDERDALE, Fla. - (KRT) - ", "Fort Lauderdale", "Florida", "US",
                                None, None, None, None, "Knight Ridder")
    # A bracket after the separator that names no agency stays in the body.
    assert fields("LONDON - (Updated) Shares rose.")[0] == "LONDON - "


# A dash a feed dropped after a place in capitals (`CITY, Country Text`): the gazetteer or a known
# country vouches for the place, and a long sentence for the body.
LOST_DASH = [
    ("ROTTERDAM The port authority said on Monday that the new container terminal would open in spring.",
     "Rotterdam", None, "NL", "The port authority said on Monday that the new container terminal would open in spring."),
    ("KANDY, Sri Lanka Heavy rain closed the hill road for a third day as crews cleared the landslides.",
     "Kandy", None, "LK", "Heavy rain closed the hill road for a third day as crews cleared the landslides."),
]


@pytest.mark.parametrize("text,city,region,country,body", LOST_DASH, ids=[row[0][:30] for row in LOST_DASH])
def test_a_dash_lost_after_a_place_in_capitals(text, city, region, country, body):
    got = fields(text)
    assert (got[1], got[2], got[3], got[8], got[9]) == (city, region, country, None, body)


def test_a_lost_dash_needs_a_long_sentence_and_a_place_in_capitals():
    assert parse_dateline("ROTTERDAM Harbour news.", JAN17, "en") is None
    assert parse_dateline("Rotterdam The port authority said on Monday that the terminal would open soon.",
                          JAN17, "en") is None


def test_a_town_nobody_lists_in_capitals_before_a_wire_double_dash():
    got = fields("WESTERKIRK -- Looking out over the flooded fields, the farmers counted what the storm had left them.")
    assert (got[0], got[1], got[8], got[9]) == (
        "WESTERKIRK -- ", "Westerkirk", None,
        "Looking out over the flooded fields, the farmers counted what the storm had left them.")
    assert parse_dateline("WESTERKIRK -- Flood update.", JAN17, "en") is None
    assert parse_dateline("BREAKING -- The council has voted to close the old bridge to all traffic from May.",
                          JAN17, "en") is None


def test_outlet_site_after_the_place_is_a_credit_that_names_no_agency():
    from transforms.datelines.normalize import parse_dateline

    found = parse_dateline("SURABAYA, HARIANKOTA.com - Pemerintah kota menggelar rapat koordinasi di balai kota pada Selasa.",
                           None, "id")
    assert (found.city, found.agency, found.raw) == ("Surabaya", None, "SURABAYA, HARIANKOTA.com - ")
    assert parse_dateline("Bandung, kabarkota.co.id - Pemerintah kota menggelar rapat koordinasi pada Selasa.",
                          None, "id").city == "Bandung"


def test_a_date_then_a_colon_after_a_place_in_capitals():
    from transforms.datelines.normalize import parse_dateline

    found = parse_dateline("KATHMANDU, Aug 12: The council presented its plans for the pier to the minister on Sunday.",
                           None, "en")
    assert (found.city, found.month, found.day, found.raw) == ("Kathmandu", 8, 12, "KATHMANDU, Aug 12: ")
    assert parse_dateline("FRIDAY, Aug 12: The council presented its plans for the pier.", None, "en") is None


def test_national_agencies_credited_after_a_comma():
    from transforms.datelines.normalize import parse_dateline

    found = parse_dateline("Sunyani, July 25, GNA - The regional minister has appealed to party leaders to work "
                           "together.", None, "en")
    assert (found.city, found.agency, found.raw) == ("Sunyani", "GNA", "Sunyani, July 25, GNA - ")


def test_an_unlisted_service_by_its_web_address_opens_the_story_without_an_agency():
    from transforms.datelines.normalize import parse_dateline

    found = parse_dateline("HARBOURNEWS.com - The council voted on Tuesday to rebuild the north pier.", None, "en")
    assert (found.city, found.agency, found.raw) == (None, None, "HARBOURNEWS.com - ")
    assert parse_dateline("NewsHarbour - The council voted on Tuesday to rebuild the north pier.", None, "en").raw == (
        "NewsHarbour - ")
    assert parse_dateline("PowerPoint - It is a program that many people use every day at work.", None, "en") is None
