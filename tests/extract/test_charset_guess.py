from transforms.extract.charset_guess import _high_byte_trigrams, best_latin_codec, mostly_isolated_high_bytes, plausibility

POLISH = "Prezydent spotkał się wczoraj z przedstawicielami samorządów. Rozmowa dotyczyła źródeł finansowania szkół."
CZECH = "Vláda schválila nový zákon o státním rozpočtu. Ministr řekl, že šetření potrvá ještě dva roky."
PORTUGUESE = "O governo aprovou o orçamento do próximo ano. O ministro disse que a economia não vai desacelerar."
TURKISH = "Hükümet perşembe günü yeni bütçeyi onayladı. Bakan, büyümenin hızlanacağını söyledi."


def _score(data: bytes, codec: str) -> float:
    return float(plausibility(codec, _high_byte_trigrams(data)))


def test_letters_of_one_language_beat_symbols_inside_words():
    data = "państwo".encode("iso8859-2")  # ń is 0xF1 in both sets, ą is not
    assert _score(b"pa\xb1stwo", "iso8859-2") == 1.0  # ą, Polish
    assert _score(b"pa\xb1stwo", "cp1250") == -1.0  # ± inside a word
    assert _score(data, "iso8859-2") == _score(data, "cp1250") == 1.0


def test_c1_controls_count_double_against():
    assert _score(b"\x9aance", "iso8859-2") == -2.0
    assert _score(b"\x9aance", "cp1250") == 1.0  # šance


def test_rare_signs_and_case_breaks_count_against():
    assert _score(b"10 \xa4", "cp1252") == -1.0  # ¤
    assert _score(b"10 \xa4", "iso8859-15") == 0.0  # €
    assert _score(b"Blanchard\xd5s", "cp1252") == -1.0  # Õ after a small letter
    assert _score(b"Blanchard\xd5s", "mac-roman") == 1.0  # ’ as apostrophe


def test_central_european_sets_are_told_apart():
    for text in (POLISH, CZECH):
        assert best_latin_codec(text.encode("iso8859-2")) == "iso8859-2"
        assert best_latin_codec(text.encode("cp1250")) == "cp1250"


def test_western_and_turkish_pages():
    assert best_latin_codec(PORTUGUESE.encode("cp1252")) == "cp1252"
    assert best_latin_codec(TURKISH.encode("cp1254")) == "cp1254"
    assert best_latin_codec("Der Preis stieg auf 10 € pro Stück.".encode("iso8859-15")) == "iso8859-15"
    assert best_latin_codec("The café’s “menu” costs £5.".encode("cp1252")) == "cp1252"
    assert best_latin_codec("Le café d’en face a fermé.".encode("mac-roman")) == "mac-roman"


def test_ties_go_to_windows_1252_and_the_detector_pick_only_wins_outright():
    assert best_latin_codec(b"Plain words only.") == "cp1252"
    # A detector's non-WHATWG pick (a DOS code page) is heard, but must read better.
    assert best_latin_codec("Größere Häuser für München.".encode("cp1252"), extra="cp850") == "cp1252"
    assert best_latin_codec("Größere Häuser für München.".encode("cp850"), extra="cp850") == "cp850"


def test_isolated_high_bytes_tell_latin_from_double_byte_text():
    assert mostly_isolated_high_bytes("Stück für Händler".encode("cp1252")) is True
    assert mostly_isolated_high_bytes("東京の天気は晴れです。 ok".encode("cp932")) is False
    assert mostly_isolated_high_bytes(b"plain ascii") is False
