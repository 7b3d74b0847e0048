"""Snapshot store: one interface (:class:`.base.Store`), several backends."""

from __future__ import annotations

from ..config import db_url
from ..errors import FrontlineError
from .base import Store


def open_store(url: str | None = None) -> Store:
    """Open the store named by ``url`` (default: :func:`frontline.config.db_url`).

    ``sqlite:///PATH`` (or a bare path) → SQLite. ``postgresql://`` joins with #6.
    """
    url = db_url(url)
    if url.startswith("sqlite:///") or "://" not in url:
        from .sqlite import SQLiteStore

        return SQLiteStore(url.removeprefix("sqlite:///"))
    if url.startswith(("postgresql://", "postgres://")):
        raise FrontlineError(
            f"database {url.split('@')[-1]!r}: the PostGIS backend is not built yet; "
            "use a sqlite:/// URL"
        )
    raise FrontlineError(f"--db {url!r}: unknown database URL (use sqlite:///PATH)")
