import subprocess
import sys

import numpy as np

import transforms.dedup.fingerprint as tf
from tests.conftest import REPO

SENTENCE = "the river bridge reopened on monday after repairs".split()


def words(start: int, stop: int, prefix: str = "w") -> list[str]:
    return [f"{prefix}{i}" for i in range(start, stop)]


def shingled(word_list: list[str]) -> tf.Shingled:
    return tf.Shingled(tf.shingle_hashes(word_list), tf.shingle_hashes(word_list[:tf.LEAD_SHINGLES + 4]))


def test_tokens_fold_case_drop_punctuation_and_split_underscores():
    assert tf.tokens("Hello, World! It's 2024 — “quoted” snake_case") == [
        "hello", "world", "it", "s", "2024", "quoted", "snake", "case"]


def test_tokens_split_han_into_characters_and_apply_nfkc():
    assert tf.tokens("新华社北京电 Xinhua ﬁle Ｆｕｌｌ ÉCOLE") == [
        "新", "华", "社", "北", "京", "电", "xinhua", "file", "full", "école"]


def test_normalize_text_joins_tokens_with_single_spaces():
    assert tf.normalize_text("  The  Mayor's\nOFFICE, said: \"No.\" ") == "the mayor s office said no"
    assert tf.normalize_text(None) == ""


def test_body_hash_is_sha256_of_normalized_text_and_none_when_empty():
    assert tf.body_hash("a b") == "c8687a08aa5d6ed2044328fa6a697ab8e96dc34291e8c2034ae8c38e6fcc6d65"
    assert tf.body_hash("") is None


def test_shingle_hashes_exact_values():
    assert tf.shingle_hashes(SENTENCE).tolist() == [498320963, 1081676550, 2124832739, 4057277835]
    assert tf.shingle_hashes(["only", "three", "words"]).tolist() == [1996487761]
    assert tf.shingle_hashes([]).tolist() == []


def test_shingle_hash_depends_on_window_not_position_and_is_order_sensitive():
    assert tf.shingle_hashes(SENTENCE[:5]).tolist() == [498320963]
    assert tf.shingle_hashes(["x"] + SENTENCE[:5]).tolist() == sorted(
        tf.shingle_hashes(["x"] + SENTENCE[:4]).tolist() + [498320963])
    assert tf.shingle_hashes(SENTENCE[:5][::-1]).tolist() != [498320963]


def test_minhash_signature_exact_values():
    signature = tf.minhash_signature(tf.shingle_hashes(SENTENCE))
    assert signature.dtype == np.uint32
    assert signature.shape == (64,)
    assert signature[:6].tolist() == [533843430, 309230136, 1409107703, 565285646, 822951266, 1015812795]
    assert tf.minhash_signature(np.zeros(0, dtype=np.uint32)).tolist() == [0xFFFFFFFF] * 64


def test_band_keys_are_band_number_then_little_endian_rows():
    signature = np.arange(64, dtype=np.uint32) + 0x01020300
    keys = tf.band_keys(signature)
    assert len(keys) == 16
    assert keys[0] == b"\x00\x00\x03\x02\x01"
    assert keys[15] == b"\x0f\x0f\x03\x02\x01"
    assert tf.band_keys(signature, bands=2, rows=3) == [b"\x00\x00\x03\x02\x01\x01\x03\x02\x01\x02\x03\x02\x01",
                                                        b"\x01\x03\x03\x02\x01\x04\x03\x02\x01\x05\x03\x02\x01"]
    assert tf.band_keys(tf.minhash_signature(tf.shingle_hashes(SENTENCE)))[:2] == [
        b"\x00\xe6\xcd\xd1\x1f", b"\x018zn\x12"]


def test_sketch_keeps_low_bytes():
    assert tf.sketch(np.array([0x1FF, 0x2AA, 0x10], dtype=np.uint32)) == b"\xff\xaa\x10\x00\x00\x00\x00"
    assert tf.sketch(np.array([0x1FF], dtype=np.uint32), 300) == b"\xff\x2c\x01\x00\x00"
    assert tf.sketch_size(bytes(64) + (300).to_bytes(4, "little")) == 300


def test_jaccard_floor_is_what_copies_of_two_sizes_must_share():
    assert tf.jaccard_floor(100, 100) == 70 / 130
    assert tf.jaccard_floor(100, 400) == 70 / 430
    assert tf.jaccard_floor(100, 1000) == tf.MIN_JACCARD
    assert tf.jaccard_floor(0, 50) == tf.MIN_JACCARD


def test_could_be_copies_screens_by_the_floor_of_the_two_sizes():
    def sketch_of(agreeing: int, size: int) -> bytes:
        return bytes(range(agreeing)) + bytes(range(100, 164 - agreeing)) + size.to_bytes(4, "little")

    same = bytes(range(64)) + (500).to_bytes(4, "little")
    # Two texts of one size: floor 0.538, 3 standard errors (0.187) below it is 0.351.
    assert tf.could_be_copies(same, sketch_of(23, 500))          # estimate 0.357
    assert not tf.could_be_copies(same, sketch_of(22, 500))      # estimate 0.341
    # A short text inside a long one needs only the 0.05 floor.
    assert tf.could_be_copies(same, sketch_of(4, 5000))          # estimate 0.059
    assert not tf.could_be_copies(same, sketch_of(3, 5000))      # estimate 0.043


def test_estimated_jaccard_corrects_chance_agreement():
    assert tf.estimated_jaccard(bytes(range(64)), bytes(range(64))) == 1.0
    assert tf.estimated_jaccard(bytes(range(64)), bytes(range(64, 128))) == 0.0
    half = bytes(range(32)) + bytes(range(100, 132))
    assert tf.estimated_jaccard(bytes(range(64)), half) == (0.5 - 1 / 256) / (1 - 1 / 256)


def test_overlap_exact_values():
    a = np.array([1, 2, 3, 4], dtype=np.uint32)
    b = np.array([3, 4, 5, 6, 7, 8], dtype=np.uint32)
    assert tf.overlap(a, b) == tf.Overlap(2, 0.5, 0.25)
    assert tf.overlap(a, np.zeros(0, dtype=np.uint32)) == tf.Overlap(0, 0.0, 0.0)


def test_verify_accepts_truncated_copy_with_low_jaccard():
    story = words(0, 300)
    assert tf.overlap(shingled(story).shingles, shingled(story[:100]).shingles).jaccard < 0.35
    assert tf.verify_pair(shingled(story), shingled(story[:100]))


def test_verify_rejects_too_few_shared_shingles_even_when_contained():
    # 20 shared words give 16 shared shingles, under the 25 a link needs.
    assert not tf.verify_pair(shingled(words(0, 20)), shingled(words(0, 20) + words(0, 5, "x")))


def test_verify_rejects_shared_boilerplate_footer():
    footer = words(0, 50, "footer")
    assert not tf.verify_pair(shingled(words(0, 60, "a") + footer), shingled(words(0, 60, "b") + footer))


def test_verify_rejects_short_text_inside_long_roundup_by_jaccard_floor():
    brief = words(0, 60, "brief")
    roundup = words(0, 300, "r") + brief + words(300, 600, "r")
    assert tf.overlap(shingled(brief).shingles, shingled(roundup).shingles).containment == 1.0
    assert not tf.verify_pair(shingled(brief), shingled(roundup))


def test_verify_needs_a_shared_lead_below_waiver_containment():
    body = words(0, 160)
    # An update: new lead, 80% of the earlier body kept.
    update = words(0, 40, "new") + body[32:]
    assert 0.7 <= tf.overlap(shingled(body).shingles, shingled(update).shingles).containment < 0.9
    assert not tf.verify_pair(shingled(body), shingled(update))
    # A copy with a different tail keeps the lead and links.
    copy = body[:128] + words(0, 40, "tail")
    assert tf.verify_pair(shingled(body), shingled(copy))


def test_verify_waives_lead_when_almost_all_of_the_shorter_text_is_shared():
    body = words(0, 400)
    prefixed = words(0, 20, "caption") + body
    other = words(0, 20, "banner") + body
    assert tf.lead_shared(shingled(prefixed).lead, shingled(other).shingles) == 10 / 30
    assert tf.overlap(shingled(prefixed).shingles, shingled(other).shingles).containment > 0.9
    assert tf.verify_pair(shingled(prefixed), shingled(other))


def test_fingerprint_of_short_text_is_exact_only():
    found = tf.fingerprint("Brief item. " * 3)
    assert found.body_hash == tf.body_hash("brief item brief item brief item")
    assert found.shingled is None
    assert found.band_keys == []
    assert found.sketch == b""


def test_fingerprint_of_long_text():
    text = " ".join(words(0, 120))
    found = tf.fingerprint(text)
    assert found.shingled.shingles.size == 116
    assert found.shingled.lead.size == 30
    assert len(found.band_keys) == 16
    assert len(found.sketch) == 68 and tf.sketch_size(found.sketch) == 116
    assert tf.Shingled.from_bytes(found.shingled.to_bytes()).shingles.tolist() == found.shingled.shingles.tolist()


def test_fingerprint_is_identical_in_another_process_with_another_hash_seed():
    code = ("import transforms.dedup.fingerprint as tf;"
            "print(tf.fingerprint(' '.join(f'w{i}' for i in range(120))).band_keys[3].hex())")
    root = REPO
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True,
                         env={"PYTHONHASHSEED": "12345", "PATH": ""}).stdout.strip()
    assert out == tf.fingerprint(" ".join(words(0, 120))).band_keys[3].hex()


def test_number_hashes_keep_decimals_and_separators_whole():
    found = tf.number_hashes("Paid $0.63 a share on July 6; 1,250 shares, 2:55 left, Ｎo. ４２.")
    expected = sorted({tf._token_hash(n) >> 32 for n in ("0.63", "6", "1,250", "2:55", "42")})
    assert found.tolist() == expected
    assert tf.number_hashes("No figures here.").size == 0


def test_numbers_agree_only_decides_when_both_texts_write_enough_numbers():
    def numbers(*values):
        return tf.number_hashes(" ".join(values))
    assert tf.numbers_agree(numbers("0.63", "6", "13"), numbers("0.41", "6", "27")) is False
    assert tf.numbers_agree(numbers("0.63", "6", "13"), numbers("0.63", "6", "13", "2024", "7")) is True
    assert tf.numbers_agree(numbers("0.63", "6"), numbers("0.41", "9", "27")) is True
    assert tf.numbers_agree(numbers("1", "2", "3", "4"), numbers("1", "2", "8", "9")) is True


DIVIDEND = ("{name} said on Tuesday that its board of directors has declared a regular quarterly cash dividend of "
            "${amount} per share on the company's common stock, in line with the policy the board set out at the "
            "start of the year. The dividend will be paid on {paid} to shareholders of record at the close of "
            "business on {record}. Shareholders who buy the stock on or after the ex-dividend date will not receive "
            "this payment, and registered holders will receive their payment by direct deposit or by cheque.")


def test_reports_from_one_template_with_other_figures_are_not_copies():
    first = tf.fingerprint(DIVIDEND.format(name="Tidewell Logistics", amount="0.63", paid="July 6", record="June 13"))
    second = tf.fingerprint(DIVIDEND.format(name="Aldana Logistics", amount="0.41", paid="July 9", record="June 27"))
    copy = tf.fingerprint("TORONTO (Reuters) - " + DIVIDEND.format(
        name="Tidewell Logistics", amount="0.63", paid="July 6", record="June 13"))
    assert tf.overlap(first.shingled.shingles, second.shingled.shingles).containment > 0.7
    assert tf.verify_pair(first.shingled, second.shingled) is False
    assert tf.verify_pair(first.shingled, copy.shingled) is True


def test_shingled_bytes_round_trip_with_numbers():
    found = tf.fingerprint(DIVIDEND.format(name="Tidewell", amount="0.63", paid="July 6", record="June 13"))
    again = tf.Shingled.from_bytes(found.shingled.to_bytes())
    assert [part.tolist() for part in again] == [part.tolist() for part in found.shingled]
    assert again.numbers.size == 3  # 0.63, 6 and 13
