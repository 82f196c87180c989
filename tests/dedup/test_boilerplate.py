import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

import array
import hashlib

from transforms.dedup.boilerplate import (BoilerplateLines, boilerplate_of_host, distinct_line_hashes,
                                          host_text_lines, line_hash, without_lines)

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


def test_host_text_lines_send_digest_and_packed_lines_to_the_host():
    text = f"{NAV}\nStory.\n{NAV}"
    got = list(host_text_lines({"host": "times.example", "text": text}))
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
    lines = sorted({line_hash(NAV), line_hash("Story.")})
    assert got == [("times.example", digest + array.array("Q", lines).tobytes())]
    assert len(got[0][1]) == 16 + 8 * 2
    assert list(host_text_lines({"host": None, "text": "Story."})) == []
    assert list(host_text_lines({"host": "times.example", "text": ""})) == []


def _record(digest: bytes, lines):
    return digest.ljust(16, b"-") + array.array("Q", lines).tobytes()


def test_boilerplate_of_host_needs_enough_distinct_texts():
    records = [_record(b"a", [5, 6]), _record(b"b", [5]), _record(b"c", [5, 7]), _record(b"c", [5, 7])]
    assert list(boilerplate_of_host(("h", records))) == [("h", frozenset({5}))]
    # The repeated text counts once: line 7 is in one distinct text, line 5 in two.
    assert list(boilerplate_of_host(("h", records[2:] + records[:1]))) == []
    assert list(boilerplate_of_host(("h", records), min_texts=1)) == [("h", frozenset({5, 6, 7}))]


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
        found = pipeline | beam.Create(rows) | BoilerplateLines(lambda source: host_text_lines(source[1]))
        assert_that(found, equal_to([("times.example", frozenset({line_hash(NAV)}))]))
