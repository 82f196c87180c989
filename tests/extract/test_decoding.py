import codecs

from transforms.extract.decoding import decode_page

from tests.conftest import shared_path

CAFE = "Le café de la gare a fermé ses portes après trente ans."


def test_http_header_charset_wins_over_meta():
    body = f'<html><head><meta charset="utf-8"></head><body>{CAFE}</body></html>'.encode("cp1252")
    text, codec = decode_page(body, "windows-1252")
    assert CAFE in text
    assert codec == "cp1252"


def test_latin1_label_decodes_as_windows_1252():
    body = "Prices rose 5 € — a “record”.".encode("cp1252")
    assert decode_page(body, "iso-8859-1") == ("Prices rose 5 € — a “record”.", "cp1252")


def test_every_alias_of_a_superseded_label_decodes_as_its_superset():
    body = "Prices rose 5 € — a “record”.".encode("cp1252")
    for label in ("latin1", "l1", "cp819", "ISO_8859-1", "us-ascii"):
        assert decode_page(body, label) == ("Prices rose 5 € — a “record”.", "cp1252")
    assert decode_page("Fiyatlar ğ ş ı".encode("cp1254"), "latin5") == ("Fiyatlar ğ ş ı", "cp1254")


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


def test_undeclared_central_european_pages():
    polish = "<p>Prezydent spotkał się wczoraj z przedstawicielami samorządów w sprawie źródeł finansowania szkół.</p>"
    czech = "<p>Vláda schválila nový zákon o státním rozpočtu. Ministr řekl, že šetření potrvá ještě dva roky.</p>"
    assert decode_page(polish.encode("iso8859-2")) == (polish, "iso8859-2")
    assert decode_page(polish.encode("cp1250")) == (polish, "cp1250")
    assert decode_page(czech.encode("iso8859-2")) == (czech, "iso8859-2")
    assert decode_page(czech.encode("cp1250")) == (czech, "cp1250")


def test_undeclared_western_pages():
    portuguese = "<p>O governo aprovou o orçamento do próximo ano; o ministro disse que a economia não vai parar.</p>"
    icelandic = "<p>Ríkisstjórnin samþykkti fjárlög næsta árs á fimmtudaginn. Ráðherrann sagði að hagvöxtur myndi aukast.</p>"
    euro = "<html><body><p>Der Preis stieg am Montag auf 10 € pro Stück, sagte der Händler.</p></body></html>"
    assert decode_page(portuguese.encode("cp1252")) == (portuguese, "cp1252")
    assert decode_page(icelandic.encode("cp1252")) == (icelandic, "cp1252")
    assert decode_page(euro.encode("iso8859-15")) == (euro, "iso8859-15")


def test_undeclared_turkish_decodes_as_windows_1254():
    turkish = "<p>Hükümet perşembe günü yeni bütçeyi onayladı. Bakan, büyümenin hızlanacağını söyledi.</p>"
    assert decode_page(turkish.encode("iso8859-9")) == (turkish, "cp1254")


def test_detected_thai_decodes_as_windows_874():
    thai = "<p>รัฐบาลอนุมัติงบประมาณปีหน้าเมื่อวันพฤหัสบดี… ประชาชนรอคอยมานาน</p>"
    assert decode_page(thai.encode("cp874")) == (thai, "cp874")


def test_declared_charset_still_wins_over_the_guess():
    czech = "Ministr řekl, že šetření potrvá ještě dva roky."
    body = f'<meta charset="windows-1250"><p>{czech}</p>'.encode("iso8859-2")
    assert decode_page(body) == (body.decode("cp1250"), "cp1250")
    as_latin2 = czech.encode("iso8859-2")
    assert decode_page(as_latin2, "windows-1250") == (as_latin2.decode("cp1250"), "cp1250")


def test_undeclared_japanese_stays_japanese():
    page = "<p>政府は木曜日、来年度の予算案を承認した。</p>"
    assert decode_page(page.encode("cp932")) == (page, "cp932")
