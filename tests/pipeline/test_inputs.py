import pytest

from pipeline.inputs import InputError, resolve_inputs


def test_globs_and_files_pass_as_given_folders_become_their_dumps(tmp_path, capsys):
    (tmp_path / "a").mkdir()
    for i in range(10):
        (tmp_path / "a" / f"page{i}.html").write_text("<html><body><p>x</p></body></html>")
        (tmp_path / "a" / f"note{i}.md").write_text("notes")
    (tmp_path / "b.jsonl").write_text('{"url": "u", "text": "t"}\n')
    resolved = resolve_inputs([str(tmp_path / "a"), str(tmp_path / "*.jsonl")])
    assert resolved == [str(tmp_path / "a" / f"page{i}.html") for i in range(10)] + [str(tmp_path / "*.jsonl")]
    assert capsys.readouterr().err == (
        f"--input {tmp_path / 'a'}: 10 dump files taken, 10 skipped (not page dumps): note0.md, note1.md, note2.md, "
        "note3.md, note4.md, note5.md, note6.md, note7.md and 2 more\n")


def test_a_pattern_matching_nothing_is_an_error(tmp_path):
    with pytest.raises(InputError, match=r"^no file matches --input '.*/nothing-\*\.warc'$"):
        resolve_inputs([str(tmp_path / "nothing-*.warc")])
