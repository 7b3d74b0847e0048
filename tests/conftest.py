"""Shared fixtures: the real data beside the checkout, isolated homes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pg_fixtures import (  # noqa: F401  (PostGIS fixtures)
    db_url,
    module_db_url,
    pg_module_url,
    pg_server,
    pg_url,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FRONTLINE_SHARED", ROOT.parent / "shared")) / "data"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test with the reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real data not available: {path} is absent (needs ../shared)")
    return path


@pytest.fixture
def shared():
    """Callable returning paths under ../shared/data (skips when absent)."""
    return shared_path


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Every test gets its own FRONTLINE_HOME and no inherited DB or mirror."""
    monkeypatch.setenv("FRONTLINE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("FRONTLINE_DB", raising=False)
    monkeypatch.delenv("FRONTLINE_MIRROR", raising=False)
