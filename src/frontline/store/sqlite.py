"""The SQLite backend of :class:`frontline.store.base.Store`.

One file, WAL mode (readers never block the writer), writers wait for each
other up to ``BUSY_TIMEOUT_S``, one transaction per snapshot; the schema is
created and upgraded by the Alembic migrations (:mod:`.migrate`). Per snapshot
it keeps the source, key, time (unix seconds and ISO), origin, the sha256 of the
original (decompressed) bytes and a JSON ``meta``; per layer the area in km² and
the WKB of the equal-area geometry. A ``fetched`` table records every downloaded
file (url, cache path, sha256, size, time) so ``sync`` is idempotent.

>>> import tempfile, shapely
>>> from frontline.model import Snapshot, SnapshotInfo
>>> from frontline.instants import from_unix
>>> store = SQLiteStore(tempfile.mkdtemp() + "/f.sqlite")
>>> info = SnapshotInfo("demo", "1", from_unix(0), {"ru_held": 1.0})
>>> store.add_snapshot(Snapshot(info, {"ru_held": shapely.box(0, 0, 1000, 1000)}))
True
>>> store.add_snapshot(Snapshot(info, {"ru_held": shapely.box(0, 0, 1000, 1000)}))
False
>>> store.load("demo", "1").geometries["ru_held"].area
1000000.0
>>> store.close()
"""

from __future__ import annotations

import contextlib
import sqlite3
import time as _time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import orjson
import shapely

from ..errors import FrontlineError
from ..geo.area import area_km2
from ..instants import from_unix
from ..model import Snapshot, SnapshotInfo
from . import guard
from .base import SQL
from .corrections import SQLCorrections
from .migrate import BUSY_TIMEOUT_S, HEAD, sqlite_engine, upgrade
from .snapshots import SQLSnapshots, iso_z, record_fetch_in, utc

#: The legacy ``schema_version`` mark (an older frontline refuses a newer store);
#: the schema itself is versioned by the Alembic migrations (``migrate.HEAD``).
SCHEMA_VERSION = 2
#: SQLite's message for a lock it would not wait for, and the pause before the
#: open is tried again (up to ``BUSY_TIMEOUT_S``).
LOCKED = "database is locked"
LOCKED_RETRY_S = 0.05


class _SQLiteSQL:
    """:class:`.base.SQL` on a sqlite3 connection (named ``:name`` parameters)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def run(
        self, sql: str, params: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        cur = self._db.execute(sql, dict(params or {}))
        if cur.description is None:
            return []
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


class SQLiteStore(SQLCorrections, SQLSnapshots):
    """Snapshots in one SQLite file (see the module docstring)."""

    shared_by_threads = False  # a connection belongs to the thread that opened it

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser()
        deadline = _time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                self._open()
                return
            except FrontlineError as exc:
                # A few SQLite races answer "locked" at once instead of waiting
                # on the busy timeout (two first opens switching the journal
                # mode together: its deadlock avoidance). Opening is idempotent.
                if LOCKED not in exc.message or _time.monotonic() > deadline:
                    raise
                _time.sleep(LOCKED_RETRY_S)

    def _open(self) -> None:
        """Connect, set the pragmas and bring the schema to the newest migration."""
        db = None
        try:
            # refuses foreign/corrupt files; its errors name the file
            db = self._db = guard.connect(self.path, timeout=BUSY_TIMEOUT_S)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA synchronous=NORMAL")
            self._init_schema()
        except (sqlite3.DatabaseError, OSError) as exc:
            if db is not None:
                db.close()
            raise FrontlineError(
                f"cannot open the database: {exc}", where=str(self.path)
            ) from None
        except FrontlineError:
            if db is not None:
                db.close()
            raise

    # -- schema ---------------------------------------------------------------
    def _init_schema(self) -> None:
        """Upgrade the file to the newest migration unless it is there already
        (the usual case costs one query and no SQLAlchemy)."""
        row = None
        if self._db.execute(  # absent in a new or pre-Alembic store
            "SELECT 1 FROM sqlite_master WHERE type = 'table'"
            " AND name = 'alembic_version'"
        ).fetchone():
            row = self._db.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is not None and row[0] == HEAD:
            return
        import sqlalchemy

        engine = sqlite_engine(str(self.path))
        try:
            upgrade(engine, str(self.path))
        except sqlalchemy.exc.DBAPIError as exc:
            raise FrontlineError(
                f"cannot upgrade the database: {exc.orig}", where=str(self.path)
            ) from None
        finally:
            engine.dispose()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back
        (nothing stored) when it raises, whatever the exception."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    @contextlib.contextmanager
    def transaction(self, lock: str | None = None) -> Iterator[SQL]:
        """One write transaction for the store's own modules (the ledger).

        ``lock`` names what is written (PostGIS serialises on it); here
        BEGIN IMMEDIATE already makes writers take turns.
        """
        with self._transaction() as db:
            yield _SQLiteSQL(db)

    def query(
        self, sql: str, params: Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Rows of one read statement (``:name`` parameters) as dicts."""
        return _SQLiteSQL(self._db).run(sql, params)

    @property
    def schema_version(self) -> int:
        return int(
            self._db.execute("SELECT max(version) FROM schema_version").fetchone()[0]
        )

    # -- snapshots ------------------------------------------------------------
    def add_snapshot(
        self, snapshot: Snapshot, *, fetched: dict[str, Any] | None = None
    ) -> bool:
        """Store ``snapshot`` in one transaction; False if (source, key) exists.

        ``fetched`` (the keyword arguments of :meth:`record_fetch`) records
        the download the snapshot came from in the same transaction: a sync
        killed at any point leaves both or neither.
        """
        info = snapshot.info
        when = utc(info.time)
        rows: list[tuple[str, float, bytes]] = []
        for layer, geom in snapshot.geometries.items():
            if geom is None:
                continue
            area = info.layers.get(layer)
            if area is None:
                area = area_km2(geom)
            rows.append((layer, float(area), shapely.to_wkb(geom)))
        with self._transaction() as db:
            if fetched is not None:
                record_fetch_in(_SQLiteSQL(db), **fetched)
            cur = db.execute(
                "INSERT OR IGNORE INTO snapshots (source, key, time_unix, time_iso,"
                " origin, sha256, meta, added_unix) VALUES (?,?,?,?,?,?,?,?)",
                (
                    info.source,
                    str(info.key),
                    int(when.timestamp()),
                    iso_z(when),
                    info.origin,
                    info.sha256,
                    orjson.dumps(info.meta, default=str).decode(),
                    int(_time.time()),
                ),
            )
            if cur.rowcount == 0:
                return False  # already stored: nothing was written
            sid = cur.lastrowid
            db.executemany(
                "INSERT INTO layers (snapshot_id, layer, area_km2, wkb)"
                " VALUES (?,?,?,?)",
                [(sid, layer, area, wkb) for layer, area, wkb in rows],
            )
        return True

    def load_many(
        self, source: str, keys: list[str], layers: list[str] | None = None
    ) -> list[Snapshot]:
        """Several snapshots at once (in the order of ``keys``; missing ones skipped).

        WKB is decoded in one vectorised ``shapely.from_wkb`` call.
        """
        keys = [str(k) for k in keys]
        if not keys:
            return []
        out: dict[str, tuple[SnapshotInfo, dict[str, Any]]] = {}
        wkbs: list[bytes] = []
        slots: list[tuple[str, str]] = []
        chunk = 400
        for i in range(0, len(keys), chunk):
            part = keys[i : i + chunk]
            marks = ",".join("?" * len(part))
            sql = (
                "SELECT s.id, s.key, s.time_unix, s.origin, s.sha256, s.meta,"
                " l.layer, l.area_km2, l.wkb FROM snapshots s LEFT JOIN layers l"
                f" ON l.snapshot_id = s.id WHERE s.source = ? AND s.key IN ({marks})"
            )
            params: list[Any] = [source, *part]
            if layers is not None:
                lm = ",".join("?" * len(layers))
                sql = sql.replace(
                    "ON l.snapshot_id = s.id",
                    f"ON l.snapshot_id = s.id AND l.layer IN ({lm})",
                )
                params = [*layers, source, *part]
            for _sid, key, t, origin, sha, meta, layer, area, wkb in self._db.execute(
                sql, params
            ):
                if key not in out:
                    info = SnapshotInfo(
                        source, key, from_unix(t), {}, origin, sha, orjson.loads(meta)
                    )
                    out[key] = (info, {})
                if layer is not None:
                    out[key][0].layers[layer] = area
                    wkbs.append(wkb)
                    slots.append((key, layer))
        geoms = shapely.from_wkb(wkbs) if wkbs else []
        for (key, layer), geom in zip(slots, geoms, strict=True):
            out[key][1][layer] = geom
        return [Snapshot(*out[k]) for k in keys if k in out]

    def close(self) -> None:
        try:
            self._db.close()
        except sqlite3.Error:  # pragma: no cover - closing twice
            pass

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
