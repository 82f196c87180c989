"""End-to-end runs through the command-line entry point."""
import datetime
import os
import gzip
import json
import shutil

import duckdb
import pyarrow.dataset as ds
import pytest

from pipeline.cli import main

from tests.conftest import SEED, shared_path
from tests.fixtures import PAGE, jsonl_bytes, warc_bytes

ARTICLE = PAGE.replace("</article>", "<p>" + "Passengers welcomed the return of the morning service. " * 4 +
                       "</p></article>")


@pytest.fixture(scope="module")
def dumps(tmp_path_factory):
    root = tmp_path_factory.mktemp("dumps")
    (root / "crawl.warc.gz").write_bytes(warc_bytes([
        {"type": "response", "record_id": "00000000-0000-0000-0000-00000000000a",
         "url": "https://harbour.example/ferry", "payload": ARTICLE.encode()},
        {"type": "request", "record_id": "00000000-0000-0000-0000-00000000000b",
         "url": "https://harbour.example/ferry", "payload": b"GET / HTTP/1.1\r\n\r\n"},
        {"type": "response", "record_id": "00000000-0000-0000-0000-00000000000c",
         "url": "https://harbour.example/logo.png", "payload": b"\x89PNG\r\n", "content_type": "image/png"},
    ]))
    (root / "feed.jsonl").write_bytes(jsonl_bytes([
        {"url": "https://lake.example/story", "html": ARTICLE.replace("harbour", "lake"),
         "fetched_at": "2025-02-03T04:05:06Z"},
        "{broken",
        {"url": "https://lake.example/nothing"},
    ]))
    full = jsonl_bytes([{"url": f"https://x.example/{i}", "text": "word " * 400} for i in range(30)], gzipped=True)
    (root / "cut.jsonl.gz").write_bytes(full[: len(full) // 2])
    (root / "empty.html").write_bytes(b"")
    (root / "page.html.gz").write_bytes(gzip.compress(ARTICLE.replace("ferry", "tram").encode(), mtime=0))
    return root


def _run(*args):
    return main([*map(str, args)])


def test_mixed_inputs_balance_and_load(dumps, tmp_path):
    out = tmp_path / "out"
    assert _run("--input", dumps / "*", "--output", out) == 0
    summary = json.loads((out / "run_summary.json").read_text())
    assert summary["records_read"] == summary["articles"] + summary["rejects"]
    assert summary["balanced"] is True
    assert summary["articles"] == 3
    assert summary["skipped_container_records"] == {"request": 1}
    # 9 whole lines precede the cut in cut.jsonl.gz: they are read, then rejected only because
    # a run of "word word ..." holds no article.
    assert summary["rejects_by_reason"] == {
        "extract/no_article": 9, "read/empty_file": 1, "read/malformed_json": 1, "read/missing_content": 1,
        "read/not_html": 1, "read/truncated_container": 1}
    assert (summary["records_read"], summary["rejects"]) == (17, 14)
    con = duckdb.connect()
    rows = con.execute(
        f"SELECT url, language, year, month, source_format FROM read_parquet('{out}/articles/**/*.parquet', "
        "hive_partitioning=true) ORDER BY url").fetchall()
    assert rows == [
        ("https://harbour.example/ferry", "en", "2024", "03", "warc"),
        ("https://lake.example/story", "en", "2025", "02", "jsonl"),
        (None, "en", "unknown", "unknown", "html"),
    ]
    rejects = con.execute(f"SELECT count(*) FROM read_parquet('{out}/rejects/*.parquet')").fetchone()[0]
    assert rejects == summary["rejects"]
    table = ds.dataset(out / "articles", format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 3
    assert sorted(table.column("language").to_pylist()) == ["en", "en", "en"]
    assert not list(out.glob("_staging*"))


def test_existing_output_is_refused_then_replaced(dumps, tmp_path, capsys):
    out = tmp_path / "out"
    assert _run("--input", dumps / "feed.jsonl", "--output", out) == 0
    before = sorted(p.name for p in out.rglob("*.parquet"))
    assert _run("--input", dumps / "page.html.gz", "--output", out) == 2
    assert "already holds a corpus" in capsys.readouterr().err
    assert sorted(p.name for p in out.rglob("*.parquet")) == before
    assert _run("--input", dumps / "page.html.gz", "--output", out, "--overwrite") == 0
    summary = json.loads((out / "run_summary.json").read_text())
    assert (summary["records_read"], summary["articles"], summary["rejects"]) == (1, 1, 0)
    urls = duckdb.connect().execute(
        f"SELECT source_file FROM read_parquet('{out}/articles/**/*.parquet')").fetchall()
    assert urls == [(str(dumps / "page.html.gz"),)]


def test_shell_expanded_inputs_are_all_read(dumps, tmp_path):
    out = tmp_path / "out"
    assert _run("--input", dumps / "feed.jsonl", dumps / "page.html.gz", "--output", out) == 0
    summary = json.loads((out / "run_summary.json").read_text())
    assert summary["inputs"] == [str(dumps / "feed.jsonl"), str(dumps / "page.html.gz")]
    assert (summary["records_read"], summary["articles"]) == (4, 2)


def test_usage_errors(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(ARTICLE)
    assert _run("--input", tmp_path / "nothing-*.warc", "--output", tmp_path / "o") == 2
    assert "no file matches --input" in capsys.readouterr().err
    assert _run("--output", tmp_path / "o") == 2
    assert "--input is required" in capsys.readouterr().err
    assert _run("--input", page, "--output", tmp_path / "o", "--runner", "DaskRunner") == 2
    assert "DaskRunner is not supported" in capsys.readouterr().err


def test_help_documents_every_flag(capsys):
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    for flag in ("--input", "--output", "--overwrite", "--dedup", "--max_record_bytes", "--min_text_chars",
                 "--shards_per_partition", "--max_rows_per_file", "--runner", "--direct_running_mode"):
        assert flag in text


def test_seed_page_comes_out_right(tmp_path):
    seed = shared_path("seeds", SEED.name)
    out = tmp_path / "out"
    assert _run("--input", seed, "--output", out) == 0
    # year/month are strings in the layout ("unknown" is a value); keep DuckDB from casting them
    result = duckdb.connect().sql(f"SELECT * FROM read_parquet('{out}/articles/**/*.parquet', "
                                  "hive_partitioning=true, hive_types_autocast=false)")
    rows = result.fetchall()
    assert len(rows) == 1
    row = dict(zip(result.columns, rows[0]))
    assert row["title"] == "Headed to disaster? US, Russia harden stances in talks"
    assert row["author"] == "The Political Observer Staff"
    assert row["authors"] == ["The Political Observer Staff"]
    assert row["byline"] == "The Political Observer StaffBy The Political Observer StaffJanuary 17, 2022Updated:July 12, 2025"
    assert row["published_at"] == datetime.date(2022, 1, 17)
    assert (row["language"], row["year"], row["month"]) == ("en", "2022", "01")
    # dateline out of the body, into its columns
    assert row["dateline_raw"] == "Washington, Jan 16 (AP)"
    assert (row["dateline_city"], row["dateline_country"], row["dateline_date"], row["dateline_agency"]) == (
        "Washington", "US", datetime.date(2022, 1, 16), "AP")
    # origin AP, carried by PTI; the credit line leaves the body
    assert (row["wire_origin"], row["wire_carriers"], row["is_wire"]) == ("AP", ["PTI"], True)
    assert {"agency": "PTI", "signal": "credit_line", "text": "Source: PTI"} in row["wire_evidence"]
    text = row["text"]
    assert text.startswith("The failure of last week’s high-stakes diplomatic meetings")
    assert text.endswith("And it’s only going to get worse.")
    assert row["text_chars"] == len(text)
    for chrome in ("What's Hot", "Related Posts", "Editors Picks", "Subscribe", "Facebook", "All rights reserved",
                   "Source: PTI", "(AP)"):
        assert chrome not in text


def _sorted_rows(out):
    con = duckdb.connect()
    articles = con.execute(f"SELECT * EXCLUDE (language_score) , round(language_score, 4) FROM "
                           f"read_parquet('{out}/articles/**/*.parquet', hive_partitioning=true) ORDER BY doc_id").fetchall()
    rejects = con.execute(f"SELECT * FROM read_parquet('{out}/rejects/*.parquet') "
                          "ORDER BY source_file, source_record").fetchall()
    return articles, rejects


def test_multi_processing_gives_the_same_rows(dumps, tmp_path):
    assert _run("--input", dumps / "*", "--output", tmp_path / "a") == 0
    assert _run("--input", dumps / "*", "--output", tmp_path / "b", "--direct_num_workers=2",
                "--direct_running_mode=multi_processing") == 0
    assert _sorted_rows(tmp_path / "a") == _sorted_rows(tmp_path / "b")


def test_input_cannot_steer_output_paths(tmp_path):
    hostile = tmp_path / "in"
    hostile.mkdir()
    body = ARTICLE.replace("<html>", '<html lang="../../../escape">')
    (hostile / "..%2F..%2Fx.html").write_text(body)
    (hostile / "feed.jsonl").write_bytes(jsonl_bytes([
        {"url": "https://a.example/../../../../etc/passwd", "html": body, "fetched_at": "9999-99-99"},
        {"url": "file:///../../outside", "html": body.replace("ferry", "bus")}]))
    out = tmp_path / "nested" / "out"
    assert _run("--input", hostile / "*", "--output", out) == 0
    written = sorted(p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(hostile))
    assert written and all(p.is_relative_to(out) for p in written)
    assert sorted({str(p.parent.relative_to(out)) for p in written if p.suffix == ".parquet"}) == [
        "articles/language=en/year=unknown/month=unknown", "cluster_updates", "dedup_index", "dedup_keys", "rejects"]
    summary = json.loads((out / "run_summary.json").read_text())
    assert (summary["records_read"], summary["articles"], summary["rejects"]) == (3, 3, 0)


def test_unknown_flags_stop_the_run_before_anything_runs(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(ARTICLE)
    out = tmp_path / "out"
    assert _run("--input", page, "--output", out, "--overwirte", "--min_text_char=50", "stray") == 2
    assert capsys.readouterr().err.splitlines() == [
        "error: unknown option --overwirte (did you mean --overwrite?)",
        "error: unknown option --min_text_char (did you mean --min_text_chars?)",
        "error: unexpected argument 'stray'",
        "see `python -m pipeline --help`"]
    assert not out.exists()


def test_a_folder_as_input_means_the_dumps_inside_it(dumps, tmp_path, capsys):
    folder = tmp_path / "in"
    (folder / "day1").mkdir(parents=True)
    shutil.copy(dumps / "feed.jsonl", folder / "day1" / "feed.jsonl")
    shutil.copy(dumps / "page.html.gz", folder / "page.html.gz")
    (folder / "NOTES.md").write_text("# what these dumps are\n")
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "old.html").write_text(ARTICLE)
    out = tmp_path / "out"
    assert _run("--input", folder, "--output", out) == 0
    err = capsys.readouterr().err
    assert f"--input {folder}: 2 dump files taken, 3 skipped (not page dumps): .hidden/old.html, NOTES.md, logo.png\n" in err
    summary = json.loads((out / "run_summary.json").read_text())
    assert (summary["records_read"], summary["articles"]) == (4, 2)


def test_an_input_without_any_dump_is_an_error(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "README.md").write_text("notes\n")
    assert _run("--input", tmp_path / "in", "--output", tmp_path / "out") == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "error: none of the --input files is a page dump (WARC/ARC, JSON lines, HTML or .txt)")
    (tmp_path / "in" / "day1").mkdir()
    (tmp_path / "in" / "day1" / "page.html").write_text(ARTICLE)
    assert _run("--input", tmp_path / "in" / "*", "--output", tmp_path / "out") == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "error: none of the --input files is a page dump (WARC/ARC, JSON lines, HTML or .txt); the globs matched "
        "README.md. To read the dumps below a folder, give the folder itself")
    assert not (tmp_path / "out").exists()


def test_an_output_that_cannot_be_written_fails_before_any_work(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(ARTICLE)
    (tmp_path / "file").write_text("x")
    assert _run("--input", page, "--output", tmp_path / "file") == 2
    assert capsys.readouterr().err.splitlines() == [f"error: --output {tmp_path / 'file'} is a file; give a folder"]
    assert _run("--input", page, "--output", tmp_path / "file" / "out") == 2
    assert capsys.readouterr().err.splitlines() == [
        f"error: cannot write to --output {tmp_path / 'file' / 'out'}: [Errno 20] Not a directory: "
        f"'{tmp_path / 'file' / 'out'}'"]


def test_a_run_without_articles_says_so(dumps, tmp_path, capsys):
    out = tmp_path / "out"
    assert _run("--input", dumps / "empty.html", "--output", out) == 0
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"warning: no articles were written; all 1 records were rejected (reasons above, rows in {out}/rejects)")


def test_ctrl_c_keeps_the_old_corpus_and_says_so_in_one_line(dumps, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "out"
    assert _run("--input", dumps / "feed.jsonl", "--output", out) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    many = tmp_path / "many.jsonl"
    many.write_bytes(jsonl_bytes([{"url": f"https://x.example/{i}", "html": ARTICLE.replace("ferry", f"ferry {i}")}
                                  for i in range(3000)]))
    job = subprocess.Popen([sys.executable, "-m", "pipeline", "--input", str(many), "--output", str(out), "--overwrite"],
                           stderr=subprocess.PIPE, text=True, start_new_session=True,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    line = job.stderr.readline()
    while line and not line.startswith("[progress pid="):    # the first progress line: the job is extracting
        line = job.stderr.readline()
    assert line.startswith("[progress pid=")
    time.sleep(1)
    os.killpg(job.pid, signal.SIGINT)      # what a terminal's Ctrl-C does: the whole process group
    rest = job.stderr.read()
    assert job.wait(timeout=60) == 130
    assert rest.splitlines()[-1] == (f"interrupted: nothing was committed, {out} is as it was before this run, "
                                     "and this run's staged files were removed")
    assert "Traceback" not in rest
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
