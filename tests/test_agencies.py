import json
from importlib import resources

import pytest

from transforms import agencies
from transforms.agencies import Agency, Registry

REQUIRED_IDS = {
    "AP", "Reuters", "AFP", "PTI", "IANS", "ANI", "UNI", "Xinhua", "Kyodo", "Yonhap", "TASS", "RIA Novosti",
    "dpa", "EFE", "ANSA", "Bernama", "UPI", "Bloomberg", "CP", "AAP", "PA", "Anadolu", "Lusa", "Agência Brasil",
    "PR Newswire", "Business Wire", "GlobeNewswire",
}


def _entries():
    raw = resources.files("transforms").joinpath("data/agencies.json").read_text("utf-8")
    return json.loads(raw)["agencies"]


def test_registry_covers_the_required_agencies():
    ids = agencies.agency_ids()
    assert len(ids) >= 40
    assert REQUIRED_IDS <= set(ids)
    assert len(ids) == len(set(ids)) == len(_entries())


def test_registry_entries_are_complete():
    for entry in _entries():
        assert set(entry) == {"id", "kind", "country", "names", "aliases", "hosts"}, entry["id"]
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
