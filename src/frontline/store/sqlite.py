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
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
import shapely

from ..errors import FrontlineError
from ..geo.area import area_km2
from ..instants import UTC, from_unix
from ..model import Snapshot, SnapshotInfo
from . import guard
from .base import SQL
from .corrections import SQLCorrections
from .migrate import BUSY_TIMEOUT_S, HEAD, sqlite_engine, upgrade

#: The legacy ``schema_version`` mark (an older frontline refuses a newer store);
#: the schema itself is versioned by the Alembic migrations (``migrate.HEAD``).
SCHEMA_VERSION = 2
#: SQLite's message for a lock it would not wait for, and the pause before the
#: open is tried again (up to ``BUSY_TIMEOUT_S``).
LOCKED = "database is locked"
LOCKED_RETRY_S = 0.05


def _utc(when: datetime) -> datetime:
    if when.tzinfo is None:
        return when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


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


class SQLiteStore(SQLCorrections):
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
        when = _utc(info.time)
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
                self._record_fetch(db, **fetched)
            cur = db.execute(
                "INSERT OR IGNORE INTO snapshots (source, key, time_unix, time_iso,"
                " origin, sha256, meta, added_unix) VALUES (?,?,?,?,?,?,?,?)",
                (
                    info.source,
                    str(info.key),
                    int(when.timestamp()),
                    when.isoformat().replace("+00:00", "Z"),
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

    def has_snapshot(self, source: str, key: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM snapshots WHERE source=? AND key=?", (source, str(key))
        ).fetchone()
        return row is not None

    def keys(self, source: str) -> set[str]:
        """Every stored key of ``source`` (cheap; used by sync)."""
        rows = self._db.execute("SELECT key FROM snapshots WHERE source=?", (source,))
        return {r[0] for r in rows}

    def _infos(self, where: str, params: Iterable[Any]) -> list[SnapshotInfo]:
        rows = self._db.execute(
            "SELECT s.id, s.source, s.key, s.time_unix, s.origin, s.sha256, s.meta,"
            " l.layer, l.area_km2 FROM snapshots s LEFT JOIN layers l"
            f" ON l.snapshot_id = s.id {where}"
            " ORDER BY s.time_unix, s.source, s.key, l.layer",
            tuple(params),
        ).fetchall()
        out: list[SnapshotInfo] = []
        last_id = None
        for sid, source, key, t, origin, sha, meta, layer, area in rows:
            if sid != last_id:
                out.append(
                    SnapshotInfo(
                        source, key, from_unix(t), {}, origin, sha, orjson.loads(meta)
                    )
                )
                last_id = sid
            if layer is not None:
                out[-1].layers[layer] = area
        return out

    def snapshots(self, source: str | None = None) -> list[SnapshotInfo]:
        """Every stored snapshot (of ``source``), ordered by time."""
        if source is None:
            return self._infos("", ())
        return self._infos("WHERE s.source = ?", (source,))

    def snapshot_at(self, source: str, when: datetime) -> SnapshotInfo | None:
        """The latest snapshot of ``source`` at or before ``when``."""
        t = _utc(when).timestamp()
        row = self._db.execute(
            "SELECT id FROM snapshots WHERE source=? AND time_unix <= ?"
            " ORDER BY time_unix DESC, key DESC LIMIT 1",
            (source, t),
        ).fetchone()
        if row is None:
            return None
        infos = self._infos("WHERE s.id = ?", (row[0],))
        return infos[0]

    def info(self, source: str, key: str) -> SnapshotInfo | None:
        infos = self._infos("WHERE s.source = ? AND s.key = ?", (source, str(key)))
        return infos[0] if infos else None

    def load(self, source: str, key: str, layers: list[str] | None = None) -> Snapshot:
        """The snapshot's geometries (all layers, or only ``layers``), one query."""
        snaps = self.load_many(source, [key], layers)
        if not snaps:
            raise FrontlineError(f"no snapshot {source}/{key} in the store")
        return snaps[0]

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

    def sources(self) -> list[str]:
        rows = self._db.execute("SELECT DISTINCT source FROM snapshots ORDER BY source")
        return [r[0] for r in rows]

    def delete_snapshot(self, source: str, key: str) -> bool:
        """Remove one snapshot (and its layers); False if it was not there."""
        with self._transaction() as db:
            cur = db.execute(
                "DELETE FROM snapshots WHERE source=? AND key=?", (source, str(key))
            )
        return cur.rowcount > 0

    # -- fetched files (sync) -------------------------------------------------
    def record_fetch(
        self,
        url: str,
        path: str,
        sha256: str,
        size: int,
        *,
        source: str = "",
        key: str | None = None,
    ) -> None:
        """Remember that ``url`` was downloaded to ``path`` with this hash."""
        self._record_fetch(self._db, url, path, sha256, size, source=source, key=key)

    @staticmethod
    def _record_fetch(
        db: sqlite3.Connection,
        url: str,
        path: str,
        sha256: str,
        size: int,
        *,
        source: str = "",
        key: str | None = None,
    ) -> None:
        now = datetime.now(UTC).replace(microsecond=0)
        db.execute(
            "INSERT OR REPLACE INTO fetched (url, path, sha256, size, fetched_unix,"
            " fetched_iso, source, key) VALUES (?,?,?,?,?,?,?,?)",
            (
                url,
                str(path),
                sha256,
                int(size),
                int(now.timestamp()),
                now.isoformat().replace("+00:00", "Z"),
                source,
                key,
            ),
        )

    def fetched(self, url: str) -> dict[str, Any] | None:
        """The record of a downloaded ``url``, or None."""
        cur = self._db.execute("SELECT * FROM fetched WHERE url=?", (url,))
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cur.description], row, strict=True))

    def close(self) -> None:
        try:
            self._db.close()
        except sqlite3.Error:  # pragma: no cover - closing twice
            pass

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
