import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms.dedup.boilerplate import (BoilerplateLines, boilerplate_members, distinct_line_hashes, host_lines,
                                          line_hash, without_lines)

NAV = "| Text Only | | Search |"


def test_line_hash_ignores_case_spacing_and_punctuation():
    assert line_hash(NAV) == line_hash("text only   search") == line_hash("| TEXT ONLY || SEARCH |")
    assert line_hash(NAV) != line_hash("Text Only Search Sports")
    assert line_hash(" | | ") == 0
    assert line_hash("Text Only") == 3605153890477211207  # blake2b-64 of "text only", the same on every worker


def test_distinct_line_hashes_skip_empty_and_repeated_lines():
    assert distinct_line_hashes(f"{NAV}\n\n | \nStory line.\n{NAV}") == sorted({line_hash(NAV),
                                                                                line_hash("Story line.")})
    assert distinct_line_hashes("") == []


def test_without_lines_keeps_everything_else_in_order():
    text = f"{NAV}\nFirst.\nSecond.\n{NAV.upper()}"
    assert without_lines(text, frozenset({line_hash(NAV)})) == "First.\nSecond."
    assert without_lines(text, frozenset()) is text


def test_host_lines_key_each_distinct_line_by_host():
    row = {"host": "times.example", "text": f"{NAV}\nStory.\n{NAV}"}
    got = list(host_lines(("n1", row)))
    digest = got[0][1][1]
    assert len(digest) == 32
    assert got == [(("times.example", h), ("n1", digest)) for h in sorted({line_hash(NAV), line_hash("Story.")})]
    assert list(host_lines(("n2", {"host": None, "text": "Story."}))) == []
    assert list(host_lines(("n3", {"host": "times.example", "text": ""}))) == []


def test_boilerplate_members_need_enough_distinct_texts():
    members = [("n1", "a"), ("n2", "b"), ("n3", "c")]
    assert list(boilerplate_members((("h", 5), {"count": [3], "members": members}))) == [
        ("n1", 5), ("n2", 5), ("n3", 5)]
    assert list(boilerplate_members((("h", 5), {"count": [2], "members": members[:2]}))) == []


def test_boilerplate_lines_count_texts_not_rows_and_stay_within_a_host():
    story = "A story line that only this page has."
    rows = [("a1", {"host": "times.example", "text": f"{NAV}\nFirst story."}),
            ("a2", {"host": "times.example", "text": f"{NAV}\nSecond story."}),
            ("a3", {"host": "times.example", "text": f"{NAV}\nThird story.\n{story}"}),
            # Two captures of one page and a third row of the same text: one text, never boilerplate.
            ("b1", {"host": "post.example", "text": f"{NAV}\n{story}"}),
            ("b2", {"host": "post.example", "text": f"{NAV}\n{story}"}),
            ("b3", {"host": "post.example", "text": f"{NAV}\n{story}"})]
    with TestPipeline() as pipeline:
        found = pipeline | beam.Create(rows) | BoilerplateLines()
        assert_that(found, equal_to([("a1", line_hash(NAV)), ("a2", line_hash(NAV)), ("a3", line_hash(NAV))]))
