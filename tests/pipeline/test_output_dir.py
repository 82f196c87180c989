import pyarrow.parquet as pq
import pytest

from pipeline.output_dir import (
    MOVED_IN,
    MOVING_IN,
    OutputExistsError,
    OutputNotWritableError,
    check_writable,
    commit,
    ensure_rejects_table,
    existing_corpus,
    prepare,
    recover,
)
from schemas import reject_schema
from tests.pipeline.kills import Killed, killing_filesystem


def test_prepare_fresh_and_existing(tmp_path):
    staging = prepare(str(tmp_path / "out"), overwrite=False)
    assert staging.startswith(str(tmp_path / "out" / "_staging") + "/")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "run_summary.json").write_text("{}")
    with pytest.raises(OutputExistsError, match="already holds a corpus \\(run_summary.json\\)"):
        prepare(str(tmp_path / "out"), overwrite=False)
    assert prepare(str(tmp_path / "out"), overwrite=True)


def test_leftovers_of_a_killed_run_are_reported_and_removed_only_with_overwrite(tmp_path):
    leftover = tmp_path / "out" / "_staging" / "old" / "articles" / "part.parquet"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"x")
    with pytest.raises(OutputExistsError, match=r"_staging holds the staged files of an interrupted run "
                                                r"\(none of them was committed\)\. Pass --overwrite"):
        prepare(str(tmp_path / "out"), overwrite=False)
    assert leftover.exists()
    prepare(str(tmp_path / "out"), overwrite=True)
    assert not (tmp_path / "out" / "_staging").exists()


def _files(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def _corpus(folder, tag):
    for name in ("articles/language=en/year=2020/month=01/part-0.parquet", "rejects/part-0.parquet",
                 "run_summary.json"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(tag)


def test_a_commit_killed_while_moving_the_old_corpus_aside_is_rolled_back(tmp_path):
    out = tmp_path / "out"
    _corpus(out, "old")
    (out / "_previous" / "rejects").mkdir(parents=True)
    (out / "rejects" / "part-0.parquet").rename(out / "_previous" / "rejects" / "part-0.parquet")
    assert recover(str(out)) == f"put the previous corpus back in {out} after an interrupted commit"
    assert _files(out) == ["articles/language=en/year=2020/month=01/part-0.parquet", "rejects/part-0.parquet",
                           "run_summary.json"]
    assert {p.read_text() for p in out.rglob("*") if p.is_file()} == {"old"}


def test_a_commit_killed_while_moving_the_new_corpus_in_is_rolled_back(tmp_path):
    out = tmp_path / "out"
    _corpus(out / "_previous", "old")
    (out / "_previous" / MOVING_IN).write_text("")
    (out / "articles" / "language=fr" / "year=2024" / "month=02").mkdir(parents=True)
    (out / "articles" / "language=fr" / "year=2024" / "month=02" / "part-0.parquet").write_text("new")
    recover(str(out))
    assert _files(out) == ["articles/language=en/year=2020/month=01/part-0.parquet", "rejects/part-0.parquet",
                           "run_summary.json"]
    assert {p.read_text() for p in out.rglob("*") if p.is_file()} == {"old"}


def test_a_commit_killed_after_the_new_corpus_was_in_is_finished(tmp_path):
    out = tmp_path / "out"
    _corpus(out / "_previous", "old")
    (out / "_previous" / MOVED_IN).write_text("")
    _corpus(out, "new")
    assert recover(str(out)) == f"finished an interrupted commit in {out} (the new corpus was complete)"
    assert {p.read_text() for p in out.rglob("*") if p.is_file()} == {"new"}
    assert not (out / "_previous").exists()
    assert recover(str(out)) is None


def test_check_writable_fails_early_with_one_line(tmp_path):
    check_writable(str(tmp_path / "out" / "_staging" / "run"), str(tmp_path / "out"))
    assert _files(tmp_path) == []
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputNotWritableError, match=f"^cannot write to --output {tmp_path / 'file'}: "
                                                     r"\[Errno 20\] Not a directory"):
        check_writable(str(tmp_path / "file" / "_staging" / "run"), str(tmp_path / "file"))


def test_commit_replaces_old_corpus(tmp_path):
    out = tmp_path / "out"
    old = out / "articles" / "language=en" / "year=2020" / "month=01" / "part-00000-0000.parquet"
    old.parent.mkdir(parents=True)
    old.write_bytes(b"old")
    staging = out / "_staging" / "run1"
    new = staging / "articles" / "language=fr" / "year=2024" / "month=02" / "part-00000-0000.parquet"
    new.parent.mkdir(parents=True)
    new.write_bytes(b"new")
    (staging / "run_summary.json").write_text("{}")
    (staging / "rows" / "staged.parquet").parent.mkdir(parents=True)
    (staging / "rows" / "staged.parquet").write_bytes(b"working file")
    committed = commit(str(staging), str(out))
    assert committed == [str(out / "articles" / "language=fr" / "year=2024" / "month=02" / "part-00000-0000.parquet"),
                         str(out / "run_summary.json")]
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == [
        "articles", "articles/language=fr", "articles/language=fr/year=2024",
        "articles/language=fr/year=2024/month=02", "articles/language=fr/year=2024/month=02/part-00000-0000.parquet",
        "run_summary.json"]
    assert existing_corpus(str(out)) == ["articles", "run_summary.json"]


def test_empty_rejects_table(tmp_path):
    ensure_rejects_table(str(tmp_path))
    table = pq.read_table(tmp_path / "rejects" / "part-00000-0000.parquet")
    assert (table.num_rows, table.schema) == (0, reject_schema())


def test_a_kill_anywhere_in_a_commit_leaves_the_old_corpus_or_the_new_one(tmp_path, monkeypatch):
    def contents(folder):
        return {str(p.relative_to(folder)): p.read_text() for p in folder.rglob("*") if p.is_file()}

    finished = False
    for after in range(100):
        out = tmp_path / f"kill-{after}"
        _corpus(out, "old")
        (out / "cluster_updates" / "part-0.parquet").parent.mkdir(parents=True)
        (out / "cluster_updates" / "part-0.parquet").write_text("old")
        old = contents(out)
        staging = out / "_staging" / "run"
        _corpus(staging, "new")
        new = {name: "new" for name in contents(staging)}
        with monkeypatch.context() as patched:
            killing_filesystem(patched, after)
            try:
                commit(str(staging), str(out))
                finished = True
            except Killed:
                pass
        recover(str(out))
        state = {name: text for name, text in contents(out).items() if not name.startswith("_staging")}
        assert state in (old, new), after
        if finished:
            assert state == new
            break
    assert finished and after > 5
