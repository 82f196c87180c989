"""Chinese, Japanese and Korean datelines.

`新华社北京1月16日电（记者…）`, `（中央社記者…台北16日電）`, `【ワシントン共同】`,
`【ニューヨーク=記者名】`, `(서울=연합뉴스) 홍길동 기자 =`. Full-width digits and
brackets arrive already folded to ASCII by `normalized_opening.py`.
"""
from __future__ import annotations

import re

from transforms.datelines.credits import canonical_agency
from transforms.datelines.found import Found
from transforms.newsroom import places

# Agency, city, date, then 电 ("wire") or a dash: `新华社北京1月16日电`, `路透北京1月16日 -`.
_CHINESE = re.compile(
    r"(新华社|新華社|新华网|中新社|中新网|人民网|本报|央视网|中国日报网|环球网|光明网|央广网|"
    r"路透社|路透|法新社|美联社|美聯社|韩联社|韓聯社|共同社|塔斯社|彭博社)"
    r"([^\d\s()【】]{0,10}?)(\d{1,2})月(\d{1,2})日(?:电|電|讯|訊|[ ]?[-—–]{1,2})"
    r"(?:[ ]*\([^()\n]{0,40}\))?[ ]*")
_CHINESE_CNA = re.compile(r"\(中央社(記者)?([^\d\s()]{0,12}?)(\d{1,2})日[^()\n]{0,12}\)[ ]*")
_JAPANESE = re.compile(r"【([^【】\n]{1,24})】[ ]*")
_JAPANESE_DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")
_JAPANESE_AGENCIES = ("共同", "時事", "新華社", "ロイター", "AFP", "聯合ニュース", "聯合", "タス", "ブルームバーグ")
# Reuters and Bloomberg in Japanese: `[東京 16日 ロイター] -`.
_JAPANESE_SQUARE = re.compile(
    r"\[([^\[\]\d\n]{1,15}?)[ ]?(\d{1,2})日[ ]?(ロイター|ブルームバーグ)\][ ]*(?:[-—–][ ]*)?")
_KOREAN_LABELS = frozenset({"사진", "자료사진", "그래픽", "영상", "제공", "출처", "편집"})
_KOREAN = re.compile(r"[(\[]([가-힣A-Za-z]{1,12})=([^()\[\]\n=]{1,15})[)\]][ ]*")
# The reporter names end with 기자 (reporter) or 특파원 (correspondent) and `=`.
_KOREAN_REPORTER = re.compile(r"[가-힣 ,·]{2,40}?[ ]?(?:기자|특파원|통신원)[ ]*=[ ]*")


def chinese(text: str, pos: int) -> Found | None:
    match = _CHINESE.match(text, pos)
    if match:
        city = match.group(2) or None
        return Found(pos, match.end(), (city,) if city else (), month=int(match.group(3)),
                     day=int(match.group(4)), agency=canonical_agency(match.group(1)))
    match = _CHINESE_CNA.match(text, pos)
    if match:
        city = _known_suffix(match.group(2)) if match.group(1) else match.group(2) or None
        return Found(pos, match.end(), (city,) if city else (), day=int(match.group(3)), agency="CNA")
    return None


def _known_suffix(run: str) -> str | None:
    # `記者王小明台北` carries a reporter name before the city; the city is the known tail.
    for size in range(min(len(run), 6), 0, -1):
        if places.is_known_city(run[-size:]):
            return run[-size:]
    return None


def japanese(text: str, pos: int) -> Found | None:
    square = _JAPANESE_SQUARE.match(text, pos)
    if square:
        return Found(pos, square.end(), (square.group(1).strip(),), day=int(square.group(2)),
                     agency=canonical_agency(square.group(3)))
    match = _JAPANESE.match(text, pos)
    if not match:
        return None
    content = match.group(1).strip()
    month = day = None
    date = _JAPANESE_DATE.search(content)
    if date:
        # AFPBB writes the date where others put the city: `【6月18日 AFP】`.
        month, day = int(date.group(1)), int(date.group(2))
        content = (content[:date.start()] + content[date.end():]).strip()
    city, agency = content, None
    if "=" in content:
        city, credit = (part.strip() for part in content.split("=", 1))
        agency = canonical_agency(credit)
        for suffix in _JAPANESE_AGENCIES:
            if city.endswith(suffix) and len(city) > len(suffix):
                # `パリAFP=時事`: AFP copy relayed by Jiji; the story is AFP's.
                city, agency = city[: -len(suffix)], canonical_agency(suffix) or agency
                break
    else:
        for suffix in _JAPANESE_AGENCIES:
            if content.endswith(suffix):
                city, agency = content[: -len(suffix)], canonical_agency(suffix)
                break
        else:
            return None  # `【速報】`, `【北京】`: labels, not a dateline without `=` or a credit
    city = city.strip() or None
    if agency is None and city is None:
        return None
    return Found(pos, match.end(), (city,) if city else (), month=month, day=day, agency=agency)


def korean(text: str, pos: int) -> Found | None:
    match = _KOREAN.match(text, pos)
    if not match:
        return None
    agency = canonical_agency(match.group(2))
    if match.group(1) in _KOREAN_LABELS or (agency is None and not places.is_known_city(match.group(1))):
        return None  # `(사진=연합뉴스)` credits a photo; `[엔터미디어=칼럼명]` labels a column
    end = match.end()
    reporter = _KOREAN_REPORTER.match(text, end)
    if reporter:
        end = reporter.end()
    return Found(pos, end, (match.group(1),), agency=agency)
