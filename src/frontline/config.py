"""Where frontline keeps its data: $FRONTLINE_HOME, $FRONTLINE_DB, --db."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def home() -> Path:
    """The data directory (created on demand)."""
    env = os.environ.get("FRONTLINE_HOME")
    path = Path(env) if env else Path(platformdirs.user_data_dir("frontline"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def db_url(explicit: str | None = None) -> str:
    """--db beats $FRONTLINE_DB beats the SQLite file under home().

    ``sqlite:///PATH`` (or a bare path) is a SQLite file,
    ``postgresql+psycopg://USER:PASSWORD@HOST:PORT/DB`` a PostGIS database.
    """
    url = explicit or os.environ.get("FRONTLINE_DB")
    if url:
        return url
    return f"sqlite:///{home() / 'frontline.sqlite'}"


def mirror(explicit: str | None = None) -> str | None:
    """A local copy of upstream archives: --mirror beats $FRONTLINE_MIRROR."""
    return explicit or os.environ.get("FRONTLINE_MIRROR") or None


def cache_dir() -> Path:
    path = home() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path
