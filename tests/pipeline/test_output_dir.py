import pyarrow.parquet as pq
import pytest

from pipeline.output_dir import OutputExistsError, commit, ensure_rejects_table, existing_corpus, prepare
from schemas import reject_schema


def test_prepare_fresh_and_existing(tmp_path):
    staging = prepare(str(tmp_path / "out"), overwrite=False)
    assert staging.startswith(str(tmp_path / "out" / "_staging") + "/")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "run_summary.json").write_text("{}")
    with pytest.raises(OutputExistsError, match="already holds a corpus \\(run_summary.json\\)"):
        prepare(str(tmp_path / "out"), overwrite=False)
    assert prepare(str(tmp_path / "out"), overwrite=True)


def test_prepare_removes_leftovers_of_an_interrupted_run(tmp_path):
    leftover = tmp_path / "out" / "_staging" / "old" / "articles" / "part.parquet"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"x")
    prepare(str(tmp_path / "out"), overwrite=False)
    assert not (tmp_path / "out" / "_staging").exists()


def test_commit_replaces_old_corpus(tmp_path):
    out = tmp_path / "out"
    old = out / "articles" / "language=en" / "year=2020" / "month=01" / "part-00000-0000.parquet"
    old.parent.mkdir(parents=True)
    old.write_bytes(b"old")
    staging = out / "_staging" / "run1"
    new = staging / "articles" / "language=fr" / "year=2024" / "month=02" / "part-00000-0000.parquet"
    new.parent.mkdir(parents=True)
    new.write_bytes(b"new")
    committed = commit(str(staging), str(out))
    assert committed == [str(out / "articles" / "language=fr" / "year=2024" / "month=02" / "part-00000-0000.parquet")]
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == [
        "articles/language=fr/year=2024/month=02/part-00000-0000.parquet"]
    assert existing_corpus(str(out)) == ["articles"]


def test_empty_rejects_table(tmp_path):
    ensure_rejects_table(str(tmp_path))
    table = pq.read_table(tmp_path / "rejects" / "part-00000-0000.parquet")
    assert (table.num_rows, table.schema) == (0, reject_schema())
