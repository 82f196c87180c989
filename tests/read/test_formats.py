from transforms.read.formats import format_from_name, looks_binary, resolve_format, sniff_format


def test_format_from_name():
    assert format_from_name("gs://b/x/CC-MAIN-1.warc.gz") == "warc"
    assert format_from_name("a.ARC") == "arc"
    assert format_from_name("feed.jsonl.gz") == "jsonl"
    assert format_from_name("page.htm") == "html"
    assert format_from_name("seed.txt") == "text"
    assert format_from_name("notes.md") is None


def test_sniff_format():
    assert sniff_format(b"WARC/1.0\r\n") == "warc"
    assert sniff_format(b"filedesc://x.arc 0.0.0.0") == "arc"
    assert sniff_format(b"\xef\xbb\xbf<!DOCTYPE html><html>") == "html"
    assert sniff_format(b'{"url": "https://a.example"}') == "jsonl"
    assert sniff_format(b"Plain words") is None


def test_bytes_win_over_the_name():
    assert resolve_format("lies.html", b"WARC/1.1\r\n") == "warc"
    assert resolve_format("page.txt", b"<html><body>") == "html"
    assert resolve_format("seed.txt", b"Close Menu\n") == "text"


def test_looks_binary():
    assert looks_binary(b"%PDF-1.7")
    assert not looks_binary(b"<p>one stray NUL\x00 in a page</p>")
    assert looks_binary(b"\x00" * 11 + b"a" * 89)         # 11 % control bytes
    assert not looks_binary(b"\x00" * 10 + b"a" * 90)     # 10 %: still text
    assert not looks_binary(b"\t\n\r\x0c\x1b" * 30)         # whitespace and escape are text
    assert not looks_binary(b"")
    assert not looks_binary(b"\xff\xfe<\x00h\x00")  # UTF-16 text
    assert not looks_binary("Grüße".encode())
