"""Snapshot store: one interface (:class:`.base.Store`), several backends."""

from __future__ import annotations

from ..config import db_url
from ..errors import FrontlineError
from .base import Store

#: URL prefixes of the PostgreSQL + PostGIS backend.
POSTGRES_PREFIXES = ("postgresql+psycopg://", "postgresql://", "postgres://")


def open_store(url: str | None = None) -> Store:
    """Open the store named by ``url`` (default: :func:`frontline.config.db_url`).

    ``sqlite:///PATH`` (or a bare path) → SQLite;
    ``postgresql+psycopg://user@host:port/db`` → PostGIS.
    """
    url = db_url(url)
    if url.startswith("sqlite:///") or "://" not in url:
        from .sqlite import SQLiteStore

        return SQLiteStore(url.removeprefix("sqlite:///"))
    if url.startswith(POSTGRES_PREFIXES):
        from .postgis import PostGISStore

        return PostGISStore(url)
    raise FrontlineError(
        f"--db {url!r}: unknown database URL "
        "(use sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/DB)"
    )
