"""SQLiteStore: the Store protocol on a real SQLite file."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
import shapely

from frontline.errors import FrontlineError
from frontline.instants import UTC, from_unix
from frontline.model import GREY, RU_HELD, Snapshot, SnapshotInfo
from frontline.store import open_store
from frontline.store.base import Store
from frontline.store.sqlite import SCHEMA_VERSION, SQLiteStore


def _snap(source: str, key: str, t: int, size: float = 1000.0) -> Snapshot:
    ru = shapely.box(0, 0, size, size)
    grey = shapely.box(size, 0, size + 10, 10)
    info = SnapshotInfo(
        source,
        key,
        from_unix(t),
        {RU_HELD: ru.area / 1e6, GREY: grey.area / 1e6},
        origin=f"/tmp/{key}.geojson",
        sha256="ab" * 32,
        meta={"era": "test", "n": 3},
    )
    return Snapshot(info, {RU_HELD: ru, GREY: grey})


@pytest.fixture
def store(tmp_path):
    s = SQLiteStore(tmp_path / "db.sqlite")
    yield s
    s.close()


def test_protocol_and_schema(store, tmp_path):
    assert isinstance(store, Store)
    assert store.schema_version == SCHEMA_VERSION
    db = sqlite3.connect(tmp_path / "db.sqlite")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    assert {"schema_version", "snapshots", "layers", "fetched"} <= tables


def test_add_is_idempotent_and_roundtrips(store):
    assert store.add_snapshot(_snap("deepstate", "100", 100)) is True
    assert store.add_snapshot(_snap("deepstate", "100", 100, size=5)) is False
    assert store.has_snapshot("deepstate", "100")
    assert not store.has_snapshot("deepstate", "101")
    snap = store.load("deepstate", "100")
    assert snap.geometries[RU_HELD].equals(shapely.box(0, 0, 1000, 1000))
    assert snap.info.layers == {RU_HELD: 1.0, GREY: pytest.approx(1e-4)}
    assert snap.info.meta == {"era": "test", "n": 3}
    assert snap.info.sha256 == "ab" * 32
    assert snap.info.time == datetime(1970, 1, 1, 0, 1, 40, tzinfo=UTC)
    only = store.load("deepstate", "100", layers=[GREY])
    assert set(only.geometries) == {GREY}


def test_ordering_and_snapshot_at(store):
    for key, t in [("c", 300), ("a", 100), ("b", 200)]:
        store.add_snapshot(_snap("deepstate", key, t))
    store.add_snapshot(_snap("isw", "x", 150))
    assert [i.key for i in store.snapshots("deepstate")] == ["a", "b", "c"]
    assert [i.key for i in store.snapshots()] == ["a", "x", "b", "c"]
    assert store.sources() == ["deepstate", "isw"]
    assert store.snapshot_at("deepstate", from_unix(99)) is None
    assert store.snapshot_at("deepstate", from_unix(100)).key == "a"
    assert store.snapshot_at("deepstate", from_unix(250)).key == "b"
    naive = datetime(1970, 1, 1) + timedelta(seconds=1000)
    assert store.snapshot_at("deepstate", naive).key == "c"
    assert store.snapshot_at("isw", from_unix(1000)).key == "x"
    assert store.snapshot_at("nzz", from_unix(1000)) is None


def test_load_many_and_missing(store):
    for i in range(5):
        store.add_snapshot(_snap("s", str(i), i, size=100 * (i + 1)))
    snaps = store.load_many("s", ["3", "1", "nope"])
    assert [s.info.key for s in snaps] == ["3", "1"]
    assert snaps[0].geometries[RU_HELD].area == pytest.approx(400.0**2)
    with pytest.raises(FrontlineError, match="no snapshot s/nope"):
        store.load("s", "nope")


def test_failed_insert_leaves_store_unchanged(store):
    bad = Snapshot(
        SnapshotInfo("s", "k", from_unix(1), {RU_HELD: 1.0}),
        {RU_HELD: "not a geometry"},
    )
    with pytest.raises(TypeError):
        store.add_snapshot(bad)
    assert store.snapshots() == []
    assert store.add_snapshot(_snap("s", "k", 1)) is True


def test_fetched_records_and_reopen(tmp_path):
    path = tmp_path / "x" / "db.sqlite"
    s = open_store(f"sqlite:///{path}")
    s.record_fetch("http://h/a.gz", "/c/a.gz", "ff" * 32, 12, source="nzz", key="k")
    s.add_snapshot(_snap("nzz", "k", 5))
    s.close()
    s2 = open_store(str(path))
    rec = s2.fetched("http://h/a.gz")
    assert rec["sha256"] == "ff" * 32 and rec["size"] == 12 and rec["key"] == "k"
    assert s2.fetched("http://h/b.gz") is None
    assert s2.keys("nzz") == {"k"}
    assert s2.delete_snapshot("nzz", "k") and not s2.has_snapshot("nzz", "k")
    s2.close()


def test_not_a_database(tmp_path):
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(FrontlineError, match="cannot open the database"):
        SQLiteStore(path)


def test_unwritable_location(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(FrontlineError, match="cannot open the database"):
        SQLiteStore(blocker / "sub" / "db.sqlite")
