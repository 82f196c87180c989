import codecs

from transforms.page_decoding import charset_from_content_type, decode_page

from tests.conftest import shared_path

CAFE = "Le café de la gare a fermé ses portes après trente ans."


def test_charset_from_content_type():
    assert charset_from_content_type("text/html; charset=ISO-8859-1") == "ISO-8859-1"
    assert charset_from_content_type('text/html; charset="utf-8"') == "utf-8"
    assert charset_from_content_type("text/html") is None
    assert charset_from_content_type(None) is None


def test_http_header_charset_wins_over_meta():
    body = f'<html><head><meta charset="utf-8"></head><body>{CAFE}</body></html>'.encode("cp1252")
    text, codec = decode_page(body, "windows-1252")
    assert CAFE in text
    assert codec == "cp1252"


def test_latin1_label_decodes_as_windows_1252():
    body = "Prices rose 5 € — a “record”.".encode("cp1252")
    assert decode_page(body, "iso-8859-1") == ("Prices rose 5 € — a “record”.", "cp1252")


def test_utf8_bytes_under_a_latin1_header_are_utf8():
    body = f"<p>{CAFE}</p>".encode("utf-8")
    assert decode_page(body, "iso-8859-1") == (f"<p>{CAFE}</p>", "utf-8")


def test_meta_charset_used_without_header():
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body>Привет, мир</body></html>'
    text, codec = decode_page(page.encode("koi8-r"))
    assert "Привет, мир" in text
    assert codec == "koi8-r"


def test_wrong_header_charset_falls_through_to_meta():
    page = '<meta charset="shift_jis"><p>東京の天気は晴れです。</p>'
    text, codec = decode_page(page.encode("cp932"), "utf-8")
    assert "東京の天気は晴れです。" in text
    assert codec == "cp932"


def test_utf16_with_bom():
    page = "<p>Grüße aus Köln</p>"
    assert decode_page(codecs.BOM_UTF16_LE + page.encode("utf-16-le")) == (page, "utf-16")


def test_invalid_bytes_under_declared_utf8_are_replaced_not_fatal():
    body = b"<p>caf\xc3\xa9 \xff broken</p>"
    assert decode_page(body, "utf-8") == ("<p>café \ufffd broken</p>", "utf-8")
    assert decode_page(b'<meta charset="utf-8">' + body) == ('<meta charset="utf-8"><p>café \ufffd broken</p>', "utf-8")


def test_legacy_encodings_from_real_pages():
    # Folder name = true encoding. These families decode identically under the
    # browser-compatible supersets we use, so the text must match exactly.
    root = shared_path("corpora", "chardet-testdata", "tests")
    checked = 0
    for folder, codec in (("windows-1251-russian", "cp1251"), ("KOI8-R", "koi8_r"), ("EUC-JP", "euc_jp"),
                          ("Big5", "big5hkscs"), ("EUC-KR", "cp949"), ("windows-1255-hebrew", "cp1255")):
        for path in sorted((root / folder).iterdir()):
            data = path.read_bytes()
            assert decode_page(data)[0] == data.decode(codec), path
            checked += 1
    assert checked == 149


def test_unmarked_utf16_and_utf32():
    page = "<html><body><p>Der Hafen öffnet am Montag wieder.</p></body></html>"
    for codec, name in (("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"), ("utf-32-le", "utf-32-le"),
                        ("utf-32-be", "utf-32-be")):
        assert decode_page(page.encode(codec)) == (page, name)


def test_iso2022_escape_sequences():
    assert decode_page("東京の天気は晴れです。".encode("iso2022_jp")) == ("東京の天気は晴れです。", "iso2022_jp")
    assert decode_page("서울의 날씨는 맑습니다.".encode("iso2022_kr")) == ("서울의 날씨는 맑습니다.", "iso2022_kr")


def test_plain_ascii_stays_utf8():
    assert decode_page(b"<p>Plain words only.</p>") == ("<p>Plain words only.</p>", "utf-8")
