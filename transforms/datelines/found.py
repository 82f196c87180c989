"""The result every dateline matcher returns, in normalized-opening coordinates."""
from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class Found:
    """A dateline found at `start`; the body starts at `end`. Parts are as written."""
    start: int
    end: int
    places: tuple[str, ...] = ()
    joiners: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    month: int | None = None
    day: int | None = None
    year: int | None = None
    agency: str | None = None
