"""The bundled samples, end to end, against samples/MANIFEST.md (one row per input record)."""
import datetime
import json

import duckdb
import pytest

from pipeline.cli import main

from tests.conftest import REPO

SAMPLES = REPO / "samples"
GLOBS = ["warc/*", "jsonl/*", "html/*", "text/*"]


def manifest_rows() -> list[dict]:
    lines = (SAMPLES / "MANIFEST.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| # | file |"))
    header = [c.strip() for c in lines[start].strip("|").split("|")]
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append(dict(zip(header, (c.strip() for c in line.strip("|").split("|")))))
    return rows


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("samples") / "out"
    args = [a for g in GLOBS for a in ("--input", str(SAMPLES / g))]
    assert main([*args, "--output", str(out)]) == 0
    con = duckdb.connect()
    articles = con.sql(
        f"SELECT * FROM read_parquet('{out}/articles/**/*.parquet', hive_partitioning=true)").to_arrow_table()
    rejects = con.sql(f"SELECT * FROM read_parquet('{out}/rejects/*.parquet')").to_arrow_table()
    summary = json.loads((out / "run_summary.json").read_text())
    return articles.to_pylist(), rejects.to_pylist(), summary


def _key(row):
    return row["source_file"].split("/samples/", 1)[1], row["source_record"]


def test_summary_accounts_for_every_record(corpus):
    _, _, summary = corpus
    assert (summary["records_read"], summary["articles"], summary["rejects"]) == (39, 31, 8)
    assert summary["balanced"] is True
    assert summary["skipped_container_records"] == {"request": 1, "warcinfo": 2}
    assert summary["rejects_by_reason"] == {
        "extract/no_article": 1, "extract/too_short": 2, "read/empty_file": 1, "read/malformed_json": 1, "read/missing_content": 1,
        "read/not_html": 1, "read/truncated_container": 1}
    assert summary["languages"] == {"de": 3, "en": 21, "es": 2, "fr": 1, "it": 1, "pt": 1, "ru": 1, "zh": 1}


def test_every_record_has_its_expected_outcome(corpus):
    articles, rejects, _ = corpus
    expected = {(r["file"], r["locator"]): r["expected"] for r in manifest_rows()}
    got = {_key(a): "article" for a in articles}
    got.update({_key(r): f"reject:{r['reason']} (stage `{r['stage']}`)" for r in rejects})
    assert got == expected


def test_article_fields_match_the_manifest(corpus):
    articles, _, _ = corpus
    by_key = {_key(a): a for a in articles}
    for row in manifest_rows():
        if row["expected"] != "article":
            continue
        article = by_key[(row["file"], row["locator"])]
        where = f"{row['file']} {row['locator']}"
        assert article["title"] == row["title"], where
        assert article["language"] == row["lang"], where
        published = None if row["published"] == "none" else datetime.date.fromisoformat(row["published"])
        assert article["published_at"] == published, where
        partition = f"language={article['language']}/year={article['year']}/month={article['month']}"
        assert partition == row["partition"], where
        assert article["text_chars"] == len(article["text"]) > 200, where


def expected_wire(cell: str) -> tuple:
    """(origin, carriers, is_wire) from the manifest's `wire` column."""
    if cell.startswith("none"):
        return None, [], False
    if cell.startswith("unnamed agencies"):
        return None, [], True
    origin, _, carried = cell.split(" (", 1)[0].partition(", carried by ")
    return origin, [carried] if carried else [], True


def test_wire_tags_match_the_manifest(corpus):
    articles, _, _ = corpus
    by_key = {_key(a): a for a in articles}
    got, want = {}, {}
    for row in manifest_rows():
        if row["expected"] == "article":
            article = by_key[(row["file"], row["locator"])]
            got[(row["file"], row["locator"])] = (article["wire_origin"], article["wire_carriers"], article["is_wire"])
            want[(row["file"], row["locator"])] = expected_wire(row["wire"])
    assert got == want


# Canonical copy of each syndicated story, by the rules: the origin agency's own site, then the
# earliest published, then the most complete text, then the smallest doc_id.
CANONICAL = {
    "S1": ("warc/crawl-001.warc.gz", "urn:uuid:00000001-0000-4000-8000-000000000003"),  # apnews.com
    "S2": ("warc/crawl-001.warc.gz", "urn:uuid:00000001-0000-4000-8000-000000000004"),  # reuters.com
    "S3": ("warc/crawl-002.warc", "urn:uuid:00000002-0000-4000-8000-000000000002"),  # published a day earlier
    "S4": ("warc/crawl-001.warc.gz", "urn:uuid:00000001-0000-4000-8000-000000000009"),  # published a day earlier
}


def test_syndicated_stories_cluster_as_the_manifest_says(corpus):
    articles, _, _ = corpus
    by_key = {_key(a): a for a in articles}
    stories: dict[str, list[dict]] = {}
    for row in manifest_rows():
        if row["expected"] == "article":
            stories.setdefault(row["story"] or f"unique:{row['file']}:{row['locator']}", []).append(
                by_key[(row["file"], row["locator"])])
    for story, copies in stories.items():
        clusters = {a["dup_cluster_id"] for a in copies}
        assert len(clusters) == 1, story
        assert clusters == {min(a["doc_id"] for a in copies)}, story
        assert {a["dup_cluster_size"] for a in copies} == {len(copies)}, story
        canonical = [_key(a) for a in copies if a["is_canonical"]]
        if story.startswith("unique:"):
            assert (canonical, copies[0]["dup_kind"]) == ([_key(copies[0])], "unique")
        else:
            assert canonical == [CANONICAL[story]], story
    # no two stories share a cluster
    assert len({a["dup_cluster_id"] for a in articles}) == len(stories)


def test_drop_mode_keeps_canonical_copies_and_rejects_the_rest(tmp_path):
    out = tmp_path / "out"
    args = [a for g in GLOBS for a in ("--input", str(SAMPLES / g))]
    assert main([*args, "--output", str(out), "--dedup", "drop"]) == 0
    summary = json.loads((out / "run_summary.json").read_text())
    # 16 copies in 4 stories: 12 leave articles/ for rejects/ as duplicates
    assert (summary["records_read"], summary["articles"], summary["rejects"]) == (39, 19, 20)
    assert summary["rejects_by_reason"]["dedup/duplicate"] == 12
    con = duckdb.connect()
    dupes = con.sql(f"SELECT detail FROM read_parquet('{out}/rejects/*.parquet') WHERE reason = 'duplicate'").fetchall()
    kept = {r[0] for r in con.sql(f"SELECT doc_id FROM read_parquet('{out}/articles/**/*.parquet')").fetchall()}
    assert {d for (d,) in dupes} <= kept
