"""Reading snapshots and fetch records: one implementation for every backend
that speaks :class:`.base.SQLStore` (``transaction()`` and ``query()`` with
``:name`` parameters), mixed into the SQLite and PostGIS stores like
:class:`.corrections.SQLCorrections`. What differs between the two (writing a
snapshot's geometries, loading many at once) stays in each backend.

>>> import tempfile, shapely
>>> from frontline.model import Snapshot, SnapshotInfo
>>> from frontline.instants import from_unix
>>> from frontline.store.sqlite import SQLiteStore
>>> store = SQLiteStore(tempfile.mkdtemp() + "/f.sqlite")
>>> for key, t in (("a", 0), ("b", 86400)):
...     info = SnapshotInfo("demo", key, from_unix(t), {"ru_held": 1.0})
...     _ = store.add_snapshot(Snapshot(info, {"ru_held": shapely.box(0, 0, 1, 1)}))
>>> store.snapshot_at("demo", from_unix(86399)).key
'a'
>>> store.snapshot_at("demo", from_unix(-1)) is None
True
>>> sorted(store.keys("demo")), store.sources(), store.has_snapshot("demo", "b")
(['a', 'b'], ['demo'], True)
>>> store.delete_snapshot("demo", "b"), store.delete_snapshot("demo", "b")
(True, False)
>>> store.record_fetch("http://127.0.0.1/x", "/tmp/x", "00ff", 3, source="demo")
>>> store.fetched("http://127.0.0.1/x")["size"]
3
>>> store.close()
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import orjson

from ..errors import FrontlineError
from ..instants import from_unix
from ..model import Snapshot, SnapshotInfo
from .base import SQL


def utc(when: datetime) -> datetime:
    """``when`` as an aware UTC instant (a naive one is taken as UTC)."""
    if when.tzinfo is None:
        return when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def iso_z(when: datetime) -> str:
    """An aware UTC instant as ISO 8601 with a ``Z``."""
    return when.isoformat().replace("+00:00", "Z")


def record_fetch_in(
    sql: SQL,
    url: str,
    path: str,
    sha256: str,
    size: int,
    *,
    source: str = "",
    key: str | None = None,
) -> None:
    """Remember, inside the transaction ``sql``, that ``url`` was downloaded
    to ``path`` with this hash (a second download of ``url`` replaces it)."""
    now = datetime.now(UTC).replace(microsecond=0)
    sql.run(
        "INSERT INTO fetched (url, path, sha256, size, fetched_unix,"
        " fetched_iso, source, key) VALUES (:url, :path, :sha, :size, :t,"
        " :iso, :source, :key) ON CONFLICT (url) DO UPDATE SET"
        " path = EXCLUDED.path, sha256 = EXCLUDED.sha256,"
        " size = EXCLUDED.size, fetched_unix = EXCLUDED.fetched_unix,"
        " fetched_iso = EXCLUDED.fetched_iso, source = EXCLUDED.source,"
        " key = EXCLUDED.key",
        {
            "url": url,
            "path": str(path),
            "sha": sha256,
            "size": int(size),
            "t": int(now.timestamp()),
            "iso": iso_z(now),
            "source": source,
            "key": key,
        },
    )


class SQLSnapshots:
    """The Store protocol's snapshot reads, deletion and fetch records on
    ``self.transaction`` and ``self.query`` (see the module docstring)."""

    def has_snapshot(self, source: str, key: str) -> bool:
        return bool(
            self.query(  # type: ignore[attr-defined]
                "SELECT 1 AS x FROM snapshots WHERE source = :s AND key = :k",
                {"s": source, "k": str(key)},
            )
        )

    def keys(self, source: str) -> set[str]:
        """Every stored key of ``source`` (cheap; used by sync)."""
        rows = self.query(  # type: ignore[attr-defined]
            "SELECT key FROM snapshots WHERE source = :s", {"s": source}
        )
        return {r["key"] for r in rows}

    def _infos(self, where: str, params: Mapping[str, Any]) -> list[SnapshotInfo]:
        rows = self.query(  # type: ignore[attr-defined]
            "SELECT s.id, s.source, s.key, s.time_unix, s.origin, s.sha256, s.meta,"
            " l.layer, l.area_km2 FROM snapshots s LEFT JOIN layers l"
            f" ON l.snapshot_id = s.id {where}"
            " ORDER BY s.time_unix, s.source, s.key, l.layer",
            params,
        )
        out: list[SnapshotInfo] = []
        last_id = None
        for r in rows:
            if r["id"] != last_id:
                out.append(
                    SnapshotInfo(
                        r["source"],
                        r["key"],
                        from_unix(r["time_unix"]),
                        {},
                        r["origin"],
                        r["sha256"],
                        orjson.loads(r["meta"]),
                    )
                )
                last_id = r["id"]
            if r["layer"] is not None:
                out[-1].layers[r["layer"]] = r["area_km2"]
        return out

    def snapshots(self, source: str | None = None) -> list[SnapshotInfo]:
        """Every stored snapshot (of ``source``), ordered by time."""
        if source is None:
            return self._infos("", {})
        return self._infos("WHERE s.source = :s", {"s": source})

    def snapshot_at(self, source: str, when: datetime) -> SnapshotInfo | None:
        """The latest snapshot of ``source`` at or before ``when`` (one query:
        a served map asks for it on every move)."""
        infos = self._infos(
            "WHERE s.id = (SELECT id FROM snapshots WHERE source = :s"
            " AND time_unix <= :t ORDER BY time_unix DESC, key DESC LIMIT 1)",
            {"s": source, "t": utc(when).timestamp()},
        )
        return infos[0] if infos else None

    def info(self, source: str, key: str) -> SnapshotInfo | None:
        infos = self._infos(
            "WHERE s.source = :s AND s.key = :k", {"s": source, "k": str(key)}
        )
        return infos[0] if infos else None

    def load(self, source: str, key: str, layers: list[str] | None = None) -> Snapshot:
        """The snapshot's geometries (all layers, or only ``layers``), one query."""
        snaps = self.load_many(source, [key], layers)  # type: ignore[attr-defined]
        if not snaps:
            raise FrontlineError(f"no snapshot {source}/{key} in the store")
        return snaps[0]

    def sources(self) -> list[str]:
        rows = self.query(  # type: ignore[attr-defined]
            "SELECT DISTINCT source FROM snapshots ORDER BY source"
        )
        return [r["source"] for r in rows]

    def delete_snapshot(self, source: str, key: str) -> bool:
        """Remove one snapshot (and its layers); False if it was not there."""
        with self.transaction() as sql:  # type: ignore[attr-defined]
            gone = sql.run(
                "DELETE FROM snapshots WHERE source = :s AND key = :k RETURNING id",
                {"s": source, "k": str(key)},
            )
        return bool(gone)

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
        with self.transaction() as sql:  # type: ignore[attr-defined]
            record_fetch_in(sql, url, path, sha256, size, source=source, key=key)

    def fetched(self, url: str) -> dict[str, Any] | None:
        """The record of a downloaded ``url``, or None."""
        rows = self.query(  # type: ignore[attr-defined]
            "SELECT * FROM fetched WHERE url = :u", {"u": url}
        )
        return rows[0] if rows else None
