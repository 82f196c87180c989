import json
import re
import sys
from importlib import resources

import pytest

from transforms.newsroom import agencies
from transforms.newsroom.agencies import Agency, Registry
from transforms.wire.bylines import PHOTO_CUES
from transforms.wire.credits import CREDIT_WORDS

REQUIRED_IDS = {
    "AP", "Reuters", "AFP", "PTI", "IANS", "ANI", "UNI", "Xinhua", "Kyodo", "Yonhap", "TASS", "RIA Novosti",
    "dpa", "EFE", "ANSA", "Bernama", "UPI", "Bloomberg", "CP", "AAP", "PA", "Anadolu", "Lusa", "Agência Brasil",
    "PR Newswire", "Business Wire", "GlobeNewswire",
}


def _entries():
    raw = resources.files("transforms.newsroom").joinpath("data/agencies.json").read_text("utf-8")
    return json.loads(raw)["agencies"]


def test_registry_covers_the_required_agencies():
    ids = agencies.agency_ids()
    assert len(ids) >= 40
    assert REQUIRED_IDS <= set(ids)
    assert len(ids) == len(set(ids)) == len(_entries())


def test_registry_entries_are_complete():
    for entry in _entries():
        assert set(entry) - {"slash_byline"} == {"id", "kind", "country", "names", "aliases", "hosts"}, entry["id"]
        assert entry.get("slash_byline", False) in (True, False), entry["id"]
        assert entry["kind"] in agencies.KINDS, entry["id"]
        assert len(entry["country"]) == 2 and entry["country"].isupper(), entry["id"]
        assert entry["names"], entry["id"]
        assert all(h == h.lower() and "/" not in h for h in entry["hosts"]), entry["id"]


def test_names_in_their_own_languages():
    assert agencies.resolve("新华社") == "Xinhua"
    assert agencies.resolve("共同通信") == "Kyodo"
    assert agencies.resolve("연합뉴스") == "Yonhap"
    assert agencies.resolve("ТАСС") == "TASS"
    assert agencies.resolve("РИА Новости") == "RIA Novosti"
    assert agencies.resolve("Agência Brasil") == "Agência Brasil"
    assert agencies.resolve("Anadolu Ajansı") == "Anadolu"


def test_resolve_names_and_aliases():
    assert agencies.resolve("Associated Press") == "AP"
    assert agencies.resolve("The Associated Press") == "AP"
    assert agencies.resolve("ASSOCIATED PRESS") == "AP"
    assert agencies.resolve("Thomson Reuters") == "Reuters"
    assert agencies.resolve("REUTERS") == "Reuters"
    assert agencies.resolve("Agence France-Presse") == "AFP"
    assert agencies.resolve("Press Trust of India.") == "PTI"
    assert agencies.resolve("Indo-Asian News Service") == "IANS"
    assert agencies.resolve("The Canadian Press") == "CP"
    assert agencies.resolve("PA Media") == "PA"
    assert agencies.resolve("(PTI)") == "PTI"
    assert agencies.resolve("--IANS") == "IANS"
    assert agencies.resolve("  Bloomberg L.P. ") == "Bloomberg"
    assert agencies.resolve("PRNewswire") == "PR Newswire"
    assert agencies.resolve("GLOBE NEWSWIRE") == "GlobeNewswire"


def test_short_aliases_keep_their_case():
    assert agencies.resolve("dpa") == "dpa"
    assert agencies.resolve("DPA") == "dpa"
    assert agencies.resolve("Dpa") is None
    assert agencies.resolve("ap") is None
    assert agencies.resolve("pa") is None


def test_short_aliases_in_any_case_only_after_a_source_label():
    assert agencies.resolve("aa") is None
    assert agencies.resolve_labelled("aa") == "Anadolu"
    assert agencies.resolve_labelled("afp") == "AFP"
    assert agencies.resolve_labelled("Ansa") == "ANSA"
    assert agencies.resolve_labelled("TT") == "TT"
    assert agencies.resolve_labelled("ministry") is None
    assert agencies.resolve_labelled(None) is None


def test_short_aliases_two_agencies_share_in_lower_case_stay_unread():
    registry = Registry([_agency("One", aliases=["XY"]), _agency("Two", aliases=["xy"])])
    assert registry.resolve("XY") == "One" and registry.resolve("xy") == "Two"
    assert registry.resolve_labelled("Xy") is None


def test_house_byline_shape_is_a_registry_field():
    assert agencies.has_slash_byline("TT") is True
    assert agencies.has_slash_byline("Reuters") is False
    assert agencies.resolve("APTN") == "AP"
    assert agencies.resolve("AP Television News") == "AP"


def test_resolve_rejects_other_text():
    assert agencies.resolve("AP Photo/Evan Vucci") is None
    assert agencies.resolve("AP-NORC") is None
    assert agencies.resolve("The Political Observer") is None
    assert agencies.resolve("") is None
    assert agencies.resolve("()") is None
    assert agencies.resolve(None) is None


def test_resolve_all_reads_compact_credits():
    assert agencies.resolve_all("AFP-Jiji") == ["AFP", "Jiji"]
    assert agencies.resolve_all("dpa/AFP") == ["dpa", "AFP"]
    assert agencies.resolve_all("(dpa/AFP)") == ["dpa", "AFP"]
    assert agencies.resolve_all("dpa/lno") == ["dpa"]
    assert agencies.resolve_all("Kyodo, Jiji") == ["Kyodo", "Jiji"]
    assert agencies.resolve_all("서울=연합뉴스") == ["Yonhap"]
    assert agencies.resolve_all("ITAR-TASS") == ["TASS"]
    assert agencies.resolve_all("REUTERS/Jane Doe") == []
    assert agencies.resolve_all("AP Photo/Evan Vucci") == []
    assert agencies.resolve_all("lno/dpa") == []
    assert agencies.resolve_all(None) == []


def test_find_names_respects_word_boundaries():
    text = "By JANE DOE Associated Press; an AP-NORC poll; --IANS; 新华社北京1月16日电; snap; (AFP)"
    assert agencies.find_names(text) == [(12, 28, "AP"), (49, 53, "IANS"), (55, 58, "Xinhua"), (75, 78, "AFP")]


def test_agency_for_host():
    assert agencies.agency_for_host("apnews.com") == "AP"
    assert agencies.agency_for_host("www.reuters.com") == "Reuters"
    assert agencies.agency_for_host("EN.YNA.CO.KR.") == "Yonhap"
    assert agencies.agency_for_host("english.news.cn") == "Xinhua"
    assert agencies.agency_for_host("hosted.ap.org") == "AP"
    assert agencies.agency_for_host("notapnews.com") is None
    assert agencies.agency_for_host("apnews.com.example.org") is None
    assert agencies.agency_for_host("com") is None
    assert agencies.agency_for_host(None) is None


def test_kind_and_country():
    assert agencies.kind("PR Newswire") == "press_release_wire"
    assert agencies.kind("Business Wire") == "press_release_wire"
    assert agencies.kind("GlobeNewswire") == "press_release_wire"
    assert agencies.kind("AP") == "news_agency"
    assert agencies.country("AP") == "US"
    assert agencies.country("TASS") == "RU"
    assert agencies.country("Agência Brasil") == "BR"
    with pytest.raises(KeyError):
        agencies.kind("Nobody")


def test_registry_is_loaded_once():
    assert agencies.registry() is agencies.registry()


def _agency(agency_id, aliases=(), hosts=(), kind="news_agency"):
    return Agency(id=agency_id, kind=kind, country="US", names=(agency_id,), aliases=tuple(aliases), hosts=tuple(hosts))


def test_registry_refuses_shared_aliases_and_hosts():
    with pytest.raises(ValueError, match="belongs to both"):
        Registry([_agency("One", aliases=["XY"]), _agency("Two", aliases=["XY"])])
    with pytest.raises(ValueError, match="belongs to both"):
        Registry([_agency("One", hosts=["one.example"]), _agency("Two", hosts=["one.example"])])
    with pytest.raises(ValueError, match="unknown kind"):
        Registry([_agency("One", kind="blog")])


# ------------------------------------------------------------------ fast paths

def _ignorecase_twins(letters):
    """Every code point re.IGNORECASE matches to one of `letters`, with the letters it matches."""
    any_letter = re.compile("[" + "".join(re.escape(letter) for letter in letters) + "]", re.IGNORECASE)
    found = {}
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if any_letter.fullmatch(ch):
            found[ch] = {letter for letter in letters if re.fullmatch(re.escape(letter), ch, re.IGNORECASE)}
    return found


def test_caseless_spells_every_ignorecase_twin_as_its_letter():
    # The cue checks rely on this: a case-blind match of a cue is a plain substring of caseless().
    cues = agencies.UNNAMED_CUES + CREDIT_WORDS + PHOTO_CUES
    assert not any(ch in cue for cue in cues for ch in "σςΣ")  # lower() spells sigma by context
    twins = _ignorecase_twins(set("".join(cues)))
    assert {"\u0130", "\u0131", "\u017f", "\u1c83"} <= set(twins)  # dotted and dotless i, long s, wide es
    for ch, letters in twins.items():
        assert {agencies.caseless(ch)} == letters, ch


def test_caseless():
    assert agencies.caseless("ſOURCE İNPUT Straße ТАСС \u1c83 新华社 \u212a") == "source input straße тасс с 新华社 k"
    assert agencies.caseless("Reuters") == "reuters"


def test_has_cue():
    assert agencies.has_cue("With İNPUTS from IANS", ("input",)) is True
    assert agencies.has_cue("ИСТОЧНИК: ТАСС", ("источник",)) is True
    assert agencies.has_cue("据新华社报道", ("新华社",)) is True
    assert agencies.has_cue("In put", ("input",)) is False
    assert agencies.has_cue("anything", ()) is False


@pytest.mark.parametrize("text, expected", [
    ("Agencies", True), ("AGENCİES", True), ("ＡＧＥＮＣＩＥＳ", True), ("Agências", True), ("AGÊNCIAS", True),
    ("(wire services)", True), ("Wıre reports", True), ("Agenturen", True),
    ("Agenda", False), ("Agency fees", False), ("Reuters", False), ("", False), (None, False),
])
def test_unnamed_agency_cue_keeps_every_spelling(text, expected):
    assert agencies.is_unnamed_agency(text) is expected


def _one_branch_per_spelling(spellings):
    """The names pattern written plainly, every spelling with its own boundaries: what
    `names_pattern` must agree with."""
    def branch(spelling):
        body = r"\s+".join(re.escape(part) for part in spelling.split())
        if len(spelling) >= 4:
            body = f"(?i:{body})"
        left = "" if agencies._is_cjk(spelling[0]) else r"(?<!\w)(?<!\w-)"
        right = "" if agencies._is_cjk(spelling[-1]) else r"(?!-?\w)"
        return left + body + right
    return re.compile("|".join(branch(s) for s in sorted(spellings, key=lambda s: (-len(s), s))))


def _all_spellings():
    reg = agencies.registry()
    return {s for agency_id in reg.ids for s in reg.get(agency_id).spellings}


def test_spellings_starting_in_cjk_match_only_themselves():
    # names_pattern groups spellings by whether they start in a CJK script; that keeps the
    # match order only if no other character matches such a first character.
    firsts = {s[0] for s in _all_spellings() if agencies._is_cjk(s[0])}
    assert {"新", "연", "共"} <= firsts
    assert _ignorecase_twins(firsts) == {ch: {ch} for ch in firsts}


@pytest.mark.parametrize("text", [
    "By JANE DOE Associated Press; an AP-NORC poll; --IANS; 新华社北京1月16日电; snap; (AFP)",
    "据新华社报道，会议16日举行。", "ТАСС сообщил, ссылаясь на РИА Новости.", "연합뉴스에 따르면", "AP通信によると",
    "(서울=연합뉴스) 홍길동 기자", "【ワシントン共同】", "reuters said, per ap", "REUTERS and AFP", "Reuters/AP-NORC",
    "THE ASSOCIATED   PRESS", "dpa/lno", "AFP-Jiji", "Xinhua-AP", "  AP  ", "",
])
def test_names_pattern_finds_what_one_branch_per_spelling_finds(text):
    plain = _one_branch_per_spelling(_all_spellings())
    expected = [(m.start(), m.end(), m.group()) for m in plain.finditer(text)]
    fast = re.compile(agencies.names_pattern(list(_all_spellings())))
    assert [(m.start(), m.end(), m.group()) for m in fast.finditer(text)] == expected


def test_find_names_in_other_scripts():
    assert agencies.find_names("据新华社报道，会议16日举行。") == [(1, 4, "Xinhua")]
    assert agencies.find_names("ТАСС сообщил, ссылаясь на РИА Новости.") == [(0, 4, "TASS"), (26, 37, "RIA Novosti")]
    assert agencies.find_names("연합뉴스에 따르면") == [(0, 4, "Yonhap")]
    assert agencies.find_names("AP通信によると") == [(0, 4, "AP")]
    assert agencies.find_names("reuters said, per ap") == [(0, 7, "Reuters")]


def test_a_service_word_after_the_name_still_names_the_agency():
    assert agencies.resolve("ANTARA News") == "Antara"
    assert agencies.resolve("Yonhap News Agency") == "Yonhap"
    assert agencies.resolve("Reuters wire") == "Reuters"
    assert agencies.resolve("Fox News") is None
    assert agencies.resolve("News") is None
