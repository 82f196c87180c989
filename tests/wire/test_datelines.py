"""Agency credits inside datelines as wire signals."""

import pytest

from tests.wire.tagging import BODY, tags
from transforms.wire.tag import tag_wire_sources


@pytest.mark.parametrize("text, agency, matched", [
    ("WASHINGTON (AP) — " + BODY, "AP", "(AP)"),
    ("LONDON, Jan 16 (Reuters) - " + BODY, "Reuters", "(Reuters)"),
    ("MOSCOW, January 16. /TASS/. " + BODY, "TASS", "/TASS/"),
    ("新华社北京1月16日电 国务院新闻办公室16日举行发布会。", "Xinhua", "新华社北京1月16日电"),
    ("(서울=연합뉴스) 홍길동 기자 = 정부는 16일 새 대책을 발표했다.", "Yonhap", "(서울=연합뉴스)"),
    ("【ワシントン共同】米政府は16日、新たな制裁を発表した。", "Kyodo", "【ワシントン共同】"),
    ("SYDNEY, Jan 16 AAP - " + BODY, "AAP", "AAP"),
    ("МОСКВА, 16 янв - РИА Новости. Переговоры продолжатся.", "RIA Novosti", "РИА Новости"),
    ("Tehran, IRNA - " + BODY, "IRNA", "IRNA"),
    ("NEW YORK, Jan. 16, 2022 /PRNewswire/ -- " + BODY, "PR Newswire", "/PRNewswire/"),
    ("SAN FRANCISCO--(BUSINESS WIRE)--" + BODY, "Business Wire", "(BUSINESS WIRE)"),
    ("Madrid, 16 ene (EFE).- " + BODY, "EFE", "(EFE)"),
    ("(Bloomberg) -- " + BODY, "Bloomberg", "(Bloomberg)"),
    # The region in brackets is Andhra Pradesh, not AP: a credit is never followed by a comma.
    ("Visakhapatnam (AP), Jan 16 (PTI) " + BODY, "PTI", "(PTI)"),
    ("Praha 16. ledna (ČTK) - " + BODY, "ČTK", "(ČTK)"),
    ("Buenos Aires, 16 de enero (Télam) - " + BODY, "Télam", "(Télam)"),
    ("Hamburg (dpa/lno) - " + BODY, "dpa", "(dpa/lno)"),
    ("NEW YORK, NY / ACCESSWIRE / January 16, 2022 / " + BODY, "ACCESSWIRE", "/ ACCESSWIRE /"),
])
def test_dateline_credits(text, agency, matched):
    assert tags(text) == (agency, (), ((agency, "dateline", matched),))
    assert tag_wire_sources(text).credit_spans == ()


def test_joint_dateline_credit_names_origin_then_carrier():
    assert tags("TOKYO (AFP-Jiji) -- " + BODY) == (
        "AFP", ("Jiji",), (("AFP", "dateline", "(AFP-Jiji)"), ("Jiji", "dateline", "(AFP-Jiji)")))


def test_dateline_after_byline_and_headline_lines():
    text = "Markets slide as yields jump\nBy Hugo Lamarck\nFRANKFURT, Jan 16 (Reuters) - " + BODY
    assert tags(text) == ("Reuters", (), (("Reuters", "dateline", "(Reuters)"),))


def test_dateline_agency_argument_is_a_dateline_signal():
    assert tags(BODY, dateline_agency="AP") == ("AP", (), (("AP", "dateline", "AP"),))
    # The body's own match supplies the text when it agrees with the parser.
    assert tags("WASHINGTON (AP) — " + BODY, dateline_agency="AP") == ("AP", (), (("AP", "dateline", "(AP)"),))
    assert tags(BODY, dateline_agency="Nobody") == (None, (), ())


def test_slash_credit_of_an_unlisted_service_and_a_listed_one():
    # The unlisted service (`tms`) wrote the story, so the origin stays open; dpa carried it.
    assert tags("Fresno (tms/dpa) - " + BODY) == (
        None, ("dpa",), ((None, "dateline", "(tms/dpa)"), ("dpa", "dateline", "(tms/dpa)")))
    # Alone on its line, or with a caption word first, the same shape credits a picture.
    assert tags("(EPA/AP)\n" + BODY) == (None, (), ())
    assert tags("Berlin (Archiv/dpa) - " + BODY) == (None, (), ())


def test_persian_copy_opens_with_the_agency_it_reports():
    from transforms.wire.datelines import dateline_credits

    assert dateline_credits("به گزارش ایرنا، وزیر امور خارجه روز دوشنبه گفت") == [("IRNA", 0, 15)]
    line = "به گزارش خبرنگار فرهنگی خبرگزاری تسنیم، شهرداری گزارش داد"
    assert dateline_credits(line)[0][0] == "Tasnim"
    assert dateline_credits("به گزارش خبرنگار ما، شهرداری گزارش داد") == []


def test_sputnik_in_chinese_opens_a_chinese_dateline():
    from transforms.wire.datelines import dateline_credits

    assert dateline_credits("俄罗斯卫星通讯社莫斯科2月15日电 港口恢复运营")[0][0] == "Sputnik"
