"""Year inference for the month and day a dateline writes."""
from __future__ import annotations

import datetime

from tests.datelines.parsing import JAN17, D, fields
from transforms.datelines.dates import infer_year


def test_dec_31_published_jan_2_belongs_to_the_previous_year():
    got = fields("HONG KONG, Dec 31 (Reuters) - Stocks ended lower.", D(2022, 1, 2))
    assert got[4:8] == (12, 31, 2021, D(2021, 12, 31))


def test_one_day_after_the_reference_is_tolerated():
    got = fields("SYDNEY, Jan 1 (Reuters) - Fireworks lit up the harbour.", D(2021, 12, 31))
    assert got[4:8] == (1, 1, 2022, D(2022, 1, 1))


def test_seven_days_before_fits_and_eight_does_not():
    assert infer_year(1, 9, D(2022, 1, 16)) == 2022
    assert infer_year(1, 8, D(2022, 1, 16)) is None


def test_nothing_fits_keeps_month_and_day_without_a_date():
    got = fields("LONDON, March 3 (Reuters) - Britain said.", D(2022, 1, 17))
    assert got[4:8] == (3, 3, None, None)


def test_two_days_after_the_reference_does_not_fit():
    assert infer_year(1, 3, D(2021, 12, 31)) is None
    assert infer_year(1, 2, D(2021, 12, 31)) is None
    assert infer_year(1, 1, D(2021, 12, 31)) == 2022


def test_no_reference_gives_no_year_unless_written():
    assert fields("LONDON, Jan 16 (Reuters) - Britain said.", None)[4:8] == (1, 16, None, None)
    assert fields("NEW YORK, Jan. 16, 2021 /PRNewswire/ -- Acme said.", JAN17)[4:8] == (1, 16, 2021, D(2021, 1, 16))


def test_february_29_only_in_leap_years():
    assert infer_year(2, 29, D(2024, 3, 1)) == 2024
    assert infer_year(2, 29, D(2023, 3, 1)) is None


def test_published_may_be_a_datetime():
    got = fields("LONDON, Jan 16 (Reuters) - Britain said.",
                 datetime.datetime(2022, 1, 17, 23, 0, tzinfo=datetime.timezone.utc))
    assert got[7] == D(2022, 1, 16)
