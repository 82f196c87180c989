import hashlib
from urllib.parse import urlsplit

from benchmarks.rendering_quality import captured_rows, judge, starts_right


def test_start_counts_with_whitespace_collapsed_and_the_standfirst_as_an_alternative():
    assert starts_right("LONDON (Reuters) -  Prime  Minister said", ["LONDON (Reuters) - Prime Minister"])
    assert starts_right("The vote ends two years of argument", ["Councillors voted", "The vote ends two years"])
    assert not starts_right("1 Min Read LONDON (Reuters) - Prime Minister", ["LONDON (Reuters) - Prime Minister"])
    assert not starts_right(None, ["LONDON"])


def test_judge_counts_only_the_measures_a_row_is_labelled_with():
    row = {"headline": "Pier  to be rebuilt", "body_start": "The council", "standfirst": None,
           "dateline_city": "Harbourtown", "dateline_agency": None, "wire_origin": "AP"}
    record = {"title": "Pier to be rebuilt", "dateline_city": "HARBOURTOWN", "dateline_agency": None,
              "wire_origin": None}
    assert judge(row, record, "The council voted") == {
        "found": True, "headline": True, "body start": True, "dateline city": True, "dateline agency": True,
        "wire origin": False}
    rendered = {"headline": "Pier to be rebuilt", "body_start": None}
    assert judge(rendered, None, None) == {"found": False, "headline": False}


def test_captured_set_labels_are_quotes_of_their_rendering_and_the_split_is_by_address():
    parts = captured_rows()
    assert (len(parts["development"]), len(parts["held out"])) == (161, 59)
    for part, rows in parts.items():
        for row in rows:
            for key in ("headline", "standfirst", "body_start"):
                assert row[key] is None or row[key] in row["rendering"], (row["id"], key)
            held_out = int(hashlib.sha1(row["url"].encode()).hexdigest(), 16) % 4 == 0
            assert held_out == (part == "held out"), row["id"]
    sites = {}
    for row in parts["development"] + parts["held out"]:
        site = urlsplit(row["url"]).netloc.removeprefix("www.")
        sites[site] = sites.get(site, 0) + 1
    assert max(sites.values()) <= 2
