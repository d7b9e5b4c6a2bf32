"""Shared fixtures. Tests that need ../shared skip with a reason when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "gold").is_dir():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED
