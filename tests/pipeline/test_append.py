"""Growing a corpus run by run (--append_to): the same clusters as one run over everything, nothing twice,
and a killed append leaves the corpus as it was."""
import json
import shutil
from pathlib import Path

import duckdb
import pytest
from apache_beam.io.filesystems import FileSystems

from pipeline import output_dir
from pipeline.cli import main
from pipeline.report.corpus import current_articles_sql
from tests.pipeline.kills import Killed, killing_filesystem

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
# The samples split in two days: the syndicated stories S1-S4 have copies on both.
DAY_A, DAY_B = ("warc", "jsonl"), ("html", "text")


@pytest.fixture(scope="module")
def days(tmp_path_factory):
    root = tmp_path_factory.mktemp("days")
    for day, folders in (("a", DAY_A), ("b", DAY_B)):
        for folder in folders:
            shutil.copytree(SAMPLES / folder, root / day / folder)
    return root


def _run(*args):
    return main([*map(str, args), "--no_report"])


def current_rows(corpus):
    """Every article as it stands now, ordered by doc_id."""
    return duckdb.connect().execute(f"{current_articles_sql(str(corpus))} ORDER BY doc_id").fetchall()


def tree(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpora(days, tmp_path_factory):
    root = tmp_path_factory.mktemp("corpora")
    assert _run("--input", days / "a", "--output", root / "a_then_b") == 0
    assert _run("--input", days / "b", "--append_to", root / "a_then_b") == 0
    assert _run("--input", days / "a", "--input", days / "b", "--output", root / "together") == 0
    return root


def test_a_then_b_equals_one_run_over_a_and_b(corpora):
    appended, together = current_rows(corpora / "a_then_b"), current_rows(corpora / "together")
    assert len(appended) == 31
    assert appended == together
    columns = [d[0] for d in duckdb.connect().execute(
        f"{current_articles_sql(str(corpora / 'together'))} LIMIT 0").description]
    clusters = {row[columns.index("dup_cluster_id")] for row in together
                if row[columns.index("dup_cluster_size")] > 1}
    assert len(clusters) == 4    # S1 to S4, each with copies on both days


def test_old_rows_whose_cluster_changed_are_listed_with_their_run(corpora):
    corpus = corpora / "a_then_b"
    updates = duckdb.connect().execute(
        f"SELECT count(*), min(run), max(run) FROM read_parquet('{corpus}/cluster_updates/*.parquet')").fetchone()
    summary = json.loads((corpus / "run_summary.json").read_text())
    assert updates == (summary["cluster_updates"], 2, 2)
    assert updates[0] == 10
    # The rows of day A in a cluster with a day-B copy are exactly those that changed: size grew.
    together = duckdb.connect().execute(
        f"SELECT count(*) FROM read_parquet('{corpora}/together/articles/**/*.parquet') "
        f"WHERE dup_cluster_size > 1 AND source_file LIKE '%/a/%'").fetchone()[0]
    assert together == 10
    assert [run["run"] for run in summary["runs"]] == [1, 2]
    assert (summary["corpus"]["articles"], summary["corpus"]["rejects"]) == (31, 8)


def test_runs_manifest_records_inputs_options_and_counts(corpora, days):
    runs = [json.loads(p.read_text()) for p in sorted((corpora / "a_then_b" / "runs").glob("*.json"))]
    assert [run["run"] for run in runs] == [1, 2]
    assert [len(run["inputs"]) for run in runs] == [5, 15]
    assert all(item["path"].startswith(str(days / "b")) for item in runs[1]["inputs"])
    assert all(item["digest"].startswith("sha256:") for run in runs for item in run["inputs"])
    assert [(run["records_read"], run["articles"], run["rejects"]) for run in runs] == [(24, 19, 5), (15, 12, 3)]
    assert runs[1]["options"]["append_to"] == str(corpora / "a_then_b")
    assert runs[1]["code_version"].startswith("0.1.0")


def test_appending_the_same_dumps_again_adds_nothing(corpora, days, capsys, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(corpora / "a_then_b", corpus)
    before = tree(corpus)
    assert _run("--input", days / "b", "--append_to", corpus) == 0
    assert "nothing to add" in capsys.readouterr().err
    assert tree(corpus) == before
    # Old and new dumps together: only the new one is read.
    (days / "c").mkdir(exist_ok=True)
    shutil.copy(SAMPLES / "text" / "pune-pothole-app.txt", days / "c" / "pune.txt")
    assert _run("--input", days / "a", "--input", days / "c", "--append_to", corpus) == 0
    summary = json.loads((corpus / "run_summary.json").read_text())
    assert (summary["run"], summary["records_read"], len(summary["skipped_inputs"])) == (3, 1, 5)


def test_a_dump_whose_content_changed_is_refused(corpora, days, capsys, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(corpora / "a_then_b", corpus)
    changed = tmp_path / "b"
    shutil.copytree(days / "b", changed)
    before = tree(corpus)
    runs = json.loads((corpus / "runs" / "run-0002.json").read_text())
    for item in runs["inputs"]:    # the manifest now says run 2 read these paths, with the content they had then
        item["path"] = item["path"].replace(str(days / "b"), str(changed))
    (corpus / "runs" / "run-0002.json").write_text(json.dumps(runs))
    before = tree(corpus)
    (changed / "html" / "maple-season.html").write_text("<html>changed</html>")
    assert _run("--input", changed, "--append_to", corpus) == 2
    assert "was read by run 2 with other content" in capsys.readouterr().err
    assert tree(corpus) == before


def test_append_flags_are_checked(corpora, days, capsys, tmp_path):
    corpus = corpora / "a_then_b"
    assert _run("--input", days / "b", "--append_to", corpus, "--output", tmp_path / "x") == 2
    assert _run("--input", days / "b", "--append_to", corpus, "--dedup", "drop") == 2
    assert _run("--input", days / "b", "--append_to", corpus, "--dedup", "off") == 2
    assert _run("--input", days / "b", "--append_to", tmp_path / "nothing") == 2
    err = capsys.readouterr().err
    assert "not both" in err and "--dedup mark or off" in err
    assert "made with --dedup mark" in err and "holds no corpus" in err


def test_a_kill_anywhere_in_the_append_commit_leaves_the_corpus_as_before_or_complete(
        corpora, days, tmp_path, monkeypatch):
    # A real staged append, stopped before its commit.
    kept = {}

    def keep_staging(staging, corpus):
        kept["staging"] = staging
        shutil.copytree(staging, tmp_path / "staged")
        raise Killed()

    first = tmp_path / "first"
    assert _run("--input", days / "a", "--output", first) == 0
    monkeypatch.setattr(output_dir, "commit_append", keep_staging)
    with pytest.raises(Killed):
        _run("--input", days / "b", "--append_to", first)
    monkeypatch.undo()
    staging_name = Path(kept["staging"]).relative_to(first)
    before = {k: v for k, v in tree(first).items() if not k.startswith("_staging")}
    complete = None
    outcomes = set()
    for after in range(200):
        corpus = tmp_path / f"kill-{after}"
        shutil.copytree(first, corpus, ignore=shutil.ignore_patterns("_staging"))
        shutil.copytree(tmp_path / "staged", corpus / staging_name)
        with monkeypatch.context() as patched:
            killing_filesystem(patched, after)
            try:
                output_dir.commit_append(str(corpus / staging_name), str(corpus))
                finished = True
            except Killed:
                finished = False
        output_dir.recover(str(corpus))
        shutil.rmtree(corpus / "_staging", ignore_errors=True)    # what the next run asks the user to delete
        state = tree(corpus)
        if finished:
            complete = state
            break
        outcomes.add("before" if state == before else "complete" if state.keys() - before.keys() else "other")
        if state != before:
            assert current_rows(corpus) == current_rows(corpora / "a_then_b")
    assert complete is not None and after > 10
    assert current_rows(corpus) == current_rows(corpora / "a_then_b")
    assert "other" not in outcomes and "before" in outcomes


def test_the_readme_query_gives_the_current_state(corpora, tmp_path, monkeypatch):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme.split("## Growing a corpus", 1)[1]
    query = section.split("```sql\n", 1)[1].split("```", 1)[0]
    shutil.copytree(corpora / "a_then_b", tmp_path / "output")
    monkeypatch.chdir(tmp_path)
    con = duckdb.connect()
    statements = [s for s in query.split(";") if s.strip()]
    con.execute(statements[0])
    assert con.execute("SELECT * FROM articles ORDER BY doc_id").fetchall() == current_rows(corpora / "together")
    assert con.execute(statements[1]).fetchall() == [(2, 10)]
    assert sorted(con.execute(statements[2]).fetchall()) == [(1, 24, 19, 0), (2, 15, 12, 10)]


def test_the_report_shows_the_runs_and_the_current_clusters(corpora, tmp_path):
    from pipeline.report.data import collect
    from pipeline.report.page import render

    appended, together = collect(str(corpora / "a_then_b")), collect(str(corpora / "together"))
    assert appended["dedup"] == together["dedup"]
    assert appended["overview"]["articles"] == 31
    runs = appended["run"]["runs"]
    assert [(r["run"], r["articles"], r["cluster_updates"]) for r in runs] == [(1, 19, 0), (2, 12, 10)]
    page = render(appended)
    assert "Runs of this corpus" in page and "old rows in other clusters (cluster_updates)" in page
    assert "Runs of this corpus" not in render(together)
    # The head counts the whole corpus: the records of both runs.
    assert '<b>39</b><span>records read</span>' in page and '<b>2</b><span>runs</span>' in page
    assert '<b>39</b><span>records read</span>' in render(together)
