import datetime as dt
import random

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing import test_pipeline
from apache_beam.testing.util import assert_that, equal_to

import schemas
from transforms.dedup.syndicated import DedupSyndicated, cluster_annotations, doc_id_of, node_id, twin_of_smaller

FERRY = [
    "Ferry service between Port Ellery and the outer islands resumed on Tuesday morning, three days after "
    "a winter storm tore loose two landing ramps and flooded the ticket hall.",
    "The first crossing left the terminal at 6:40 a.m. with about 90 passengers aboard, most of them "
    "commuters and island schoolchildren who had missed classes since Friday.",
    "Harbor master Ottilie Brandvold said crews had worked through two nights to weld the ramps back onto "
    "their hinges and to pump seawater out of the lower deck of the terminal.",
    "\"We were not going to leave the islands cut off for a fourth day,\" Brandvold told reporters on the "
    "quay. \"The repairs are temporary, but they are safe.\"",
    "The island council had arranged for a fishing cooperative to carry medicine and groceries across the "
    "sound over the weekend, using three trawlers and a borrowed landing craft.",
    "Engineers will return next month to replace the damaged ramps with a heavier design, a job the port "
    "authority expects to cost about 4 million crowns.",
    "Timetables will run at reduced frequency until Friday, with the last evening departure moved forward "
    "by an hour while the terminal lighting is rewired.",
    "Island residents said the closure had exposed how much the community depends on a single crossing, "
    "and several called for a second berth on the northern shore.",
]
# Another story on the same event: same names, same quote, different reporting.
FERRY_REACTION = [
    "Islanders stranded by the weekend storm described days of rationed bread and cold houses as the "
    "Port Ellery ferry finally returned to service.",
    "\"We were not going to leave the islands cut off for a fourth day,\" Brandvold told reporters on the "
    "quay. \"The repairs are temporary, but they are safe.\"",
    "At the island shop, owner Fenwick Asante said shelves had been empty of milk since Saturday and that "
    "he had closed early to save fuel for the generator.",
    "The school on the larger island reopened at noon, and teachers said attendance was almost complete "
    "despite the early crossing and the damp classrooms.",
    "Several families said they had relied on neighbours with boats, and one pensioner was taken to the "
    "mainland hospital aboard a trawler on Sunday night.",
    "Council members will meet on Thursday to discuss whether a second landing on the northern shore "
    "could be built before next winter.",
]
# An update with a new lead, new reporting and part of the earlier text.
FERRY_UPDATE = [
    "Ferry service between Port Ellery and the outer islands was suspended again on Wednesday after a "
    "temporary weld on one landing ramp cracked during the morning crossing, stranding 40 passengers.",
    "No one was hurt, the port authority said, but the ramp was lowered onto a barge and inspectors ordered "
    "both berths closed until a full survey is completed.",
    "Harbor master Ottilie Brandvold said a replacement ramp borrowed from a southern port could arrive "
    "by the weekend, weather permitting.",
] + FERRY[4:6] + [
    "The island council said it would again ask the fishing cooperative to run supplies across the sound.",
]
FOOTER = ("Harbour Notes is published by volunteers. Tell us what is happening on your street, send corrections "
          "and photographs at any hour, and please consider supporting local reporting with a small monthly "
          "gift so that these pages stay free for every reader on the islands and the mainland.")
BRIEF_A = ("The library on Quay Street will open late on Thursdays from next month, the council said, after a "
           "survey found that evening visitors were mostly students preparing for exams.")
BRIEF_B = ("A lost fishing dog was returned to its owner on Monday after swimming to the lighthouse and "
           "spending the night with the keeper, who fed it sardines and an old blanket.")


def article(doc_id: str, paragraphs, host: str = "herald.example", path: str | None = None,
            published=dt.date(2024, 3, 5), wire_origin: str | None = None, record: int = 0, **extra) -> dict:
    text = "\n".join(paragraphs) if isinstance(paragraphs, list) else paragraphs
    url = f"https://{host}/{path or doc_id}"
    row = schemas.empty_article()
    row.update(doc_id=doc_id, url=url, canonical_url=url, host=host, source_file="dump.warc.gz",
               source_record=f"offset:{record}", source_format="warc", text=text, text_chars=len(text),
               published_at=published, wire_origin=wire_origin, title="Ferry", language="en", year="2024",
               month="03", fetched_at=dt.datetime(2024, 3, 6, tzinfo=dt.timezone.utc))
    row.update(extra)
    return row


def annotated(row: dict, cluster: str, size: int, canonical: bool, kind: str) -> dict:
    return {**row, "dup_cluster_id": cluster, "dup_cluster_size": size, "is_canonical": canonical, "dup_kind": kind}


def run_dedup(rows, mode="mark", **kwargs):
    """Runs the composite and returns (articles, rejects) PCollections inside an open pipeline."""
    pipeline = test_pipeline.TestPipeline()
    articles, rejects = pipeline | beam.Create(rows) | DedupSyndicated(mode, **kwargs)
    return pipeline, articles, rejects


def check(rows, expected, mode="mark", expected_rejects=(), **kwargs):
    pipeline, articles, rejects = run_dedup(rows, mode, **kwargs)
    assert_that(articles, equal_to(expected), label="CheckArticles")
    assert_that(rejects, equal_to(list(expected_rejects)), label="CheckRejects")
    pipeline.run().wait_until_finish()


def test_node_id_orders_by_doc_id_first():
    row = article("00aa", FERRY)
    # blake2b-64 of "dump.warc.gz#offset:0": the same on every worker, 33 characters whatever the path.
    assert node_id(row) == "00aa\x00adf64d67d44dfd22"
    assert node_id({**row, "source_record": "offset:1"}) != node_id(row)
    assert doc_id_of(node_id(row)) == "00aa"


def test_cluster_annotations_exact_values():
    members = [("b\x00f\x00r1", (1, 5, -10), False), ("a\x00f\x00r2", (1, 5, -10), True),
               ("c\x00f\x00r3", (0, 9, -1), True)]
    assert list(cluster_annotations("a\x00f\x00r2", members)) == [
        ("a\x00f\x00r2", {"dup_cluster_id": "a", "dup_cluster_size": 3, "is_canonical": False,
                          "dup_kind": "exact", "canonical_doc_id": "c"}),
        ("b\x00f\x00r1", {"dup_cluster_id": "a", "dup_cluster_size": 3, "is_canonical": False,
                          "dup_kind": "near", "canonical_doc_id": "c"}),
        ("c\x00f\x00r3", {"dup_cluster_id": "a", "dup_cluster_size": 3, "is_canonical": True,
                          "dup_kind": "exact", "canonical_doc_id": "c"}),
    ]


def test_unknown_mode_is_refused():
    with pytest.raises(ValueError):
        DedupSyndicated("keep")


def test_exact_body_copies_on_other_sites():
    rows = [article("b2", FERRY, host="post.example", published=dt.date(2024, 3, 4)),
            article("a1", ["  " + FERRY[0].upper()] + FERRY[1:], host="times.example"),
            article("c3", FERRY_REACTION, host="times.example")]
    check(rows, [annotated(rows[0], "a1", 2, True, "exact"), annotated(rows[1], "a1", 2, False, "exact"),
                 annotated(rows[2], "c3", 1, True, "unique")])


def test_twin_of_smaller_is_the_larger_end_of_an_exact_pair():
    assert twin_of_smaller(("b", "a")) == ("b", None)
    assert twin_of_smaller(("a", "c")) == ("c", None)


def test_verbatim_copies_are_compared_once_and_follow_their_group():
    """Four verbatim copies and a truncated one: near keys only for the smallest verbatim copy."""
    from apache_beam.metrics.metric import MetricsFilter

    rows = [article(f"c{i}", FERRY, host=f"site{i}.example") for i in range(4)]
    rows.append(article("d9", FERRY[:-1], host="late.example"))
    rows.append(article("e5", FERRY_REACTION, host="times.example"))
    pipeline, articles, _ = run_dedup(rows)
    assert_that(articles, equal_to([annotated(r, "c0", 5, r["doc_id"] == "c0", "exact") for r in rows[:4]]
                                   + [annotated(rows[4], "c0", 5, False, "near"),
                                      annotated(rows[5], "e5", 1, True, "unique")]))
    result = pipeline.run()
    result.wait_until_finish()
    skipped = result.metrics().query(MetricsFilter().with_name("compared_through_exact_copy"))["counters"]
    assert sum(c.committed for c in skipped) == 3


def test_same_url_with_a_rewritten_text_is_another_version_not_a_copy():
    # The URL is evidence, never proof: an update served under the same address is a new story.
    first = article("d4", FERRY, url="https://www.herald.example/ferry?utm_source=rss",
                    canonical_url=None)
    second = article("e5", FERRY_UPDATE, url="http://herald.example/ferry/", canonical_url=None, record=7,
                     published=dt.date(2024, 3, 6))
    check([first, second], [annotated(first, "d4", 1, True, "unique"), annotated(second, "e5", 1, True, "unique")])


def test_same_url_with_agreeing_texts_is_one_story():
    first = article("d4", FERRY, url="https://www.herald.example/ferry?utm_source=rss", canonical_url=None)
    second = article("e5", FERRY[:5], url="http://herald.example/ferry/", canonical_url=None, record=7,
                     published=dt.date(2024, 3, 6))
    check([first, second], [annotated(first, "d4", 2, True, "near"), annotated(second, "d4", 2, False, "near")])


def test_same_doc_id_twice_is_told_apart_by_source_record():
    first = article("f6", FERRY, record=1)
    again = article("f6", FERRY, record=2)
    check([again, first], [annotated(first, "f6", 2, True, "exact"), annotated(again, "f6", 2, False, "exact")])


@pytest.mark.parametrize("variant", [
    pytest.param(["PORT ELLERY (AP) — " + FERRY[0]] + FERRY[1:], id="dateline"),
    pytest.param(FERRY[:4], id="truncated"),
    pytest.param(FERRY + ["(With inputs from agencies)"], id="agency_tail"),
    pytest.param(FERRY[:3] + FERRY[4:], id="dropped_paragraph"),
    pytest.param([p.replace(" said", " says").replace("about", "around") for p in FERRY], id="word_edits"),
    pytest.param(FERRY[:2] + ["Advertisement", "Also read: Council approves budget"] + FERRY[2:], id="leaked_lines"),
    pytest.param(["Ferry back after storm"] + FERRY, id="headline_in_body"),
])
def test_near_copies(variant):
    rows = [article("0original", FERRY, published=dt.date(2024, 3, 5)),
            article("1copy", variant, host="gazette.example", published=dt.date(2024, 3, 6))]
    check(rows, [annotated(rows[0], "0original", 2, True, "near"), annotated(rows[1], "0original", 2, False, "near")])


def test_hard_negatives_stay_apart():
    rows = [article("a", FERRY), article("b", FERRY_REACTION, host="post.example"),
            article("c", FERRY_UPDATE, host="wire.example"),
            article("d", [BRIEF_A, FOOTER], host="notes.example"),
            article("e", [BRIEF_B, FOOTER], host="notes.example")]
    check(rows, [annotated(row, row["doc_id"], 1, True, "unique") for row in rows])


def test_short_texts_match_exactly_only():
    rows = [article("s1", BRIEF_A), article("s2", BRIEF_A, host="post.example"),
            article("s3", BRIEF_A.replace("Thursdays", "Fridays"), host="times.example")]
    check(rows, [annotated(rows[0], "s1", 2, True, "exact"), annotated(rows[1], "s1", 2, False, "exact"),
                 annotated(rows[2], "s3", 1, True, "unique")])


def _chain(length: int) -> list[dict]:
    """Copies of one 34-paragraph story cut after 5, 6, ... paragraphs, as outlets truncate wire copy."""
    paragraphs = [" ".join(f"p{j:02d}word{k:02d}" for k in range(30)) for j in range(length + 4)]
    ids = [f"{i:02d}chain" for i in range(length)]
    random.Random(5).shuffle(ids)
    return [article(ids[i], paragraphs[:i + 5], host=f"site{i}.example") for i in range(length)]


def test_long_chain_is_one_cluster():
    rows = _chain(30)
    smallest = min(row["doc_id"] for row in rows)
    longest = max(rows, key=lambda row: row["text_chars"])
    check(rows, [annotated(row, smallest, 30, row is longest, "near") for row in rows])


def test_one_bad_link_does_not_merge_two_stories():
    # A roundup quoting the opening of two stories verifies against a short copy of each:
    # the one link that joins the two stories is cut at the first cluster's representative.
    a = [article("a1", FERRY), article("a2", ["PORT ELLERY (AP) — " + FERRY[0]] + FERRY[1:], host="a2.example"),
         article("a3", FERRY[:2], host="a3.example")]
    bridge = article("m1", FERRY[:2] + FERRY_REACTION[2:4], host="roundup.example")
    b = [article("b1", FERRY_REACTION[2:4], host="b1.example"),
         article("b2", FERRY_REACTION, host="b2.example"), article("b3", FERRY_REACTION[:5], host="b3.example")]
    check(a + [bridge] + b,
          [annotated(a[0], "a1", 3, False, "near"), annotated(a[1], "a1", 3, True, "near"),
           annotated(a[2], "a1", 3, False, "near"),
           # The roundup stays with the story whose representative it matches.
           annotated(bridge, "b1", 4, False, "near"), annotated(b[0], "b1", 4, False, "near"),
           annotated(b[1], "b1", 4, True, "near"), annotated(b[2], "b1", 4, False, "near")])


def test_hot_buckets_are_split_and_still_cluster():
    copies = [article(f"copy{i:02d}", FERRY if i % 2 else FERRY[:5], host=f"site{i}.example") for i in range(9)]
    briefs = [article(f"brief{i:02d}", [f"Item {i}: " + " ".join(f"w{i}x{k}" for k in range(30)), FOOTER],
                      host="notes.example") for i in range(8)]
    expected = [annotated(row, "copy00", 9, row["doc_id"] == "copy01", "exact") for row in copies]
    expected += [annotated(row, row["doc_id"], 1, True, "unique") for row in briefs]
    check(copies + briefs, expected, max_group=3)


def test_canonical_rules_in_order():
    agency = article("z9", FERRY[:6], host="apnews.com", published=dt.date(2024, 3, 7), wire_origin="AP")
    earliest = article("y8", FERRY[:5], host="a.example", published=dt.date(2024, 3, 4), wire_origin="AP")
    longest = article("x7", FERRY, host="b.example", published=None, wire_origin="AP")
    rows = [agency, earliest, longest]
    check(rows, [annotated(agency, "x7", 3, True, "near"), annotated(earliest, "x7", 3, False, "near"),
                 annotated(longest, "x7", 3, False, "near")])
    check(rows[1:], [annotated(earliest, "x7", 2, True, "near"), annotated(longest, "x7", 2, False, "near")])
    same_day = [article("w6", FERRY[:5], host="a.example"), article("v5", FERRY, host="b.example")]
    check(same_day, [annotated(same_day[0], "v5", 2, False, "near"), annotated(same_day[1], "v5", 2, True, "near")])
    tie = [article("u4", FERRY, host="a.example"), article("t3", FERRY, host="b.example")]
    check(tie, [annotated(tie[0], "t3", 2, False, "exact"), annotated(tie[1], "t3", 2, True, "exact")])


def test_injected_agency_hosts_decide_the_own_site():
    wire = article("q2", FERRY[:6], host="wire.example", published=dt.date(2024, 3, 9), wire_origin="HNA")
    paper = article("p1", FERRY, host="paper.example", published=dt.date(2024, 3, 5), wire_origin="HNA")
    check([wire, paper], [annotated(wire, "p1", 2, True, "near"), annotated(paper, "p1", 2, False, "near")],
          agency_hosts={"HNA": ("wire.example",)})


def test_agency_sites_come_from_the_registry_by_default():
    wire = article("q2", FERRY[:6], host="www.dpa-international.com", published=dt.date(2024, 3, 9), wire_origin="dpa")
    paper = article("p1", FERRY, host="paper.example", published=dt.date(2024, 3, 5), wire_origin="dpa")
    check([wire, paper], [annotated(wire, "p1", 2, True, "near"), annotated(paper, "p1", 2, False, "near")])


def test_drop_mode_keeps_canonical_rows_and_rejects_the_rest():
    rows = [article("b2", FERRY, host="post.example", published=dt.date(2024, 3, 4)),
            article("a1", FERRY[:5], host="times.example", record=3),
            article("c3", FERRY_REACTION, host="times.example")]
    rejects = [schemas.reject_row(source_file="dump.warc.gz", source_record="offset:3", url="https://times.example/a1",
                                  doc_id="a1", stage="dedup", reason="duplicate", detail="b2")]
    check(rows, [annotated(rows[0], "a1", 2, True, "near"), annotated(rows[2], "c3", 1, True, "unique")],
          mode="drop", expected_rejects=rejects)


def test_off_mode_returns_input_unchanged():
    rows = [article("b2", FERRY), article("a1", FERRY)]
    check(rows, rows, mode="off")


def test_same_result_with_several_worker_processes():
    rows = _chain(8) + [article("solo", FERRY_REACTION)]
    smallest = min(row["doc_id"] for row in rows[:8])
    longest = max(rows[:8], key=lambda row: row["text_chars"])
    expected = [annotated(row, smallest, 8, row is longest, "near") for row in rows[:8]]
    expected.append(annotated(rows[8], "solo", 1, True, "unique"))
    options = PipelineOptions(direct_running_mode="multi_processing", direct_num_workers=2)
    with test_pipeline.TestPipeline(options=options) as pipeline:
        articles, _ = pipeline | beam.Create(list(reversed(rows))) | DedupSyndicated("mark")
        assert_that(articles, equal_to(expected))


# The navigation table an old table-layout site leaves in every extracted body.
NAV = [
    "| Text Only | | Search | | Site Map | | Contact Us |",
    "| Home | News | Sports | Business | Weather | Obituaries | Classifieds | Opinion | Calendar |",
    "| Local News | State News | National News | World News | Elections | Schools | Police and Courts |",
    "| Subscribe | Place an Ad | Jobs | Real Estate | Autos | Legal Notices | Archives | Photo Galleries |",
    "| Valley Life | Church News | Community Calendar | Letters to the Editor | Columnists | Cartoons |",
    "| High School Football | Basketball | Outdoors | Racing | Scoreboard | Submit a Score | Fishing Report |",
    "| Markets | Agriculture | Gas Prices | Business Briefs | New Businesses | Building Permits | Farm Report |",
    "| Weddings | Engagements | Anniversaries | Births | Birthdays | Milestones | Submit an Announcement |",
    "| Traffic Cameras | School Closings | Road Conditions | Power Outages | Burn Bans | Lake Levels |",
    "| About Us | Staff Directory | Advertise With Us | Newspaper in Education | Work for Us | Privacy Policy |",
    "Copyright 2008 The Valley Times. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed without the written permission of the publisher.",
]


def test_id_in_query_urls_keep_the_articles_of_one_site_apart():
    base = "http://www.kait.example/Global/story.asp?S="
    rows = [article("g1", FERRY, canonical_url=base + "5950791"),
            article("g2", FERRY_REACTION, canonical_url=base + "5950792&utm_source=rss"),
            article("g3", FERRY_UPDATE, canonical_url=base + "5950793")]
    check(rows, [annotated(row, row["doc_id"], 1, True, "unique") for row in rows])


def test_one_canonical_url_declared_by_many_articles_links_none_of_them():
    section = "https://herald.example/news/"
    rows = [article("h1", FERRY, canonical_url=section), article("h2", FERRY_REACTION, canonical_url=section),
            article("h3", FERRY_UPDATE, canonical_url=section), article("h4", [BRIEF_A, BRIEF_B], canonical_url=section)]
    check(rows, [annotated(row, row["doc_id"], 1, True, "unique") for row in rows])


def test_a_layout_table_shared_by_one_host_does_not_join_its_stories():
    host = "valleytimes.example"
    own = [FERRY[:2], FERRY_REACTION[2:4], [BRIEF_A, BRIEF_B], FERRY_UPDATE[:2]]
    rows = [article(f"k{i}", NAV[:-1] + story + NAV[-1:], host=host) for i, story in enumerate(own)]
    # The same story with another site's furniture is still a copy of the first one.
    copy = article("k9", ["| Front Page | Region | Obituaries |"] + FERRY[:2], host="other.example")
    check(rows + [copy], [annotated(rows[0], "k0", 2, True, "near")]
          + [annotated(row, row["doc_id"], 1, True, "unique") for row in rows[1:]]
          + [annotated(copy, "k0", 2, False, "near")])


REPORT = ("{name} said on Tuesday that its board of directors has declared a regular quarterly cash dividend of "
          "${amount} per share on the company's common stock, in line with the policy the board set out at the "
          "start of the year.\nThe dividend will be paid on {paid} to shareholders of record at the close of "
          "business on {record}.\nShareholders who buy the stock on or after the ex-dividend date will not receive "
          "this payment, and registered holders will receive their payment by direct deposit or by cheque.")


def test_template_reports_about_other_companies_stay_apart():
    figures = [("Tidewell Logistics", "0.63", "July 6", "June 13"), ("Aldana Logistics", "0.41", "July 9", "June 27"),
               ("Kestrel Chemicals", "1.05", "Aug. 2", "July 18")]
    rows = [article(f"r{i}", REPORT.format(name=n, amount=a, paid=p, record=r).split("\n"), host=f"site{i}.example")
            for i, (n, a, p, r) in enumerate(figures)]
    copy = article("r9", ["TORONTO (Reuters) - " + rows[0]["text"]], host="wire.example")
    check(rows + [copy], [annotated(rows[0], "r0", 2, False, "near"), annotated(rows[1], "r1", 1, True, "unique"),
                          annotated(rows[2], "r2", 1, True, "unique"), annotated(copy, "r0", 2, True, "near")])
