"""Shared fixtures: the repository root and the optional ../shared data folder."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_01a97af6f843295d.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a clean skip when that folder is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture
def seed_text() -> str:
    return shared_path("seeds", SEED.name).read_text(encoding="utf-8")
