import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms.language import DetectLanguage, detect_language, normalize_code

EN = "The regional transport authority will run night buses on four more routes from next month."
DE = "Die Stadt will im kommenden Jahr zweihundert neue Bäume entlang der Uferpromenade pflanzen lassen."
ES = "El ayuntamiento aprobó ayer un plan para ampliar el horario de las bibliotecas municipales."
ZH = ("市政府今天宣布，从下个月开始，夜间公交线路将延长到凌晨两点，方便上夜班的市民回家。"
      "交通部门表示，新线路将经过医院、大学和三个主要的居民区，每隔二十分钟发一班车。")


def test_languages():
    assert detect_language(EN) == ("en", 1.0)
    assert detect_language(DE) == ("de", 1.0)
    assert detect_language(ES) == ("es", 1.0)
    assert detect_language(ZH) == ("zh", 1.0)


def test_too_short_is_undetermined():
    assert detect_language("Breaking news") == ("und", 0.0)
    assert detect_language("12345 67890 !!! ???") == ("und", 0.0)


def test_repeatable():
    mixed = EN[:50] + " " + DE[:50]
    assert len({detect_language(mixed) for _ in range(5)}) == 1


def test_normalize_code():
    assert normalize_code("zh-cn") == "zh"
    assert normalize_code("pt") == "pt"
    assert normalize_code("../x") == "und"


def test_transform():
    with TestPipeline() as p:
        out = p | beam.Create([{"text": EN, "doc_id": "a"}, {"text": "Hi", "doc_id": "b"}]) | DetectLanguage()
        assert_that(out, equal_to([{"text": EN, "doc_id": "a", "language": "en", "language_score": 1.0},
                                   {"text": "Hi", "doc_id": "b", "language": "und", "language_score": 0.0}]))
