"""The PostgreSQL + PostGIS backend of :class:`frontline.store.base.Store`.

The same tables as the SQLite backend (created and upgraded by the same
Alembic migrations, :mod:`.migrate`), reached through SQLAlchemy 2 and
psycopg 3, for a team sharing one database. Each layer keeps the very WKB the
SQLite backend keeps, so measurements decode the same bytes and agree to the
last digit; a PostGIS ``geom`` column holds the same geometry (equal-area CRS,
SRID :data:`EQUAL_AREA_SRID`, GiST index) for spatial pre-filtering and for GIS
clients. Every call runs in its own transaction on a pooled connection, so one
store serves several threads; writers of the same ledger document serialise
on an advisory lock.

URLs: ``postgresql+psycopg://user:password@host:port/dbname`` (``postgresql://``
and ``postgres://`` mean the same). The database needs the ``postgis``
extension (``CREATE EXTENSION postgis``, once, by a superuser).
"""

from __future__ import annotations

import contextlib
import time as _time
from collections.abc import Iterator, Mapping
from typing import Any

import orjson
import shapely
import sqlalchemy as sa

from ..errors import FrontlineError
from ..geo.area import area_km2
from ..instants import from_unix
from ..model import Snapshot, SnapshotInfo
from .base import SQL
from .corrections import SQLCorrections
from .migrate import upgrade
from .snapshots import SQLSnapshots, iso_z, record_fetch_in, utc

#: SRID of the equal-area CRS in PostGIS (registered by migration 0001).
EQUAL_AREA_SRID = 990001
#: Seconds to wait for the server when connecting.
CONNECT_TIMEOUT_S = 10


def engine_url(url: str) -> str:
    """``url`` with the psycopg 3 driver named (postgres:// and postgresql://).

    >>> engine_url("postgres://u@h/db")
    'postgresql+psycopg://u@h/db'
    >>> engine_url("postgresql+psycopg://u@h:5433/db")
    'postgresql+psycopg://u@h:5433/db'
    """
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


class _PgSQL:
    """:class:`.base.SQL` on a SQLAlchemy connection inside a transaction."""

    def __init__(self, conn: sa.Connection) -> None:
        self._conn = conn

    def run(
        self, sql: str, params: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        result = self._conn.execute(sa.text(sql), dict(params or {}))
        if not result.returns_rows:
            return []
        return [dict(r) for r in result.mappings().all()]


class PostGISStore(SQLCorrections, SQLSnapshots):
    """Snapshots, fetch records, the ledger and corrections in PostGIS."""

    shared_by_threads = True  # every call takes a pooled connection

    def __init__(self, url: str) -> None:
        self.url = engine_url(url)
        try:
            self.where = sa.engine.make_url(self.url).render_as_string(
                hide_password=True
            )
            self._engine = sa.create_engine(
                self.url,
                pool_size=2,
                max_overflow=6,
                pool_pre_ping=True,
                connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
            )
            upgrade(self._engine, self.where)
        except (sa.exc.ArgumentError, ValueError) as exc:
            raise FrontlineError(f"not a database URL: {exc}", where="--db") from None
        except sa.exc.DBAPIError as exc:
            raise FrontlineError(
                f"cannot open the database: {_first_line(exc.orig)}",
                where=self.where,
            ) from None

    # -- SQL for the store package (ledger) -----------------------------------
    @contextlib.contextmanager
    def transaction(self, lock: str | None = None) -> Iterator[SQL]:
        """One write transaction; writers naming the same ``lock`` take turns
        (a transaction-scoped advisory lock on its hash)."""
        with self._engine.begin() as conn:
            if lock is not None:
                conn.execute(
                    sa.text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": lock}
                )
            yield _PgSQL(conn)

    def query(
        self, sql: str, params: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Rows of one read statement (``:name`` parameters) as dicts."""
        with self._engine.connect() as conn:
            return _PgSQL(conn).run(sql, params)

    @property
    def schema_version(self) -> int:
        return int(self.query("SELECT max(version) AS v FROM schema_version")[0]["v"])

    # -- snapshots ------------------------------------------------------------
    def add_snapshot(
        self, snapshot: Snapshot, *, fetched: dict[str, Any] | None = None
    ) -> bool:
        """Store ``snapshot`` in one transaction; False if (source, key) exists.

        ``fetched`` (the keyword arguments of :meth:`record_fetch`) records
        the download the snapshot came from in the same transaction.
        """
        info = snapshot.info
        when = utc(info.time)
        rows: list[dict[str, Any]] = []
        for layer, geom in snapshot.geometries.items():
            if geom is None:
                continue
            area = info.layers.get(layer)
            if area is None:
                area = area_km2(geom)
            wkb = shapely.to_wkb(geom)
            rows.append({"layer": layer, "area": float(area), "wkb": wkb})
        with self._engine.begin() as conn:
            if fetched is not None:
                record_fetch_in(_PgSQL(conn), **fetched)
            sid = conn.execute(
                sa.text(
                    "INSERT INTO snapshots (source, key, time_unix, time_iso, origin,"
                    " sha256, meta, added_unix) VALUES (:source, :key, :t, :iso,"
                    " :origin, :sha, :meta, :added)"
                    " ON CONFLICT (source, key) DO NOTHING RETURNING id"
                ),
                {
                    "source": info.source,
                    "key": str(info.key),
                    "t": int(when.timestamp()),
                    "iso": iso_z(when),
                    "origin": info.origin,
                    "sha": info.sha256,
                    "meta": orjson.dumps(info.meta, default=str).decode(),
                    "added": int(_time.time()),
                },
            ).scalar()
            if sid is None:
                return False  # already stored: nothing was written
            if rows:
                conn.execute(
                    sa.text(
                        "INSERT INTO layers (snapshot_id, layer, area_km2, wkb, geom)"
                        " VALUES (:sid, :layer, :area, :wkb,"
                        f" ST_GeomFromWKB(:wkb, {EQUAL_AREA_SRID}))"
                    ),
                    [{"sid": sid, **r} for r in rows],
                )
        return True

    def load_many(
        self, source: str, keys: list[str], layers: list[str] | None = None
    ) -> list[Snapshot]:
        """Several snapshots at once (in the order of ``keys``; missing ones
        skipped); the WKB is decoded in one vectorised ``shapely.from_wkb``."""
        keys = [str(k) for k in keys]
        if not keys:
            return []
        on_layers = "" if layers is None else " AND l.layer = ANY(:layers)"
        rows = self.query(
            "SELECT s.key, s.time_unix, s.origin, s.sha256, s.meta, l.layer,"
            " l.area_km2, l.wkb FROM snapshots s LEFT JOIN layers l"
            f" ON l.snapshot_id = s.id{on_layers}"
            " WHERE s.source = :source AND s.key = ANY(:keys)",
            {"source": source, "keys": keys, "layers": list(layers or [])},
        )
        out: dict[str, tuple[SnapshotInfo, dict[str, Any]]] = {}
        wkbs: list[bytes] = []
        slots: list[tuple[str, str]] = []
        for r in rows:
            key = r["key"]
            if key not in out:
                info = SnapshotInfo(
                    source,
                    key,
                    from_unix(r["time_unix"]),
                    {},
                    r["origin"],
                    r["sha256"],
                    orjson.loads(r["meta"]),
                )
                out[key] = (info, {})
            if r["layer"] is not None:
                out[key][0].layers[r["layer"]] = r["area_km2"]
                wkbs.append(bytes(r["wkb"]))
                slots.append((key, r["layer"]))
        geoms = shapely.from_wkb(wkbs) if wkbs else []
        for (key, layer), geom in zip(slots, geoms, strict=True):
            out[key][1][layer] = geom
        return [Snapshot(*out[k]) for k in keys if k in out]

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> PostGISStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _first_line(exc: BaseException | None) -> str:
    text = str(exc or "").strip()
    return text.splitlines()[0] if text else type(exc).__name__
