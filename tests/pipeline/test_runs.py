import hashlib

import pytest

from pipeline.runs import RunsError, file_digest, input_files, next_run, read_runs, run_path, split_read_before, write_run


def test_digest_and_listing(tmp_path):
    (tmp_path / "b.warc").write_bytes(b"bytes of b")
    (tmp_path / "a.html").write_bytes(b"")
    assert file_digest(str(tmp_path / "b.warc")) == "sha256:" + hashlib.sha256(b"bytes of b").hexdigest()
    listed = input_files([str(tmp_path / "*"), str(tmp_path / "b.warc")])
    assert [(item["path"].rsplit("/", 1)[1], item["bytes"]) for item in listed] == [("a.html", 0), ("b.warc", 10)]


def test_a_dump_read_before_is_skipped_and_a_changed_one_refused():
    runs = [{"run": 1, "inputs": [{"path": "/d/1.warc", "digest": "sha256:aa"}]},
            {"run": 2, "inputs": [{"path": "/d/2.warc", "digest": "sha256:bb"}]}]
    files = [{"path": "/d/1.warc", "digest": "sha256:aa"}, {"path": "/d/3.warc", "digest": "sha256:bb"}]
    new, skipped = split_read_before(files, runs)
    # The same content under a new path is read, as one run over both paths would read it.
    assert new == [{"path": "/d/3.warc", "digest": "sha256:bb"}]
    assert skipped == [{"path": "/d/1.warc", "digest": "sha256:aa", "run": 1}]
    with pytest.raises(RunsError, match=r"/d/2.warc was read by run 2 with other content \(sha256:bb, now sha256:cc\)"):
        split_read_before([{"path": "/d/2.warc", "digest": "sha256:cc"}], runs)
    assert next_run(runs) == 3 and next_run([]) == 1


def test_records_are_read_back_in_run_order(tmp_path):
    for run in (2, 1, 10):
        write_run(str(tmp_path), {"run": run, "inputs": []})
    assert run_path(str(tmp_path), 10).endswith("runs/run-0010.json")
    assert [record["run"] for record in read_runs(str(tmp_path))] == [1, 2, 10]
    assert read_runs(str(tmp_path / "none")) == []
