"""Agency credits inside datelines, mapped to canonical ids."""
from __future__ import annotations

import pytest

from transforms.datelines.credits import canonical_agency


@pytest.mark.parametrize("credit,agency", [
    ("AP", "AP"), ("Reuters", "Reuters"), ("AFP", "AFP"), ("PTI", "PTI"), ("IANS", "IANS"), ("ANI", "ANI"),
    ("UNI", "UNI"), ("Xinhua", "Xinhua"), ("Kyodo", "Kyodo"), ("Yonhap", "Yonhap"), ("TASS", "TASS"),
    ("ТАСС", "TASS"), ("РИА Новости", "RIA Novosti"), ("dpa", "dpa"), ("tca/dpa", "dpa"), ("dpa-AFX", "dpa"),
    ("EFE", "EFE"), ("ANSA", "ANSA"), ("Bernama", "Bernama"), ("UPI", "UPI"), ("Bloomberg", "Bloomberg"),
    ("Bloomberg Opinion", "Bloomberg"), ("CP", "CP"), ("PC", "CP"), ("AAP", "AAP"), ("PA", "PA"),
    ("PRNewswire", "PR Newswire"), ("PRNewswire-FirstCall", "PR Newswire"), ("BUSINESS WIRE", "Business Wire"),
    ("GLOBE NEWSWIRE", "GlobeNewswire"), ("연합뉴스", "Yonhap"), ("共同", "Kyodo"), ("新华社", "Xinhua"),
    ("Корр. ТАСС Иван Петров", "TASS"), ("AP Photo/Evan Vucci", None), ("HawaiiNewsNow", None),
    ("France", None)])
def test_canonical_agency_ids(credit, agency):
    assert canonical_agency(credit) == agency
